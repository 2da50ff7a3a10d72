package model

import (
	"reflect"
	"testing"
)

func ip(v int) *int { return &v }

// cramp is a test cramp; dur, inten and lost are -1 when not recorded.
func cramp(night string, m Muscle, s Side, dur, inten, lost int) Cramp {
	c := Cramp{Night: MustDate(night), Muscle: m, Side: s}
	if dur >= 0 {
		c.DurationS = ip(dur)
	}
	if inten >= 0 {
		c.Intensity = ip(inten)
	}
	if lost >= 0 {
		c.SleepLostMin = ip(lost)
	}
	return c
}

func checked(date string) Day { return Day{Date: MustDate(date), NightChecked: true} }

// week is 2024-03-04..10 (7 nights): 5 checked days, one unchecked day with a
// cramp (still logged), one day with a medication change but no check (missing),
// and rows either side of the range that must be ignored.
var (
	weekDays = []Day{
		checked("2024-03-03"), // before the range
		checked("2024-03-04"),
		checked("2024-03-05"),
		{Date: MustDate("2024-03-06"), MedicationChange: "  started amlodipine 5 mg "},
		checked("2024-03-07"),
		checked("2024-03-08"),
		{Date: MustDate("2024-03-09"), NightChecked: true, MedicationChange: "stopped it"},
		checked("2024-03-11"), // after the range
	}
	weekCramps = []Cramp{
		cramp("2024-03-03", Thigh, Both, 600, 10, 60), // before the range
		cramp("2024-03-04", Calf, Left, 60, 7, 10),
		cramp("2024-03-04", Calf, Right, 120, -1, -1),
		cramp("2024-03-08", Foot, Left, -1, 4, 30),
		cramp("2024-03-10", Calf, Left, 30, 9, 0),         // night with no day row
		cramp("2024-03-11", Hamstring, Both, 900, 10, 90), // after the range
	}
)

func TestSummarize(t *testing.T) {
	tests := []struct {
		name     string
		days     []Day
		cramps   []Cramp
		from, to string
		want     Summary
	}{
		{
			name: "one week", days: weekDays, cramps: weekCramps, from: "2024-03-04", to: "2024-03-10",
			want: Summary{
				Nights: 7, NightsLogged: 6, NightsMissing: 1, CrampNights: 3, Cramps: 4,
				CrampNightsPerWeek: 3.5, CrampsPerWeek: 4 * 7.0 / 6,
				ByMuscle:     map[Muscle]int{Calf: 3, Foot: 1},
				BySide:       map[Side]int{Left: 3, Right: 1},
				DurationS:    Measure{Recorded: 3, Median: 60, Worst: 120}, // 30 60 120
				Intensity:    Measure{Recorded: 3, Median: 7, Worst: 9},    // 4 7 9
				SleepLostMin: 40, SleepLostRecorded: 3,
				Medications: []MedicationChange{
					{MustDate("2024-03-06"), "started amlodipine 5 mg"},
					{MustDate("2024-03-09"), "stopped it"},
				},
			},
		},
		{
			name: "even counts take the mean of the middle two", days: weekDays, cramps: weekCramps,
			from: "2024-03-03", to: "2024-03-04",
			want: Summary{
				Nights: 2, NightsLogged: 2, CrampNights: 2, Cramps: 3,
				CrampNightsPerWeek: 7, CrampsPerWeek: 10.5,
				ByMuscle:     map[Muscle]int{Calf: 2, Thigh: 1},
				BySide:       map[Side]int{Left: 1, Right: 1, Both: 1},
				DurationS:    Measure{Recorded: 3, Median: 120, Worst: 600}, // 60 120 600
				Intensity:    Measure{Recorded: 2, Median: 8.5, Worst: 10},  // 7 10
				SleepLostMin: 70, SleepLostRecorded: 2,
			},
		},
		{
			name: "nothing logged", days: []Day{{Date: MustDate("2024-03-06")}}, from: "2024-03-05", to: "2024-03-07",
			want: Summary{Nights: 3, NightsMissing: 3, ByMuscle: map[Muscle]int{}, BySide: map[Side]int{}},
		},
		{
			name: "checked nights without cramps", days: []Day{checked("2024-03-05"), checked("2024-03-06")},
			from: "2024-03-05", to: "2024-03-06",
			want: Summary{Nights: 2, NightsLogged: 2, ByMuscle: map[Muscle]int{}, BySide: map[Side]int{}},
		},
		{
			name: "from after to is empty", days: weekDays, cramps: weekCramps, from: "2024-03-10", to: "2024-03-04",
			want: Summary{ByMuscle: map[Muscle]int{}, BySide: map[Side]int{}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tt.want.From, tt.want.To = MustDate(tt.from), MustDate(tt.to)
			got := Summarize(tt.days, tt.cramps, tt.want.From, tt.want.To)
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Summarize:\n got %+v\nwant %+v", got, tt.want)
			}
		})
	}
}

