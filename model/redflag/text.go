package redflag

import (
	"github.com/crampdiary/crampdiary/model"
)

// The words of the red flags. They say what the diary shows and suggest a
// conversation with a clinician; they never name a cause or a condition, and
// never advise on medicines beyond asking the prescriber first. They are
// messages with their counts and dates as parameters, written out in the
// reader's language by model.Words.

type x = map[string]any

// symptomWords is the title, the phrase for "you noted ..." and the reason,
// per symptom.
var symptomWords = map[ID]struct{ title, noted, why model.Message }{
	Weakness: {
		model.X("Weakness in a leg", nil), model.X("weakness in a leg", nil),
		model.X("Cramps alone are common, but weakness alongside them is worth having checked. "+
			"Please talk to a doctor or nurse soon and show them this diary.", nil),
	},
	Numbness: {
		model.X("Numbness in a leg", nil), model.X("numbness in a leg", nil),
		model.X("Numbness or pins and needles alongside cramps is worth having checked. "+
			"Please talk to a doctor or nurse soon and show them this diary.", nil),
	},
	Swelling: {
		model.X("One leg swollen", nil), model.X("one leg swollen or the legs looking uneven", nil),
		model.X("Swelling in one leg should be looked at by a clinician rather than tracked here. "+
			"Please contact a doctor or nurse soon. If it came on suddenly, or you feel short of breath "+
			"or have chest pain, get urgent help.", nil),
	},
	LegColour: {
		model.X("A leg changed colour or temperature", nil), model.X("a leg changing colour or feeling unusually warm or cold", nil),
		model.X("A change in how a leg looks or feels to the touch should be looked at by a clinician "+
			"rather than tracked here. Please contact a doctor or nurse soon.", nil),
	},
}

func describeSymptom(id ID) func(*diary, model.Date, model.Date) Flag {
	return func(dy *diary, today, _ model.Date) Flag {
		w := symptomWords[id]
		seen := dy.symptomDates(id, today)
		last := seen[len(seen)-1]
		text := model.X("You noted {{.What}} on {{.Date}}.", x{"What": w.noted, "Date": model.RecentDate{Date: last, Today: today}})
		if len(seen) > 1 {
			text = model.XN("You noted {{.What}} on {{.Count}} days in the last two weeks, most recently on {{.Date}}.",
				len(seen), x{"What": w.noted, "Date": model.RecentDate{Date: last, Today: today}})
		}
		return Flag{Title: w.title, Seen: text, Why: w.why}
	}
}

func describeMostNights(dy *diary, today, _ model.Date) Flag {
	logged, withCramps := dy.nights(mostNightsWindow(today))
	return Flag{
		Title: model.X("Cramps on most nights", nil),
		Seen: model.XN("You had cramps on {{.Cramps}} of the last {{.Count}} nights ({{.Logged}} of those nights were logged).",
			mostNights, x{"Cramps": withCramps, "Logged": logged}),
		Why: model.X("Cramps on most nights are worth raising with a clinician, who can look for a cause "+
			"and talk through what might help. Bring this diary along.", nil),
	}
}

func describeRising(dy *diary, today, _ model.Date) Flag {
	weeks := dy.risingWeeksTo(today)
	p := x{"To": model.RecentDate{Date: weeks[len(weeks)-1].To, Today: today}}
	for i, w := range weeks {
		p["Week"+string(rune('1'+i))] = model.X("{{.Cramps}} of {{.Logged}}", x{"Cramps": w.CrampNights, "Logged": w.Logged})
	}
	return Flag{
		Title: model.X("Cramps becoming more frequent", nil),
		Seen: model.X("Nights with cramps, per logged night, week by week: {{.Week1}}, {{.Week2}}, {{.Week3}}, {{.Week4}} "+
			"(the four weeks up to {{.To}}).", p),
		Why: model.X("Cramps that come more often week after week are worth showing a clinician "+
			"before you try more changes on your own.", nil),
	}
}

func describeLongCramp(dy *diary, today, _ model.Date) Flag {
	nights := dy.longCramps(today)
	last := nights[len(nights)-1]
	seen := model.X("A cramp in the night of {{.Date}} lasted {{.Length}}.", x{"Date": model.RecentDate{Date: last, Today: today}, "Length": minutes(dy.longest[last])})
	if len(nights) > 1 {
		seen = model.XN("Cramps lasted over 10 minutes on {{.Count}} nights in the last {{.Window}}, most recently {{.Length}} in the night of {{.Date}}.",
			len(nights), x{"Window": longCrampNights, "Length": minutes(dy.longest[last]), "Date": model.RecentDate{Date: last, Today: today}})
	}
	return Flag{
		Title: model.X("A cramp lasting over 10 minutes", nil),
		Seen:  seen,
		Why: model.X("Most cramps ease within a few minutes. One that goes on for longer than 10 minutes "+
			"is worth mentioning to a clinician.", nil),
	}
}

func describeMedication(dy *diary, today, _ model.Date) Flag {
	onsets := dy.medicationOnsets(today)
	o := onsets[len(onsets)-1]
	change := model.X("the same day as the medication change you noted (“{{.Change}}”)", x{"Change": o.Change.Text})
	if gap := o.Change.Date.DaysUntil(o.FirstCramp); gap > 0 {
		change = model.XN("{{.Count}} days after the medication change you noted on {{.Date}} (“{{.Change}}”)",
			gap, x{"Date": model.RecentDate{Date: o.Change.Date, Today: today}, "Change": o.Change.Text})
	}
	return Flag{
		Title: model.X("Cramps after a medication change", nil),
		Seen: model.X("Cramps began in the night of {{.Date}}, {{.When}}. No cramps were logged in the two weeks before it.",
			x{"Date": model.RecentDate{Date: o.FirstCramp, Today: today}, "When": change}),
		Why: model.X("Some medicines can bring on cramps. Let the clinician who prescribed it know, "+
			"and talk to them before stopping or changing any medicine.", nil),
	}
}

// minutes is a duration in seconds as "12 minutes" or "10 minutes 30 seconds".
func minutes(s int) model.Message {
	m := model.XN("{{.Count}} minutes", s/60, nil)
	if s%60 == 0 {
		return m
	}
	return model.X("{{.Minutes}} {{.Seconds}}", x{"Minutes": m, "Seconds": model.XN("{{.Count}} seconds", s%60, nil)})
}
