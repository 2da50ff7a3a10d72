// Package desktop runs the window and its desktop wiring: the tray, the hand-over
// to a running window, start at login, bedtime reminders, backups, the damaged diary.
package desktop

import (
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"runtime/debug"
	"strings"
	"sync/atomic"
	"time"

	"fyne.io/fyne/v2"
	fyneapp "fyne.io/fyne/v2/app"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/lang"

	"github.com/crampdiary/crampdiary/app/internal/datadir"
	"github.com/crampdiary/crampdiary/app/internal/proc"
	"github.com/crampdiary/crampdiary/assets"
	"github.com/crampdiary/crampdiary/model"
	"github.com/crampdiary/crampdiary/model/sqlstore"
	"github.com/crampdiary/crampdiary/ui"
)

// gui is the running window: the Fyne app, the open diary and the tray.
type gui struct {
	app    fyne.App
	win    fyne.Window
	dir    string
	stderr io.Writer
	trayCh <-chan bool

	store       ui.Store // nil until a diary is open
	main        *ui.Main
	quitting    atomic.Bool // set before every quit we start, to tell shutdown from a crash
	restarting  atomic.Bool // the quit is a restart in a new language
	failed      bool        // the diary could not be opened: exit non-zero
	startHidden bool        // wait in the tray instead of opening the window

	// The bedtime reminders (reminders.go).
	clock       func() time.Time        // the clock of the window and its reminders
	tray        bool                    // the tray is in use
	trayOK      bool                    // the desktop has a tray (trayCh's answer)
	remind      *reminderLoop           // nil until a diary is open
	stopRem     func()                  // stops the reminder ticker; nil when it is not running
	remindEvery time.Duration           // how often reminders are checked; tests set 0 and tick by hand
	newDiary    bool                    // the diary file was made by this start: no reminder tonight
	newNotifier func(fyne.App) notifier // makes the reminders' notifier; tests pass a fake
	background  func(func())            // runs work off the UI thread; tests run it inline
	stopDay     func()                  // stops the window following the diary's day; nil when not running
	sources     *sourceReader           // reads the remembered phone and watch exports (gui_tracker.go); nil when not running

	damaged   *damagedScreen // shown instead of the diary when it is damaged; nil otherwise
	trayAsked bool           // trayCh was read: it answers once
	trayMenu  *fyne.Menu     // the one menu given to the tray (setTrayMenu)
}

// dayEvery is how often the window checks whether the diary's day changed:
// often enough that Today moves on within seconds of 04:00, and it costs no read.
const dayEvery = 5 * time.Second

// Run runs the window on the diary in dir; hidden starts it in the tray
// (as at login) when there is one, and shows the window when there is not.
func Run(dir string, hidden bool, e proc.Env) int {
	code, again := runWindow(dir, hidden, e)
	if again {
		// The diary is closed and its lock released: the new process opens it.
		return restartProcess(e.Stderr, execSelf)
	}
	return code
}

