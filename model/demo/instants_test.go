package demo_test

import (
	"context"
	"testing"

	"github.com/crampdiary/crampdiary/model"
	"github.com/crampdiary/crampdiary/model/clocktest"
	"github.com/crampdiary/crampdiary/model/demo"
)

// Filled at any hard instant up to the diary's today, the demo ends on that
// day, covers the nights asked for and holds nothing later than now: the
// store refuses a cramp after its clock, so Fill itself would fail.
func TestFillAtTheHardInstants(t *testing.T) {
	const nights = 45
	ctx := context.Background()
	for _, in := range clocktest.Instants(t) {
		s := mustOpen(t, in.At)
		if err := demo.Fill(ctx, s, nights, in.Today, 3); err != nil {
			t.Errorf("%s: fill: %v", in.Name, err)
			continue
		}
		days, err := s.Days(ctx, model.FirstDate, model.LastDate)
		if err != nil || len(days) == 0 {
			t.Fatalf("%s: %d days, %v", in.Name, len(days), err)
		}
		first, last := days[0].Date, days[len(days)-1].Date
		if last != in.Today || first.Before(in.Today.AddDays(-nights)) || len(days) > nights+1 {
			t.Errorf("%s: %d days from %s to %s, want at most %d ending on %s", in.Name, len(days), first, last, nights+1, in.Today)
		}
		cramps, err := s.Cramps(ctx, in.Today, model.LastDate)
		if err != nil || len(cramps) > 0 {
			t.Errorf("%s: %d cramps in tonight's night or later (%v)", in.Name, len(cramps), err)
		}
	}
}
