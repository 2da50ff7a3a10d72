package remind

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/crampdiary/crampdiary/model"
)

// ReadState reads what the diary says about the diary day of now: a stored
// day row means the day is logged, and its Stretched field says whether the
// stretch was done.
func ReadState(ctx context.Context, store model.Store, now time.Time) (State, error) {
	d := model.DiaryToday(now)
	day, err := store.Day(ctx, d)
	if errors.Is(err, model.ErrNotFound) {
		return State{}, nil
	}
	if err != nil {
		return State{}, fmt.Errorf("remind: read %s for the reminders: %w", d, err)
	}
	// A row holding only what a phone or watch recorded was not logged by the person.
	return State{LoggedToday: !day.OnlyImported(), StretchedToday: day.Stretched != nil && *day.Stretched}, nil
}

// Keeper keeps each reminder's Mark in the diary's settings table. They live
// in the diary, not in the preferences beside the reminder times: they say
// which of this diary's days were reminded, and a diary in another folder,
// or one started afresh, has evenings of its own.
type Keeper struct {
	store model.Store
	saved map[Kind]Mark // what the diary holds
}

// NewKeeper keeps the marks in store.
func NewKeeper(store model.Store) *Keeper {
	return &Keeper{store: store, saved: map[Kind]Mark{}}
}

// markKey is the settings key of kind k's mark.
func markKey(k Kind) string { return "reminder_" + k.String() + "_mark" }

// Restore hands sc the marks of an earlier start. A fresh diary counts the
// current evening as reminded: whoever just made it is looking at the window.
// A mark that cannot be read is taken as none, and its error returned: a
// repeated reminder is the lesser harm than a lost one.
func (mk *Keeper) Restore(sc *Scheduler, fresh bool, today model.Date) error {
	var errs []error
	for _, k := range Kinds {
		m, err := mk.load(k)
		errs = append(errs, err)
		if fresh {
			m = Mark{Day: today}
		}
		sc.Restore(k, m)
	}
	return errors.Join(errs...)
}

func (mk *Keeper) load(k Kind) (Mark, error) {
	raw, err := mk.store.Setting(context.Background(), markKey(k), "")
	if err != nil {
		return Mark{}, fmt.Errorf("remind: read the %s reminder's mark: %w", k, err)
	}
	m, err := ParseMark(raw)
	if err != nil {
		return Mark{}, fmt.Errorf("remind: read the %s reminder's mark: %w", k, err)
	}
	mk.saved[k] = m
	return m, nil
}

// Save writes the marks of sc that changed since the last save; one that
// fails is tried again next time.
func (mk *Keeper) Save(sc *Scheduler) error {
	var errs []error
	for _, k := range Kinds {
		m := sc.Mark(k)
		if m == mk.saved[k] {
			continue
		}
		if err := mk.store.SetSetting(context.Background(), markKey(k), m.String()); err != nil {
			errs = append(errs, fmt.Errorf("remind: save the %s reminder's mark: %w", k, err))
			continue
		}
		mk.saved[k] = m
	}
	return errors.Join(errs...)
}
