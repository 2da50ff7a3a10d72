package experiment

import (
	"context"
	"fmt"
	"math"

	"github.com/crampdiary/crampdiary/model"
	"github.com/crampdiary/crampdiary/model/nof1"
)

// nightScore is what the diary says about one night.
type nightScore struct {
	checked    bool
	cramps     int
	worst      int
	worstKnown bool // at least one of the night's cramps recorded an intensity
}

// score is the night's outcome; false when the night cannot be scored: not
// checked, or cramps none of which recorded the intensity being compared.
func (n nightScore) score(o Outcome) (float64, bool) {
	if !n.checked {
		return 0, false
	}
	switch o {
	case OutcomeCrampsPerNight:
		return float64(n.cramps), true
	case OutcomeWorstIntensity:
		if n.cramps == 0 {
			return 0, true
		}
		return float64(n.worst), n.worstKnown
	}
	if n.cramps > 0 {
		return 1, true
	}
	return 0, true
}

// scoreNights indexes the diary by night. A night with cramps was checked,
// whatever its day says.
func scoreNights(days []model.Day, cramps []model.Cramp) map[model.Date]nightScore {
	nights := make(map[model.Date]nightScore, len(days))
	for _, d := range days {
		n := nights[d.Date]
		n.checked = n.checked || d.NightChecked
		nights[d.Date] = n
	}
	for _, c := range cramps {
		n := nights[c.Night]
		n.checked = true
		n.cramps++
		if c.Intensity != nil {
			n.worst, n.worstKnown = max(n.worst, *c.Intensity), true
		}
		nights[c.Night] = n
	}
	return nights
}

// tally accumulates the analysed nights of one condition or phase.
type tally struct {
	ConditionSummary
	sum    float64
	scores []float64
}

func (t *tally) add(score float64, n nightScore) {
	t.Nights++
	t.Cramps += n.cramps
	if n.cramps > 0 {
		t.CrampNights++
	}
	t.sum += score
	t.scores = append(t.scores, score)
}

func (t *tally) summary() ConditionSummary {
	s := t.ConditionSummary
	if s.Nights > 0 {
		s.Mean = t.sum / float64(s.Nights)
		s.CrampNightRate = float64(s.CrampNights) / float64(s.Nights)
		s.CrampsPerNight = float64(s.Cramps) / float64(s.Nights)
	}
	return s
}

// analysis is the state of one Analyse run.
type analysis struct {
	e       Experiment
	res     Result
	a, b    tally
	base    tally
	phases  []tally
	units   []nof1.Unit
	mask    uint64
	through model.Date // the last night that can have data: the last night, or today if earlier
}

// Analyse compares the A and B nights of e on the diary (days and cramps may
// cover more than the experiment) as it stands on today, the diary day.
// Analysed nights are the A and B nights up to today and the last night that
// are not washout, were checked with a known score, and were not answered
// "no" to "did you keep to it?". Unanswered nights count as kept.
func Analyse(e Experiment, days []model.Day, cramps []model.Cramp, today model.Date) Result {
	an := analysis{e: e, through: e.LastNight()}
	if today.Before(an.through) {
		an.through = today
	}
	an.res = Result{State: e.State(today), StoppedEarly: e.StoppedEarly(), Outcome: e.Plan.Outcome, MinP: e.Plan.MinP()}
	an.res.Needed = int(math.Ceil(neededShare * float64(e.Plan.Analysable())))
	scheme, err := e.Plan.Scheme()
	if err == nil {
		an.units = make([]nof1.Unit, scheme.Units())
	}
	if e.Plan.Design == Phases {
		an.phases = make([]tally, 2*e.Plan.Pairs+1) // [0] is the baseline
	}
	nights := scoreNights(days, cramps)
	for i, n := range e.Nights {
		an.addNight(i, n, nights[n.Date])
	}
	an.finish(scheme, err == nil)
	return an.res
}

