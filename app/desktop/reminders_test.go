package desktop

import (
	"context"
	"errors"
	"io"
	"strings"
	"sync"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/crampdiary/crampdiary/app/cli"
	"github.com/crampdiary/crampdiary/app/internal/datadir"
	"github.com/crampdiary/crampdiary/app/internal/proc"
	"github.com/crampdiary/crampdiary/model"
	"github.com/crampdiary/crampdiary/model/remind"
	"github.com/crampdiary/crampdiary/model/sqlstore"
	"github.com/crampdiary/crampdiary/model/sqlstore/storetest"
	"github.com/crampdiary/crampdiary/ui"
)

// tuesday is 24 November 2026 at hh:mm; with the default settings the
// reminders are due at 22:00.
func tuesday(hh, mm int) time.Time { return time.Date(2026, 11, 24, hh, mm, 0, 0, time.UTC) }

// loopHarness is a reminder loop on a real diary and Fyne's test app, with a
// fake clock, a recorded tray and recorded notifications.
type loopHarness struct {
	t      *testing.T
	loop   *reminderLoop
	store  *sqlstore.DB
	prefs  fyne.Preferences
	clock  time.Time
	menu   *fyne.Menu // the tray's menu as last set; nil until the loop sets one
	menus  int        // how many times the menu was set
	acted  []remind.Kind
	logged int // taps on the everyday "Log a cramp now" item

	notes *fakeNotes
}

// fakeNotes is the desktop's notification service as a test sees it.
type fakeNotes struct {
	mu        sync.Mutex
	sent      []*fyne.Notification
	onScreen  string // the title of the notification on screen; "" for none
	withdrawn int    // how many times a notification was withdrawn
	closed    bool   // the notifier was let go
}

func (f *fakeNotes) Show(title, body string) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.sent = append(f.sent, fyne.NewNotification(title, body))
	f.onScreen = title
	return nil
}

func (f *fakeNotes) Withdraw() error {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.withdrawn++
	f.onScreen = ""
	return nil
}

func (f *fakeNotes) Close() error {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.closed = true
	return nil
}

// screen is the title on screen and how many were withdrawn so far.
func (f *fakeNotes) screen() (string, int) {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.onScreen, f.withdrawn
}

func newLoopHarness(t *testing.T, now time.Time) *loopHarness {
	t.Helper()
	a := test.NewTempApp(t)
	if err := ui.LoadTranslations(); err != nil {
		t.Fatal(err)
	}
	h := &loopHarness{t: t, store: storetest.MustOpenDB(t, now), prefs: a.Preferences(), clock: now}
	h.loop = h.newLoop()
	return h
}

// newLoop is a loop on the harness's diary, as a new start of the app makes.
func (h *loopHarness) newLoop() *reminderLoop {
	h.notes = &fakeNotes{}
	l := newReminderLoop(h.prefs, h.store, func() time.Time { return h.clock })
	l.note = h.notes
	l.setMenu = func(m *fyne.Menu) { h.menu, h.menus = m, h.menus+1 }
	l.act = map[remind.Kind]func(){
		remind.Log:     func() { h.acted = append(h.acted, remind.Log) },
		remind.Stretch: func() { h.acted = append(h.acted, remind.Stretch) },
	}
	l.base = []*fyne.MenuItem{fyne.NewMenuItem("Log a cramp now", func() { h.logged++ })}
	return l
}

// at moves the clock to now and ticks.
func (h *loopHarness) at(now time.Time) {
	h.clock = now
	h.loop.tick(now)
}

// takeSent returns the notifications sent since the last call.
func (h *loopHarness) takeSent() []*fyne.Notification {
	h.notes.mu.Lock()
	defer h.notes.mu.Unlock()
	sent := h.notes.sent
	h.notes.sent = nil
	return sent
}

// trayLabels is the tray menu as text, "---" for a separator; "" before the
// loop has set any menu, when the tray still shows its everyday items.
func (h *loopHarness) trayLabels() string {
	if h.menu == nil {
		return ""
	}
	var labels []string
	for _, it := range h.menu.Items {
		if it.IsSeparator {
			labels = append(labels, "---")
			continue
		}
		labels = append(labels, it.Label)
	}
	return strings.Join(labels, " | ")
}

func (h *loopHarness) tapTray(label string) {
	h.t.Helper()
	if h.menu != nil {
		for _, it := range h.menu.Items {
			if it.Label == label {
				it.Action()
				return
			}
		}
	}
	h.t.Fatalf("no %q in the tray menu %q", label, h.trayLabels())
}

