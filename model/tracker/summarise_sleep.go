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

// sleepSpan is a sleep record or a session of them. start and end keep the
// offsets of the records they come from, so their wall clocks are right on
// either side of a clock change.
type sleepSpan struct {
	start, end time.Time
	from       Source
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
	s.sleep[tier] = append(s.sleep[tier], sleepSpan{start: r.Start, end: r.End, from: r.Source})
}

// nights is the main sleep of each night: the longest session that is not a
// nap, from the best tier with one that night.
func (s *Summariser) nights() map[model.Date]sleepSpan {
	main := map[model.Date]sleepSpan{}
	from := map[model.Date]int{}
	for tier := range sleepTiers {
		for _, sess := range sessions(s.sleep[tier]) {
			if s.isNap(sess) {
				continue
			}
			night := model.NightOf(sess.start, s.cutover)
			if t, ok := from[night]; ok && (t < tier || main[night].length() >= sess.length()) {
				continue
			}
			main[night], from[night] = sess, tier
		}
	}
	return main
}

func (s *Summariser) isNap(sess sleepSpan) bool {
	c := model.ClockOf(sess.start)
	return sess.length() < napLongest && c >= s.cutover && c < napLatestStart
}

func (sp sleepSpan) length() time.Duration { return sp.end.Sub(sp.start) }

// sessions merges records, from any source of one tier, that overlap or
// are less than sleepGap apart.
func sessions(spans []sleepSpan) []sleepSpan {
	sort.Slice(spans, func(i, j int) bool { return spans[i].start.Before(spans[j].start) })
	var out []sleepSpan
	for _, sp := range spans {
		if n := len(out); n > 0 && !sp.start.After(out[n-1].end.Add(sleepGap)) {
			if sp.end.After(out[n-1].end) {
				out[n-1].end = sp.end
			}
			continue
		}
		out = append(out, sp)
	}
	return out
}
