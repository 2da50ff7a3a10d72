package insights

import (
	"math"

	"github.com/crampdiary/crampdiary/model"
	"github.com/crampdiary/crampdiary/model/stats"
)

// Lack is what a factor's row still lacks, as a code the window words itself;
// Need says the same as a message for the command line and its JSON.
type Lack uint8

// The lacks.
const (
	LackNothing     Lack = iota // the diary can tell
	LackNights                  // MoreWith and MoreWithout more nights, exactly
	LackNightsAbout             // about MoreWith and MoreWithout more nights, projected at the present rates
	LackManyNights              // many more nights than the diary holds
	LackCrampNights             // no checked night had a cramp yet
	LackCrampFree               // every checked night had a cramp
	LackSameWeeks               // nights with and without it in the same weeks
	LackExperiment              // it changed once, with the cramps: only an experiment can tell
)

// needMaxGrowth bounds the projection of needToTest: past ten times the nights
// logged so far, "about N more nights" would be a guess dressed up as a number.
const needMaxGrowth = 10

// needToTest says what to log before a factor can be tested at all.
func (in *Insight) needToTest() {
	if in.NightsWith < insightMinNights || in.NightsWithout < insightMinNights {
		in.MoreWith = max(0, insightMinNights-in.NightsWith)
		in.MoreWithout = max(0, insightMinNights-in.NightsWithout)
		in.Need, in.Lack = needSentence(in.MoreWith, in.MoreWithout, false), LackNights
		return
	}
	n, k := in.NightsWith+in.NightsWithout, in.CrampNightsWith+in.CrampNightsWithout
	switch {
	case k == 0:
		in.Need, in.Lack = model.X("no checked night has had a cramp yet, so there is nothing to compare", nil), LackCrampNights
	case k == n:
		in.Need, in.Lack = model.X("every checked night has had a cramp, so there are no cramp-free nights to compare with", nil), LackCrampFree
	case stats.MinFisherP(in.NightsWith, in.NightsWithout, k) <= insightMaxQ:
		// Enough nights in all, but never with and without it in the same weeks.
		in.Need, in.Lack = model.X("log nights with it and without it in the same weeks, so they can be compared like with like", nil), LackSameWeeks
	default:
		in.projectNeed(n, k)
	}
}

// projectNeed finds, at the diary's present rates (the share of nights with
// the factor and the share with a cramp), roughly how many more nights would
// let Fisher's test reach p <= 0.10 at all, pooling the nights as if they
// were alike: a guide, since the stratified test needs somewhat more. It
// says nothing about what those nights will show.
func (in *Insight) projectNeed(n, k int) {
	grown := func(more int) (with, without, cramps int) {
		f := float64(n+more) / float64(n)
		with = int(math.Round(float64(in.NightsWith) * f))
		// model.Cramp nights round down: a projection should not promise an answer early.
		return with, n + more - with, int(math.Floor(float64(k) * f))
	}
	enough := func(more int) bool {
		w, wo, c := grown(more)
		return stats.MinFisherP(w, wo, c) <= insightMaxQ
	}
	if !enough(needMaxGrowth * n) {
		in.Need, in.Lack = model.XN("log many more nights: at the present rates even {{.Count}} more would not be enough to tell", needMaxGrowth*n, nil), LackManyNights
		return
	}
	// Binary search for the smallest growth that is enough. The minimum p
	// falls with more nights except for small steps of rounding, which an
	// "about" in the sentence covers.
	lo, hi := 0, needMaxGrowth*n
	for hi-lo > 1 {
		mid := (lo + hi) / 2
		if enough(mid) {
			hi = mid
		} else {
			lo = mid
		}
	}
	w, wo, _ := grown(hi)
	in.MoreWith, in.MoreWithout = w-in.NightsWith, wo-in.NightsWithout
	in.Need, in.Lack = needSentence(in.MoreWith, in.MoreWithout, true), LackNightsAbout
}

// needCrampNights handles a small q that rests on fewer than 3 cramp nights
// on the side that tells: how many more nights on that side would, at its
// present rate, bring the 3 cramp nights the rule asks for.
func (in *Insight) needCrampNights() {
	switch {
	case in.Diff > 0:
		in.MoreWith = int(math.Ceil(float64(insightMinCrampNts-in.CrampNightsWith) / in.RateWith))
	case in.Diff < 0:
		in.MoreWithout = int(math.Ceil(float64(insightMinCrampNts-in.CrampNightsWithout) / in.RateWithout))
	default: // equal rates cannot give a small q; kept so no path is left without advice
		in.MoreWith, in.MoreWithout = insightMinNights, insightMinNights
	}
	in.Need, in.Lack = needSentence(in.MoreWith, in.MoreWithout, true), LackNightsAbout
}

// needSentence is the advice, lower case so it can follow "not enough data: ".
// The counts stay parameters, so each language says "1 more night" its way.
func needSentence(with, without int, about bool) model.Message {
	p := map[string]any{"With": model.XN("{{.Count}} more nights", with, nil), "Without": without}
	switch {
	case with > 0 && without > 0 && about:
		return model.X("log about {{.With}} with it and {{.Without}} without", p)
	case with > 0 && without > 0:
		return model.X("log {{.With}} with it and {{.Without}} without", p)
	case with > 0 && about:
		return model.X("log about {{.With}} with it", p)
	case with > 0:
		return model.X("log {{.With}} with it", p)
	case without > 0 && about:
		return model.XN("log about {{.Count}} more nights without it", without, nil)
	case without > 0:
		return model.XN("log {{.Count}} more nights without it", without, nil)
	}
	return model.X("keep logging", nil)
}
