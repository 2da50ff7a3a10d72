package report

import (
	"math"

	"github.com/crampdiary/crampdiary/model"
)

// The timeline keeps at least this much height (mm) however long the lists
// above it are; lists shorten instead, so the page never spills onto a second.
const (
	chartMinH = 48.0
	chartMaxH = 110.0
)

// listSection is a titled list: medication changes, and the sections later
// work adds (red flags, experiments).
type listSection struct {
	title string
	empty string // shown when there are no items
	items []listItem
}

// listItem is one entry; lead (a date or a bullet) hangs in the left column.
type listItem struct {
	lead, text string
}

// lists gathers the list sections in page order; a nil hook is left out.
func (w Writer) lists(s model.Summary, in Input) []listSection {
	meds := listSection{title: w.tr("Medication changes"), empty: w.tr("None noted in this period.")}
	for _, m := range s.Medications {
		meds.items = append(meds.items, listItem{lead: w.loc().ShortDate(m.Date.Time()), text: m.Text})
	}
	out := []listSection{meds}
	if in.RedFlags != nil {
		out = append(out, bullets(w.tr("Red flags"), w.tr("None noted in this period."), in.RedFlags))
	}
	if in.Experiments != nil {
		out = append(out, bullets(w.tr("Experiments"), w.tr("None in this period."), in.Experiments))
	}
	return out
}

func bullets(title, empty string, texts []string) listSection {
	sec := listSection{title: title, empty: empty}
	for _, t := range texts {
		sec.items = append(sec.items, listItem{lead: "•", text: t})
	}
	return sec
}

// drawLists shares the room left above the timeline between sections by
// need: a section that needs little (one "None" line) leaves the rest to the
// others, so a long list of medication changes is not cut for an empty one.
func (l *layout) drawLists(secs []listSection) {
	headingH := 4 + lineHeight(sizeHeading) + 1.2
	room := footerTop - 3 - l.y - headingH - chartMinH - float64(len(secs))*headingH
	needs := make([]int, len(secs))
	for i, sec := range secs {
		needs[i] = l.linesNeeded(sec)
	}
	for i, lines := range shareLines(int(math.Floor(room/lineHeight(sizeBody))), needs) {
		l.list(secs[i], lines)
	}
}

// linesNeeded is how many body lines sec takes when nothing is cut.
func (l *layout) linesNeeded(sec listSection) int {
	if len(sec.items) == 0 {
		return 1
	}
	w := margin + contentW - (margin + l.leadWidth(sec) + 3)
	n := 0
	for _, it := range sec.items {
		n += len(l.wrap(it.text, sizeBody, false, w, 2))
	}
	return n
}

// shareLines splits room lines between sections: each gets what it needs if
// it fits in an equal share of what is left, and the rest split the remainder;
// every section gets at least 2 lines.
func shareLines(room int, needs []int) []int {
	got := make([]int, len(needs))
	left, open := room, len(needs)
	for changed := true; changed && open > 0; {
		changed = false
		for i, need := range needs {
			if got[i] == 0 && need <= max(2, left/open) {
				got[i], left, open, changed = need, left-need, open-1, true
			}
		}
	}
	for i := range got {
		if got[i] == 0 {
			got[i] = max(2, left/max(open, 1))
		}
	}
	return got
}

// list draws sec in at most maxLines lines; an entry wraps to two lines at
// most, and entries that do not fit are counted in a last line.
func (l *layout) list(sec listSection, maxLines int) {
	l.heading(sec.title)
	if len(sec.items) == 0 {
		l.para(margin, sec.empty, sizeBody, inkMuted, 1)
		return
	}
	textX := margin + l.leadWidth(sec) + 3
	used := 0
	for i, it := range sec.items {
		room := maxLines - used
		if i < len(sec.items)-1 {
			room-- // keep a line to say how many more there are
		}
		if room < 1 {
			l.para(margin, l.w.tr("… and {{.N}} more in the diary", map[string]any{"N": len(sec.items) - i}), sizeBody, inkMuted, 1)
			return
		}
		l.text(margin, it.lead, sizeBody, false, inkText)
		before := l.y
		l.para(textX, it.text, sizeBody, inkText, min(2, room))
		used += int(math.Round((l.y - before) / lineHeight(sizeBody)))
	}
}

func (l *layout) leadWidth(sec listSection) float64 {
	w := 0.0
	for _, it := range sec.items {
		w = max(w, l.fonts.width(it.lead, sizeBody, false))
	}
	return w
}
