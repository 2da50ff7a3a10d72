package archtest

import "testing"

// The domain (days, cramps, nights, their Store) knows nothing of what is
// built over it: the experiment and its statistics depend on model, never
// the other way round.
func TestDomainDoesNotKnowTheExperiment(t *testing.T) {
	graph := deps(t, "ci")
	for _, d := range graph[module+"/model"] {
		for _, over := range []string{module + "/model/experiment", module + "/model/nof1"} {
			if under(d, over) {
				t.Errorf("%s/model depends on %s, which is built over it", module, d)
			}
		}
	}
	for _, d := range graph[module+"/model/experiment"] {
		if under(d, module+"/model/sqlstore") || under(d, module+"/model/csvio") {
			t.Errorf("%s/model/experiment depends on %s; the store implements its interfaces, not the other way round", module, d)
		}
	}
}
