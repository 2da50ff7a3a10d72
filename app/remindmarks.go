package app

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"

	"fyne.io/fyne/v2"

	"github.com/crampdiary/crampdiary/model"
	"github.com/crampdiary/crampdiary/model/remind"
)

// markKeeper keeps each reminder's remind.Mark in the diary's settings
// table. They live in the diary, not in the Fyne preferences beside the
// reminder times: they say which of this diary's days were reminded, and a
// diary in another --data-dir, or one started afresh, has evenings of its own.
type markKeeper struct {
	store model.Store
	saved map[remind.Kind]remind.Mark // what the diary holds
}

func newMarkKeeper(store model.Store) *markKeeper {
	return &markKeeper{store: store, saved: map[remind.Kind]remind.Mark{}}
}

// markKey is the settings key of kind k's mark.
func markKey(k remind.Kind) string { return "reminder_" + k.String() + "_mark" }

// restore hands sc the marks of an earlier start. A fresh diary counts the
// current evening as reminded: whoever just made it is looking at the window.
func (mk *markKeeper) restore(sc *remind.Scheduler, fresh bool, today model.Date) {
	for _, k := range remind.Kinds {
		m, err := mk.load(k)
		if err != nil {
			// A repeated reminder is the lesser harm than a lost one.
			fyne.LogError("app: reminders may repeat this evening", err)
		}
		if fresh {
			m = remind.Mark{Day: today}
		}
		sc.Restore(k, m)
	}
	mk.save(sc)
}

func (mk *markKeeper) load(k remind.Kind) (remind.Mark, error) {
	raw, err := mk.store.Setting(context.Background(), markKey(k), "")
	if err != nil {
		return remind.Mark{}, fmt.Errorf("app: read the %s reminder's mark: %w", k, err)
	}
	m, err := remind.ParseMark(raw)
	if err != nil {
		return remind.Mark{}, fmt.Errorf("app: read the %s reminder's mark: %w", k, err)
	}
	mk.saved[k] = m
	return m, nil
}

// save writes the marks that changed since the last save; one that fails is
// tried again next time.
func (mk *markKeeper) save(sc *remind.Scheduler) {
	for _, k := range remind.Kinds {
		m := sc.Mark(k)
		if m == mk.saved[k] {
			continue
		}
		if err := mk.store.SetSetting(context.Background(), markKey(k), m.String()); err != nil {
			fyne.LogError("app: keep the reminders' progress", fmt.Errorf("app: save the %s reminder's mark: %w", k, err))
			continue
		}
		mk.saved[k] = m
	}
}

// diaryIsNew reports whether no diary file is at path yet. Any other answer
// than "not there" counts as an existing diary, whose evenings remind as usual.
func diaryIsNew(path string) bool {
	_, err := os.Stat(path)
	return errors.Is(err, fs.ErrNotExist)
}
