package charts

import (
	"fmt"
	"image"
	"image/color"
	"math"
)

// minWeeklyNights is the fewest logged nights the weekly chart shows: one
// week's worth, or there is nothing to compare.
const minWeeklyNights = 7

// Weekly draws, per Monday-to-Sunday week, the nights logged (pale) and the
// cramp nights among them (solid), against the week's mean steps and sleep.
func Weekly(n Nights, s Size, th Theme) (*image.RGBA, error) {
	s, err := s.check()
	if err != nil {
		return nil, fmt.Errorf("weekly chart: %w", err)
	}
	if n.logged() < minWeeklyNights {
		return nil, th.needMore("Log at least 7 nights to compare weeks.")
	}
	th = th.withDefaults()
	bs := bucketize(n, byWeek)
	c, err := newCanvas(s, th)
	if err != nil {
		return nil, fmt.Errorf("weekly chart: %w", err)
	}
	ax := timeAxes{leftMax: 7, leftInteger: true}
	ax.rightMax = math.Max(maxOf(bs, stepsK), maxOf(bs, sleepH))
	// Below a few pixels a bar per week is a texture, and the pale bars of
	// nights logged would turn it into noise. The axis labels take about 80
	// pixels; the layout needs the legend before it knows exactly.
	showLogged := (float64(s.W)-s.px(80))/float64(len(bs)) >= s.px(4)
	ax.legend = weeklyLegend(th, showLogged, ax.rightMax > 0, hasGap(bs))
	f := newTimeFrame(c, len(n.Nights), ax)
	f.shadeGaps(bs, gapShade(th))
	f.drawAxes(n, byWeek)
	f.bars(bs, crampNights, 0.75, th.Cramps)
	if showLogged {
		f.frames(bs, partWeek, 0.75, loggedShade(th))
	}
	if f.hasRight {
		f.line(bs, stepsK, th.Steps)
		f.line(bs, sleepH, th.Sleep)
	}
	return c.img, nil
}

func weeklyLegend(th Theme, logged, lines, gaps bool) []legendItem {
	items := []legendItem{{th.tr("Cramp nights"), swatchBar, th.Cramps}}
	if logged {
		items = append(items, legendItem{th.tr("Nights logged, if fewer than 7"), swatchFrame, loggedShade(th)})
	}
	if lines {
		items = append(items, legendItem{th.tr("Steps (thousands, weekly mean)"), swatchLine, th.Steps},
			legendItem{th.tr("Sleep (hours, weekly mean)"), swatchLine, th.Sleep})
	}
	if gaps {
		items = append(items, legendItem{th.tr("Not logged"), swatchShade, gapShade(th)})
	}
	return items
}

// loggedShade outlines the nights a part-logged week had room for.
func loggedShade(th Theme) color.NRGBA { return mix(th.Text, th.Background, 0.45) }

// partWeek is the nights logged in a week with fewer than seven (unlogged
// nights, or a week cut by the range's ends): there a low cramp-night count may
// only mean few nights were checked. Whole weeks need no outline.
func partWeek(b bucket) (float64, bool) {
	return float64(b.Logged), b.Logged > 0 && b.Logged < 7
}
func crampNights(b bucket) (float64, bool) { return float64(b.CrampNights), b.Logged > 0 }
