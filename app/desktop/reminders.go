package desktop

import (
	"context"
	"slices"
	"sync"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/lang"

	"github.com/crampdiary/crampdiary/model"
	"github.com/crampdiary/crampdiary/model/remind"
)

// remindEvery is how often the reminders are checked. Half a minute keeps a
// reminder close to its time and costs one small diary read.
const remindEvery = 30 * time.Second

// reminderLoop drives one remind.Scheduler for the window's lifetime: it
// ticks it, keeps the notification and the tray menu in step and the
// reminders' marks in the diary. The ticker goroutine and the tray's menu
// actions share it, so the scheduler is only touched under mu.
type reminderLoop struct {
	now      func() time.Time
	settings func() remind.Settings                    // read afresh every tick
	state    func(now time.Time) (remind.State, error) // what the diary says about today
	note     notifier                                  // may block: never called under mu
	setMenu  func(*fyne.Menu)                          // nil without a tray; called on the UI thread
	act      map[remind.Kind]func()                    // what a due item in the tray does
	base     []*fyne.MenuItem                          // the tray's everyday items, below the due ones

	mu       sync.Mutex
	sched    *remind.Scheduler
	marks    *remind.Keeper    // nil: nothing is kept across restarts
	pending  []remind.Reminder // what the tray and the notification are about
	announce bool              // a reminder came since the notification was brought up to date
	shown    []remind.Kind     // the due items the tray shows, or is about to
	snooze   int               // the snooze length the tray shows, or is about to
	next     *fyne.Menu        // a menu waiting to reach the tray; nil once it has
	stopped  bool              // the diary is closing: no more reads

	noteMu   sync.Mutex    // serialises the notifier; taken before mu, never under it
	noted    []remind.Kind // what the notification on screen is about
	noteDone bool          // quitting: no more notifications
}

// newReminderLoop checks reminders against store with the settings kept in p.
func newReminderLoop(p fyne.Preferences, store model.Store, now func() time.Time) *reminderLoop {
	warned := false // a broken preference is logged once, not every tick
	settings := func() remind.Settings {
		s, err := remind.LoadSettings(p)
		if err != nil && !warned {
			fyne.LogError("app: reminder settings replaced by the defaults", err)
		}
		warned = err != nil
		return s
	}
	s := settings()
	state := func(now time.Time) (remind.State, error) {
		return remind.ReadState(context.Background(), store, now)
	}
	return &reminderLoop{now: now, settings: settings, state: state,
		sched: remind.New(s), marks: remind.NewKeeper(store), snooze: s.SnoozeMin}
}

// restore takes up where the last start left off, so a restart the same
// evening does not repeat a reminder; fresh is a diary made by this start.
func (l *reminderLoop) restore(fresh bool) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if err := l.marks.Restore(l.sched, fresh, model.DiaryToday(l.now())); err != nil {
		fyne.LogError("app: reminders may repeat this evening", err)
	}
	l.saveMarks()
}

// saveMarks keeps the reminders' progress in the diary. l.mu must be held.
func (l *reminderLoop) saveMarks() {
	if l.marks == nil {
		return
	}
	if err := l.marks.Save(l.sched); err != nil {
		fyne.LogError("app: keep the reminders' progress", err)
	}
}

// carryOver takes what old has already announced and snoozed, so a window
// reopened on a restored diary does not remind again of the same thing.
func (l *reminderLoop) carryOver(old *reminderLoop) {
	old.mu.Lock()
	defer old.mu.Unlock()
	l.mu.Lock()
	defer l.mu.Unlock()
	l.sched, l.shown, l.snooze, l.pending = old.sched, old.shown, old.snooze, old.pending
}

