package tracker

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"sort"

	"github.com/crampdiary/crampdiary/model"
)

// SettingSources is the diary setting that keeps the remembered sources, as
// a JSON list, so the window and any copy of the diary file agree on them.
const SettingSources = "tracker_sources"

// Remembered is an export file or folder the person asked crampdiary to keep
// reading (the folder Gadgetbridge auto-exports to, where Health exports are
// saved), with how to read it.
type Remembered struct {
	Path    string      `json:"path"`
	Format  Format      `json:"format"`
	Mapping *CSVMapping `json:"csv_mapping,omitempty"`
}

// LoadSources returns the remembered sources; none is an empty list.
func LoadSources(ctx context.Context, s model.Store) ([]Remembered, error) {
	raw, err := s.Setting(ctx, SettingSources, "")
	if err != nil || raw == "" {
		return nil, err
	}
	var out []Remembered
	if err := json.Unmarshal([]byte(raw), &out); err != nil {
		return nil, fmt.Errorf("tracker: the remembered sources in the diary are unreadable: %w", err)
	}
	return out, nil
}

// RememberSource keeps r, replacing a source with the same path.
func RememberSource(ctx context.Context, s model.Store, r Remembered) error {
	list, err := LoadSources(ctx, s)
	if err != nil {
		list = nil // an unreadable list is replaced rather than blocking a new one
	}
	kept := list[:0]
	for _, old := range list {
		if old.Path != r.Path {
			kept = append(kept, old)
		}
	}
	return SetSources(ctx, s, append(kept, r))
}

// SetSources replaces the remembered sources with list (Settings forgets one
// this way); an empty list forgets them all.
func SetSources(ctx context.Context, s model.Store, list []Remembered) error {
	if list == nil {
		list = []Remembered{}
	}
	raw, err := json.Marshal(list)
	if err != nil {
		return err
	}
	return s.SetSetting(ctx, SettingSources, string(raw))
}

// Filled is what reading the remembered sources put into the diary: per
// format, the days whose steps, running minutes or sleep were filled.
type Filled map[Format]FieldDays

// FieldDays counts days per field.
type FieldDays map[Field]int

// ReadRemembered reads every remembered source and fills empty fields only:
// it never replaces what the person typed, nor values of past days. The one
// exception is yesterday and today, which a device was still counting when
// last read: their values from the same kind of source are brought up to
// date (the morning's steps become the evening's). A source whose path is gone
// (a card not inserted, a folder moved) is skipped and logged with logf; one
// that cannot be read is logged too, and the others are still read. Each
// source is written in its own transaction.
func ReadRemembered(ctx context.Context, s model.Store, opts Options, today model.Date, logf func(string, ...any)) (Filled, error) {
	list, err := LoadSources(ctx, s)
	if err != nil {
		return nil, err
	}
	filled := Filled{}
	for _, r := range list {
		if _, err := os.Stat(r.Path); errors.Is(err, os.ErrNotExist) {
			logf("tracker: remembered source %s is not there now; skipped", r.Path)
			continue
		}
		o := opts
		o.Mapping = r.Mapping
		plan, err := Prepare(ctx, s, r.Path, o, MergeOptions{Today: today, FillOnly: true, RefreshFrom: today.AddDays(-1)})
		if err == nil {
			err = plan.Apply(ctx, s)
		}
		if ctx.Err() != nil {
			return filled, ctx.Err()
		}
		if err != nil {
			logf("tracker: read remembered source %s: %v", r.Path, err)
			continue
		}
		filled.Add(plan)
	}
	return filled, nil
}

// Add counts the fields plan writes.
func (f Filled) Add(p Plan) {
	for _, fc := range p.Changes {
		if !fc.Applied {
			continue
		}
		if f[p.Format] == nil {
			f[p.Format] = FieldDays{}
		}
		f[p.Format][fc.Field]++
	}
}

// Formats lists the formats that filled something, most fields first.
func (f Filled) Formats() []Format {
	var out []Format
	for k := range f {
		out = append(out, k)
	}
	total := func(k Format) (n int) {
		for _, v := range f[k] {
			n += v
		}
		return n
	}
	sort.Slice(out, func(i, j int) bool { return total(out[i]) > total(out[j]) })
	return out
}
