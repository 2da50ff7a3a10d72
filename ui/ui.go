// Package ui is crampdiary's window: Today, quick cramp capture, History,
// Charts, Insights and experiments, settings and backups; one file a screen.
// Screens get the diary, the window and the clock passed in, never globals.
package ui

import (
	"strings"
	"sync"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/crampdiary/crampdiary/model"
	"github.com/crampdiary/crampdiary/model/experiment"
)

// Tab positions, also the Ctrl+number that selects each.
const (
	tabToday = iota
	tabHistory
	tabCharts
	tabInsights
)

// Main is the whole window content.
type Main struct {
	env      *env
	app      fyne.App
	tabs     *container.AppTabs
	today    *todayScreen
	history  *historyScreen
	charts   *chartsTab
	insights *insightsTab
	planner  *planner
	result   *resultView
	notice   *widget.Label
	crampBtn *widget.Button
	editor   *dayEditor // the open day editor, if any
	lastCap  *capture   // the most recent quick capture, for tests
	settings *settingsDialog
	coach    *coach
	day      model.Date // the diary day the screens were last brought to
	// tickEvery paces the stretch coach; tests set it to 0 and tick by hand.
	tickEvery time.Duration
	// OnAutostart turns starting at login on or off; the app sets it, nil hides the option.
	OnAutostart func(on bool) error
	// Backups makes, lists and restores backups; the app sets it, nil hides the menu items.
	Backups Backups
	// OnRestart starts the program again, for a language chosen in Settings;
	// nil: Settings says the language comes with the next start.
	OnRestart func()
	// OnSaved runs after every save, so the app can make the day's first backup.
	OnSaved func()
	restore *restorePicker // the open restore list, for tests
	focus   *focusFollower // scrolls to the field Tab moves to
	files   *diaryFiles    // Export report…, Export CSV…, Import CSV…
	// The other tabs and History's rows wait for the first frame (startup.go).
	frameMark     *canvas.Raster
	painted       sync.Once
	tabsBuilt     bool
	historyLoaded bool
	loadErr       error // Today's, from New: shown after the first frame
}

// New builds the window content for store s; now is the clock every rule uses.
// It shows nothing on w, so it may run on another goroutine before the window
// is shown (app/desktop does): what went wrong while filling Today is shown
// after the first frame.
func New(a fyne.App, w fyne.Window, s Store, now func() time.Time) *Main {
	if err := LoadTranslations(); err != nil {
		fyne.LogError("ui: load translations", err)
	}
	applyLook(a)
	m := &Main{app: a, notice: widget.NewLabel(""), tickEvery: 250 * time.Millisecond}
	m.notice.Wrapping = fyne.TextWrapWord
	m.env = &env{store: s, win: w, now: now, changed: m.onSaved, notify: m.notice.SetText, draftDelay: draftDelay}
	m.today = newTodayScreen(m.env, m.StartStretch)
	m.history = newHistoryScreen(m.env, m.openDay)
	m.files = &diaryFiles{env: m.env, app: a, onImported: func() { m.onSaved() }, backups: func() Backups { return m.Backups }}
	m.charts = newChartsTab(m.env, a, m.files)
	m.insights = newInsightsTab(m.env, m.charts.chartTheme, m.OpenPlanner, m.openResult)
	m.crampBtn = widget.NewButtonWithIcon(lang.L("Log a cramp now"), theme.ContentAddIcon(), m.CaptureCramp)
	m.crampBtn.Importance = widget.DangerImportance
	m.tabs = container.NewAppTabs(
		container.NewTabItemWithIcon(lang.L("Today"), theme.HomeIcon(), m.today.content()),
		// The other tabs are filled after the first frame (see buildTabs).
		container.NewTabItemWithIcon(lang.L("History"), theme.HistoryIcon(), container.NewStack()),
		container.NewTabItemWithIcon(lang.L("Charts"), theme.GridIcon(), container.NewStack()),
		container.NewTabItemWithIcon(lang.L("Insights"), theme.SearchIcon(), container.NewStack()),
	)
	m.tabs.OnSelected = func(*container.TabItem) { m.onTab() }
	m.focus = &focusFollower{drv: a.Driver(), canvas: w.Canvas(), scrolls: []*container.Scroll{m.today.scroll}}
	m.frameMark = canvas.NewRaster(m.markFirstFrame)
	m.load()
	return m
}

// Content is the object to set as the window's content.
func (m *Main) Content() fyne.CanvasObject {
	top := container.NewBorder(nil, nil, nil, m.crampBtn, container.NewStack(m.notice, m.frameMark))
	return container.NewBorder(container.NewPadded(top), nil, nil, nil, m.tabs)
}

// load fills what the first frame shows: Today. History, ten years of rows
// on a long diary, waits for afterFirstFrame.
func (m *Main) load() {
	if err := m.today.load(); err != nil {
		m.loadErr = err
	}
	m.day = m.env.today()
	m.tellDayDrafts()
}