func (h *loopHarness) saveDay(d model.Day) {
	h.t.Helper()
	if err := h.store.SaveDay(context.Background(), &d); err != nil {
		h.t.Fatal(err)
	}
}

func yes() *bool { v := true; return &v }

func TestReminderComesAtBedtimeWhenTodayIsNotLogged(t *testing.T) {
	h := newLoopHarness(t, tuesday(21, 0))
	h.at(tuesday(21, 0))
	h.at(tuesday(21, 59))
	if n := h.takeSent(); len(n) != 0 || h.menu != nil {
		t.Fatalf("before 22:00: sent %d, tray %q", len(n), h.trayLabels())
	}
	h.at(tuesday(22, 0))
	sent := h.takeSent()
	if len(sent) != 1 {
		t.Fatalf("at 22:00: %d notifications, want 1 for both reminders", len(sent))
	}
	if sent[0].Title != "Before bed: fill in today and stretch" || strings.Contains(sent[0].Content, "was due") {
		t.Errorf("notification %q: %q", sent[0].Title, sent[0].Content)
	}
	want := "Log today | Stretch now | Snooze 15 min | --- | Log a cramp now"
	if got := h.trayLabels(); got != want {
		t.Fatalf("tray %q, want %q", got, want)
	}
	h.at(tuesday(22, 0).Add(30 * time.Second))
	if n := h.takeSent(); len(n) != 0 || h.menus != 1 {
		t.Fatalf("the next tick sent %d more and set the menu %d times", len(n), h.menus)
	}
	h.tapTray("Log today")
	h.tapTray("Stretch now")
	h.tapTray("Log a cramp now")
	if len(h.acted) != 2 || h.acted[0] != remind.Log || h.acted[1] != remind.Stretch || h.logged != 1 {
		t.Fatalf("tray items did %v and %d cramp captures", h.acted, h.logged)
	}
}

func TestNoReminderWhenTodayIsDone(t *testing.T) {
	h := newLoopHarness(t, tuesday(21, 0))
	h.saveDay(model.Day{Date: "2026-11-24", Stretched: yes()})
	h.at(tuesday(22, 0))
	if n := h.takeSent(); len(n) != 0 || h.menu != nil {
		t.Fatalf("logged and stretched: sent %d, tray %q", len(n), h.trayLabels())
	}

	h = newLoopHarness(t, tuesday(21, 0))
	h.saveDay(model.Day{Date: "2026-11-24"})
	h.at(tuesday(22, 0))
	sent := h.takeSent()
	if len(sent) != 1 || sent[0].Title != "Time for your bedtime stretch" {
		t.Fatalf("logged, not stretched: %v", sent)
	}
	if got := h.trayLabels(); got != "Stretch now | Snooze 15 min | --- | Log a cramp now" {
		t.Fatalf("tray %q", got)
	}
}

func TestTrayLosesRemindersWhenLoggedOrSnoozed(t *testing.T) {
	h := newLoopHarness(t, tuesday(21, 0))
	h.at(tuesday(22, 0))
	h.takeSent()
	h.saveDay(model.Day{Date: "2026-11-24", Steps: new(6000)})
	h.at(tuesday(22, 1))
	if got := h.trayLabels(); got != "Stretch now | Snooze 15 min | --- | Log a cramp now" {
		t.Fatalf("after logging, tray %q", got)
	}

	h.clock = tuesday(22, 2)
	h.tapTray("Snooze 15 min")
	if got := h.trayLabels(); got != "Log a cramp now" {
		t.Fatalf("after snoozing, tray %q", got)
	}
	h.at(tuesday(22, 16))
	if n := h.takeSent(); len(n) != 0 || h.trayLabels() != "Log a cramp now" {
		t.Fatalf("during the snooze: sent %d, tray %q", len(n), h.trayLabels())
	}
	h.at(tuesday(22, 17))
	if n := h.takeSent(); len(n) != 1 || h.trayLabels() != "Stretch now | Snooze 15 min | --- | Log a cramp now" {
		t.Fatalf("after the snooze: sent %d, tray %q", len(n), h.trayLabels())
	}

	h.saveDay(model.Day{Date: "2026-11-24", Stretched: yes()})
	h.at(tuesday(22, 18))
	if got := h.trayLabels(); got != "Log a cramp now" {
		t.Fatalf("after stretching, tray %q", got)
	}
}

func TestMissedReminderIsOneLateNotification(t *testing.T) {
	h := newLoopHarness(t, tuesday(21, 0))
	h.at(tuesday(21, 0))
	// The laptop sleeps from 21:00 to 23:40, then the ticker runs as usual.
	for now := tuesday(23, 40); !now.After(tuesday(23, 50)); now = now.Add(30 * time.Second) {
		h.at(now)
	}
	sent := h.takeSent()
	if len(sent) != 1 {
		t.Fatalf("after waking: %d notifications, want exactly 1", len(sent))
	}
	if !strings.Contains(sent[0].Content, "This was due at 22:00.") {
		t.Errorf("late notification says %q", sent[0].Content)
	}
}