// start checks once now and then every interval on a goroutine, until the
// returned stop is called. After stop returns the diary is no longer read.
// It runs on the UI thread, before the tray is up.
func (l *reminderLoop) start(every time.Duration) (stop func()) {
	// The first check and menu happen here, not on the ticker, so the tray
	// holds what is due from the moment the window starts.
	l.advance(l.now())
	l.showMenu()
	quit := make(chan struct{})
	go func() {
		t := time.NewTicker(every)
		defer t.Stop()
		l.syncNote() // may block on the notification service: not on the UI thread
		for {
			select {
			case <-t.C:
				l.tick(l.now())
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

// tick checks the reminders at now: the notification follows what is due,
// and the tray menu is rebuilt when what it should show has changed.
func (l *reminderLoop) tick(now time.Time) {
	if l.advance(now) {
		fyne.Do(l.applyMenu)
	}
	l.syncNote()
}

func (l *reminderLoop) advance(now time.Time) (menuChanged bool) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.stopped {
		return false
	}
	if s := l.settings(); s != l.sched.Settings() {
		l.sched.SetSettings(s)
	}
	st, err := l.state(now)
	if err != nil {
		// Better no reminder than one about a day that may be logged already.
		fyne.LogError("app: check the reminders", err)
		return false
	}
	if due := l.sched.Tick(now, st); len(due) > 0 {
		l.announce = true
	}
	return l.settle(now)
}

// settle takes note of what is pending at now after the scheduler moved on:
// it keeps the marks and prepares the tray. l.mu must be held.
func (l *reminderLoop) settle(now time.Time) (menuChanged bool) {
	l.pending = l.sched.Pending(now)
	l.saveMarks()
	return l.updateMenu()
}

// snoozeAll is the tray's Snooze item: every due reminder comes back later.
// It runs on the UI thread, so the menu is set directly.
func (l *reminderLoop) snoozeAll() {
	l.mu.Lock()
	now := l.now()
	for _, r := range l.sched.Pending(now) {
		l.sched.Snooze(r.Kind, now)
	}
	changed := l.settle(now)
	l.mu.Unlock()
	if changed {
		l.applyMenu()
	}
	l.syncNote()
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

// showMenu sets the tray menu for what is pending, whatever the tray shows.
func (l *reminderLoop) showMenu() {
	if l.setMenu == nil {
		return
	}
	l.mu.Lock()
	l.shown, l.snooze = kindsOf(l.pending), l.sched.Settings().SnoozeMin
	l.next = nil
	m := l.menu(l.shown, l.snooze)
	l.mu.Unlock()
	l.setMenu(m)
}

// updateMenu prepares the tray menu for what is pending and reports whether
// it differs from the tray's; there is nothing to do without a tray.
// l.mu must be held.
func (l *reminderLoop) updateMenu() bool {
	if l.setMenu == nil {
		return false
	}
	kinds := kindsOf(l.pending)
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
		items = append(items, fyne.NewMenuItem(k.Label(lang.L), l.act[k]))
	}
	if len(due) > 0 {
		items = append(items,
			fyne.NewMenuItem(remind.SnoozeLabel(snooze, lang.L), l.snoozeAll),
			fyne.NewMenuItemSeparator())
	}
	return fyne.NewMenu("crampdiary", append(items, l.base...)...)
}

func kindsOf(rs []remind.Reminder) []remind.Kind {
	var kinds []remind.Kind
	for _, r := range rs {
		kinds = append(kinds, r.Kind)
	}
	return kinds
}

// startReminders runs the bedtime reminders on the open diary until it
// closes, with the tray menu when tray is set.
func (g *gui) startReminders(tray bool) {
	l := newReminderLoop(g.app.Preferences(), g.store, g.clock)
	l.note = g.newNotifier(g.app)
	l.act = map[remind.Kind]func(){remind.Log: g.onOpenToday, remind.Stretch: g.onStretchNow}
	l.base = g.trayItems()
	if _, ok := g.app.(desktop.App); ok && tray {
		l.setMenu = g.setTrayMenu
		g.useTray()
	}
	l.restore(g.newDiary)
	if g.remind != nil {
		l.carryOver(g.remind)
	}
	g.remind = l
	if g.remindEvery > 0 {
		g.stopRem = l.start(g.remindEvery)
	} else {
		l.showMenu() // tests tick by hand
	}
}

// stopReminders stops the reminders and takes their notification off the
// screen; it must run before the process exits.
func (g *gui) stopReminders() {
	if g.stopRem != nil {
		g.stopRem() // the reminders read the diary: stop them first
		g.stopRem = nil
	}
	if g.remind != nil {
		g.remind.close()
	}
}

// onSaved follows every save in the window: the day's first backup, and a
// fresh look at the reminders, so a notification about what was just logged
// goes away at once rather than at the next check.
func (g *gui) onSaved() {
	g.autoBackup()
	if l := g.remind; l != nil {
		now := g.clock()
		g.background(func() { l.tick(now) }) // the notifier may block: not on the UI thread
	}
}