// tellDayDrafts says which days opened from History hold typing that was
// never saved, so the person can go back and finish them.
func (m *Main) tellDayDrafts() {
	drafts, err := m.env.store.Drafts(m.env.ctx())
	if err != nil {
		fyne.LogError("ui: list unsaved typing", err)
		return
	}
	var days []string
	for _, d := range drafts {
		if day, ok := model.DayOfDraftKey(d.Key); ok {
			days = append(days, longDate(day))
		}
	}
	if len(days) > 0 {
		m.notice.SetText(lang.L("Changes to {{.Days}} were not saved. Open that day in History to finish them.", map[string]any{"Days": strings.Join(days, ", ")}))
	}
}

// followDay brings the screens to a new diary day once the clock passes the
// day's change (04:00); typing on Today stays on its own evening.
func (m *Main) followDay() {
	if today := m.env.today(); today != m.day {
		m.day = today
		m.onChanged()
	}
}

// focusEvery is how often the window looks where the keyboard focus went.
const focusEvery = 100 * time.Millisecond

// WatchDay checks every interval, until stop is called, whether the diary's
// day has changed, so a window left open (or hidden in the tray) for days
// always offers the right day. Meanwhile it keeps the focused field in view.
func (m *Main) WatchDay(every time.Duration) (stop func()) {
	quit := make(chan struct{})
	go func() {
		t := time.NewTicker(every)
		defer t.Stop()
		focus := time.NewTicker(focusEvery)
		defer focus.Stop()
		for {
			select {
			case <-focus.C:
				fyne.Do(m.focus.check)
			case <-t.C:
				fyne.Do(m.followDay)
			case <-quit:
				return
			}
		}
	}()
	var once sync.Once
	return func() { once.Do(func() { close(quit) }) }
}

// FlushDrafts writes what is being typed as drafts at once; the app calls it
// before hiding the window and before quitting.
func (m *Main) FlushDrafts() {
	m.today.keeper.flush()
	if m.editor != nil {
		m.editor.keeper.flush()
	}
}

// Close keeps the typing and then stops every write, before the diary closes.
func (m *Main) Close() {
	m.FlushDrafts()
	m.env.closed = true
}

// onTab clears old notices; the charts load the first time they are shown,
// so opening the window never waits for them.
func (m *Main) onTab() {
	m.notice.SetText("")
	m.afterFirstFrame() // in case a tab opens before the first frame is drawn
	// Lay the tab out once more at its full width: a wrapping label (History's
	// summary) knows how many lines it needs only after the first layout.
	m.tabs.Selected().Content.Refresh()
	m.followDay()
	if m.tabs.SelectedIndex() == tabCharts && m.charts.from == "" {
		m.charts.rangeSel.SetSelected(lang.L("4 weeks"))
	}
	if m.tabs.SelectedIndex() == tabInsights {
		if err := m.insights.load(); err != nil {
			m.env.showError(err)
		}
	}
}

// onSaved follows every write: the screens catch up, then the app may back up.
func (m *Main) onSaved(days ...model.Date) {
	m.onChanged(days...)
	if m.OnSaved != nil {
		m.OnSaved()
	}
}

// DiaryChanged brings every screen up to date after the app wrote to the
// diary itself (values read from a remembered phone or watch export).
func (m *Main) DiaryChanged() { m.onChanged() }

// NoticeText is the message shown above the tabs.
func (m *Main) NoticeText() string { return m.notice.Text }

// Notify shows a short message above the tabs that needs no answer.
func (m *Main) Notify(msg string) { m.notice.SetText(msg) }

// onChanged brings every screen up to date after a write; History reads
// again only the days given, or all of them when none is.
func (m *Main) onChanged(days ...model.Date) {
	history := func() error {
		err := m.history.refreshDays(days)
		m.historyLoaded = m.historyLoaded || err == nil
		return err
	}
	for _, refresh := range []func() error{m.today.refresh, history, m.refreshEditor, m.refreshCharts, m.refreshInsights} {
		if err := refresh(); err != nil {
			m.env.showError(err)
			return
		}
	}
}

func (m *Main) refreshEditor() error {
	if m.editor == nil {
		return nil
	}
	return m.editor.night.reload()
}

func (m *Main) refreshCharts() error {
	m.charts.reload()
	return nil
}

// refreshInsights recomputes the patterns only while their tab is shown.
func (m *Main) refreshInsights() error {
	if m.tabs.SelectedIndex() != tabInsights {
		return nil
	}
	return m.insights.load()
}

// OpenPlanner plans a new experiment, starting from template id ("" for the first).
func (m *Main) OpenPlanner(id experiment.TemplateID) {
	m.planner = newPlanner(m.env, id)
	m.planner.open()
}

func (m *Main) openResult(e experiment.Experiment) {
	v, err := newResultView(m.env, e, m.charts.chartTheme)
	if err != nil {
		m.env.showError(err)
		return
	}
	m.result = v
	v.open()
}

