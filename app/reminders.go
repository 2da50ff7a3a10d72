package app

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"sync"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"

	"github.com/crampdiary/crampdiary/app/remind"
	"github.com/crampdiary/crampdiary/model"
	"github.com/crampdiary/crampdiary/ui"
)

// remindEvery is how often the reminders are checked. Half a minute keeps a
// reminder close to its time and costs one small diary read.
const remindEvery = 30 * time.Second

// reminderLoop drives one remind.Scheduler for the window's lifetime: it
// ticks it, sends the notification and keeps the tray menu in step. The
// ticker goroutine and the tray's menu actions share it, so the scheduler is
// only touched under mu.
type reminderLoop struct {
	now      func() time.Time
	settings func() remind.Settings                    // read afresh every tick
	state    func(now time.Time) (remind.State, error) // what the diary says about today
	notify   func(*fyne.Notification)                  // may block: called off the UI thread
	setMenu  func(*fyne.Menu)                          // nil without a tray; called on the UI thread
	act      map[remind.Kind]func()                    // what a due item in the tray does
	base     []*fyne.MenuItem                          // the tray's everyday items, below the due ones

	mu      sync.Mutex
	sched   *remind.Scheduler
	shown   []remind.Kind // the due items the tray shows, or is about to
	snooze  int           // the snooze length the tray shows, or is about to
	next    *fyne.Menu    // a menu waiting to reach the tray; nil once it has
	stopped bool          // the diary is closing: no more reads
}

// newReminderLoop checks reminders against store with the settings kept in p.
func newReminderLoop(p fyne.Preferences, store model.Store, now func() time.Time) *reminderLoop {
	warned := false // a broken preference is logged once, not every tick
	settings := func() remind.Settings {
		s, err := ui.LoadReminderSettings(p)
		if err != nil && !warned {
			fyne.LogError("app: reminder settings replaced by the defaults", err)
		}
		warned = err != nil
		return s
	}
	s := settings()
	return &reminderLoop{now: now, settings: settings, state: diaryState(store),
		sched: remind.New(s), snooze: s.SnoozeMin}
}

// diaryState reads the current diary day: a stored day row means the day is
// logged, and its Stretched field says whether the stretch was done.
func diaryState(store model.Store) func(time.Time) (remind.State, error) {
	return func(now time.Time) (remind.State, error) {
		d := model.DiaryToday(now)
		day, err := store.Day(context.Background(), d)
		if errors.Is(err, model.ErrNotFound) {
			return remind.State{}, nil
		}
		if err != nil {
			return remind.State{}, fmt.Errorf("app: read %s for the reminders: %w", d, err)
		}
		// A row holding only what a phone or watch recorded was not logged by the person.
		return remind.State{LoggedToday: !day.OnlyImported(), StretchedToday: day.Stretched != nil && *day.Stretched}, nil
	}
}

// carryOver takes what old has already announced and snoozed, so a window
// reopened on a restored diary does not remind again of the same thing.
func (l *reminderLoop) carryOver(old *reminderLoop) {
	old.mu.Lock()
	defer old.mu.Unlock()
	l.sched, l.shown, l.snooze = old.sched, old.shown, old.snooze
}

// start ticks once now and then every interval on a goroutine, until the
// returned stop is called. After stop returns the diary is no longer read.
func (l *reminderLoop) start(every time.Duration) (stop func()) {
	quit := make(chan struct{})
	go func() {
		t := time.NewTicker(every)
		defer t.Stop()
		for {
			l.tick(l.now())
			select {
			case <-t.C:
			case <-quit:
				return
			}
		}
	}()
	var once sync.Once
	return func() {
		once.Do(func() {
			l.mu.Lock()
			l.stopped = true
			l.mu.Unlock()
			close(quit)
		})
	}
}

// tick checks the reminders at now: due ones become one notification, and
// the tray menu is rebuilt when what it should show has changed.
func (l *reminderLoop) tick(now time.Time) {
	due, changed := l.advance(now)
	if len(due) > 0 && l.notify != nil {
		l.notify(ui.ReminderNotification(due))
	}
	if changed {
		fyne.Do(l.applyMenu)
	}
}

func (l *reminderLoop) advance(now time.Time) (due []remind.Reminder, menuChanged bool) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.stopped {
		return nil, false
	}
	if s := l.settings(); s != l.sched.Settings() {
		l.sched.SetSettings(s)
	}
	st, err := l.state(now)
	if err != nil {
		// Better no reminder than one about a day that may be logged already.
		fyne.LogError("app: check the reminders", err)
		return nil, false
	}
	due = l.sched.Tick(now, st)
	return due, l.updateMenu(now)
}

// snoozeAll is the tray's Snooze item: every due reminder comes back later.
// It runs on the UI thread, so the menu is set directly.
func (l *reminderLoop) snoozeAll() {
	l.mu.Lock()
	now := l.now()
	for _, r := range l.sched.Pending(now) {
		l.sched.Snooze(r.Kind, now)
	}
	changed := l.updateMenu(now)
	l.mu.Unlock()
	if changed {
		l.applyMenu()
	}
}

// applyMenu hands the newest menu to the tray, on the UI thread. Only the
// newest is ever set, so a tick queued behind a snooze cannot undo it.
func (l *reminderLoop) applyMenu() {
	l.mu.Lock()
	m := l.next
	l.next = nil
	l.mu.Unlock()
	if m != nil {
		l.setMenu(m)
	}
}

// updateMenu prepares the tray menu for what is pending at now and reports
// whether it differs from the tray's; there is nothing to do without a tray.
// l.mu must be held.
func (l *reminderLoop) updateMenu(now time.Time) bool {
	if l.setMenu == nil {
		return false
	}
	var kinds []remind.Kind
	for _, r := range l.sched.Pending(now) {
		kinds = append(kinds, r.Kind)
	}
	snooze := l.sched.Settings().SnoozeMin
	if slices.Equal(kinds, l.shown) && (len(kinds) == 0 || snooze == l.snooze) {
		return false
	}
	l.shown, l.snooze = kinds, snooze
	l.next = l.menu(kinds, snooze)
	return true
}

// menu is the tray menu: the due reminders and a snooze for them on top,
// then the everyday items.
func (l *reminderLoop) menu(due []remind.Kind, snooze int) *fyne.Menu {
	var items []*fyne.MenuItem
	for _, k := range due {
		items = append(items, fyne.NewMenuItem(ui.ReminderLabel(k), l.act[k]))
	}
	if len(due) > 0 {
		items = append(items,
			fyne.NewMenuItem(ui.SnoozeLabel(snooze), l.snoozeAll),
			fyne.NewMenuItemSeparator())
	}
	return fyne.NewMenu("crampdiary", append(items, l.base...)...)
}

// startReminders runs the bedtime reminders on the open diary until it closes.
func (g *gui) startReminders() {
	l := newReminderLoop(g.app.Preferences(), g.store, g.clock)
	l.notify = g.app.SendNotification
	l.act = map[remind.Kind]func(){remind.Log: g.onOpenToday, remind.Stretch: g.onStretchNow}
	l.base = g.trayItems()
	if desk, ok := g.app.(desktop.App); ok && g.tray {
		l.setMenu = desk.SetSystemTrayMenu
	}
	if g.remind != nil {
		l.carryOver(g.remind)
	}
	g.remind = l
	if g.remindEvery > 0 {
		g.stopRem = l.start(g.remindEvery)
	}
}
