package charts

import (
	"fmt"
	"image"
	"image/color"
	"math"
)

// FactorRate is one row of the Insights chart: a factor's cramp nights and
// checked nights with it and without it. Label and Verdict come worded and
// translated by the caller, which owns the words of a verdict.
type FactorRate struct {
	Label, Verdict                         string
	Strong                                 bool // a likely pattern: its verdict is drawn in the cramp colour
	CrampWith, With, CrampWithout, Without int
}

// wilsonZ is the normal quantile of a two-sided 95% interval.
const wilsonZ = 1.959963984540054

// Wilson is the 95% Wilson score interval of k successes in n trials: where
// the true rate likely lies. Unlike the plain p ± 1.96·se it stays inside
// 0..1 and keeps a width at 0 of n and n of n, which small diaries hit often.
func Wilson(k, n int) (lo, hi float64) {
	if n <= 0 {
		return 0, 1
	}
	p, nf, z2 := float64(k)/float64(n), float64(n), wilsonZ*wilsonZ
	den := 1 + z2/nf
	mid := (p + z2/(2*nf)) / den
	half := wilsonZ * math.Sqrt(p*(1-p)/nf+z2/(4*nf*nf)) / den
	return math.Max(0, mid-half), math.Min(1, mid+half)
}

// FactorRates draws a row per factor, in the order given (the caller sorts
// strongest first): the cramp-night rate on nights with it and without it,
// each a bar with the line of its 95% interval, and the verdict in words
// under them. It draws the figures of a test, not proof of a cause.
func FactorRates(rows []FactorRate, s Size, th Theme) (*image.RGBA, error) {
	s, err := s.check()
	if err != nil {
		return nil, fmt.Errorf("factors chart: %w", err)
	}
	if len(rows) == 0 {
		return nil, th.needMore("Answer the day's questions on the nights you log: a factor shows here once there are nights with it and nights without it.")
	}
	th = th.withDefaults()
	c, err := newCanvas(s, th)
	if err != nil {
		return nil, fmt.Errorf("factors chart: %w", err)
	}
	f := newRowFrame(c, factorRatesLayout(c, rows))
	f.fitEndLabels(3)
	f.drawAxes()
	for i, r := range rows {
		f.drawRate(i, 0.14, 0.40, r.CrampWith, r.With, th.Cramps)
		f.drawRate(i, 0.44, 0.70, r.CrampWithout, r.Without, withoutColour(th))
		f.verdict(i, r)
	}
	return c.img, nil
}

func factorRatesLayout(c *canvas, rows []FactorRate) rowLayout {
	th := c.th
	l := rowLayout{
		legend: []legendItem{
			{th.tr("Nights with the factor"), swatchBar, th.Cramps},
			{th.tr("Nights without"), swatchBar, withoutColour(th)},
			{th.tr("Where the true rate likely lies (95%)"), swatchLine, intervalColour(th)},
		},
		note: th.tr("Share of checked nights with a cramp, compared within the same weeks. A pattern is a hypothesis to test, not a cause."),
	}
	most := 0.0
	for _, r := range rows {
		for _, side := range [][2]int{{r.CrampWith, r.With}, {r.CrampWithout, r.Without}} {
			if side[1] > 0 {
				_, hi := Wilson(side[0], side[1])
				most = math.Max(most, 100*hi)
			}
			l.endLabelW = math.Max(l.endLabelW, c.textWidth(rateLabel(side[0], side[1]), notePx))
		}
		l.labels = append(l.labels, r.Label)
	}
	l.sc = newScale(most, int(float64(c.size.W)/c.size.px(90)), true)
	if l.sc.top > 100 {
		l.sc = scale{step: 25, top: 100, count: 4}
	}
	l.tick = func(i int) string { return l.sc.label(i) + "%" }
	return l
}

// drawRate draws one side of a factor in the part [t0, t1] of row i: the
// bar of its rate, the line of its interval across the bar's middle, and
// the rate and nights after them.
func (f *rowFrame) drawRate(i int, t0, t1 float64, k, n int, col color.Color) {
	muted := mix(f.c.th.Text, f.c.th.Background, 0.25)
	if n < fewNights {
		col = mix(col, f.c.th.Background, 0.6)
	}
	end := 0.0
	if n > 0 {
		rate := 100 * float64(k) / float64(n)
		if k > 0 {
			f.bar(i, t0, t1, 0, rate, col)
		}
		lo, hi := Wilson(k, n)
		f.interval(i, (t0+t1)/2, 100*lo, 100*hi, t1-t0)
		end = 100 * hi
	}
	f.endLabel(i, t0, t1, end, rateLabel(k, n), muted)
}

// interval draws a line from lo to hi at the part t of row i, with short
// ends of height h (a part of the row) so it reads as a range.
func (f *rowFrame) interval(i int, t, lo, hi, h float64) {
	y0, y1 := f.band(i)
	y, tick := y0+t*(y1-y0), h*(y1-y0)/3
	col := intervalColour(f.c.th)
	w := math.Max(1, f.c.size.px(1.5))
	f.c.fillBox(f.x(lo), y-w/2, f.x(hi), y+w/2, col)
	for _, v := range []float64{lo, hi} {
		f.c.fillBox(f.x(v)-w/2, y-tick, f.x(v)+w/2, y+tick, col)
	}
}

// verdict writes the verdict under row i's bars, from the plot's left edge.
func (f *rowFrame) verdict(i int, r FactorRate) {
	y0, y1 := f.band(i)
	var col color.Color = mix(f.c.th.Text, f.c.th.Background, 0.2)
	if r.Strong {
		col = f.c.th.Cramps
	}
	f.c.text(r.Verdict, f.plot.x0, y0+0.74*(y1-y0)+f.c.ascent(f.endPx)+f.c.size.px(2), f.endPx, col, alignLeft)
}

// rateLabel is "24% · 12/50": the rate, then cramp nights of checked nights.
func rateLabel(k, n int) string {
	if n == 0 {
		return "n=0"
	}
	return fmt.Sprintf("%.0f%% · %d/%d", 100*float64(k)/float64(n), k, n)
}

// intervalColour is the text colour, softened, so the line reads over a bar and beside it.
func intervalColour(th Theme) color.NRGBA { return mix(th.Text, th.Background, 0.15) }
