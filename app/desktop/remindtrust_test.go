package desktop

import (
	"context"
	"io"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/crampdiary/crampdiary/model"
	"github.com/crampdiary/crampdiary/model/remind"
	"github.com/crampdiary/crampdiary/model/sqlstore/storetest"
)

// restart is quitting the app and starting it again on the same diary.
func (h *loopHarness) restart(fresh bool) {
	h.loop.close()
	h.loop = h.newLoop()
	h.loop.restore(fresh)
}

func TestNoReminderOnTheFirstStartOfANewDiary(t *testing.T) {
	h := newLoopHarness(t, tuesday(21, 55))
	h.loop.restore(true)
	for _, now := range []time.Time{tuesday(21, 55), tuesday(22, 0), tuesday(23, 30)} {
		h.at(now)
	}
	if n := h.takeSent(); len(n) != 0 {
		t.Fatalf("the evening the diary was made: %d notifications", len(n))
	}
	h.restart(false)
	h.at(tuesday(23, 40))
	if n := h.takeSent(); len(n) != 0 {
		t.Fatalf("started again that evening: %d notifications", len(n))
	}
	h.at(tuesday(22, 0).AddDate(0, 0, 1))
	if n := h.takeSent(); len(n) != 1 {
		t.Fatalf("the next evening: %d notifications, want 1", len(n))
	}
}

// An existing diary opened for the first time by this computer still reminds.
func TestAnExistingDiaryRemindsOnItsFirstStart(t *testing.T) {
	h := newLoopHarness(t, tuesday(23, 0))
	h.loop.restore(false)
	h.at(tuesday(23, 0))
	if n := h.takeSent(); len(n) != 1 {
		t.Fatalf("%d notifications, want 1", len(n))
	}
}

func TestRestartTheSameEveningDoesNotRepeat(t *testing.T) {
	h := newLoopHarness(t, tuesday(21, 0))
	h.loop.restore(false)
	h.at(tuesday(22, 0))
	if n := h.takeSent(); len(n) != 1 {
		t.Fatalf("at 22:00: %d notifications", len(n))
	}
	for _, now := range []time.Time{tuesday(22, 5), tuesday(23, 50)} {
		h.restart(false)
		h.at(now)
		if n := h.takeSent(); len(n) != 0 {
			t.Fatalf("restarted at %s: %d notifications", now.Format("15:04"), len(n))
		}
	}
	h.restart(false)
	h.at(tuesday(22, 0).AddDate(0, 0, 1))
	if n := h.takeSent(); len(n) != 1 {
		t.Fatalf("the next evening: %d notifications, want 1", len(n))
	}
}

func TestSnoozeOutlivesARestart(t *testing.T) {
	h := newLoopHarness(t, tuesday(21, 0))
	h.loop.restore(false)
	h.at(tuesday(22, 0))
	h.takeSent()
	h.clock = tuesday(22, 1)
	h.tapTray("Snooze 15 min")
	h.restart(false)
	h.at(tuesday(22, 10))
	if n := h.takeSent(); len(n) != 0 {
		t.Fatalf("during the snooze: %d notifications", len(n))
	}
	h.at(tuesday(22, 16))
	if n := h.takeSent(); len(n) != 1 {
		t.Fatalf("when the snooze ends: %d notifications, want 1", len(n))
	}

	// Closed over the end of a snooze: it comes once, late, on the next start.
	h.clock = tuesday(22, 17)
	h.tapTray("Snooze 15 min")
	h.restart(false)
	h.at(tuesday(23, 0))
	h.at(tuesday(23, 1))
	sent := h.takeSent()
	if len(sent) != 1 || !strings.Contains(sent[0].Content, "This was due at 22:32.") {
		t.Fatalf("after a snooze ran out while closed: %v", sent)
	}
}

func TestNotificationIsWithdrawnWhenNoLongerPending(t *testing.T) {
	logged := func(h *loopHarness) {
		h.saveDay(model.Day{Date: "2026-11-24", Steps: new(6000)})
		h.at(tuesday(22, 1))
	}
	snoozed := func(h *loopHarness) {
		h.clock = tuesday(22, 1)
		h.tapTray("Snooze 15 min")
	}
	dayEnded := func(h *loopHarness) { h.at(tuesday(4, 0).AddDate(0, 0, 1)) }
	quit := func(h *loopHarness) { h.loop.close() }
	for name, done := range map[string]func(*loopHarness){"logged": logged, "snoozed": snoozed, "day ended": dayEnded, "quit": quit} {
		t.Run(name, func(t *testing.T) {
			h := newLoopHarness(t, tuesday(21, 0))
			h.at(tuesday(22, 0))
			if on, _ := h.notes.screen(); on != "Before bed: fill in today and stretch" {
				t.Fatalf("on screen at 22:00: %q", on)
			}
			done(h)
			if on, n := h.notes.screen(); on != "" || n != 1 {
				t.Fatalf("on screen %q after %d withdrawals", on, n)
			}
		})
	}
}

