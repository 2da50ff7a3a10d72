package desktop

import (
	"context"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/crampdiary/crampdiary/app/internal/apptest"
	"github.com/crampdiary/crampdiary/model"
	"github.com/crampdiary/crampdiary/model/tracker"
)

// A remembered export is read when the window starts: empty fields are
// filled, the typed ones kept, Today says where the steps came from, and a
// remembered path that is gone is skipped with a log line.
func TestRememberedSourcesAreReadAtStart(t *testing.T) {
	g, errOut := newTestGUI(t)
	s := apptest.OpenDiary(t, g.dir)
	ctx := context.Background()
	typed := 4321
	if err := s.SaveDay(ctx, &model.Day{Date: "2027-06-11", Steps: &typed, NightChecked: true}); err != nil {
		t.Fatal(err)
	}
	for _, r := range []tracker.Remembered{
		{Path: apptest.AppleExport(t), Format: tracker.AppleHealth},
		{Path: filepath.Join(t.TempDir(), "card-not-inserted"), Format: tracker.Garmin},
	} {
		if err := tracker.RememberSource(ctx, s, r); err != nil {
			t.Fatal(err)
		}
	}
	g.remindEvery = 0
	g.show(s)
	<-g.sources.first

	if got := g.main.NoticeText(); got != "Steps for 1 day came from Apple Health." {
		t.Errorf("notice %q", got)
	}
	if !strings.Contains(errOut.String(), "card-not-inserted is not there now") {
		t.Errorf("no log line for the missing source: %q", errOut)
	}
	tenth, _ := s.Day(ctx, "2027-06-10")
	eleventh, _ := s.Day(ctx, "2027-06-11")
	if tenth.Steps == nil || *tenth.Steps != 5000 || tenth.StepsSource != "apple-health" || *eleventh.Steps != 4321 {
		t.Errorf("the 10th %+v, the 11th %+v", tenth, eleventh)
	}
}

func TestRememberedSourcesEveningRead(t *testing.T) {
	g, _ := newTestGUI(t)
	r := &sourceReader{g: g}
	// Defaults: bedtime 22:30, reminder 30 minutes before: read from 21:45.
	at := func(h, m int) time.Time { return time.Date(2027, 6, 15, h, m, 0, 0, time.UTC) }
	if r.eveningDue(at(21, 30)) || !r.eveningDue(at(21, 50)) || r.eveningDue(at(22, 10)) {
		t.Error("the evening read should happen once, from 15 minutes before the reminder")
	}
}