func (an *analysis) addNight(i int, n Night, diary nightScore) {
	sl := an.e.Plan.Slot(i)
	if sl.Baseline {
		if score, ok := diary.score(an.e.Plan.Outcome); ok && !an.through.Before(n.Date) {
			an.base.add(score, diary)
			an.phases[0].add(score, diary)
		}
		return
	}
	if n.Condition == CondB && sl.Unit < 64 {
		an.mask |= 1 << sl.Unit
	}
	if n.Washout {
		return
	}
	an.res.Planned++
	if an.through.Before(n.Date) {
		return
	}
	an.countAnswer(n.Kept)
	score, ok := diary.score(an.e.Plan.Outcome)
	if !ok {
		return
	}
	an.res.Checked++
	if n.Kept != nil && !*n.Kept {
		return
	}
	an.res.Analysed++
	side := &an.a
	if n.Condition == CondB {
		side = &an.b
	}
	side.add(score, diary)
	if an.phases != nil {
		an.phases[sl.Phase].add(score, diary)
	}
	if sl.Unit < len(an.units) {
		an.units[sl.Unit].Sum += score
		an.units[sl.Unit].N++
	}
}

func (an *analysis) countAnswer(kept *bool) {
	switch {
	case kept == nil:
		an.res.Adherence.Unanswered++
	case *kept:
		an.res.Adherence.Yes++
	default:
		an.res.Adherence.No++
	}
}

// finish turns the tallies into the effect, NAP, the test and the verdict.
func (an *analysis) finish(scheme nof1.Scheme, haveScheme bool) {
	r := &an.res
	if answered := r.Adherence.Yes + r.Adherence.No; answered > 0 {
		rate := float64(r.Adherence.Yes) / float64(answered)
		r.Adherence.Rate = &rate
	}
	r.A, r.B = an.a.summary(), an.b.summary()
	if an.e.Plan.BaselineDays > 0 {
		base := an.base.summary()
		r.Baseline = &base
	}
	r.Phases = an.phaseSummaries()
	if r.A.Nights > 0 && r.B.Nights > 0 {
		effect := r.B.Mean - r.A.Mean
		r.Effect = &effect
		nap, _ := nof1.NAP(an.a.scores, an.b.scores)
		r.NAP = &nap
		if haveScheme {
			an.test(scheme)
		}
	}
	r.judge()
}

func (an *analysis) test(scheme nof1.Scheme) {
	t, err := nof1.Test(scheme, an.units, an.mask, an.e.Seed)
	if err != nil {
		return // a schedule the design cannot draw was refused when stored; no p rather than a wrong one
	}
	an.res.P, an.res.Exact, an.res.Schedules, an.res.Draws = &t.P, t.Exact, t.Schedules, t.Draws
}

// phaseSummaries lists the phases in order, the baseline first when there is one.
func (an *analysis) phaseSummaries() []PhaseSummary {
	if an.phases == nil {
		return nil
	}
	p := an.e.Plan
	var out []PhaseSummary
	if p.BaselineDays > 0 {
		out = append(out, PhaseSummary{Phase: 0, Condition: CondBaseline, From: an.e.Start,
			To: an.e.Start.AddDays(p.BaselineDays - 1), ConditionSummary: an.phases[0].summary()})
	}
	for ph := 1; ph < len(an.phases); ph++ {
		first := p.BaselineDays + (ph-1)*p.PhaseDays
		if first >= len(an.e.Nights) {
			break
		}
		out = append(out, PhaseSummary{Phase: ph, Condition: an.e.Nights[first].Condition,
			From: an.e.Nights[first].Date, To: an.e.Start.AddDays(first + p.PhaseDays - 1),
			ConditionSummary: an.phases[ph].summary()})
	}
	return out
}

// AnalyseStored loads the diary nights of e from s and analyses them.
func AnalyseStored(ctx context.Context, s model.Store, e Experiment, today model.Date) (Result, error) {
	days, err := s.Days(ctx, e.Start, e.End())
	if err != nil {
		return Result{}, fmt.Errorf("analyse experiment %d: %w", e.ID, err)
	}
	cramps, err := s.Cramps(ctx, e.Start, e.End())
	if err != nil {
		return Result{}, fmt.Errorf("analyse experiment %d: %w", e.ID, err)
	}
	return Analyse(e, days, cramps, today), nil
}
