package report

import (
	"image/color"
	"strings"

	"github.com/crampdiary/crampdiary/model"
)

// Right edges of the figures table's number columns, and where values start in
// label/value rows: numbers line up so a doctor can compare them at a glance.
const (
	colThis  = margin + 106
	colPrev  = margin + 146
	colDelta = margin + contentW
	valueX   = margin + 28
)

func (l *layout) header(in Input, s model.Summary) {
	made := l.fit(l.w.tr("Made on {{.Date}}", map[string]any{"Date": model.Date(l.page.madeOn)}), sizeSmall, false, contentW/2)
	madeW := l.fonts.width(l.fonts.clean(made), sizeSmall, false)
	l.text(margin, l.fit(l.page.Title, sizeTitle, true, contentW-madeW-4), sizeTitle, true, inkText)
	l.textRight(margin+contentW, made, sizeSmall, false, inkMuted)
	l.y += lineHeight(sizeTitle)
	if name := strings.TrimSpace(in.Name); name != "" {
		l.text(margin, l.fit(l.fonts.clean(name), sizeName, false, contentW), sizeName, false, inkText)
		l.y += lineHeight(sizeName)
	}
	l.line(l.w.tr("Period: {{.From}} to {{.To}}, {{.Nights}}", map[string]any{
		"From": s.From, "To": s.To, "Nights": l.w.count("{{.Count}} nights", s.Nights),
	}), sizeBody, false, inkText)
	l.y += 1.5
	l.rule(inkAccent, 0.6)
	l.y += 1
}

// figures is the table of counts and rates, beside the previous period's.
func (l *layout) figures(s model.Summary) {
	l.heading(l.w.tr("Nights and cramps"))
	if s.NightsLogged == 0 {
		l.para(margin, l.w.tr("No nights were logged from {{.From}} to {{.To}}, so this period has no figures to show.",
			map[string]any{"From": s.From, "To": s.To}), sizeBody, inkText, 2)
		return
	}
	p := s.Previous
	l.row(sizeSmall, true, inkMuted, "", l.w.tr("This period"), l.w.tr("Previous {{.N}} nights", map[string]any{"N": p.Nights}), l.w.tr("Change"))
	l.row(sizeBody, false, inkText, l.w.tr("Nights logged"), l.w.ofNights(s), l.w.ofNights(*p), "")
	l.row(sizeBody, false, inkText, l.w.tr("Nights not logged"), l.w.itoa(s.NightsMissing), l.w.itoa(p.NightsMissing), "")
	l.row(sizeBody, false, inkText, l.w.tr("Nights with cramps"), l.w.itoa(s.CrampNights), l.w.itoa(p.CrampNights), "")
	l.row(sizeBody, false, inkText, l.w.tr("Cramps"), l.w.itoa(s.Cramps), l.w.itoa(p.Cramps), "")
	l.band()
	l.rateRow(l.w.tr("Nights with cramps per 7 logged nights"), s.CrampNightsPerWeek, p.CrampNightsPerWeek, s.Change != nil)
	l.band()
	l.rateRow(l.w.tr("Cramps per 7 logged nights"), s.CrampsPerWeek, p.CrampsPerWeek, s.Change != nil)
	l.y += 1
	note := l.w.tr("Rates count logged nights only: a night not logged is left out, never taken as a night without cramps. The previous period is {{.From}} to {{.To}}.",
		map[string]any{"From": p.From, "To": p.To})
	if s.Change == nil {
		note += " " + l.w.tr("Nothing was logged in it, so there is no change to show.")
	}
	l.para(margin, note, sizeSmall, inkMuted, 3)
}

// row draws one table row: a label, then three right-aligned cells.
func (l *layout) row(size float64, bold bool, ink color.RGBA, label, this, prev, delta string) {
	// Each cell keeps to its column; a long heading ends in "…" rather
	// than running into its neighbour.
	cols := []float64{colThis, colPrev, colDelta}
	cells := []string{this, prev, delta}
	for i, cell := range cells {
		cells[i] = l.fit(cell, size, bold, cols[i]-[]float64{colThis - 36, colThis, colPrev}[i]-3)
		l.textRight(cols[i], cells[i], size, bold, ink)
	}
	thisW := l.fonts.width(l.fonts.clean(cells[0]), size, bold)
	l.text(margin, l.fit(label, size, bold, colThis-margin-max(12, thisW+4)), size, bold, ink)
	l.y += lineHeight(size)
}

// band shades the next body row; the two rates are what a doctor looks for first.
func (l *layout) band() {
	l.page.rects = append(l.page.rects, rectOp{X: margin - 1.5, Y: l.y - 0.9, W: contentW + 3, H: lineHeight(sizeBody), Color: inkBand})
}

