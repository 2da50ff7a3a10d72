package charts

import (
	"fmt"
	"image"
	"image/color"
	"math"
)

// minTimelineNights is the fewest logged nights a timeline shows; fewer make a
// chart that looks like a trend and is not.
const minTimelineNights = 3

// minNightlyTop is the least height, in cramps, of the nightly axis.
const minNightlyTop = 3

// Timeline draws cramps per night as bars against steps (thousands) and sleep
// hours on a second axis, with a strip marking alcohol and hot days. Ranges
// longer than maxNightlyBars nights show weekly means, longer than two years
// monthly means. Unlogged nights are shaded and have no bar.
func Timeline(n Nights, s Size, th Theme) (*image.RGBA, error) {
	s, err := s.check()
	if err != nil {
		return nil, fmt.Errorf("timeline: %w", err)
	}
	if n.logged() < minTimelineNights {
		return nil, th.needMore("Log at least 3 nights to see a timeline.")
	}
	th = th.withDefaults()
	u := unitFor(len(n.Nights))
	bs := bucketize(n, u)
	c, err := newCanvas(s, th)
	if err != nil {
		return nil, fmt.Errorf("timeline: %w", err)
	}
	ax := timeAxes{leftMax: maxOf(bs, bucket.crampsPerNight), leftInteger: u == byNight, strips: 2}
	if u == byNight {
		// A fixed floor keeps one cramp from filling the chart like a crisis.
		ax.leftMax = math.Max(ax.leftMax, minNightlyTop)
	}
	ax.rightMax = math.Max(maxOf(bs, stepsK), maxOf(bs, sleepH))
	ax.legend = timelineLegend(th, u, ax.rightMax > 0, hasGap(bs))
	f := newTimeFrame(c, len(n.Nights), ax)
	f.shadeGaps(bs, gapShade(th))
	f.drawAxes(n, u)
	f.bars(bs, bucket.crampsPerNight, 0.7, th.Cramps)
	if f.hasRight {
		f.line(bs, stepsK, th.Steps)
		f.line(bs, sleepH, th.Sleep)
	}
	f.marks(bs, 0, func(b bucket) int { return b.Alcohol }, th.Alcohol)
	f.marks(bs, 1, func(b bucket) int { return b.Heat }, th.Heat)
	return c.img, nil
}

func timelineLegend(th Theme, u unit, lines, gaps bool) []legendItem {
	cramps := map[unit]string{
		byNight: "Cramps per night",
		byWeek:  "Cramps per night (weekly mean)",
		byMonth: "Cramps per night (monthly mean)",
	}[u]
	items := []legendItem{{th.tr(cramps), swatchBar, th.Cramps}}
	if lines {
		items = append(items, legendItem{th.tr("Steps (thousands)"), swatchLine, th.Steps},
			legendItem{th.tr("Sleep (hours)"), swatchLine, th.Sleep})
	}
	items = append(items, legendItem{th.tr("Alcohol"), swatchBar, th.Alcohol}, legendItem{th.tr("Heat"), swatchBar, th.Heat})
	if gaps {
		items = append(items, legendItem{th.tr("Not logged"), swatchShade, gapShade(th)})
	}
	return items
}

// gapShade is the tint of unlogged spans: visible, but quieter than the grid.
func gapShade(th Theme) color.NRGBA { return mix(th.Background, th.Grid, 0.55) }

// stepsK is the mean steps of a bucket in thousands, so steps and sleep hours
// share one axis of similar numbers.
func stepsK(b bucket) (float64, bool) {
	v, ok := b.Steps.get()
	return v / 1000, ok
}

func sleepH(b bucket) (float64, bool) { return b.Sleep.get() }

// maxOf is the largest known value of the buckets, 0 when none is known.
func maxOf(bs []bucket, value func(bucket) (float64, bool)) float64 {
	m := 0.0
	for _, b := range bs {
		if v, ok := value(b); ok && v > m {
			m = v
		}
	}
	return m
}

func hasGap(bs []bucket) bool {
	for _, b := range bs {
		if b.Logged == 0 {
			return true
		}
	}
	return false
}
