package redflag

import "github.com/crampdiary/crampdiary/model"

// The thresholds of the red-flag rules. They follow the warning signs in the
// guidance on night cramps: frequent or worsening cramps, a cramp that will not
// ease, cramps that start after a new medicine, and symptoms beside the cramps.
const (
	symptomDays = 14 // a symptom keeps its flag up this many days

	mostNights       = 14 // nights looked at for "cramps on most nights"
	mostNightsCramps = 8  // cramp nights needed: more than half of them
	mostNightsLogged = 10 // logged nights needed, so gaps are not read as cramp-free

	risingWeeks     = 4 // blocks of 7 nights compared for "rising"
	risingMinLogged = 4 // logged nights a block needs for its rate to count

	longCrampS      = 600 // a cramp lasting longer than this many seconds
	longCrampNights = 30  // nights a long cramp keeps its flag up

	medQuietNights = 14 // cramp-free nights before a change, so the cramps are new
	medOnsetNights = 14 // nights after a change in which new cramps count
	medRecentDays  = 60 // a change older than this no longer raises the flag
)

// rules holds every rule in IDs order.
var rules = []rule{
	{Weakness, symptomHolds(Weakness), describeSymptom(Weakness)},
	{Numbness, symptomHolds(Numbness), describeSymptom(Numbness)},
	{Swelling, symptomHolds(Swelling), describeSymptom(Swelling)},
	{LegColour, symptomHolds(LegColour), describeSymptom(LegColour)},
	{LongCramp, longCrampHolds, describeLongCramp},
	{Medication, medicationHolds, describeMedication},
	{MostNights, mostNightsHolds, describeMostNights},
	{Rising, risingHolds, describeRising},
}

// symptomDates returns the days in the symptom window ending on t on which
// the symptom id was noted, oldest first.
func (dy *diary) symptomDates(id ID, t model.Date) []model.Date {
	var seen []model.Date
	for d := t.AddDays(1 - symptomDays); !t.Before(d); d = d.AddDays(1) {
		if dy.symptoms[id][d] {
			seen = append(seen, d)
		}
	}
	return seen
}

func symptomHolds(id ID) func(*diary, model.Date) bool {
	return func(dy *diary, t model.Date) bool { return len(dy.symptomDates(id, t)) > 0 }
}

// mostNightsWindow is the nights "cramps on most nights" looks at on day t:
// the ones that are over, ending last night.
func mostNightsWindow(t model.Date) (from, to model.Date) {
	return t.AddDays(-mostNights), t.AddDays(-1)
}

func mostNightsHolds(dy *diary, t model.Date) bool {
	logged, withCramps := dy.nights(mostNightsWindow(t))
	return withCramps >= mostNightsCramps && logged >= mostNightsLogged
}

// weekRate is one block of 7 nights: how many were logged and had cramps.
type weekRate struct {
	From, To            model.Date
	Logged, CrampNights int
}

// risingWeeksTo returns the last risingWeeks full blocks of 7 nights before
// day t, oldest first; the newest ends last night.
func (dy *diary) risingWeeksTo(t model.Date) []weekRate {
	weeks := make([]weekRate, risingWeeks)
	for i := range weeks {
		to := t.AddDays(-1 - 7*(risingWeeks-1-i))
		w := weekRate{From: to.AddDays(-6), To: to}
		w.Logged, w.CrampNights = dy.nights(w.From, w.To)
		weeks[i] = w
	}
	return weeks
}

// lessRate compares two cramp-night rates exactly, without rounding.
func lessRate(a, b weekRate) bool {
	return a.CrampNights*b.Logged < b.CrampNights*a.Logged
}

func risingHolds(dy *diary, t model.Date) bool {
	weeks := dy.risingWeeksTo(t)
	for i, w := range weeks {
		if w.Logged < risingMinLogged {
			return false
		}
		if i > 0 && !lessRate(weeks[i-1], w) {
			return false
		}
	}
	return true
}

// longCramps returns the nights in the window ending on t that held a cramp
// longer than longCrampS, oldest first.
func (dy *diary) longCramps(t model.Date) []model.Date {
	var nights []model.Date
	for n := t.AddDays(1 - longCrampNights); !t.Before(n); n = n.AddDays(1) {
		if dy.longest[n] > longCrampS {
			nights = append(nights, n)
		}
	}
	return nights
}

func longCrampHolds(dy *diary, t model.Date) bool { return len(dy.longCramps(t)) > 0 }

// medicationOnset is a medication change followed by new cramps.
type medicationOnset struct {
	Change     model.MedicationChange
	FirstCramp model.Date
}

// medicationOnsets returns, oldest first, the recent medication changes as of
// day t that had no cramp nights in the two weeks before them and at least one
// in the two weeks after.
func (dy *diary) medicationOnsets(t model.Date) []medicationOnset {
	var found []medicationOnset
	for _, m := range dy.meds {
		if t.Before(m.Date) || m.Date.DaysUntil(t) > medRecentDays {
			continue
		}
		if _, before := dy.nights(m.Date.AddDays(-medQuietNights), m.Date.AddDays(-1)); before > 0 {
			continue
		}
		end := m.Date.AddDays(medOnsetNights)
		if t.Before(end) {
			end = t
		}
		if first, ok := dy.firstCrampNight(m.Date, end); ok {
			found = append(found, medicationOnset{Change: m, FirstCramp: first})
		}
	}
	return found
}

func (dy *diary) firstCrampNight(from, to model.Date) (model.Date, bool) {
	for n := from; !to.Before(n); n = n.AddDays(1) {
		if dy.cramps[n] > 0 {
			return n, true
		}
	}
	return "", false
}

func medicationHolds(dy *diary, t model.Date) bool { return len(dy.medicationOnsets(t)) > 0 }
