package ui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"

	"github.com/crampdiary/crampdiary/model"
	"github.com/crampdiary/crampdiary/model/redflag"
)

func TestWarningSignSavedWithLastNightRaisesTheBanner(t *testing.T) {
	h := newHarness(t, evening)
	if h.main.today.flags.box.Visible() {
		t.Fatal("banner shown on an empty diary")
	}
	test.Tap(h.main.today.night.signs.numbness)
	test.Tap(h.main.today.saveBtn)

	night := h.day("2026-11-23")
	if night.Numbness == nil || !*night.Numbness || night.Weakness == nil || *night.Weakness {
		t.Fatalf("signs saved as %+v", night)
	}
	b := h.main.today.flags
	if !b.box.Visible() || len(b.visible) != 1 || b.visible[0].ID != redflag.Numbness {
		t.Fatalf("banner after noting numbness: %+v", b.visible)
	}
	h.reopen()
	if !h.main.today.night.signs.numbness.Checked {
		t.Fatal("the sign is not shown again after reopening")
	}
}

func TestDismissedFlagStaysHidden(t *testing.T) {
	h := newHarness(t, evening)
	long := 900
	if err := h.store.SaveCramp(bg, &model.Cramp{Night: "2026-11-23", Muscle: model.Calf, Side: model.Left, DurationS: &long}); err != nil {
		t.Fatal(err)
	}
	h.reopen()
	b := h.main.today.flags
	if len(b.visible) != 1 || b.visible[0].ID != redflag.LongCramp {
		t.Fatalf("flags %+v", b.visible)
	}
	w := words()
	text := strings.Join([]string{w.Say(b.visible[0].Title), w.Say(b.visible[0].Seen), w.Say(b.visible[0].Why)}, " ")
	if !strings.Contains(text, "15 minutes") || !strings.Contains(strings.ToLower(text), "clinician") {
		t.Fatalf("flag text %q", text)
	}
	test.Tap(b.dismiss[redflag.LongCramp])
	if b.box.Visible() {
		t.Fatal("dismissed flag still shown")
	}
	h.reopen()
	if h.main.today.flags.box.Visible() {
		t.Fatal("dismissed flag back after reopening while it still holds")
	}
}

// The cramp form asks about the same signs and saves them with the cramp.
func TestCrampFormRecordsWarningSigns(t *testing.T) {
	h := newHarness(t, evening)
	ed := newCrampEditor(h.main.env, model.Cramp{Night: "2026-11-23", Muscle: model.Calf, Side: model.Right})
	test.Tap(ed.signs.swelling)
	if err := ed.save(); err != nil {
		t.Fatal(err)
	}
	night := h.day("2026-11-23")
	if night.SwellingOneSide == nil || !*night.SwellingOneSide || len(h.cramps()) != 1 {
		t.Fatalf("night after the cramp form: %+v", night)
	}
	if !h.main.today.night.signs.swelling.Checked {
		t.Fatal("Last night's card does not show the sign noted with the cramp")
	}
	if b := h.main.today.flags; len(b.visible) != 1 || b.visible[0].ID != redflag.Swelling {
		t.Fatalf("banner %+v", b.visible)
	}
}

// The Dismiss button is whole at the narrowest the window can be, at normal
// and at large text: inside the window, and clear of the scroll bar Fyne
// draws over the right edge of Today.
func TestDismissIsNotClippedInANarrowWindow(t *testing.T) {
	h := newHarness(t, evening)
	long := 900
	if err := h.store.SaveCramp(bg, &model.Cramp{Night: "2026-11-23", Muscle: model.Calf, Side: model.Left, DurationS: &long}); err != nil {
		t.Fatal(err)
	}
	h.reopen()
	drv := h.main.app.Driver()
	for _, percent := range []int{100, 150} {
		look{percent: percent, colours: themeLight}.apply(h.main.app.Settings())
		h.win.Resize(fyne.NewSize(1, 600)) // a real window stops at its content's minimum
		// The narrowest a real window gets: its content and the padding around it.
		h.win.Resize(fyne.NewSize(h.win.Content().MinSize().Width+2*theme.Padding(), 600))
		btn := h.main.today.flags.dismiss[redflag.LongCramp]
		scroll := h.main.today.scroll
		at, size := drv.AbsolutePositionForObject(btn), btn.Size()
		clear := drv.AbsolutePositionForObject(scroll).X + scroll.Size().Width - theme.ScrollBarSize()
		if size.Width < btn.MinSize().Width || at.X < 0 || at.X+size.Width > clear || at.X+size.Width > h.win.Canvas().Size().Width {
			t.Errorf("%d%%: Dismiss at x %v, %v wide (needs %v); the scroll bar starts at %v, the window is %v",
				percent, at.X, size.Width, btn.MinSize().Width, clear, h.win.Canvas().Size())
		}
	}
}
