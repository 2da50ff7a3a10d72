package experiment

import "testing"

func TestTonight(t *testing.T) {
	e := expBuild(t, Plan{Outcome: OutcomeCrampNights, Design: NightByNight, Nights: 6}, "BAABBA")
	tn, ok := AskedOn(e, expStart)
	if !ok || tn.Do != "stretch" || tn.Number != 1 || tn.Of != 6 || tn.Night.Condition != CondB {
		t.Errorf("first night = %+v, %v", tn, ok)
	}
	if tn, _ := AskedOn(e, expStart.AddDays(1)); tn.Do != "no stretch" {
		t.Errorf("second night asks %q", tn.Do)
	}
	if _, ok := AskedOn(e, expStart.AddDays(6)); ok {
		t.Error("no night after the end")
	}
	stopped, err := e.Stop(expStart.AddDays(2))
	if err != nil {
		t.Fatalf("Stop: %v", err)
	}
	if _, ok := TonightOf([]Experiment{stopped}, expStart.AddDays(3)); ok {
		t.Error("a stopped experiment asks nothing after its last night")
	}
}
