package charts

import (
	"fmt"
	"image"
	"image/color"
	"math"

	"github.com/crampdiary/crampdiary/model"
)

// factor is a yes/no exposure of a day, matched to that night.
type factor struct {
	label string
	get   func(model.Day) *bool
}

// factors are the yes/no questions of a day, in the order of the diary form.
var factors = []factor{
	{word("Alcohol"), func(d model.Day) *bool {
		if d.AlcoholDrinks == nil {
			return nil
		}
		yes := *d.AlcoholDrinks > 0
		return &yes
	}},
	{word("Late meal"), func(d model.Day) *bool { return d.LateMeal }},
	{word("Heat"), func(d model.Day) *bool { return d.Heat }},
	{word("Salt or diet change"), func(d model.Day) *bool { return d.SaltChange }},
	{word("New shoes"), func(d model.Day) *bool { return d.NewShoes }},
	{word("Strength work"), func(d model.Day) *bool { return d.Strength }},
	{word("Stretched"), func(d model.Day) *bool { return d.Stretched }},
	{word("Long sitting"), func(d model.Day) *bool { return d.LongSitting }},
	{word("High heels"), func(d model.Day) *bool { return d.HighHeels }},
	{word("Late workout"), func(d model.Day) *bool { return d.LateWorkout }},
	{word("Tight bedding"), func(d model.Day) *bool { return d.TightBedding }},
	{word("Hard run"), func(d model.Day) *bool { return d.RunHard }},
}

// split counts the logged nights on one side of a factor.
type split struct{ nights, crampNights int }

func (s split) rate() float64 {
	if s.nights == 0 {
		return 0
	}
	return float64(s.crampNights) / float64(s.nights)
}

// factorRow is one factor's nights with and without it.
type factorRow struct {
	label         string
	with, without split
}

// Thresholds of the with/without chart: below minFactorNights logged nights
// nothing is compared, and a side with fewer than fewNights nights is pale.
const (
	minFactorNights = 7
	fewNights       = 5
)

// factorRows counts, for every factor answered on a logged night, the cramp
// nights with and without it. Nights where the question was left blank count
// on neither side. A factor with no nights on one side compares nothing and
// is left out.
func factorRows(n Nights) []factorRow {
	var rows []factorRow
	for _, f := range factors {
		r := factorRow{label: f.label}
		for _, nt := range n.Nights {
			if !nt.Logged || nt.Day == nil {
				continue
			}
			v := f.get(*nt.Day)
			if v == nil {
				continue
			}
			side := &r.without
			if *v {
				side = &r.with
			}
			side.nights++
			if nt.Cramps > 0 {
				side.crampNights++
			}
		}
		if r.with.nights > 0 && r.without.nights > 0 {
			rows = append(rows, r)
		}
	}
	return rows
}

// WithWithout draws, per yes/no factor, the share of logged nights with a
// cramp on nights with the factor and on nights without it, each bar labelled
// with its number of nights. It describes the diary; it tests nothing.
func WithWithout(n Nights, s Size, th Theme) (*image.RGBA, error) {
	s, err := s.check()
	if err != nil {
		return nil, fmt.Errorf("with/without chart: %w", err)
	}
	if n.logged() < minFactorNights {
		return nil, th.needMore("Log at least 7 nights to compare nights with and without each factor.")
	}
	rows := factorRows(n)
	if len(rows) == 0 {
		return nil, th.needMore("Answer the day's yes/no questions, such as alcohol or heat, on the nights you log: a factor shows once there are nights with it and nights without it.")
	}
	th = th.withDefaults()
	c, err := newCanvas(s, th)
	if err != nil {
		return nil, fmt.Errorf("with/without chart: %w", err)
	}
	f := newRowFrame(c, withWithoutLayout(c, rows))
	f.fitEndLabels(2)
	f.drawAxes()
	for i, r := range rows {
		f.drawSplit(i, 0.1, 0.48, r.with, th.Cramps)
		f.drawSplit(i, 0.52, 0.9, r.without, withoutColour(th))
	}
	return c.img, nil
}

func withWithoutLayout(c *canvas, rows []factorRow) rowLayout {
	th := c.th
	l := rowLayout{
		legend: []legendItem{
			{th.tr("Nights with the factor"), swatchBar, th.Cramps},
			{th.tr("Nights without"), swatchBar, withoutColour(th)},
		},
		note: th.tr("Share of logged nights with a cramp. Pale bars: fewer than 5 nights. Descriptive only, not proof of a cause."), // 5 is fewNights
	}
	most := 0.0
	for _, r := range rows {
		most = math.Max(most, 100*math.Max(r.with.rate(), r.without.rate()))
	}
	// The axis ends a little past the highest rate: rates near 20% drawn on a
	// 0-100% axis leave most of the chart empty and the differences tiny.
	l.sc = newScale(most, int(float64(c.size.W)/c.size.px(90)), true)
	if l.sc.top > 100 {
		l.sc = scale{step: 25, top: 100, count: 4}
	}
	l.tick = func(i int) string { return l.sc.label(i) + "%" }
	for _, r := range rows {
		l.labels = append(l.labels, th.tr(r.label))
		for _, sp := range []split{r.with, r.without} {
			l.endLabelW = math.Max(l.endLabelW, c.textWidth(splitLabel(sp), notePx))
		}
	}
	return l
}

// drawSplit draws one side of a factor in the part [t0, t1] of row i.
func (f *rowFrame) drawSplit(i int, t0, t1 float64, sp split, col color.Color) {
	muted := mix(f.c.th.Text, f.c.th.Background, 0.25)
	if sp.nights < fewNights {
		col = mix(col, f.c.th.Background, 0.6)
	}
	v := 100 * sp.rate()
	if sp.nights > 0 && sp.crampNights > 0 {
		f.bar(i, t0, t1, 0, v, col)
	}
	f.endLabel(i, t0, t1, v, splitLabel(sp), muted)
}

// splitLabel is "40% · n=12": the rate and the nights it stands on.
func splitLabel(sp split) string {
	if sp.nights == 0 {
		return "n=0"
	}
	return fmt.Sprintf("%.0f%% · n=%d", 100*sp.rate(), sp.nights)
}

// withoutColour is a neutral grey that follows the theme.
func withoutColour(th Theme) color.NRGBA { return mix(th.Text, th.Background, 0.5) }
