package redflag

import (
	"context"
	"fmt"
	"slices"

	"github.com/crampdiary/crampdiary/model"
)

// ID names one red-flag rule. It is stored with dismissals, so a value
// never changes once shipped.
type ID string

// The red-flag rules, one per thing a clinician should hear about.
const (
	Weakness   ID = "weakness"          // model.Day.Weakness in the last 14 days
	Numbness   ID = "numbness"          // model.Day.Numbness in the last 14 days
	Swelling   ID = "swelling_one_side" // model.Day.SwellingOneSide in the last 14 days
	LegColour  ID = "leg_colour"        // model.Day.LegColourChange in the last 14 days
	MostNights ID = "most_nights"       // cramps on more than 7 of the last 14 nights
	Rising     ID = "rising"            // the weekly rate rose three weeks running
	LongCramp  ID = "long_cramp"        // a cramp over 10 minutes in the last 30 nights
	Medication ID = "after_medication"  // cramps began within 14 days of a medication change
)

// IDs lists every rule in the order Find reports them: symptoms first,
// since they matter most.
var IDs = []ID{
	Weakness, Numbness, Swelling, LegColour,
	LongCramp, Medication, MostNights, Rising,
}

// Flag is one red flag that holds: what was seen in this diary and why it is
// worth showing a clinician. The texts are plain English sentences for the
// banner, the doctor report and `crampdiary flags`.
type Flag struct {
	ID    ID
	Title model.Message // a short heading, such as "Cramps on most nights"
	Seen  model.Message // what the diary shows, with numbers and dates
	Why   model.Message // why it matters, ending with the advice to talk to a clinician
	// Since is the first day of the current unbroken stretch in which the rule
	// holds. It stays the same while the flag keeps holding, which is what lets a
	// dismissal last until the flag stops and later starts again.
	Since model.Date
}

// Find evaluates every rule on the diary as it stood on today, the diary
// day (model.DiaryToday). Entries after today are ignored; days and cramps may come
// in any order. It returns the flags that hold, in IDs order.
func Find(days []model.Day, cramps []model.Cramp, today model.Date) []Flag {
	dy := indexDiary(days, cramps, today)
	var flags []Flag
	for _, r := range rules {
		if !r.holds(dy, today) {
			continue
		}
		since := dy.runStart(r.holds, today)
		f := r.describe(dy, today, since)
		f.ID, f.Since = r.id, since
		flags = append(flags, f)
	}
	return flags
}

// rule is one red flag: whether it holds on a day, and how to say what was seen.
type rule struct {
	id       ID
	holds    func(dy *diary, t model.Date) bool
	describe func(dy *diary, today, since model.Date) Flag
}

// diary is the part of a diary the rules read, indexed by date.
type diary struct {
	first    model.Date                 // the earliest entry; no rule can hold before it
	logged   map[model.Date]bool        // nights checked, or with a cramp
	cramps   map[model.Date]int         // cramps per night
	longest  map[model.Date]int         // longest recorded cramp per night, seconds
	symptoms map[ID]map[model.Date]bool // days on which each symptom was noted
	meds     []model.MedicationChange   // oldest first
}

func indexDiary(days []model.Day, cramps []model.Cramp, today model.Date) *diary {
	dy := &diary{
		first:    today,
		logged:   map[model.Date]bool{},
		cramps:   map[model.Date]int{},
		longest:  map[model.Date]int{},
		symptoms: map[ID]map[model.Date]bool{},
	}
	for _, d := range days {
		if !today.Before(d.Date) {
			dy.addDay(d)
		}
	}
	for _, c := range cramps {
		if !today.Before(c.Night) {
			dy.addCramp(c)
		}
	}
	slices.SortFunc(dy.meds, func(a, b model.MedicationChange) int { return compareDates(a.Date, b.Date) })
	return dy
}

func (dy *diary) addDay(d model.Day) {
	dy.noteDate(d.Date)
	if d.NightChecked {
		dy.logged[d.Date] = true
	}
	if d.MedicationChange != "" {
		dy.meds = append(dy.meds, model.MedicationChange{Date: d.Date, Text: d.MedicationChange})
	}
	for id, v := range map[ID]*bool{
		Weakness: d.Weakness, Numbness: d.Numbness,
		Swelling: d.SwellingOneSide, LegColour: d.LegColourChange,
	} {
		if v != nil && *v {
			if dy.symptoms[id] == nil {
				dy.symptoms[id] = map[model.Date]bool{}
			}
			dy.symptoms[id][d.Date] = true
		}
	}
}

func (dy *diary) addCramp(c model.Cramp) {
	dy.noteDate(c.Night)
	dy.logged[c.Night] = true // a logged cramp proves the night was looked at
	dy.cramps[c.Night]++
	if c.DurationS != nil && *c.DurationS > dy.longest[c.Night] {
		dy.longest[c.Night] = *c.DurationS
	}
}

func (dy *diary) noteDate(d model.Date) {
	if d.Before(dy.first) {
		dy.first = d
	}
}

// runStart walks back from today, which holds, to the first day of the
// unbroken stretch in which holds is true.
func (dy *diary) runStart(holds func(*diary, model.Date) bool, today model.Date) model.Date {
	t := today
	for dy.first.Before(t) && holds(dy, t.AddDays(-1)) {
		t = t.AddDays(-1)
	}
	return t
}

// nights counts the logged and the cramp nights from..to inclusive.
func (dy *diary) nights(from, to model.Date) (logged, withCramps int) {
	for n := from; !to.Before(n); n = n.AddDays(1) {
		if dy.logged[n] {
			logged++
		}
		if dy.cramps[n] > 0 {
			withCramps++
		}
	}
	return logged, withCramps
}

func compareDates(a, b model.Date) int {
	switch {
	case a.Before(b):
		return -1
	case b.Before(a):
		return 1
	}
	return 0
}

// Lookback is how many days of diary Find needs: the 60-day
// medication window, the 14 nights before it, and room to date a long stretch.
const Lookback = 120

// Load reads the recent diary from s and returns the red flags that
// hold on today, dismissed or not.
func Load(ctx context.Context, s model.Store, today model.Date) ([]Flag, error) {
	from := today.AddDays(-Lookback)
	days, err := s.Days(ctx, from, today)
	if err != nil {
		return nil, fmt.Errorf("model: red flags: %w", err)
	}
	cramps, err := s.Cramps(ctx, from, today)
	if err != nil {
		return nil, fmt.Errorf("model: red flags: %w", err)
	}
	return Find(days, cramps, today), nil
}

// Line is the flag in one sentence in w's language, for the report and the
// command line.
func (f Flag) Line(w model.Words) string {
	return w.Say(model.X("{{.Title}} (since {{.Since}}): {{.Seen}}", map[string]any{"Title": f.Title, "Since": f.Since, "Seen": f.Seen}))
}