func TestMeasureMedian(t *testing.T) {
	tests := []struct {
		vals []int
		want Measure
	}{
		{nil, Measure{}},
		{[]int{5}, Measure{1, 5, 5}},
		{[]int{9, 1}, Measure{2, 5, 9}},
		{[]int{3, 1, 2}, Measure{3, 2, 3}},
		{[]int{4, 1, 3, 2}, Measure{4, 2.5, 4}},
		{[]int{0, 0, 10}, Measure{3, 0, 10}},
	}
	for _, tt := range tests {
		if got := measure(tt.vals); got != tt.want {
			t.Errorf("measure(%v) = %+v, want %+v", tt.vals, got, tt.want)
		}
	}
}

func TestSummarizeWithPrevious(t *testing.T) {
	// This period 2024-03-08..10 (3 nights), the previous one 2024-03-05..07.
	days := []Day{checked("2024-03-05"), checked("2024-03-06"), checked("2024-03-08"), checked("2024-03-09"), checked("2024-03-10")}
	cramps := []Cramp{
		cramp("2024-03-04", Calf, Left, -1, -1, -1), // before both periods
		cramp("2024-03-05", Calf, Left, -1, -1, -1),
		cramp("2024-03-08", Calf, Left, -1, -1, -1),
		cramp("2024-03-08", Foot, Left, -1, -1, -1),
		cramp("2024-03-09", Calf, Right, -1, -1, -1),
	}
	s := SummarizeWithPrevious(days, cramps, MustDate("2024-03-08"), MustDate("2024-03-10"))
	p := s.Previous
	if p == nil || p.From != "2024-03-05" || p.To != "2024-03-07" {
		t.Fatalf("previous period = %+v, want 2024-03-05..07", p)
	}
	// Previous: 2 logged, 1 cramp night, 1 cramp: 3.5 per 7 logged nights each.
	// This one: 3 logged, 2 cramp nights, 3 cramps: 14/3 and 7.
	if p.NightsLogged != 2 || p.NightsMissing != 1 || p.CrampNightsPerWeek != 3.5 || p.CrampsPerWeek != 3.5 {
		t.Errorf("previous = %+v", p)
	}
	thisRate := 14.0 / 3 // a variable, so the subtraction rounds like the code's
	want := Change{CrampNightsPerWeek: thisRate - 3.5, CrampsPerWeek: 7 - 3.5}
	if s.Change == nil || *s.Change != want {
		t.Errorf("change = %+v, want %+v", s.Change, want)
	}
	if p.Previous != nil {
		t.Error("the previous period has a previous period of its own")
	}
}

func TestSummarizeWithPreviousNeedsLoggedNightsOnBothSides(t *testing.T) {
	days := []Day{checked("2024-03-08")}
	s := SummarizeWithPrevious(days, nil, MustDate("2024-03-08"), MustDate("2024-03-09"))
	if s.Previous == nil || s.Previous.NightsLogged != 0 {
		t.Fatalf("previous = %+v, want an empty period", s.Previous)
	}
	if s.Change != nil {
		t.Errorf("change = %+v against a period with nothing logged, want nil", s.Change)
	}
	if e := SummarizeWithPrevious(days, nil, MustDate("2024-03-09"), MustDate("2024-03-08")); e.Previous != nil {
		t.Errorf("an empty range got a previous period: %+v", e.Previous)
	}
}

func TestPreviousFromAndDates(t *testing.T) {
	from, to := MustDate("2024-02-28"), MustDate("2024-03-01") // across a leap day
	if got := PreviousFrom(from, to); got != "2024-02-25" {
		t.Errorf("PreviousFrom = %s, want 2024-02-24", got)
	}
	got := Summarize(nil, nil, from, to).Dates()
	want := []Date{"2024-02-28", "2024-02-29", "2024-03-01"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Dates = %v, want %v", got, want)
	}
}
