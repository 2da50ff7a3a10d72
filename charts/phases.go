package charts

import (
	"fmt"
	"image"
	"math"

	"github.com/crampdiary/crampdiary/model/experiment"
)

// Phases draws a self-experiment night by night: each logged night's cramps
// as a bar coloured by what the plan asked that night (the usual routine or
// the change), with strips marking the change's nights and the washout
// nights, so the phases and what happened in each can be seen at a glance.
// n covers the experiment's nights; schedule is its stored schedule.
func Phases(n Nights, schedule []experiment.Night, s Size, th Theme) (*image.RGBA, error) {
	s, err := s.check()
	if err != nil {
		return nil, fmt.Errorf("phase chart: %w", err)
	}
	if n.logged() == 0 {
		return nil, th.needMore("No night of this experiment is logged yet.")
	}
	th = th.withDefaults()
	bs := bucketize(n, byNight)
	plan := make(map[int]experiment.Night, len(schedule))
	for _, night := range schedule {
		plan[n.From.DaysUntil(night.Date)] = night
	}
	c, err := newCanvas(s, th)
	if err != nil {
		return nil, fmt.Errorf("phase chart: %w", err)
	}
	ax := timeAxes{leftMax: math.Max(maxOf(bs, bucket.crampsPerNight), minNightlyTop), leftInteger: true, strips: 2}
	ax.legend = phasesLegend(th, hasGap(bs))
	f := newTimeFrame(c, len(n.Nights), ax)
	f.shadeGaps(bs, gapShade(th))
	f.drawAxes(n, byNight)
	asked := func(want bool) func(bucket) (float64, bool) {
		return func(b bucket) (float64, bool) {
			if (plan[b.Start].Condition == experiment.CondB) != want {
				return 0, false
			}
			return b.crampsPerNight()
		}
	}
	f.bars(bs, asked(false), 0.7, th.Steps)
	f.bars(bs, asked(true), 0.7, th.Cramps)
	f.marks(bs, 0, func(b bucket) int { return boolCount(plan[b.Start].Condition == experiment.CondB) }, th.Cramps)
	f.marks(bs, 1, func(b bucket) int { return boolCount(plan[b.Start].Washout) }, th.Sleep)
	return c.img, nil
}

func phasesLegend(th Theme, gaps bool) []legendItem {
	items := []legendItem{
		{th.tr("Cramps on usual nights"), swatchBar, th.Steps},
		{th.tr("Cramps on change nights"), swatchBar, th.Cramps},
		{th.tr("Washout (not compared)"), swatchBar, th.Sleep},
	}
	if gaps {
		items = append(items, legendItem{th.tr("Not logged"), swatchShade, gapShade(th)})
	}
	return items
}

func boolCount(b bool) int {
	if b {
		return 1
	}
	return 0
}