// runWindow is Run up to the end of the window; again says the person asked
// to start again in a newly chosen language.
func runWindow(dir string, hidden bool, e proc.Env) (code int, again bool) {
	lk, err := datadir.TryLock(dir)
	if errors.Is(err, datadir.ErrBusy) {
		return handOver(dir, e.Stderr), false
	}
	if err != nil {
		return proc.Fail(e.Stderr, err), false
	}
	defer lk.Release()

	trayCh := probeTray(e.Getenv)
	path := datadir.DiaryPath(dir)
	fresh := datadir.IsNew(path)     // before Open makes the file
	opened := openDiary(path, e.Now) // meanwhile Fyne starts

	a := fyneapp.NewWithID(datadir.AppID)
	ui.ApplyLook(a) // before the window, which is then made in it
	g := newGUI(a, dir, e.Stderr, trayCh, e.Now)
	g.startHidden = hidden
	g.newDiary = fresh
	// The person's language, before anything is built with words.
	if err := ui.ApplyLanguage(g.app.Preferences()); err != nil {
		fmt.Fprintln(e.Stderr, "crampdiary: "+lang.L("the translations could not be loaded, so the window speaks English: {{.Err}}", map[string]any{"Err": err.Error()}))
	}
	defer g.quitOnSignal()()
	if ln, err := listenShow(dir, g.onShowRequest); err != nil {
		fmt.Fprintln(e.Stderr, "crampdiary: "+lang.L("{{.Err}} (starting crampdiary again will not bring this window up)", map[string]any{"Err": err.Error()}))
	} else {
		defer ln.Close()
	}
	op := <-opened
	store, openErr := op.store, op.err
	switch {
	case errors.Is(openErr, model.ErrDamaged):
		g.showDamaged(path, openErr)
	case openErr != nil:
		// Started from a desktop menu nobody reads stderr: say it in the window too.
		proc.Fail(e.Stderr, proc.OpenError(path, openErr))
		g.failed = true
		g.win.SetContent(newOpenFailedScreen(path, openErr, g.quit))
	default:
		g.begin(store)
	}
	return g.run(), g.restarting.Load()
}

// handOverWait covers a first copy that holds the lock but is still starting
// up, before it listens for show requests.
const handOverWait = 3 * time.Second

// handOver is the second start of the window: it asks the first to show itself.
// Its wait is a timeout, not the diary's time, so it reads the real clock.
func handOver(dir string, stderr io.Writer) int {
	err := askToShow(dir)
	for deadline := time.Now().Add(handOverWait); err != nil && time.Now().Before(deadline); {
		time.Sleep(200 * time.Millisecond)
		err = askToShow(dir)
	}
	if err != nil {
		return proc.Fail(stderr, errors.New(lang.L("the diary in {{.Dir}} is in use by another crampdiary (a window, or an import or demo command) that did not answer; close it or let it finish, then try again", map[string]any{"Dir": dir})))
	}
	fmt.Fprintln(stderr, lang.L("crampdiary is already running; its window has been brought up"))
	return proc.ExitOK
}

func newGUI(a fyne.App, dir string, stderr io.Writer, trayCh <-chan bool, clock func() time.Time) *gui {
	a.SetIcon(assets.Icon)
	w := a.NewWindow("crampdiary")
	w.SetIcon(assets.Icon)
	w.Resize(fyne.NewSize(900, 680))
	w.SetMaster()
	g := &gui{app: a, win: w, dir: dir, stderr: stderr, trayCh: trayCh, clock: clock, remindEvery: remindEvery,
		newNotifier: newDesktopNotifier, background: func(f func()) { go f() }}
	w.SetCloseIntercept(g.quit)
	return g
}

// start shows the diary s in the window and offers the tray if there is one.
func (g *gui) start(s ui.Store) {
	g.askTray()
	g.show(s)
}

// show puts the diary s in the window, with its menu and reminders; after a
// restore it runs again on the restored diary.
func (g *gui) show(s ui.Store) {
	g.attach(s, ui.New(g.app, g.win, s, g.clock))
}

// opening is the diary as sqlstore.Open left it.
type opening struct {
	store *sqlstore.DB
	err   error
}

// openDiary opens the diary at path on a goroutine: the window's start does
// not wait for it until it needs it.
func openDiary(path string, now func() time.Time) <-chan opening {
	ch := make(chan opening, 1)
	go func() {
		s, err := sqlstore.Open(path, sqlstore.Options{Now: now})
		ch <- opening{s, err}
	}()
	return ch
}

// begin is start for the window's first diary, made quicker: Fyne brings
// the tray up on this goroutine (it makes a hidden window of its own, most of
// what a bare Fyne window takes to start) while the screens are built and
// Today filled on another. Nothing else touches the screens until they are
// in the window (docs/performance.md).
func (g *gui) begin(s ui.Store) {
	built := make(chan *ui.Main, 1)
	go func() { built <- ui.New(g.app, g.win, s, g.clock) }()
	if g.askTray() {
		g.setTrayMenu(fyne.NewMenu("crampdiary", g.trayItems()...))
	}
	g.attach(s, <-built)
}

