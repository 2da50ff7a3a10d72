package tracker

import (
	"sort"
	"time"

	"github.com/crampdiary/crampdiary/model"
)

// Sleep records are kept in tiers of trust; a night's sleep comes from the
// best tier that has any for that night. In-bed time is used only when no
// device says when the person was asleep.
const (
	tierWornAsleep = iota // asleep, from a watch or band
	tierAsleep            // asleep, from the phone or an app
	tierInBed
	sleepTiers
)

const (
	// sleepGap joins sleep records closer than this into one session: the
	// stages of a night come with short awake gaps between them.
	sleepGap = time.Hour
	// A session shorter than napLongest that starts between the cut-over
	// and napLatestStart is an afternoon nap, never the night's sleep.
	napLongest     = 3 * time.Hour
	napLatestStart = model.Clock(18 * 60)
)

// sleepSpan is a sleep record or a session of them, packed into 24 bytes
// (a night of stages is some 30 records). Each end keeps the offset of the
// record it comes from, so its wall clock is right on either side of a
// clock change.
type sleepSpan struct {
	start, end       int64 // Unix seconds
	startOff, endOff int16 // offsets from UTC, minutes
	src              int32 // index into Summariser.sleepSrc
}

// Sleep keeps a sleep record for the night summary.
func (s *Summariser) Sleep(r Sleep) {
	if !r.End.After(r.Start) {
		return
	}
	tier := tierInBed
	switch {
	case r.Stage == Asleep && r.Source.Worn:
		tier = tierWornAsleep
	case r.Stage == Asleep:
		tier = tierAsleep
	case r.Stage != InBed:
		return // awake: the gaps between stages
	}
	_, so := r.Start.Zone()
	_, eo := r.End.Zone()
	s.sleep[tier] = append(s.sleep[tier], sleepSpan{start: r.Start.Unix(), end: r.End.Unix(),
		startOff: int16(so / 60), endOff: int16(eo / 60), src: int32(s.sleepSrc.index(r.Source))})
}

// sleepWindow is a night's main sleep, as wall clocks.
type sleepWindow struct {
	start, end model.Clock
	from       Source
}

// nights is the main sleep of each night: the longest session that is not a
// nap, from the best tier with one that night.
func (s *Summariser) nights() map[model.Date]sleepWindow {
	main := map[model.Date]sleepSpan{}
	from := map[model.Date]int{}
	for tier := range sleepTiers {
		for _, sess := range sessions(s.sleep[tier]) {
			if s.isNap(sess) {
				continue
			}
			night := model.NightOf(wallTime(sess.start, sess.startOff), s.cutover)
			if t, ok := from[night]; ok && (t < tier || main[night].length() >= sess.length()) {
				continue
			}
			main[night], from[night] = sess, tier
		}
	}
	out := make(map[model.Date]sleepWindow, len(main))
	for night, sess := range main {
		out[night] = sleepWindow{
			start: model.ClockOf(wallTime(sess.start, sess.startOff)),
			end:   model.ClockOf(wallTime(sess.end, sess.endOff)),
			from:  s.sleepSrc.list[sess.src],
		}
	}
	return out
}

// wallTime is the instant unix in a zone of the offset, whose wall clock is
// the person's local time then. Its date and clock are all that is read.
func wallTime(unix int64, offMin int16) time.Time {
	return time.Unix(unix+int64(offMin)*60, 0).UTC()
}

func (s *Summariser) isNap(sess sleepSpan) bool {
	c := model.ClockOf(wallTime(sess.start, sess.startOff))
	return sess.length() < napLongest && c >= s.cutover && c < napLatestStart
}

func (sp sleepSpan) length() time.Duration { return time.Duration(sp.end-sp.start) * time.Second }

// sessions merges records, from any source of one tier, that overlap or
// are less than sleepGap apart.
func sessions(spans []sleepSpan) []sleepSpan {
	sort.Slice(spans, func(i, j int) bool { return spans[i].start < spans[j].start })
	gap := int64(sleepGap / time.Second)
	var out []sleepSpan
	for _, sp := range spans {
		if n := len(out); n > 0 && sp.start <= out[n-1].end+gap {
			if sp.end > out[n-1].end {
				out[n-1].end, out[n-1].endOff = sp.end, sp.endOff
			}
			continue
		}
		out = append(out, sp)
	}
	return out
}

// sourceList numbers sources, so records can hold an index, not the strings.
type sourceList struct {
	list []Source
	idx  map[Source]int
}

func (l *sourceList) index(s Source) int {
	if l.idx == nil {
		l.idx = map[Source]int{}
	}
	i, ok := l.idx[s]
	if !ok {
		i = len(l.list)
		l.list = append(l.list, s)
		l.idx[s] = i
	}
	return i
}
