package ui

import (
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"

	"github.com/crampdiary/crampdiary/model"
)

// Two interactions: Ctrl+K, then Save.
func TestQuickCaptureInTwoInteractions(t *testing.T) {
	night := time.Date(2026, 11, 25, 2, 40, 0, 0, time.UTC)
	h := newHarness(t, night)
	h.shortcut("K")
	test.Tap(h.main.lastCap.saveBtn)

	cs := h.cramps()
	if len(cs) != 1 {
		t.Fatalf("%d cramps saved", len(cs))
	}
	c := cs[0]
	if c.Night != "2026-11-24" || c.Time.String() != "02:40" || c.Muscle != model.Calf || c.Side != model.Left {
		t.Fatalf("captured %+v", c)
	}
	if !h.day("2026-11-24").NightChecked {
		t.Fatal("the night of a captured cramp is not checked")
	}
	if !strings.Contains(h.main.notice.Text, "night of Tuesday 24 November") {
		t.Fatalf("notice %q", h.main.notice.Text)
	}
}

func TestQuickCaptureRemembersMuscleAndSideAndPresets(t *testing.T) {
	h := newHarness(t, time.Date(2026, 11, 25, 0, 20, 0, 0, time.UTC))
	h.main.CaptureCramp()
	cap := h.main.lastCap
	cap.muscle.SetSelected("Foot")
	cap.side.SetSelected("Right")
	cap.when.SetSelected(cap.when.Options[3]) // 1 hour ago: 23:20 on the 24th
	if cap.when.Selected != "1 hour ago (23:20)" {
		t.Fatalf("preset label %q", cap.when.Selected)
	}
	test.Tap(cap.saveBtn)

	h.main.CaptureCramp()
	next := h.main.lastCap
	if next.muscle.Selected != "Foot" || next.side.Selected != "Right" || next.when.Selected != next.when.Options[0] {
		t.Fatalf("defaults %q %q %q", next.muscle.Selected, next.side.Selected, next.when.Selected)
	}
	c := h.cramps()[0]
	if c.Night != "2026-11-24" || c.Time.String() != "23:20" {
		t.Fatalf("1 hour ago saved as %s %s", c.Night, c.Time)
	}
}

func TestCapturedCrampShowsOnToday(t *testing.T) {
	h := newHarness(t, evening)
	h.main.CaptureCramp()
	h.main.lastCap.when.SetSelected(h.main.lastCap.when.Options[0])
	// Saved at 21:00 on the 24th: tonight's night, not last night.
	test.Tap(h.main.lastCap.saveBtn)
	if h.main.today.night.status.Text != "Not checked yet" {
		t.Fatalf("a cramp tonight changed last night: %q", h.main.today.night.status.Text)
	}
	if err := h.store.SaveCramp(bg, &model.Cramp{Night: "2026-11-23", Muscle: model.Calf, Side: model.Both}); err != nil {
		t.Fatal(err)
	}
	h.main.onChanged()
	if got := h.main.today.night.status.Text; got != "1 cramp logged" {
		t.Fatalf("status %q", got)
	}
	if !h.main.today.night.noCramps.Disabled() {
		t.Fatal("'no cramps' offered on a night with a cramp")
	}
}

func TestMoreDetailsOpensFullForm(t *testing.T) {
	h := newHarness(t, evening)
	h.main.CaptureCramp()
	test.Tap(h.main.lastCap.moreBtn)
	// The full form is on top now; fill it through a fresh editor on the same cramp.
	ed := newCrampEditor(h.main.env, h.main.lastCap.cramp())
	ed.intensity.SetSelectedIndex(8)
	test.Type(ed.duration, "1:30")
	test.Type(ed.sleepLost, "20")
	ed.soreness.SetSelectedIndex(model.SorenessModerate)
	if err := ed.save(); err != nil {
		t.Fatal(err)
	}
	c := h.cramps()[0]
	if *c.Intensity != 8 || *c.DurationS != 90 || *c.SleepLostMin != 20 || *c.Soreness != model.SorenessModerate {
		t.Fatalf("details saved as %+v", c)
	}
}
