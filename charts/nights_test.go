package charts

import (
	"testing"

	"github.com/crampdiary/crampdiary/model"
)

func ptr[T any](v T) *T { return &v }

func TestNightsFrom(t *testing.T) {
	from, to := model.MustDate("2026-03-01"), model.MustDate("2026-03-06")
	days := []model.Day{
		{Date: "2026-02-28", NightChecked: true},                                          // before the range
		{Date: "2026-03-01", NightChecked: true, Steps: ptr(8000), AlcoholDrinks: ptr(2)}, // checked, no cramps
		{Date: "2026-03-02", Steps: ptr(12000), AlcoholDrinks: ptr(0), Heat: ptr(true)},   // day logged, night not checked
		{Date: "2026-03-04", SleepStart: ptr(model.Clock(23 * 60)), SleepEnd: ptr(model.Clock(6*60 + 30))},
		{Date: "2026-03-07", NightChecked: true}, // after the range
	}
	cramps := []model.Cramp{
		{Night: "2026-03-04", Muscle: model.Calf, Side: model.Left},  // cramp on a night never marked checked
		{Night: "2026-03-04", Muscle: model.Foot, Side: model.Right}, // second cramp, same night
		{Night: "2026-03-05", Muscle: model.Calf, Side: model.Both},  // cramp without a day row
		{Night: "2026-03-07", Muscle: model.Calf, Side: model.Both},  // after the range
	}
	n := NightsFrom(days, cramps, from, to)
	if len(n.Nights) != 6 || n.From != from || n.To != to {
		t.Fatalf("got %d nights %s..%s, want 6 nights %s..%s", len(n.Nights), n.From, n.To, from, to)
	}
	if len(n.Cramps) != 3 {
		t.Errorf("kept %d cramps, want the 3 inside the range", len(n.Cramps))
	}
	want := []struct {
		date          model.Date
		logged        bool
		cramps        int
		steps         *int
		sleep         *float64
		alcohol, heat bool
		hasDay        bool
	}{
		{"2026-03-01", true, 0, ptr(8000), nil, true, false, true},
		{"2026-03-02", false, 0, ptr(12000), nil, false, true, true},
		{"2026-03-03", false, 0, nil, nil, false, false, false}, // a gap
		{"2026-03-04", true, 2, nil, ptr(7.5), false, false, true},
		{"2026-03-05", true, 1, nil, nil, false, false, false},
		{"2026-03-06", false, 0, nil, nil, false, false, false},
	}
	for i, w := range want {
		got := n.Nights[i]
		if got.Date != w.date || got.Logged != w.logged || got.Cramps != w.cramps ||
			got.Alcohol != w.alcohol || got.Heat != w.heat || (got.Day != nil) != w.hasDay {
			t.Errorf("night %d = %+v, want %+v", i, got, w)
		}
		if !samePtr(got.Steps, w.steps) || !samePtr(got.SleepH, w.sleep) {
			t.Errorf("night %s: steps %v sleep %v, want %v %v", w.date, deref(got.Steps), deref(got.SleepH), deref(w.steps), deref(w.sleep))
		}
	}
	if got := n.logged(); got != 3 {
		t.Errorf("logged() = %d, want 3", got)
	}
}

func TestNightsFromCopiesDays(t *testing.T) {
	days := []model.Day{{Date: "2026-03-01", NightChecked: true, Steps: ptr(5000)}}
	n := NightsFrom(days, nil, "2026-03-01", "2026-03-01")
	*days[0].Steps = 99
	days[0].NightChecked = false
	if *n.Nights[0].Day.Steps != 5000 || !n.Nights[0].Day.NightChecked {
		t.Errorf("editing the caller's day changed the night: %+v", *n.Nights[0].Day)
	}
}

func TestNightsFromEdges(t *testing.T) {
	if n := NightsFrom(nil, nil, "2026-03-05", "2026-03-01"); len(n.Nights) != 0 {
		t.Errorf("to before from gave %d nights", len(n.Nights))
	}
	if n := NightsFrom(nil, nil, "bad", "2026-03-01"); len(n.Nights) != 0 {
		t.Errorf("a bad date gave %d nights", len(n.Nights))
	}
	days := []model.Day{{Date: "2026-01-10", NightChecked: true}}
	n := NightsFrom(days, nil, model.FirstDate, "2026-03-01")
	if n.From != "2026-01-10" || len(n.Nights) != 51 {
		t.Errorf("the 'all' range starts %s with %d nights, want the first diary day and 51", n.From, len(n.Nights))
	}
	if n := NightsFrom(nil, nil, model.FirstDate, "2026-03-01"); len(n.Nights) != 1 {
		t.Errorf("an empty 'all' range has %d nights, want 1", len(n.Nights))
	}
}

func samePtr[T comparable](a, b *T) bool {
	return (a == nil) == (b == nil) && (a == nil || *a == *b)
}

func deref[T any](p *T) any {
	if p == nil {
		return nil
	}
	return *p
}
