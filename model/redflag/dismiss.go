package redflag

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"

	"github.com/crampdiary/crampdiary/model"
)

// SettingDismissals is the setting key that keeps dismissed red flags, as a JSON
// object from ID to the date it was dismissed: {"most_nights":"2024-06-10"}.
const SettingDismissals = "redflag_dismissals"

// Dismissals records, per red flag, the day the person last dismissed it.
type Dismissals map[ID]model.Date

// Visible returns the flags that are not dismissed, in their order. A dismissal
// hides a flag while it keeps holding from the same Since; once the flag stops
// holding and starts again, its Since is later than the dismissal and it shows.
func Visible(flags []Flag, d Dismissals) []Flag {
	var shown []Flag
	for _, f := range flags {
		if at, ok := d[f.ID]; ok && !at.Before(f.Since) {
			continue
		}
		shown = append(shown, f)
	}
	return shown
}

// LoadDismissals reads the dismissals kept in s. A setting that cannot be read
// as dismissals gives an error wrapping ErrInvalid together with an empty,
// usable Dismissals, so the flags can still be shown.
func LoadDismissals(ctx context.Context, s model.Store) (Dismissals, error) {
	raw, err := s.Setting(ctx, SettingDismissals, "")
	if err != nil {
		return nil, fmt.Errorf("load red-flag dismissals: %w", err)
	}
	d := Dismissals{}
	if raw == "" {
		return d, nil
	}
	if err := json.Unmarshal([]byte(raw), &d); err != nil {
		return Dismissals{}, fmt.Errorf("%w: stored red-flag dismissals are not readable: %v", model.ErrInvalid, err)
	}
	for id, at := range d {
		if !at.Valid() {
			return Dismissals{}, fmt.Errorf("%w: stored dismissal of %s has date %q, not YYYY-MM-DD", model.ErrInvalid, id, at)
		}
	}
	return d, nil
}

// SaveDismissal records that flag id was dismissed on date. An unreadable
// stored setting is replaced rather than left to block every later dismissal.
func SaveDismissal(ctx context.Context, s model.Store, id ID, date model.Date) error {
	if !date.Valid() {
		return fmt.Errorf("%w: dismissal date %q is not YYYY-MM-DD", model.ErrInvalid, date)
	}
	d, err := LoadDismissals(ctx, s)
	if err != nil && !errors.Is(err, model.ErrInvalid) {
		return fmt.Errorf("dismiss red flag %s: %w", id, err)
	}
	d[id] = date
	raw, err := json.Marshal(d)
	if err != nil {
		return fmt.Errorf("dismiss red flag %s: %w", id, err)
	}
	if err := s.SetSetting(ctx, SettingDismissals, string(raw)); err != nil {
		return fmt.Errorf("dismiss red flag %s: %w", id, err)
	}
	return nil
}