// ShowToday selects the Today tab with the current day loaded.
func (m *Main) ShowToday() {
	m.tabs.SelectIndex(tabToday)
	if err := m.today.refresh(); err != nil {
		m.env.showError(err)
	}
}

// CaptureCramp opens quick cramp capture.
func (m *Main) CaptureCramp() {
	m.lastCap = newCapture(m.env)
	m.lastCap.show()
}

// Save saves what the person is editing: the open day, or Today.
func (m *Main) Save() {
	if m.editor != nil {
		m.editor.dlg.saveBtn.OnTapped()
		return
	}
	m.tabs.SelectIndex(tabToday)
	m.today.onSave()
}

// StartStretch opens the guided bedtime stretch; finishing it records today's stretch.
func (m *Main) StartStretch() {
	secs := m.app.Preferences().IntWithFallback(PrefStretchSeconds, defaultStretchSeconds)
	c := newCoach(m.env, secs)
	c.onDone = m.today.markStretched
	m.coach = c
	c.start(m.env.now())
	if m.tickEvery > 0 {
		go m.runCoach(c)
	}
}

// runCoach ticks the coach until it finishes or its window closes. The ticks
// reach the widgets only through fyne.Do.
func (m *Main) runCoach(c *coach) {
	t := time.NewTicker(m.tickEvery)
	defer t.Stop()
	for {
		select {
		case <-t.C:
			fyne.Do(func() { c.tick(m.env.now()) })
		case <-c.closed:
			return
		}
	}
}

// OpenSettings shows the diary's settings.
func (m *Main) OpenSettings() {
	d, err := newSettingsDialog(m.env, m.Backups, m.app)
	if err != nil {
		m.env.showError(err)
		return
	}
	d.look.onApplied = func() { m.charts.reload(); m.insights.chart.redraw() }
	if m.OnRestart != nil {
		// The other settings shown are saved first, so restarting loses none.
		d.restart = func() {
			if err := d.save(); err != nil {
				m.env.showError(err)
				return
			}
			m.OnRestart()
		}
	}
	m.settings = d
	d.open()
}

func (m *Main) openDay(d model.Date) {
	ed, err := newDayEditor(m.env, d)
	if err != nil {
		m.env.showError(err)
		return
	}
	m.editor = ed
	ed.onClose = func() { m.editor, m.focus.dialog = nil, nil }
	ed.open()
	m.focus.dialog = ed.scroll
}

// AddShortcuts installs the main menu and keyboard shortcuts. Shortcuts live
// on menu items because Fyne gives menu shortcuts priority over a focused
// text field, so Ctrl+S works while typing.
func (m *Main) AddShortcuts() {
	sc := func(k fyne.KeyName) fyne.Shortcut {
		return &desktop.CustomShortcut{KeyName: k, Modifier: fyne.KeyModifierShortcutDefault}
	}
	item := func(label string, k fyne.KeyName, action func()) *fyne.MenuItem {
		it := fyne.NewMenuItem(lang.L(label), action)
		it.Shortcut = sc(k)
		m.env.win.Canvas().AddShortcut(it.Shortcut, func(fyne.Shortcut) { action() })
		return it
	}
	items := []*fyne.MenuItem{
		item("Log a cramp now", fyne.KeyK, m.CaptureCramp),
		item("Save", fyne.KeyS, m.Save),
		fyne.NewMenuItemSeparator(),
		fyne.NewMenuItem(lang.L("Bedtime stretch…"), m.StartStretch),
		fyne.NewMenuItem(lang.L("Sleep position tips"), func() { showSleepPosition(m.env.win) }),
		fyne.NewMenuItemSeparator(),
		fyne.NewMenuItem(lang.L("Import from a phone or watch…"), m.OpenTrackerImport),
	}
	items = append(append(items, m.files.fileItems()...), fyne.NewMenuItemSeparator())
	if m.Backups != nil {
		items = append(items,
			fyne.NewMenuItem(lang.L("Back up now"), m.onBackUpNow),
			fyne.NewMenuItem(lang.L("Restore from backup…"), m.OpenRestore),
			fyne.NewMenuItemSeparator())
	}
	items = append(items,
		fyne.NewMenuItem(lang.L("Reminders…"), m.OpenReminders),
		fyne.NewMenuItem(lang.L("Settings…"), m.OpenSettings))
	diary := fyne.NewMenu(lang.L("Diary"), items...)
	view := fyne.NewMenu(lang.L("View"),
		item("Today", fyne.Key1, m.ShowToday),
		item("History", fyne.Key2, func() { m.tabs.SelectIndex(tabHistory) }),
		item("Charts", fyne.Key3, func() { m.tabs.SelectIndex(tabCharts) }),
		item("Insights", fyne.Key4, func() { m.tabs.SelectIndex(tabInsights) }),
	)
	m.env.win.SetMainMenu(fyne.NewMainMenu(diary, view))
}