func TestReminderSettingsAreReadEveryTick(t *testing.T) {
	h := newLoopHarness(t, tuesday(21, 0))
	h.at(tuesday(21, 0))
	s := remind.Defaults()
	s.Bedtime, s.StretchOn, s.SnoozeMin = 23*60, false, 5
	if err := remind.SaveSettings(h.prefs, s); err != nil {
		t.Fatal(err)
	}
	h.at(tuesday(22, 0))
	if n := h.takeSent(); len(n) != 0 {
		t.Fatalf("the old bedtime still fired %d", len(n))
	}
	h.at(tuesday(22, 30))
	sent := h.takeSent()
	if len(sent) != 1 || sent[0].Title != "Time to fill in today" {
		t.Fatalf("new bedtime: %v", sent)
	}
	if got := h.trayLabels(); got != "Log today | Snooze 5 min | --- | Log a cramp now" {
		t.Fatalf("tray %q", got)
	}
}

func TestDiaryErrorSkipsTheTick(t *testing.T) {
	h := newLoopHarness(t, tuesday(21, 0))
	h.loop.state = func(time.Time) (remind.State, error) { return remind.State{}, errors.New("disk gone") }
	h.at(tuesday(22, 0))
	if n := h.takeSent(); len(n) != 0 || h.menu != nil {
		t.Fatal("a reminder came although the diary could not be read")
	}
}

func TestStoppedLoopNoLongerReadsTheDiary(t *testing.T) {
	h := newLoopHarness(t, tuesday(22, 0))
	reads := make(chan struct{}, 10)
	read := h.loop.state
	h.loop.state = func(now time.Time) (remind.State, error) {
		reads <- struct{}{}
		return read(now)
	}
	stop := h.loop.start(time.Hour)
	stop()
	stop() // twice is harmless: closing the diary and quitting may both stop it
	before := len(reads)
	h.loop.tick(tuesday(22, 1))
	if len(reads) != before {
		t.Fatal("the diary was read after stop")
	}
}

func TestWindowSendsRemindersFromItsDiary(t *testing.T) {
	g, _ := newTestGUI(t)
	g.remindEvery = 0
	g.clock = func() time.Time { return tuesday(22, 0) }
	g.start(storetest.MustOpenDB(t, tuesday(22, 0)))
	if g.main.OnAutostart == nil {
		t.Error("the window offers no start at login")
	}
	want := fyne.NewNotification("Before bed: fill in today and stretch",
		"Note how today went, then take a few minutes for the calf and hamstring stretch. "+
			"In bed, keep your feet from pointing down: a pillow under the knees or ankles, covers loose.")
	test.AssertNotificationSent(t, want, func() { g.remind.tick(tuesday(22, 0)) })
	if g.remind.setMenu != nil {
		t.Error("a tray menu is kept up to date without a tray")
	}
}

func TestAutostartKeepsACustomDataFolder(t *testing.T) {
	g, _ := newTestGUI(t)
	if args := g.dataDirArgs(); len(args) != 2 || args[0] != "--data-dir" || args[1] != g.dir {
		t.Fatalf("args for %s: %v", g.dir, args)
	}
	def, err := datadir.Default()
	if err != nil {
		t.Skip(err)
	}
	g.dir = def
	if args := g.dataDirArgs(); len(args) != 0 {
		t.Fatalf("default folder: args %v", args)
	}
}

// At login crampdiary waits in the tray: the entry passes --hidden.
func TestAutostartStartsHidden(t *testing.T) {
	g, _ := newTestGUI(t)
	args := g.autostartArgs()
	if len(args) != 3 || args[2] != "--hidden" {
		t.Fatalf("autostart args %v", args)
	}
	// The command line reads them as the hidden window on this diary.
	var gotDir string
	var gotHidden bool
	e := proc.Env{Stdout: io.Discard, Stderr: io.Discard, Getenv: func(string) string { return "" }, Now: func() time.Time { return testNow }}
	code := cli.Main(args, e, func(dir string, hidden bool, _ proc.Env) int {
		gotDir, gotHidden = dir, hidden
		return proc.ExitOK
	})
	if code != proc.ExitOK || !gotHidden || gotDir != g.dir {
		t.Fatalf("autostart args %v open the window on %q, hidden %v (exit %d)", args, gotDir, gotHidden, code)
	}
}
