package tracker

import (
	"context"
	"fmt"

	"github.com/crampdiary/crampdiary/model"
)

// Prepare reads the export at path and plans its import into the diary s,
// by the diary's night cut-over. Nothing is written: show the plan, then
// Apply it. A bad file is refused with the reader's error.
func Prepare(ctx context.Context, s model.Store, path string, opts Options, mo MergeOptions) (Plan, error) {
	return PrepareCounted(ctx, s, path, opts, mo, &Counting{})
}

// PrepareCounted is Prepare that counts the records read in c, so a
// progress line or bar can follow a long file from another goroutine.
func PrepareCounted(ctx context.Context, s model.Store, path string, opts Options, mo MergeOptions, c *Counting) (Plan, error) {
	cutover, err := s.Cutover(ctx)
	if err != nil {
		return Plan{}, err
	}
	sum := NewSummariser(cutover)
	c.Sink = sum
	f, err := Read(ctx, path, opts, c)
	if err != nil {
		return Plan{Format: f}, err
	}
	if err := ctx.Err(); err != nil {
		return Plan{Format: f}, err
	}
	values := sum.Days()
	if len(values) == 0 {
		return Plan{Format: f}, nil
	}
	stored, err := s.Days(ctx, values[0].Date, values[len(values)-1].Date)
	if err != nil {
		return Plan{}, fmt.Errorf("tracker: load the days %s..%s: %w", values[0].Date, values[len(values)-1].Date, err)
	}
	return PlanMerge(f, stored, values, mo), nil
}

// Apply writes the plan's days in one transaction: all of them or none.
// A plan that changes nothing writes nothing.
func (p Plan) Apply(ctx context.Context, s model.Store) error {
	if len(p.Days) == 0 {
		return nil
	}
	if err := s.SaveDays(ctx, p.Days...); err != nil {
		return fmt.Errorf("tracker: save %d days from %s: %w", len(p.Days), p.Format, err)
	}
	return nil
}
