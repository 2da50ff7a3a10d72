package charts

import (
	"testing"

	"github.com/crampdiary/crampdiary/model"
)

func TestUnitFor(t *testing.T) {
	for nights, want := range map[int]unit{
		1: byNight, 14: byNight, 120: byNight, 121: byWeek, 365: byWeek,
		731: byWeek, 732: byMonth, 3650: byMonth,
	} {
		if got := unitFor(nights); got != want {
			t.Errorf("unitFor(%d) = %d, want %d", nights, got, want)
		}
	}
}

// logNights makes nights from..to where every night is logged with cramps[i]
// cramps (-1 for an unlogged gap) and steps[i] steps when given.
func logNights(from model.Date, cramps []int) Nights {
	var days []model.Day
	var cs []model.Cramp
	for i, k := range cramps {
		d := from.AddDays(i)
		if k < 0 {
			continue
		}
		days = append(days, model.Day{Date: d, NightChecked: true, Steps: ptr(1000 * (i + 1))})
		for j := 0; j < k; j++ {
			cs = append(cs, model.Cramp{Night: d, Muscle: model.Calf, Side: model.Left})
		}
	}
	return NightsFrom(days, cs, from, from.AddDays(len(cramps)-1))
}

func TestBucketizeWeeks(t *testing.T) {
	// 2026-03-04 is a Wednesday: the first week is cut to Wed..Sun.
	n := logNights("2026-03-04", []int{2, -1, 0, 1, -1, 3, 0, -1, -1, -1})
	bs := bucketize(n, byWeek)
	if len(bs) != 2 {
		t.Fatalf("got %d weeks, want 2", len(bs))
	}
	first, second := bs[0], bs[1]
	if first.Start != 0 || first.End != 5 || second.Start != 5 || second.End != 10 {
		t.Errorf("weeks span %d-%d and %d-%d, want 0-5 and 5-10", first.Start, first.End, second.Start, second.End)
	}
	if first.Logged != 3 || first.Cramps != 3 || first.CrampNights != 2 {
		t.Errorf("first week %+v: want 3 logged, 3 cramps, 2 cramp nights", first)
	}
	// The mean is over logged nights only: unlogged nights are not zeros.
	if v, ok := first.crampsPerNight(); !ok || v != 1 {
		t.Errorf("first week cramps per night = %v, %v; want 1 over the 3 logged nights", v, ok)
	}
	if v, ok := bs[1].crampsPerNight(); !ok || v != 1.5 {
		t.Errorf("second week cramps per night = %v, %v; want 1.5", v, ok)
	}
	if v, ok := stepsK(first); !ok || v != (1+3+4)/3.0 {
		t.Errorf("first week mean steps = %vk, %v; want the mean of the recorded days", v, ok)
	}
}

func TestBucketizeGapWeek(t *testing.T) {
	n := logNights("2026-03-02", []int{1, 1, 1, 1, 1, 1, 1, -1, -1, -1, -1, -1, -1, -1, 2})
	bs := bucketize(n, byWeek)
	if len(bs) != 3 {
		t.Fatalf("got %d weeks, want 3", len(bs))
	}
	if _, ok := bs[1].crampsPerNight(); ok {
		t.Error("a week with no logged night has a cramp value; it must be a gap")
	}
	if _, ok := stepsK(bs[1]); ok {
		t.Error("a week with no recorded steps has a steps value; the line must break")
	}
	if !hasGap(bs) {
		t.Error("hasGap missed the unlogged week")
	}
}

func TestBucketizeMonths(t *testing.T) {
	cramps := make([]int, 32) // 2026-01-30 .. 2026-03-02
	n := logNights("2026-01-30", cramps)
	bs := bucketize(n, byMonth)
	want := [][2]int{{0, 2}, {2, 30}, {30, 32}}
	if len(bs) != len(want) {
		t.Fatalf("got %d months, want %d", len(bs), len(want))
	}
	for i, w := range want {
		if bs[i].Start != w[0] || bs[i].End != w[1] {
			t.Errorf("month %d spans %d-%d, want %d-%d", i, bs[i].Start, bs[i].End, w[0], w[1])
		}
	}
}

func TestBucketizeNights(t *testing.T) {
	n := logNights("2026-03-02", []int{1, -1, 0})
	bs := bucketize(n, byNight)
	if len(bs) != 3 {
		t.Fatalf("got %d buckets, want one per night", len(bs))
	}
	if _, ok := bs[1].crampsPerNight(); ok {
		t.Error("the unlogged night has a value")
	}
	if v, ok := bs[2].crampsPerNight(); !ok || v != 0 {
		t.Errorf("the logged night without cramps = %v, %v; want a real 0", v, ok)
	}
}
