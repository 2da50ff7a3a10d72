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
// Past two years a bar per week is thinner than a pixel at a window's width,
// so, like the timeline, it draws a bar per month: the month's cramp nights
// per week.
func Weekly(n Nights, s Size, th Theme) (*image.RGBA, error) {
	w, err := layoutWeekly(n, s, th)
	if err != nil {
		return nil, err
	}
	f, bs, th := w.f, w.bs, w.f.c.th
	f.shadeGaps(bs, gapShade(th))
	f.drawAxes(n, w.u)
	f.bars(bs, crampNightsPerWeek, 0.75, th.Cramps)
	if w.showLogged {
		f.frames(bs, partWeek, 0.75, loggedShade(th))
	}
	if f.hasRight {
		f.line(bs, stepsK, th.Steps)
		f.line(bs, sleepH, th.Sleep)
	}
	return f.c.img, nil
}

// weeklyChart is the weekly chart laid out, before anything is drawn.
type weeklyChart struct {
	f          *timeFrame
	bs         []bucket
	u          unit
	showLogged bool
}

func layoutWeekly(n Nights, s Size, th Theme) (weeklyChart, error) {
	s, err := s.check()
	if err != nil {
		return weeklyChart{}, fmt.Errorf("weekly chart: %w", err)
	}
	if n.logged() < minWeeklyNights {
		return weeklyChart{}, th.needMore("Log at least 7 nights to compare weeks.")
	}
	th = th.withDefaults()
	w := weeklyChart{u: weeklyUnit(len(n.Nights))}
	w.bs = bucketize(n, w.u)
	c, err := newCanvas(s, th)
	if err != nil {
		return weeklyChart{}, fmt.Errorf("weekly chart: %w", err)
	}
	ax := timeAxes{leftMax: 7, leftInteger: true}
	ax.rightMax = math.Max(maxOf(w.bs, stepsK), maxOf(w.bs, sleepH))
	// Below a few pixels a bar per week is a texture, and the pale bars of
	// nights logged would turn it into noise. The axis labels take about 80
	// pixels; the layout needs the legend before it knows exactly.
	w.showLogged = (float64(s.W)-s.px(80))/float64(len(w.bs)) >= s.px(4)
	ax.legend = weeklyLegend(th, w.u, w.showLogged, ax.rightMax > 0, hasGap(w.bs))
	w.f = newTimeFrame(c, len(n.Nights), ax)
	return w, nil
}

// weeklyUnit is a week per bar up to two years and a month per bar beyond, the
// same switch as the timeline's; the weekly chart never draws a bar a night.
func weeklyUnit(nights int) unit {
	if unitFor(nights) == byMonth {
		return byMonth
	}
	return byWeek
}

func weeklyLegend(th Theme, u unit, logged, lines, gaps bool) []legendItem {
	words := map[bool][4]string{
		false: {"Cramp nights", "Nights logged, if fewer than 7",
			"Steps (thousands, weekly mean)", "Sleep (hours, weekly mean)"},
		true: {"Cramp nights a week (monthly mean)", "Nights logged a week, if fewer than 7",
			"Steps (thousands, monthly mean)", "Sleep (hours, monthly mean)"},
	}[u == byMonth]
	items := []legendItem{{th.tr(words[0]), swatchBar, th.Cramps}}
	if logged {
		items = append(items, legendItem{th.tr(words[1]), swatchFrame, loggedShade(th)})
	}
	if lines {
		items = append(items, legendItem{th.tr(words[2]), swatchLine, th.Steps},
			legendItem{th.tr(words[3]), swatchLine, th.Sleep})
	}
	if gaps {
		items = append(items, legendItem{th.tr("Not logged"), swatchShade, gapShade(th)})
	}
	return items
}

// loggedShade outlines the nights a part-logged week had room for.
func loggedShade(th Theme) color.NRGBA { return mix(th.Text, th.Background, 0.45) }

// perWeek scales a count over a bucket to seven nights: a week's bucket keeps
// its count, a month's becomes its mean week. A week cut by the range's ends
// is not scaled up: its outline already says it had fewer nights.
func perWeek(b bucket, count int) float64 {
	if nights := b.End - b.Start; nights > 7 {
		return float64(count) * 7 / float64(nights)
	}
	return float64(count)
}

// partWeek is the nights logged in a week with fewer than seven (unlogged
// nights, or a week cut by the range's ends): there a low cramp-night count may
// only mean few nights were checked. Whole weeks need no outline; for a month
// it is the nights logged in its mean week.
func partWeek(b bucket) (float64, bool) {
	v := perWeek(b, b.Logged)
	return v, b.Logged > 0 && v < 7-1e-9
}

func crampNightsPerWeek(b bucket) (float64, bool) {
	return perWeek(b, b.CrampNights), b.Logged > 0
}
