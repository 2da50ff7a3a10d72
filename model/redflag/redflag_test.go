package redflag

import (
	"slices"
	"strings"
	"testing"

	"github.com/crampdiary/crampdiary/model"
)

// flagToday is the diary day every red-flag test evaluates on.
const flagToday = model.Date("2024-06-30")

// ago is the night (or day) n days before flagToday; negative n is the future.
func ago(n int) model.Date { return flagToday.AddDays(-n) }

// span lists the whole numbers from..to inclusive, in either direction.
func span(from, to int) []int {
	var s []int
	step := 1
	if to < from {
		step = -1
	}
	for i := from; ; i += step {
		s = append(s, i)
		if i == to {
			return s
		}
	}
}

// crafted is a small diary written in "nights ago".
type crafted struct {
	checked []int       // nights checked (cramp-free unless also in cramps)
	cramps  []int       // nights with one cramp of unknown length
	long    [][]int     // {nights ago, seconds}: a cramp of that length
	days    []model.Day // further days, e.g. with symptoms or a medication change
}

func (c crafted) build() ([]model.Day, []model.Cramp) {
	days := slices.Clone(c.days)
	for _, n := range c.checked {
		days = append(days, model.Day{Date: ago(n), NightChecked: true})
	}
	var cramps []model.Cramp
	for _, n := range c.cramps {
		cramps = append(cramps, model.Cramp{Night: ago(n), Muscle: model.Calf, Side: model.Left})
	}
	for _, l := range c.long {
		cramps = append(cramps, model.Cramp{Night: ago(l[0]), Muscle: model.Calf, Side: model.Right, DurationS: ptr(l[1])})
	}
	return days, cramps
}

// flagCase expects rule id to hold (since set) or not (since empty).
type flagCase struct {
	name  string
	diary crafted
	since model.Date
}

func runFlagCases(t *testing.T, id ID, cases []flagCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			days, cramps := tc.diary.build()
			f, ok := findFlag(Find(days, cramps, flagToday), id)
			switch {
			case tc.since == "" && ok:
				t.Fatalf("%s holds (since %s, %q), want it not to", id, f.Since, f.Seen)
			case tc.since != "" && !ok:
				t.Fatalf("%s does not hold, want it since %s", id, tc.since)
			case ok && f.Since != tc.since:
				t.Fatalf("%s since %s, want %s", id, f.Since, tc.since)
			}
		})
	}
}

func findFlag(flags []Flag, id ID) (Flag, bool) {
	for _, f := range flags {
		if f.ID == id {
			return f, true
		}
	}
	return Flag{}, false
}

func symptomDay(n int, set func(*model.Day)) model.Day {
	d := model.Day{Date: ago(n)}
	set(&d)
	return d
}

func weak(d *model.Day) { d.Weakness = ptr(true) }

func TestRedFlagSymptoms(t *testing.T) {
	runFlagCases(t, Weakness, []flagCase{
		{"noted today", crafted{days: []model.Day{symptomDay(0, weak)}}, ago(0)},
		{"noted 13 days ago, still in the window", crafted{days: []model.Day{symptomDay(13, weak)}}, ago(13)},
		{"noted 14 days ago, gone", crafted{days: []model.Day{symptomDay(14, weak)}}, ""},
		{"answered no", crafted{days: []model.Day{symptomDay(2, func(d *model.Day) { d.Weakness = ptr(false) })}}, ""},
		{"another symptom only", crafted{days: []model.Day{symptomDay(2, func(d *model.Day) { d.Numbness = ptr(true) })}}, ""},
		{"tomorrow is ignored", crafted{days: []model.Day{symptomDay(-1, weak)}}, ""},
		{"overlapping notes keep the first date", crafted{days: []model.Day{symptomDay(20, weak), symptomDay(8, weak)}}, ago(20)},
		{"a gap starts a new stretch", crafted{days: []model.Day{symptomDay(25, weak), symptomDay(3, weak)}}, ago(3)},
	})
	for id, set := range map[ID]func(*model.Day){
		Numbness:  func(d *model.Day) { d.Numbness = ptr(true) },
		Swelling:  func(d *model.Day) { d.SwellingOneSide = ptr(true) },
		LegColour: func(d *model.Day) { d.LegColourChange = ptr(true) },
	} {
		runFlagCases(t, id, []flagCase{
			{string(id) + " noted", crafted{days: []model.Day{symptomDay(5, set)}}, ago(5)},
			{string(id) + " weakness only", crafted{days: []model.Day{symptomDay(5, weak)}}, ""},
		})
	}
}

