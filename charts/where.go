package charts

import (
	"fmt"
	"image"
	"image/color"
	"math"
	"strconv"

	"github.com/crampdiary/crampdiary/model"
)

// muscleRow counts one muscle's cramps by side, in the order of model.Sides.
type muscleRow struct {
	muscle model.Muscle
	sides  [3]int
}

func (r muscleRow) total() int { return r.sides[0] + r.sides[1] + r.sides[2] }

// muscleRows counts the cramps by muscle and side. The four named muscles
// always get a row so charts of different ranges line up; "other" only when used.
func muscleRows(cramps []model.Cramp) []muscleRow {
	rows := make([]muscleRow, len(model.Muscles))
	for i, m := range model.Muscles {
		rows[i].muscle = m
	}
	for _, c := range cramps {
		mi, si := muscleIndex(c.Muscle), sideIndex(c.Side)
		if si >= 0 {
			rows[mi].sides[si]++
		}
	}
	if last := rows[len(rows)-1]; last.muscle == model.OtherArea && last.total() == 0 {
		rows = rows[:len(rows)-1]
	}
	return rows
}

// muscleIndex places an unknown muscle under "other" rather than dropping it.
func muscleIndex(m model.Muscle) int {
	for i, k := range model.Muscles {
		if k == m {
			return i
		}
	}
	return len(model.Muscles) - 1
}

func sideIndex(s model.Side) int {
	for i, k := range model.Sides {
		if k == s {
			return i
		}
	}
	return -1
}

var muscleNames = map[model.Muscle]string{
	model.Calf: "Calf", model.Foot: "Foot", model.Hamstring: "Hamstring",
	model.Thigh: "Thigh", model.OtherArea: "Other",
}

var sideNames = [3]string{"Left", "Right", "Both"}

// Where draws the cramps of the range by muscle, each bar split by side.
func Where(n Nights, s Size, th Theme) (*image.RGBA, error) {
	s, err := s.check()
	if err != nil {
		return nil, fmt.Errorf("where chart: %w", err)
	}
	if len(n.Cramps) == 0 {
		return nil, th.needMore("No cramps are logged in this range. Log a cramp with its muscle and side to see where they strike.")
	}
	th = th.withDefaults()
	c, err := newCanvas(s, th)
	if err != nil {
		return nil, fmt.Errorf("where chart: %w", err)
	}
	rows := muscleRows(n.Cramps)
	f := newRowFrame(c, whereLayout(c, rows))
	f.drawAxes()
	cols := sideColours(th)
	for i, r := range rows {
		f.drawSides(i, r, cols)
	}
	return c.img, nil
}

func whereLayout(c *canvas, rows []muscleRow) rowLayout {
	cols := sideColours(c.th)
	most := 0
	l := rowLayout{}
	for i, name := range sideNames {
		l.legend = append(l.legend, legendItem{c.th.tr(name), swatchBar, cols[i]})
	}
	for _, r := range rows {
		l.labels = append(l.labels, c.th.tr(muscleNames[r.muscle]))
		most = max(most, r.total())
	}
	l.sc = newScale(float64(most), int(float64(c.size.W)/c.size.px(90)), true)
	l.tick = func(i int) string { return l.sc.label(i) }
	l.endLabelW = c.textWidth(strconv.Itoa(most), labelPx)
	return l
}

// drawSides stacks row r's sides left to right, writing each count inside
// its segment when it fits and the total after the bar.
func (f *rowFrame) drawSides(i int, r muscleRow, cols [3]color.Color) {
	y0, y1 := f.band(i)
	// Bars fill most of a row but stay slim when a tall window gives few rows.
	half := math.Min(0.3, f.c.size.px(maxBarPx)/2/(y1-y0))
	t0, t1 := 0.5-half, 0.5+half
	at := 0.0
	for si, k := range r.sides {
		if k == 0 {
			continue
		}
		f.bar(i, t0, t1, at, at+float64(k), cols[si])
		label := strconv.Itoa(k)
		x0, x1 := f.x(at), f.x(at+float64(k))
		if x1-x0 >= f.c.textWidth(label, notePx)+f.c.size.px(8) {
			mid := y0 + (t0+t1)/2*(y1-y0)
			f.c.text(label, (x0+x1)/2, mid+f.c.ascent(notePx)/2, notePx, onColour(cols[si]), alignCenter)
		}
		at += float64(k)
	}
	f.endLabel(i, t0, t1, at, strconv.Itoa(r.total()), f.c.th.Text)
}

// maxBarPx is the thickest a horizontal bar gets at Scale 1.
const maxBarPx = 32

// sideColours gives left, right and both: the cramp colour, a muted version
// of it, and the text colour half-way to the background.
func sideColours(th Theme) [3]color.Color {
	return [3]color.Color{th.Cramps, mix(th.Cramps, th.Background, 0.55), mix(th.Text, th.Background, 0.45)}
}

// onColour is black or white, whichever reads better on bg.
func onColour(bg color.Color) color.Color {
	c := color.NRGBAModel.Convert(bg).(color.NRGBA)
	lum := 0.299*float64(c.R) + 0.587*float64(c.G) + 0.114*float64(c.B)
	if lum > 140 {
		return color.Black
	}
	return color.White
}