func TestQuittingLetsGoOfTheNotifier(t *testing.T) {
	g, _ := newTestGUI(t)
	notes := &fakeNotes{}
	g.newNotifier = func(fyne.App) notifier { return notes }
	g.remindEvery = 0
	g.clock = func() time.Time { return tuesday(22, 0) }
	g.start(storetest.MustOpenDB(t, tuesday(22, 0)))
	g.remind.tick(tuesday(22, 0))
	if err := g.closeStore(); err != nil {
		t.Fatal(err)
	}
	if on, n := notes.screen(); on != "" || n != 1 || !notes.closed {
		t.Fatalf("after closing: on screen %q, %d withdrawals, closed %v", on, n, notes.closed)
	}
}

// fakeTray behaves as fyne's tray on Linux: the first menu it is given is
// put back when the tray host answers, whatever was set in between.
type fakeTray struct {
	fyne.App
	first, current *fyne.Menu
}

func (f *fakeTray) SetSystemTrayMenu(m *fyne.Menu) {
	if f.first == nil {
		f.first = m
	}
	f.current = m
}
func (f *fakeTray) SetSystemTrayIcon(fyne.Resource) {}
func (f *fakeTray) SetSystemTrayWindow(fyne.Window) {}

func (f *fakeTray) ready() { f.current = f.first }

func TestSnoozeIsInTheTrayForAReminderDueAtLaunch(t *testing.T) {
	tray := &fakeTray{App: test.NewTempApp(t)}
	yesTray := make(chan bool, 1)
	yesTray <- true
	g := newGUI(tray, t.TempDir(), io.Discard, yesTray, func() time.Time { return tuesday(22, 30) })
	t.Cleanup(func() { _ = g.closeStore() })
	g.newNotifier = func(fyne.App) notifier { return &fakeNotes{} }
	g.remindEvery = time.Hour
	g.begin(storetest.MustOpenDB(t, tuesday(22, 30))) // the tray comes up before the reminders are read
	tray.ready()
	h := &loopHarness{t: t, menu: tray.current}
	if got, want := h.trayLabels(), "Log today | Stretch now | Snooze 15 min | --- | Log a cramp now | Open today | Quit"; got != want {
		t.Fatalf("tray %q, want %q", got, want)
	}
}

func TestMovedLaterWhileShowingComesAgainAtTheNewTime(t *testing.T) {
	h := newLoopHarness(t, tuesday(21, 0))
	h.at(tuesday(22, 0))
	h.takeSent()
	s := remind.Defaults()
	s.Bedtime = 23 * 60 // reminders at 22:30
	if err := remind.SaveSettings(h.prefs, s); err != nil {
		t.Fatal(err)
	}
	h.at(tuesday(22, 10))
	if on, n := h.notes.screen(); on != "" || n != 1 || h.trayLabels() != "Log a cramp now" {
		t.Fatalf("moved to 22:30 at 22:10: on screen %q after %d withdrawals, tray %q", on, n, h.trayLabels())
	}
	h.at(tuesday(22, 30))
	if n := h.takeSent(); len(n) != 1 || h.trayLabels() != "Log today | Stretch now | Snooze 15 min | --- | Log a cramp now" {
		t.Fatalf("at 22:30: sent %d, tray %q", len(n), h.trayLabels())
	}
}

// Logging today in the window takes the reminder off the screen at once.
func TestASaveWithdrawsTheReminderAtOnce(t *testing.T) {
	notes := &fakeNotes{}
	g := newGUI(test.NewTempApp(t), t.TempDir(), io.Discard, make(chan bool), func() time.Time { return tuesday(22, 30) })
	t.Cleanup(func() { _ = g.closeStore() })
	g.newNotifier = func(fyne.App) notifier { return notes }
	g.remindEvery = 0 // ticked by hand
	g.background = func(f func()) { f() }
	g.trayAsked = true
	store := storetest.MustOpenDB(t, tuesday(22, 30))
	g.start(store)
	g.remind.tick(tuesday(22, 30))
	if on, _ := notes.screen(); on == "" {
		t.Fatal("no reminder on screen at 22:30")
	}
	if err := store.SaveDay(context.Background(), &model.Day{Date: "2026-11-24", Stretched: ptrTo(true)}); err != nil {
		t.Fatal(err)
	}
	g.onSaved()
	if on, n := notes.screen(); on != "" || n == 0 {
		t.Fatalf("after logging and stretching: %q on screen, %d withdrawals", on, n)
	}
}

func ptrTo[T any](v T) *T { return &v }
