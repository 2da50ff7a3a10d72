package experiment

import (
	"math"
	"slices"
	"testing"

	"github.com/crampdiary/crampdiary/model"
)

// expDiary turns a pattern into diary nights from expStart: a digit is a
// checked night with that many cramps (intensity 5), "." a night not checked.
func expDiary(pattern string) ([]model.Day, []model.Cramp) {
	var days []model.Day
	var cramps []model.Cramp
	for i, ch := range pattern {
		d := expStart.AddDays(i)
		if ch == '.' {
			continue
		}
		days = append(days, model.Day{Date: d, NightChecked: true})
		for range int(ch - '0') {
			cramps = append(cramps, model.Cramp{Night: d, Muscle: model.Calf, Side: model.Left, Intensity: ptr(5)})
		}
	}
	return days, cramps
}

func expAfter(e Experiment) model.Date { return e.End().AddDays(1) }

func closeTo(a, b float64) bool { return math.Abs(a-b) < 1e-12 }

func valueOf(p *float64) float64 {
	if p == nil {
		return math.NaN()
	}
	return *p
}

// Six nights, B on nights 1, 4, 6 (cramp-free), A on 2, 3, 5 (cramps, cramps,
// none). Effect: 0 - 2/3. NAP: of the 9 A x B pairs, the two cramp A nights
// lose to all three B nights (6) and the quiet A night ties them (1.5): 7.5/9.
// Test: B - A is (2k - 2)/3 for k cramp nights among the B three, so only
// the C(4,3) = 4 schedules with k = 0 are as low: p = 4/20 = 0.2.
func TestAnalyseNightByNightByHand(t *testing.T) {
	e := expBuild(t, Plan{Outcome: OutcomeCrampNights, Design: NightByNight, Nights: 6}, "BAABAB")
	days, cramps := expDiary("021000")
	r := Analyse(e, days, cramps, expAfter(e))
	if !closeTo(valueOf(r.Effect), -2.0/3) || !closeTo(valueOf(r.NAP), 7.5/9) || !closeTo(valueOf(r.P), 0.2) {
		t.Fatalf("effect %v, NAP %v, p %v; want -2/3, 7.5/9, 0.2", valueOf(r.Effect), valueOf(r.NAP), valueOf(r.P))
	}
	if !r.Exact || r.Schedules != 20 || r.MinP != 0.05 || r.Planned != 6 || r.Analysed != 6 || r.Needed != 5 {
		t.Errorf("result %+v", r)
	}
	if r.A.CrampNights != 2 || r.A.Cramps != 3 || !closeTo(r.A.CrampsPerNight, 1) || r.B.Nights != 3 || r.B.Mean != 0 {
		t.Errorf("A %+v, B %+v", r.A, r.B)
	}
	if r.Verdict != VerdictNoDifference || len(r.Reasons) != 0 || r.State != StateFinished {
		t.Errorf("verdict %s %v in state %s, want no difference seen", r.Verdict, r.Reasons, r.State)
	}
}

// Fourteen nights, every A night with a cramp, every B night without: only
// the schedule followed is as extreme, p = 1/3432.
func TestAnalyseClearEffectHelped(t *testing.T) {
	e := expBuild(t, Plan{Outcome: OutcomeCrampNights, Design: NightByNight, Nights: 14}, "ABBABAABBAABAB")
	days, cramps := expDiary("10010110011010")
	r := Analyse(e, days, cramps, expAfter(e))
	if r.Verdict != VerdictHelped || !closeTo(valueOf(r.P), 1.0/3432) || valueOf(r.NAP) != 1 || valueOf(r.Effect) != -1 {
		t.Fatalf("verdict %s, p %v, NAP %v, effect %v", r.Verdict, valueOf(r.P), valueOf(r.NAP), valueOf(r.Effect))
	}
	if got := r.Explain(); len(got) != 1 || got[0].String() != "The change helped: 10.0 fewer cramp nights per 10 nights with it than without (p = 0.00029, NAP 1.00)." {
		t.Errorf("Explain = %q", got)
	}
	// The same nights the other way round are worse with the change: the
	// one-sided test never calls that "helped".
	days, cramps = expDiary("01101001100101")
	if r := Analyse(e, days, cramps, expAfter(e)); r.Verdict != VerdictNoDifference || valueOf(r.P) != 1 {
		t.Errorf("worse with the change: verdict %s, p %v", r.Verdict, valueOf(r.P))
	}
}

