package remind

import (
	"strings"
	"testing"
	"time"

	"github.com/crampdiary/crampdiary/model"
)

func TestReminderTexts(t *testing.T) {
	due := time.Date(2026, 11, 24, 22, 0, 0, 0, time.UTC)
	log := Reminder{Kind: Log, Due: due}
	stretch := Reminder{Kind: Stretch, Due: due}
	late := Reminder{Kind: Log, Due: due, Late: true}
	cases := []struct {
		name        string
		due         []Reminder
		title, body string
	}{
		{"log", []Reminder{log}, "Time to fill in today", "Note how today went before bed. It takes about a minute."},
		{"stretch", []Reminder{stretch}, "Time for your bedtime stretch", "stretching before bed. In bed, keep your feet from pointing down"},
		{"both", []Reminder{log, stretch}, "Before bed: fill in today and stretch", "then take a few minutes"},
		{"late", []Reminder{late}, "Time to fill in today", "This was due at 22:00."},
	}
	for _, c := range cases {
		n := NotificationFor(c.due, nil)
		if n.Title != c.title || !strings.Contains(n.Body, c.body) {
			t.Errorf("%s: %q / %q", c.name, n.Title, n.Body)
		}
	}
	if got := SnoozeLabel(15, nil); got != "Snooze 15 min" {
		t.Errorf("snooze label %q", got)
	}
}

func TestReminderTextsAreTranslated(t *testing.T) {
	tr := Translate(func(text string, data ...any) string {
		m := model.Message{Key: text}
		if len(data) > 0 {
			m.Params = data[0].(map[string]any)
		}
		return "<" + m.String() + ">"
	})
	n := NotificationFor([]Reminder{{Kind: Stretch, Late: true}}, tr)
	if n.Title != "<Time for your bedtime stretch>" || !strings.Contains(n.Body, " <In bed,") || !strings.Contains(n.Body, " <This was due at 00:00.>") {
		t.Errorf("translated notification %q / %q", n.Title, n.Body)
	}
	if Log.Label(tr) != "<Log today>" || Stretch.Label(tr) != "<Stretch now>" || SnoozeLabel(5, tr) != "<Snooze 5 min>" {
		t.Errorf("translated tray labels %q, %q, %q", Log.Label(tr), Stretch.Label(tr), SnoozeLabel(5, tr))
	}
}
