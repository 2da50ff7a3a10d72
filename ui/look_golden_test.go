package ui

import (
	"fmt"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/crampdiary/crampdiary/model"
)

// looks are the text sizes and colours every screen's goldens are drawn in.
var looks = []look{
	{percent: 100, colours: themeLight}, {percent: 100, colours: themeDark},
	{percent: 150, colours: themeLight}, {percent: 150, colours: themeDark},
}

// useLook sets look l on the harness's app and keeps it, as Settings would.
func useLook(h *harness, l look) {
	l.save(h.main.app.Preferences())
	l.apply(h.main.app.Settings())
	h.win.Resize(fyne.NewSize(900, 680))
}

// assertLooks compares what the window shows with the goldens in testdata/:
// <screen>_<percent>_<colours>.png for the picture, and for where everything
// is, which light or dark does not change, <screen>_<percent>.xml. After a
// deliberate change, look at what Fyne wrote to testdata/failed/ and copy it
// over the goldens.
func assertLooks(t *testing.T, screen string, l look, c fyne.Canvas) {
	t.Helper()
	if l.colours == themeLight {
		test.AssertRendersToMarkup(t, fmt.Sprintf("%s_%d.xml", screen, l.percent), c)
	}
	test.AssertRendersToImage(t, fmt.Sprintf("%s_%d_%s.png", screen, l.percent, l.colours), c)
}

// Today with last night's long cramp, so the warning banner shows, and a
// field typed.
func TestTodayLooks(t *testing.T) {
	h := newHarness(t, evening)
	long := 900
	if err := h.store.SaveCramp(bg, &model.Cramp{Night: "2026-11-23", Muscle: model.Calf, Side: model.Left, DurationS: &long}); err != nil {
		t.Fatal(err)
	}
	h.reopen()
	test.Type(h.main.today.form.steps, "8200")
	for _, l := range looks {
		useLook(h, l)
		assertLooks(t, "today", l, h.win.Canvas())
	}
}

func TestSettingsLooks(t *testing.T) {
	h := newHarness(t, evening)
	for _, l := range looks {
		useLook(h, l)
		h.main.OpenSettings()
		assertLooks(t, "settings", l, h.win.Canvas())
		test.Tap(h.main.settings.form.cancelBtn)
	}
}
