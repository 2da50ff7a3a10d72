package ui

import (
	"errors"
	"maps"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"

	"github.com/crampdiary/crampdiary/model"
)

// draftDelay is how long after the last keystroke the typing is written as a
// draft: long enough not to write on every key, short enough that a crash
// loses at most the last moment of typing.
const draftDelay = 400 * time.Millisecond

// draftKeeper keeps a form's unsaved typing in the diary as a draft, so that
// closing the window, quitting or a crash never loses it. A form is dirty
// when its fields differ from what the diary holds; a clean form has no draft.
type draftKeeper struct {
	env    *env
	key    string
	date   model.Date // the diary day the form is for
	fields fieldSet
	stored func() map[string]string // what the fields show for the stored entries
	timer  *time.Timer
	quiet  int  // above 0 while the program, not the person, fills the fields
	kept   bool // a draft may be in the diary
	warned bool // the person was told that drafts cannot be written
}

func newDraftKeeper(e *env, key string, fields fieldSet, stored func() map[string]string) *draftKeeper {
	k := &draftKeeper{env: e, key: key, fields: fields, stored: stored, kept: true}
	fields.onChange(k.changed)
	return k
}

// dirty reports whether the form holds typing that is not in the diary.
func (k *draftKeeper) dirty() bool { return !maps.Equal(k.fields.snapshot(), k.stored()) }

// quietly runs fill, which sets the fields from the program, and then looks at
// the result once, instead of at every half-filled step. Nobody is typing, so
// there is nothing to wait for: the draft is brought up to date at once.
func (k *draftKeeper) quietly(fill func()) {
	k.quiet++
	defer func() {
		k.quiet--
		if k.quiet == 0 {
			k.flush()
		}
	}()
	fill()
}

// changed writes the draft a moment after the typing stops.
func (k *draftKeeper) changed() {
	if k.quiet > 0 {
		return
	}
	if k.env.draftDelay <= 0 {
		k.flush()
		return
	}
	if k.timer != nil {
		k.timer.Stop()
	}
	k.timer = time.AfterFunc(k.env.draftDelay, func() { fyne.Do(k.flush) })
}

// flush writes the draft now, or forgets it when the form is clean.
func (k *draftKeeper) flush() {
	if k.timer != nil {
		k.timer.Stop()
		k.timer = nil
	}
	if k.env.closed || k.date == "" {
		return
	}
	var err error
	switch {
	case k.dirty():
		err = k.env.store.SaveDraft(k.env.ctx(), &model.Draft{Key: k.key, Date: k.date, Fields: k.fields.snapshot()})
		k.kept = err == nil || k.kept
	case k.kept:
		if err = k.env.store.DeleteDraft(k.env.ctx(), k.key); err == nil {
			k.kept = false
		}
	}
	if err != nil {
		k.failed(err)
	}
}

// failed says once that typing is not being kept; saving may still work.
func (k *draftKeeper) failed(err error) {
	fyne.LogError("ui: keep unsaved typing", err)
	if !k.warned {
		k.warned = true
		k.env.notify(lang.L("What you type cannot be kept as a draft just now. Save it before closing crampdiary."))
	}
}

// restore puts back the draft kept for date and reports whether there was one.
func (k *draftKeeper) restore(date model.Date) bool {
	d, err := k.env.store.Draft(k.env.ctx(), k.key)
	if errors.Is(err, model.ErrNotFound) {
		k.kept = false
		return false
	}
	if err != nil {
		fyne.LogError("ui: read unsaved typing", err)
		return false
	}
	if d.Date != date {
		return false
	}
	values := k.fields.snapshot()
	maps.Copy(values, d.Fields)
	k.quietly(func() { k.fields.restore(values) })
	return true
}

// keptDate returns the day of the draft in the diary, if there is one.
func (k *draftKeeper) keptDate() (model.Date, bool) {
	d, err := k.env.store.Draft(k.env.ctx(), k.key)
	if err != nil || !d.Date.Valid() {
		return "", false
	}
	return d.Date, true
}

// discard forgets the draft; the caller shows the stored entries again.
func (k *draftKeeper) discard() {
	if k.timer != nil {
		k.timer.Stop()
		k.timer = nil
	}
	if err := k.env.store.DeleteDraft(k.env.ctx(), k.key); err != nil {
		fyne.LogError("ui: forget unsaved typing", err)
		return
	}
	k.kept = false
}
