package insights

import (
	"github.com/crampdiary/crampdiary/model/stats"
)

// Cramps come in waves and wax and wane over weeks whatever a person does,
// and everyday factors come in spells. A night with a factor is therefore
// compared only with nights without it from the same ten nights and after as
// many cramp nights among the two before: like with like. The simulations in
// docs/insights-method.md chose ten nights: two weeks let waves through once
// every logged factor was tested, a week cost too much power.
const (
	stratumBlockNights = 10 // the ten-night block
	stratumPrevStates  = 4  // 0, 1 or 2 cramp nights among the two before, or not known
	maxInsightLag      = 2  // load factors are also matched to the nights one and two later
)

// laggedFactors are the load factors whose cramps often come a night or two
// after the load, not only the same night: a jump in steps, a long day on
// one's feet, a run. A hard run is a run, so its lag is the run's; calf
// strength work and a late workout are tested on the night itself only, so
// that every lag spent widens the correction for a reason.
var laggedFactors = map[Factor]bool{FactorLoadSpike: true, FactorLongStanding: true, FactorRan: true}

func (dy *insightDiary) strataCount() int {
	return (len(dy.nights)/stratumBlockNights + 1) * stratumPrevStates
}

// stratum numbers night i's stratum: its ten-night block from the diary's
// first night, and the cramp nights among the two nights before it, "not
// known" when one of them was not checked.
func (dy *insightDiary) stratum(i int) int {
	prev := 0
	for k := i - 2; k < i; k++ {
		switch {
		case k < 0 || !dy.nights[k].checked:
			prev = stratumPrevStates - 1
		case prev < stratumPrevStates-1 && dy.nights[k].cramp:
			prev++
		}
	}
	return i/stratumBlockNights*stratumPrevStates + prev
}

// changedOnce is true for a factor that was on for one stretch of the diary
// and off for the rest (at most two switches), with both stretches long
// enough and their cramp nights different beyond chance when pooled. Such a
// difference is as well explained by cramps fading or flaring on their own.
func (in *Insight) changedOnce() bool {
	if in.Switches > 2 || in.NightsWith < insightMinNights || in.NightsWithout < insightMinNights {
		return false
	}
	p := stats.FisherExact(in.CrampNightsWith, in.NightsWith-in.CrampNightsWith,
		in.CrampNightsWithout, in.NightsWithout-in.CrampNightsWithout)
	return p <= insightMaxQ
}

// lagLabel names a lagged factor for a heading.
func lagLabel(label string, lag int) string {
	switch lag {
	case 1:
		return label + ", the night after"
	case 2:
		return label + ", two nights after"
	}
	return label
}