func TestRedFlagSymptomsOnePerKind(t *testing.T) {
	d := symptomDay(1, func(d *model.Day) {
		d.Numbness, d.SwellingOneSide, d.LegColourChange = ptr(true), ptr(true), ptr(false)
	})
	var got []ID
	for _, f := range Find([]model.Day{d, symptomDay(4, func(d *model.Day) { d.Numbness = ptr(true) })}, nil, flagToday) {
		got = append(got, f.ID)
	}
	if want := []ID{Numbness, Swelling}; !slices.Equal(got, want) {
		t.Fatalf("flags %v, want %v", got, want)
	}
}

func TestRedFlagMostNights(t *testing.T) {
	runFlagCases(t, MostNights, []flagCase{
		{"8 of 14, all logged", crafted{checked: span(1, 14), cramps: span(1, 8)}, ago(0)},
		{"exactly 7 of 14", crafted{checked: span(1, 14), cramps: span(1, 7)}, ""},
		{"8 cramp nights, 10 logged", crafted{checked: span(9, 10), cramps: span(1, 8)}, ago(0)},
		{"8 cramp nights, only 9 logged", crafted{checked: []int{9}, cramps: span(1, 8)}, ""},
		{"tonight does not count yet", crafted{checked: span(1, 14), cramps: append(span(1, 7), 0)}, ""},
		{"15 nights ago is outside", crafted{checked: span(1, 15), cramps: append(span(1, 7), 15)}, ""},
		// Holding since the 8th cramp night: with cramp nights 6..13 ago and
		// nights 1..14 checked, the rule first held the day after night 6.
		{"since the day it first held", crafted{checked: span(1, 20), cramps: span(6, 13)}, ago(5)},
	})
}

// weekly builds four 7-night blocks, oldest first: logged[i] nights logged in
// block i, crampy[i] of them with a cramp. The newest block ends last night.
func weekly(logged, crampy [4]int) crafted {
	var c crafted
	for i := range 4 {
		newest := 7 * (3 - i) // nights ago just before the block's last night
		for k := 1; k <= logged[i]; k++ {
			c.checked = append(c.checked, newest+k)
		}
		for k := 1; k <= crampy[i]; k++ {
			c.cramps = append(c.cramps, newest+k)
		}
	}
	return c
}

func TestRedFlagRising(t *testing.T) {
	runFlagCases(t, Rising, []flagCase{
		// Cramps sit at the start of each block, so the rise already showed
		// with the blocks ending three nights earlier.
		{"1,2,3,4 of 7", weekly([4]int{7, 7, 7, 7}, [4]int{1, 2, 3, 4}), ago(3)},
		{"from zero", weekly([4]int{7, 7, 7, 7}, [4]int{0, 1, 2, 3}), ago(0)},
		{"equal rates are not rising", weekly([4]int{7, 7, 7, 7}, [4]int{1, 2, 2, 3}), ""},
		{"equal rates over different nights", weekly([4]int{7, 4, 6, 7}, [4]int{1, 2, 3, 4}), ""}, // 2/4 = 3/6
		{"rates rise as fractions", weekly([4]int{4, 7, 5, 6}, [4]int{1, 2, 2, 3}), ago(0)},       // .25 < .29 < .4 < .5
		{"last week fell", weekly([4]int{7, 7, 7, 7}, [4]int{1, 2, 4, 3}), ""},
		{"a week with 3 logged nights", weekly([4]int{7, 3, 7, 7}, [4]int{1, 2, 4, 6}), ""},
		{"each week with exactly 4 logged", weekly([4]int{4, 4, 4, 4}, [4]int{0, 1, 2, 3}), ago(0)},
		{"too few weeks in the diary", weekly([4]int{0, 7, 7, 7}, [4]int{0, 1, 2, 3}), ""},
	})
}

func TestRedFlagLongCramp(t *testing.T) {
	runFlagCases(t, LongCramp, []flagCase{
		{"601 s", crafted{long: [][]int{{3, 601}}}, ago(3)},
		{"600 s is not over 10 minutes", crafted{long: [][]int{{3, 600}}}, ""},
		{"no duration recorded", crafted{cramps: []int{3}}, ""},
		{"tonight", crafted{long: [][]int{{0, 900}}}, ago(0)},
		{"29 nights ago", crafted{long: [][]int{{29, 1200}}}, ago(29)},
		{"30 nights ago is outside", crafted{long: [][]int{{30, 1200}}}, ""},
		{"a short and a long cramp the same night", crafted{long: [][]int{{5, 60}, {5, 700}}}, ago(5)},
	})
}

