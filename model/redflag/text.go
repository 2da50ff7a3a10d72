package redflag

import (
	"fmt"

	"github.com/crampdiary/crampdiary/model"
)

// The words of the red flags. They say what the diary shows and suggest a
// conversation with a clinician; they never name a cause or a condition, and
// never advise on medicines beyond asking the prescriber first.

// symptomWords is the title, the phrase for "you noted ..." and the reason,
// per symptom.
var symptomWords = map[ID]struct{ title, noted, why string }{
	Weakness: {
		"Weakness in a leg", "weakness in a leg",
		"Cramps alone are common, but weakness alongside them is worth having checked. " +
			"Please talk to a doctor or nurse soon and show them this diary.",
	},
	Numbness: {
		"Numbness in a leg", "numbness in a leg",
		"Numbness or pins and needles alongside cramps is worth having checked. " +
			"Please talk to a doctor or nurse soon and show them this diary.",
	},
	Swelling: {
		"One leg swollen", "one leg swollen or the legs looking uneven",
		"Swelling in one leg should be looked at by a clinician rather than tracked here. " +
			"Please contact a doctor or nurse soon. If it came on suddenly, or you feel short of breath " +
			"or have chest pain, get urgent help.",
	},
	LegColour: {
		"A leg changed colour or temperature", "a leg changing colour or feeling unusually warm or cold",
		"A change in how a leg looks or feels to the touch should be looked at by a clinician " +
			"rather than tracked here. Please contact a doctor or nurse soon.",
	},
}

func describeSymptom(id ID) func(*diary, model.Date, model.Date) Flag {
	return func(dy *diary, today, _ model.Date) Flag {
		w := symptomWords[id]
		seen := dy.symptomDates(id, today)
		last := seen[len(seen)-1]
		text := fmt.Sprintf("You noted %s on %s.", w.noted, longDate(last, today))
		if len(seen) > 1 {
			text = fmt.Sprintf("You noted %s on %d days in the last two weeks, most recently on %s.",
				w.noted, len(seen), longDate(last, today))
		}
		return Flag{Title: w.title, Seen: text, Why: w.why}
	}
}

func describeMostNights(dy *diary, today, _ model.Date) Flag {
	logged, withCramps := dy.nights(mostNightsWindow(today))
	return Flag{
		Title: "Cramps on most nights",
		Seen: fmt.Sprintf("You had cramps on %d of the last %d nights (%d of those nights were logged).",
			withCramps, mostNights, logged),
		Why: "Cramps on most nights are worth raising with a clinician, who can look for a cause " +
			"and talk through what might help. Bring this diary along.",
	}
}

func describeRising(dy *diary, today, _ model.Date) Flag {
	weeks := dy.risingWeeksTo(today)
	seen := "Nights with cramps, per logged night, week by week:"
	for i, w := range weeks {
		sep := ","
		if i == 0 {
			sep = ""
		}
		seen += fmt.Sprintf("%s %d of %d", sep, w.CrampNights, w.Logged)
	}
	seen += fmt.Sprintf(" (the four weeks up to %s).", longDate(weeks[len(weeks)-1].To, today))
	return Flag{
		Title: "Cramps becoming more frequent",
		Seen:  seen,
		Why: "Cramps that come more often week after week are worth showing a clinician " +
			"before you try more changes on your own.",
	}
}

func describeLongCramp(dy *diary, today, _ model.Date) Flag {
	nights := dy.longCramps(today)
	last := nights[len(nights)-1]
	seen := fmt.Sprintf("A cramp in the night of %s lasted %s.", longDate(last, today), minutes(dy.longest[last]))
	if len(nights) > 1 {
		seen = fmt.Sprintf("Cramps lasted over 10 minutes on %d nights in the last %d, most recently %s in the night of %s.",
			len(nights), longCrampNights, minutes(dy.longest[last]), longDate(last, today))
	}
	return Flag{
		Title: "A cramp lasting over 10 minutes",
		Seen:  seen,
		Why: "Most cramps ease within a few minutes. One that goes on for longer than 10 minutes " +
			"is worth mentioning to a clinician.",
	}
}

func describeMedication(dy *diary, today, _ model.Date) Flag {
	onsets := dy.medicationOnsets(today)
	o := onsets[len(onsets)-1]
	change := fmt.Sprintf("the same day as the medication change you noted (“%s”)", o.Change.Text)
	if gap := o.Change.Date.DaysUntil(o.FirstCramp); gap > 0 {
		change = fmt.Sprintf("%s after the medication change you noted on %s (“%s”)",
			plural(gap, "day"), longDate(o.Change.Date, today), o.Change.Text)
	}
	return Flag{
		Title: "Cramps after a medication change",
		Seen: fmt.Sprintf("Cramps began in the night of %s, %s. No cramps were logged in the two weeks before it.",
			longDate(o.FirstCramp, today), change),
		Why: "Some medicines can bring on cramps. Let the clinician who prescribed it know, " +
			"and talk to them before stopping or changing any medicine.",
	}
}

// longDate writes d as "3 June", adding the year when it is not today's year.
func longDate(d, today model.Date) string {
	if d.Time().Year() != today.Time().Year() {
		return d.Time().Format("2 January 2006")
	}
	return d.Time().Format("2 January")
}

// minutes writes a duration in seconds as "12 minutes" or "10 minutes 30 seconds".
func minutes(s int) string {
	if s%60 == 0 {
		return plural(s/60, "minute")
	}
	return plural(s/60, "minute") + " " + plural(s%60, "second")
}

func plural(n int, unit string) string {
	if n == 1 {
		return "1 " + unit
	}
	return fmt.Sprintf("%d %ss", n, unit)
}