func TestAnalyseExcludesWashoutRefusedAndUncheckedNights(t *testing.T) {
	plan := Plan{Outcome: OutcomeCrampsPerNight, Design: Phases, Pairs: 2, PhaseDays: 3, WashoutDays: 1, BaselineDays: 3, Order: OrderRandom}
	e := expBuild(t, plan, "ABBA")
	//                   base  A    B    B    A
	days, cramps := expDiary("222" + "922" + "900" + "9.0" + "911")
	e.Nights[8].Kept = ptr(false) // a B night with 0 cramps, answered "no"
	e.Nights[4].Kept = ptr(true)
	r := Analyse(e, days, cramps, expAfter(e))
	// Washout nights (the 9s) are left out. A keeps 2, 2, 1, 1 (mean 1.5); B keeps
	// two cramp-free nights: a third was answered "no" and a fourth not checked.
	if r.Planned != 8 || r.Checked != 7 || r.Analysed != 6 || r.A.Nights != 4 || r.B.Nights != 2 {
		t.Fatalf("planned %d checked %d analysed %d, A %d B %d", r.Planned, r.Checked, r.Analysed, r.A.Nights, r.B.Nights)
	}
	if !closeTo(valueOf(r.Effect), -1.5) || r.Baseline == nil || r.Baseline.Nights != 3 || r.Baseline.Mean != 2 {
		t.Errorf("effect %v, baseline %+v", valueOf(r.Effect), r.Baseline)
	}
	if r.Adherence.Yes != 1 || r.Adherence.No != 1 || r.Adherence.Unanswered != 6 || valueOf(r.Adherence.Rate) != 0.5 {
		t.Errorf("adherence %+v", r.Adherence)
	}
	wantReasons := []Reason{ReasonDesign, ReasonLowAdherence} // 7 of 8 nights checked is enough
	if r.Verdict != VerdictInconclusive || !slices.Equal(r.Reasons, wantReasons) {
		t.Errorf("verdict %s %v, want inconclusive %v", r.Verdict, r.Reasons, wantReasons)
	}
	wantPhases := []struct {
		cond  Condition
		from  model.Date
		mean  float64
		count int
	}{{CondBaseline, expStart, 2, 3}, {CondA, expStart.AddDays(3), 2, 2}, {CondB, expStart.AddDays(6), 0, 1}, {CondB, expStart.AddDays(9), 0, 1}, {CondA, expStart.AddDays(12), 1, 2}}
	if len(r.Phases) != len(wantPhases) {
		t.Fatalf("%d phases", len(r.Phases))
	}
	for i, w := range wantPhases {
		p := r.Phases[i]
		if p.Condition != w.cond || p.From != w.from || p.To != w.from.AddDays(2) || p.Mean != w.mean || p.Nights != w.count {
			t.Errorf("phase %d = %+v, want %+v", i, p, w)
		}
	}
}

func TestAnalyseWorstIntensity(t *testing.T) {
	e := expBuild(t, Plan{Outcome: OutcomeWorstIntensity, Design: NightByNight, Nights: 6}, "ABABAB")
	days, cramps := expDiary("110000")
	cramps[0].Intensity = ptr(8)
	cramps[1].Intensity = nil // the only cramp of night 2 has no intensity: night 2 cannot be scored
	cramps = append(cramps, model.Cramp{Night: expStart.AddDays(2), Muscle: model.Foot, Side: model.Right, Intensity: ptr(3)})
	r := Analyse(e, days, cramps, expAfter(e))
	if r.Checked != 5 || r.A.Nights != 3 || !closeTo(r.A.Mean, 11.0/3) || r.B.Nights != 2 || r.B.Mean != 0 {
		t.Errorf("checked %d; A %+v; B %+v", r.Checked, r.A, r.B)
	}
}

func TestAnalyseWhileRunningAndAfterAStop(t *testing.T) {
	e := expBuild(t, Plan{Outcome: OutcomeCrampNights, Design: NightByNight, Nights: 14}, "ABBABAABBAABAB")
	days, cramps := expDiary("10010110011010")
	r := Analyse(e, days, cramps, expStart.AddDays(10))
	if r.State != StateRunning || r.Verdict != VerdictInconclusive || !slices.Equal(r.Reasons, []Reason{ReasonRunning, ReasonTooFewNights}) {
		t.Errorf("running: %s %v in state %s", r.Verdict, r.Reasons, r.State)
	}
	if r.Analysed != 11 || r.P == nil {
		t.Errorf("running: analysed %d, p %v; the interim figures are shown", r.Analysed, r.P)
	}
	stopped, _ := e.Stop(expStart.AddDays(6))
	r = Analyse(stopped, days, cramps, expAfter(e))
	if !r.StoppedEarly || r.State != StateStopped || r.Analysed != 7 || !slices.Equal(r.Reasons, []Reason{ReasonTooFewNights}) {
		t.Errorf("stopped: %+v", r)
	}
	before := Analyse(e, nil, nil, expStart.AddDays(-1))
	if before.State != StatePlanned || before.Effect != nil || !slices.Equal(before.Reasons, []Reason{ReasonNotStarted, ReasonTooFewNights}) {
		t.Errorf("planned: %+v", before)
	}
}

// Twelve of fourteen nights are enough (80% is 11.2); eleven are not.
func TestEightyPercentOfNightsAreNeeded(t *testing.T) {
	e := expBuild(t, Plan{Outcome: OutcomeCrampNights, Design: NightByNight, Nights: 14}, "ABBABAABBAABAB")
	days, cramps := expDiary("1001011001..10")
	if r := Analyse(e, days, cramps, expAfter(e)); r.Needed != 12 || r.Verdict != VerdictHelped {
		t.Errorf("12 nights: needed %d, verdict %s %v", r.Needed, r.Verdict, r.Reasons)
	}
	days, cramps = expDiary("1001011001...0")
	if r := Analyse(e, days, cramps, expAfter(e)); r.Verdict != VerdictInconclusive {
		t.Errorf("11 nights: verdict %s", r.Verdict)
	}
}