func medDay(n int) model.Day { return model.Day{Date: ago(n), MedicationChange: "started a statin"} }

func TestRedFlagMedication(t *testing.T) {
	runFlagCases(t, Medication, []flagCase{
		{"cramps 3 nights after", crafted{days: []model.Day{medDay(10)}, cramps: []int{7}}, ago(7)},
		{"cramps the night of the change", crafted{days: []model.Day{medDay(10)}, cramps: []int{10}}, ago(10)},
		{"cramps 14 nights after", crafted{days: []model.Day{medDay(20)}, cramps: []int{6}}, ago(6)},
		{"cramps only 15 nights after", crafted{days: []model.Day{medDay(20)}, cramps: []int{5}}, ""},
		{"cramps before the change", crafted{days: []model.Day{medDay(10)}, cramps: []int{15, 7}}, ""},
		{"cramps the night before", crafted{days: []model.Day{medDay(10)}, cramps: []int{11, 7}}, ""},
		{"cramps 15 nights before do not count", crafted{days: []model.Day{medDay(10)}, cramps: []int{25, 7}}, ago(7)},
		{"no cramps since", crafted{days: []model.Day{medDay(10)}, checked: span(0, 9)}, ""},
		{"change 60 days ago", crafted{days: []model.Day{medDay(60)}, cramps: []int{58}}, ago(58)},
		{"change 61 days ago is old history", crafted{days: []model.Day{medDay(61)}, cramps: []int{58}}, ""},
		{"no change noted", crafted{cramps: []int{7}}, ""},
	})
}

func TestRedFlagNothingOnAQuietDiary(t *testing.T) {
	days, cramps := crafted{checked: span(0, 60), cramps: []int{3, 17, 40}}.build()
	if flags := Find(days, cramps, flagToday); len(flags) != 0 {
		t.Fatalf("flags on a quiet diary: %+v", flags)
	}
	if flags := Find(nil, nil, flagToday); len(flags) != 0 {
		t.Fatalf("flags on an empty diary: %+v", flags)
	}
}

// The texts pin what a person reads: numbers from their diary, calm words, a clinician.
func TestRedFlagTexts(t *testing.T) {
	c := crafted{
		checked: span(1, 14), cramps: span(1, 8), long: [][]int{{2, 630}},
		days: []model.Day{medDay(12), symptomDay(4, weak), symptomDay(2, weak)},
	}
	days, cramps := c.build()
	flags := Find(days, cramps, flagToday)
	want := map[ID]string{
		Weakness:   "You noted weakness in a leg on 2 days in the last two weeks, most recently on 28 June.",
		LongCramp:  "A cramp in the night of 28 June lasted 10 minutes 30 seconds.",
		MostNights: "You had cramps on 8 of the last 14 nights (14 of those nights were logged).",
		Medication: "Cramps began in the night of 22 June, 4 days after the medication change you noted on 18 June (“started a statin”). No cramps were logged in the two weeks before it.",
	}
	if len(flags) != len(want) {
		t.Fatalf("got %d flags, want %d: %+v", len(flags), len(want), flags)
	}
	for _, f := range flags {
		if f.Seen.String() != want[f.ID] {
			t.Errorf("%s seen:\n%s\nwant:\n%s", f.ID, f.Seen, want[f.ID])
		}
		why := f.Why.String()
		if f.Title.Key == "" || !strings.Contains(why, "clinician") && !strings.Contains(why, "doctor") {
			t.Errorf("%s: title %q, why %q: want a title and a pointer to a clinician", f.ID, f.Title, f.Why)
		}
	}
}

func TestRedFlagRisingText(t *testing.T) {
	days, cramps := weekly([4]int{7, 6, 7, 7}, [4]int{0, 1, 3, 5}).build()
	f, ok := findFlag(Find(days, cramps, flagToday), Rising)
	want := "Nights with cramps, per logged night, week by week: 0 of 7, 1 of 6, 3 of 7, 5 of 7 (the four weeks up to 29 June)."
	if !ok || f.Seen.String() != want {
		t.Fatalf("rising: %v %q, want %q", ok, f.Seen, want)
	}
}

func TestEveryRuleHasWords(t *testing.T) {
	if len(rules) != len(IDs) {
		t.Fatalf("%d rules for %d flag IDs", len(rules), len(IDs))
	}
	for i, r := range rules {
		if r.id != IDs[i] {
			t.Errorf("rule %d is %s, want %s", i, r.id, IDs[i])
		}
	}
}
