package charts

import (
	"testing"

	"github.com/crampdiary/crampdiary/model"
)

func TestFactorRows(t *testing.T) {
	days := []model.Day{
		{Date: "2026-03-01", NightChecked: true, AlcoholDrinks: ptr(2), Heat: ptr(true)},
		{Date: "2026-03-02", NightChecked: true, AlcoholDrinks: ptr(0), Heat: ptr(false)},
		{Date: "2026-03-03", NightChecked: true, AlcoholDrinks: ptr(1)},                      // heat left blank
		{Date: "2026-03-04", AlcoholDrinks: ptr(3), Heat: ptr(true)},                         // night not checked
		{Date: "2026-03-05", NightChecked: true, AlcoholDrinks: ptr(0), LateMeal: ptr(true)}, // late meal never "no"
	}
	cramps := []model.Cramp{
		{Night: "2026-03-01", Muscle: model.Calf, Side: model.Left},
		{Night: "2026-03-01", Muscle: model.Calf, Side: model.Left}, // two cramps, still one cramp night
		{Night: "2026-03-03", Muscle: model.Foot, Side: model.Right},
	}
	rows := factorRows(NightsFrom(days, cramps, "2026-03-01", "2026-03-05"))
	want := map[string]factorRow{
		"Alcohol": {with: split{nights: 2, crampNights: 2}, without: split{nights: 2}},
		"Heat":    {with: split{nights: 1, crampNights: 1}, without: split{nights: 1}},
	}
	if len(rows) != len(want) {
		t.Fatalf("got %d factors %+v, want alcohol and heat only", len(rows), rows)
	}
	for _, r := range rows {
		w, ok := want[r.label]
		if !ok || r.with != w.with || r.without != w.without {
			t.Errorf("%s: with %+v without %+v, want %+v %+v", r.label, r.with, r.without, w.with, w.without)
		}
	}
	if got := splitLabel(split{nights: 12, crampNights: 3}); got != "25% · n=12" {
		t.Errorf("splitLabel = %q", got)
	}
}

func TestMuscleRows(t *testing.T) {
	cramps := []model.Cramp{
		{Muscle: model.Calf, Side: model.Left}, {Muscle: model.Calf, Side: model.Left},
		{Muscle: model.Calf, Side: model.Both}, {Muscle: model.Thigh, Side: model.Right},
		{Muscle: "knee", Side: model.Right}, // unknown muscles count as other
	}
	rows := muscleRows(cramps)
	if len(rows) != 5 || rows[4].muscle != model.OtherArea {
		t.Fatalf("rows %+v, want the four muscles and other", rows)
	}
	if rows[0].sides != [3]int{2, 0, 1} || rows[3].sides != [3]int{0, 1, 0} || rows[4].total() != 1 {
		t.Errorf("counts %+v", rows)
	}
	if rows := muscleRows(cramps[:2]); len(rows) != 4 {
		t.Errorf("without an 'other' cramp got %d rows, want 4", len(rows))
	}
}