// askTray reports whether the desktop has a tray, waiting for trayCh's
// answer the first time: it answers once.
func (g *gui) askTray() bool {
	if !g.trayAsked {
		g.trayAsked = true
		g.trayOK = <-g.trayCh
	}
	return g.trayOK
}

// setTrayMenu shows m's items in the tray. Fyne's tray, once its host
// answers, shows again the menu it was first given, whatever came after: so
// it is always given the same menu, with m's items in it.
func (g *gui) setTrayMenu(m *fyne.Menu) {
	desk, ok := g.app.(desktop.App)
	if !ok {
		return
	}
	if g.trayMenu == nil {
		g.trayMenu = fyne.NewMenu(m.Label)
	}
	g.trayMenu.Items = m.Items
	desk.SetSystemTrayMenu(g.trayMenu)
}

// attach puts m, the screens built on the diary s, in the window, with the
// menu, the reminders and the tracker sources.
func (g *gui) attach(s ui.Store, m *ui.Main) {
	g.store = s
	g.main = m
	g.main.OnAutostart = func(on bool) error { return setAutostart(on, g.autostartArgs()...) }
	g.main.Backups = g
	g.main.OnSaved = g.onSaved
	g.main.OnRestart = g.restart
	g.win.SetContent(g.main.Content())
	g.main.AddShortcuts()
	g.stopDay = g.main.WatchDay(dayEvery)
	g.startReminders(g.trayOK) // it sets the tray menu
	g.sources = g.startTrackerSources()
}

// useTray marks the tray as in use; the reminders set its menu.
func (g *gui) useTray() {
	g.tray = true
	// The tray can bring the window back, so closing it only hides it and
	// the reminders keep running; what is being typed is kept first.
	g.win.SetCloseIntercept(func() {
		g.main.FlushDrafts()
		g.win.Hide()
	})
}

// trayItems are the tray's everyday items; due reminders go above them.
func (g *gui) trayItems() []*fyne.MenuItem {
	return []*fyne.MenuItem{
		fyne.NewMenuItem(lang.L("Log a cramp now"), g.onLogCramp),
		fyne.NewMenuItem(lang.L("Open today"), g.onOpenToday),
		fyne.NewMenuItem(lang.L("Quit"), g.quit),
	}
}

func (g *gui) showDamaged(path string, cause error) {
	g.damaged = newDamagedScreen(path, cause, g.latestBackup(), damagedActions{
		restore: g.onRestoreLatest, salvage: g.onSalvage, quit: g.quit, fresh: g.onStartNew,
	})
	g.win.SetContent(g.damaged.content)
}

func (g *gui) onStartNew() {
	path := datadir.DiaryPath(g.dir)
	aside, err := setAside(path, g.clock())
	if err != nil {
		dialog.ShowError(err, g.win)
		return
	}
	s, err := sqlstore.Open(path, sqlstore.Options{Now: g.clock})
	if err != nil {
		dialog.ShowError(fmt.Errorf("app: start a new diary %s: %w", path, err), g.win)
		return
	}
	g.newDiary = true
	g.start(s)
	dialog.ShowInformation(lang.L("New diary started"),
		lang.L("The damaged file was kept as {{.Path}}.", map[string]any{"Path": aside}), g.win)
}

func (g *gui) showWindow() {
	g.win.Show()
	g.win.RequestFocus()
}

func (g *gui) onShowRequest() { fyne.Do(g.showWindow) }

func (g *gui) onLogCramp() {
	g.showWindow()
	g.main.CaptureCramp()
}

func (g *gui) onOpenToday() {
	g.main.ShowToday()
	g.showWindow()
}

func (g *gui) onStretchNow() {
	g.showWindow()
	g.main.StartStretch()
}