func (w Writer) ofNights(s model.Summary) string {
	return w.tr("{{.Logged}} of {{.Nights}}", map[string]any{"Logged": s.NightsLogged, "Nights": s.Nights})
}

// rateRow shows a rate in both periods and the change between the rounded
// figures, so the three numbers on the line always agree with each other.
// comparable is false when either period has no logged nights to rate.
func (l *layout) rateRow(label string, this, prev float64, comparable bool) {
	prevText, delta := "–", "–"
	if comparable {
		prevText, delta = l.w.rate(prev), l.w.change(round1(this)-round1(prev))
	}
	l.row(sizeBody, true, inkText, label, l.w.rate(this), prevText, delta)
}

// cramps shows where the cramps struck, how long and how strong they were,
// and the sleep they cost, each with how many cramps recorded it.
func (l *layout) cramps(s model.Summary) {
	if s.NightsLogged == 0 {
		return // the figures section has already said nothing was logged
	}
	l.heading(l.w.tr("Where, how long, how strong"))
	if s.Cramps == 0 {
		l.para(margin, l.w.tr("No cramps were logged in this period."), sizeBody, inkText, 1)
		return
	}
	l.valueX = l.valueColumn(l.w.tr("Muscle"), l.w.tr("Side"), l.w.tr("Duration"), l.w.tr("Intensity"), l.w.tr("Sleep lost"))
	l.pair(l.w.tr("Muscle"), counts(l.w, model.Muscles, s.ByMuscle), "")
	l.pair(l.w.tr("Side"), counts(l.w, model.Sides, s.BySide), "")
	d, i := s.DurationS, s.Intensity
	l.pair(l.w.tr("Duration"), l.w.measured(d, l.w.tr("median {{.Median}}, longest {{.Worst}}",
		map[string]any{"Median": l.w.seconds(d.Median), "Worst": l.w.seconds(float64(d.Worst))})), l.w.recorded(d.Recorded, s.Cramps))
	l.pair(l.w.tr("Intensity"), l.w.measured(i, l.w.tr("median {{.Median}}, worst {{.Worst}}, on a scale of 0 to 10",
		map[string]any{"Median": l.w.number(i.Median), "Worst": i.Worst})), l.w.recorded(i.Recorded, s.Cramps))
	lost := l.w.tr("not recorded")
	if s.SleepLostRecorded > 0 {
		lost = l.w.tr("{{.Time}} in total", map[string]any{"Time": l.w.minutes(s.SleepLostMin)})
	}
	l.pair(l.w.tr("Sleep lost"), lost, l.w.recorded(s.SleepLostRecorded, s.Cramps))
}

// valueColumn is where the values of label/value rows start: after the
// widest label, as German's "Verlorener Schlaf" needs, and never before
// valueX or past a third of the page.
func (l *layout) valueColumn(labels ...string) float64 {
	x := valueX
	for _, s := range labels {
		x = max(x, margin+l.fonts.width(l.fonts.clean(s), sizeBody, true)+4)
	}
	return min(x, margin+contentW/3)
}

// pair draws a label, its value, and a muted note at the right edge.
func (l *layout) pair(label, value, note string) {
	x := max(l.valueX, valueX)
	l.text(margin, l.fit(label, sizeBody, true, x-margin-3), sizeBody, true, inkText)
	noteW := 0.0
	if note != "" {
		note = l.fit(note, sizeSmall, false, contentW/3)
		l.textRight(margin+contentW, note, sizeSmall, false, inkMuted)
		noteW = l.fonts.width(l.fonts.clean(note), sizeSmall, false) + 4
	}
	l.text(x, l.fit(value, sizeBody, false, margin+contentW-x-noteW), sizeBody, false, inkText)
	l.y += lineHeight(sizeBody)
}

// counts lists "calf 10, foot 3" in display order, leaving out zeros.
func counts[K ~string](w Writer, order []K, n map[K]int) string {
	var parts []string
	for _, k := range order {
		if n[k] > 0 {
			parts = append(parts, w.tr(string(k))+" "+w.itoa(n[k]))
		}
	}
	return strings.Join(parts, ", ")
}

func (w Writer) measured(m model.Measure, text string) string {
	if m.Recorded == 0 {
		return w.tr("not recorded")
	}
	return text
}

func (w Writer) recorded(n, of int) string {
	return w.tr("recorded for {{.N}} of {{.Of}} cramps", map[string]any{"N": n, "Of": of})
}

func (l *layout) footer() {
	l.y = footerTop
	l.rule(inkRule, 0.3)
	l.y += 1.5
	l.text(margin, l.w.tr("Self-reported diary. Not a diagnosis."), sizeBody, true, inkText)
	l.textRight(margin+contentW, l.w.tr("Made on {{.Date}} with crampdiary", map[string]any{"Date": model.Date(l.page.madeOn)}), sizeSmall, false, inkMuted)
}
