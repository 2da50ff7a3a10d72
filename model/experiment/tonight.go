package experiment

import "github.com/crampdiary/crampdiary/model"

// Tonight is what the plan asks on one night.
type Tonight struct {
	Experiment Experiment
	Night      Night
	Number     int    // 1 for the first night
	Of         int    // nights in the plan
	Do         string // the instruction: Usual on A and baseline nights, Change on B nights
}

// AskedOn returns what experiment e asks on night d, or false when d is
// not one of its nights (before the start, after the end or the stop).
func AskedOn(e Experiment, d model.Date) (Tonight, bool) {
	if d.Before(e.Start) || e.LastNight().Before(d) {
		return Tonight{}, false
	}
	i := e.Start.DaysUntil(d)
	if i >= len(e.Nights) {
		return Tonight{}, false
	}
	t := Tonight{Experiment: e, Night: e.Nights[i], Number: i + 1, Of: len(e.Nights), Do: e.Usual}
	if t.Night.Condition == CondB {
		t.Do = e.Change
	}
	return t, true
}

// TonightOf finds the experiment that has a night on d among exps. Experiments
// never overlap, so there is at most one.
func TonightOf(exps []Experiment, d model.Date) (Tonight, bool) {
	for _, e := range exps {
		if t, ok := AskedOn(e, d); ok {
			return t, true
		}
	}
	return Tonight{}, false
}