// restart quits as Quit does, keeping the typing as drafts and closing the
// diary, and then Run starts the program again. Settings offers it after a
// change of language.
func (g *gui) restart() {
	g.restarting.Store(true)
	g.quit()
}

func (g *gui) quit() {
	g.quitting.Store(true)
	g.closeMain()
	g.app.Quit()
}

// closeMain keeps what is being typed as drafts and stops the window's
// writes, before the diary closes. It runs on the UI thread.
func (g *gui) closeMain() {
	if g.stopDay != nil {
		g.stopDay()
		g.stopDay = nil
	}
	if g.main != nil {
		g.main.Close()
	}
}

// quitOnSignal quits the window on Ctrl+C, SIGTERM or SIGHUP, closing the
// diary as Quit does; the returned func stops listening.
func (g *gui) quitOnSignal() (stop func()) {
	ch := make(chan os.Signal, 1)
	signal.Notify(ch, proc.QuitSignals...)
	done := make(chan struct{})
	go func() {
		select {
		case <-ch:
			g.quitting.Store(true)
			fyne.Do(g.quitFromSignal)
		case <-done:
		}
	}()
	return func() {
		signal.Stop(ch)
		close(done)
	}
}

// quitFromSignal quits on a signal. Fyne quits on SIGTERM by itself too; when
// it got there first, its toolkit is gone, fyne.Do runs this on the signal's
// goroutine and Quit panics there. That must not crash the process before run
// closes the diary and withdraws the reminder.
func (g *gui) quitFromSignal() {
	defer func() {
		if r := recover(); r != nil {
			fmt.Fprintln(g.stderr, "crampdiary: "+lang.L("ignored a failure in the window toolkit while quitting: {{.Err}}", map[string]any{"Err": fmt.Sprint(r)}))
		}
	}()
	g.closeMain()
	g.app.Quit()
}

// run shows the window until quit, then closes the diary. A panic raised while
// Fyne shuts down (its tray code can do that) is logged and not treated as a
// crash: the diary is closed and the exit is clean.
func (g *gui) run() (code int) {
	defer func() {
		if r := recover(); r != nil {
			code = g.afterPanic(r, string(debug.Stack()))
		}
		// Fyne's own signal handler can end the loop before ours runs: keep
		// the typing here too (a second call does nothing).
		g.closeMain()
		if err := g.closeStore(); err != nil && code == proc.ExitOK {
			code = proc.Fail(g.stderr, err)
		}
	}()
	if g.startHidden && g.tray {
		g.app.Run() // the tray brings the window up when it is wanted
	} else {
		g.win.ShowAndRun()
	}
	if g.failed {
		return proc.ExitError
	}
	return proc.ExitOK
}

func (g *gui) afterPanic(r any, stack string) int {
	// Fyne's own SIGINT/SIGTERM handler may start the quit before ours has run,
	// so a panic inside the driver's Quit also counts as shutting down.
	if g.quitting.Load() || strings.Contains(stack, "(*gLDriver).Quit") {
		fmt.Fprintln(g.stderr, "crampdiary: "+lang.L("ignored a failure in the window toolkit while quitting: {{.Err}}", map[string]any{"Err": fmt.Sprint(r)}))
		return proc.ExitOK
	}
	fmt.Fprintln(g.stderr, "crampdiary: "+lang.L("the window failed: {{.Err}}", map[string]any{"Err": fmt.Sprint(r)}))
	fmt.Fprint(g.stderr, stack)
	return proc.ExitError
}

func (g *gui) closeStore() error { return g.closeDiary(true) }

// closeDiary stops the reminders and closes the diary, after the day's
// backup when backUp is set.
func (g *gui) closeDiary(backUp bool) error {
	g.stopReminders()
	if g.sources != nil {
		g.sources.stop()
		g.sources = nil
	}
	if g.store == nil {
		return nil
	}
	if backUp {
		g.backUpAtQuit()
	}
	s := g.store
	g.store = nil
	if err := s.Close(); err != nil {
		return fmt.Errorf("app: close diary: %w", err)
	}
	return nil
}
