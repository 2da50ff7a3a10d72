package tracker

import (
	"math"
	"sort"
)

// stepBins holds steps per wall-clock minute, per source and calendar day.
// Keeping sources apart is what lets overlapping ones count once: where a
// worn device has a sample, the others' steps in that minute are dropped,
// and they only fill the minutes it did not record, as the Health app does.
type stepBins struct {
	sources sourceList
	days    map[stepKey]*stepDay
	lastKey stepKey
	last    *stepDay
}

type stepKey struct {
	src int
	day int64 // localDay numbering
}

// stepDay is one source's steps for one day, in tenths of a step per minute
// (3 KB a day: ten years of two sources fit in 22 MB); a minute is covered
// when any sample of the source overlaps it, even one of zero steps.
type stepDay struct {
	tenths  [1440]uint16
	covered [(1440 + 63) / 64]uint64
	over    map[int64]int64 // tenths beyond what a uint16 holds: an app that writes a day as one instant
}

func (d *stepDay) at(m int64) float64 { return float64(int64(d.tenths[m])+d.over[m]) / 10 }

// add spreads r's count evenly over the wall-clock minutes it covers, so a
// sample from 23:50 to 00:10 gives half its steps to each day. It uses r's
// start offset throughout: a sample is minutes long, and clocks change at
// night, when few steps are taken.
func (b *stepBins) add(r Steps) {
	src := b.sources.index(r.Source)
	_, off := r.Start.Zone()
	local := r.Start.Unix() + int64(off)
	dur := r.End.Unix() - r.Start.Unix()
	if dur <= 0 {
		b.put(src, local, int64(r.Count)*10)
		return
	}
	// Each minute gets the tenths the running total reaches there, so the
	// minutes of a sample add up to its count exactly.
	done := int64(0)
	for t, end := local, local+dur; t < end; {
		seg := min((floorDiv(t, 60)+1)*60, end) - t
		upto := int64(math.Round(float64(r.Count) * 10 * float64(t+seg-local) / float64(dur)))
		b.put(src, t, upto-done)
		done = upto
		t += seg
	}
}

func (b *stepBins) put(src int, local int64, tenths int64) {
	k := stepKey{src: src, day: floorDiv(local, 86400)}
	if b.last == nil || k != b.lastKey {
		d, ok := b.days[k]
		if !ok {
			d = &stepDay{}
			b.days[k] = d
		}
		b.last, b.lastKey = d, k
	}
	m := (local - k.day*86400) / 60
	d := b.last
	d.covered[m/64] |= 1 << (m % 64)
	if sum := int64(d.tenths[m]) + tenths; sum <= math.MaxUint16 {
		d.tenths[m] = uint16(sum)
		return
	}
	if d.over == nil {
		d.over = map[int64]int64{}
	}
	d.over[m] += tenths

}

// each calls fn with every day's steps, each minute counted from the
// first source in order of preference that covered it, and the source that
// gave the most.
func (b *stepBins) each(fn func(day int64, steps float64, from Source)) {
	bySrc := map[int64][]int{}
	for k := range b.days {
		bySrc[k.day] = append(bySrc[k.day], k.src)
	}
	for day, srcs := range bySrc {
		sort.Slice(srcs, func(i, j int) bool { return b.prefer(srcs[i], srcs[j]) })
		bins := make([]*stepDay, len(srcs))
		for i, s := range srcs {
			bins[i] = b.days[stepKey{src: s, day: day}]
		}
		gave := make([]float64, len(srcs))
		for m := range int64(1440) {
			for i, d := range bins {
				if d.covered[m/64]&(1<<(m%64)) != 0 {
					gave[i] += d.at(m)
					break
				}
			}
		}
		total, most := 0.0, 0
		for i, g := range gave {
			total += g
			if g > gave[most] {
				most = i
			}
		}
		fn(day, total, b.sources.list[srcs[most]])
	}
}

// prefer orders sources: worn devices first, then by name so the result
// does not depend on the order of the file.
func (b *stepBins) prefer(i, j int) bool {
	a, c := b.sources.list[i], b.sources.list[j]
	if a.Worn != c.Worn {
		return a.Worn
	}
	if a.Device != c.Device {
		return a.Device < c.Device
	}
	return a.Format < c.Format
}
