package remind

import (
	"errors"
	"testing"

	"github.com/crampdiary/crampdiary/model"
)

func TestDefaults(t *testing.T) {
	s := Defaults()
	if s.Bedtime.String() != "22:30" || s.LeadMin != 30 || s.SnoozeMin != 15 || !s.LogOn || !s.StretchOn {
		t.Fatalf("defaults %+v", s)
	}
	for day, on := range s.Days {
		if !on {
			t.Errorf("weekday %d off by default", day)
		}
	}
	if err := s.Validate(); err != nil {
		t.Fatalf("defaults do not validate: %v", err)
	}
}

func TestValidate(t *testing.T) {
	tests := []struct {
		name string
		edit func(*Settings)
		want string // "" for valid
	}{
		{"no lead", func(s *Settings) { s.LeadMin = 0 }, ""},
		{"longest lead", func(s *Settings) { s.LeadMin = MaxLeadMin }, ""},
		{"lead too long", func(s *Settings) { s.LeadMin = MaxLeadMin + 1 }, "invalid: remind between 0 and 240 minutes before bedtime, not 241"},
		{"negative lead", func(s *Settings) { s.LeadMin = -5 }, "invalid: remind between 0 and 240 minutes before bedtime, not -5"},
		{"no snooze", func(s *Settings) { s.SnoozeMin = 0 }, "invalid: snooze for 1 to 120 minutes, not 0"},
		{"bedtime past midnight", func(s *Settings) { s.Bedtime = 24 * 60 }, "invalid: bedtime 1440 is not a time of day"},
	}
	for _, tt := range tests {
		s := Defaults()
		tt.edit(&s)
		err := s.Validate()
		switch {
		case tt.want == "" && err != nil:
			t.Errorf("%s: %v", tt.name, err)
		case tt.want != "" && (err == nil || err.Error() != tt.want || !errors.Is(err, model.ErrInvalid)):
			t.Errorf("%s: %v, want %q wrapping ErrInvalid", tt.name, err, tt.want)
		}
	}
}

// The fire time belongs to the diary day it reminds about, also when bedtime
// is after midnight.
func TestFireAt(t *testing.T) {
	const day = model.Date("2026-06-10")
	tests := []struct {
		bed      string
		lead     int
		wantDate model.Date
		wantAt   string
	}{
		{"22:30", 30, day, "22:00"},
		{"22:30", 0, day, "22:30"},
		{"00:30", 30, day.AddDays(1), "00:00"},
		{"00:30", 60, day, "23:30"},
		{"03:00", 30, day.AddDays(1), "02:30"},
		{"04:10", 30, day, "04:00"}, // never before the diary day starts
		{"05:00", 30, day, "04:30"},
		{"12:00", 240, day, "08:00"},
	}
	for _, tt := range tests {
		s := Defaults()
		s.Bedtime, s.LeadMin = mustClock(t, tt.bed), tt.lead
		date, at := s.fireAt(day)
		if date != tt.wantDate || at.String() != tt.wantAt {
			t.Errorf("bedtime %s, lead %d: %s %s, want %s %s", tt.bed, tt.lead, date, at, tt.wantDate, tt.wantAt)
		}
	}
}

func TestKindLabels(t *testing.T) {
	if Log.Label(nil) != "Log today" || Stretch.Label(nil) != "Stretch now" || Log.String() != "log" || Stretch.String() != "stretch" {
		t.Fatal("kind names changed")
	}
}

func mustClock(tb testing.TB, s string) model.Clock {
	tb.Helper()
	c, err := model.ParseClock(s)
	if err != nil {
		tb.Fatal(err)
	}
	return c
}
