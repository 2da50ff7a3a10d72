package backup

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"

	"github.com/crampdiary/crampdiary/model"
)

// How many snapshots are kept: the newest of each of the last 7 days that
// have one, of the last 4 weeks and of the last 12 months (grandfather,
// father, son). Days without a snapshot do not use up a place, so someone
// who opens the diary rarely still keeps 7 daily snapshots.
const (
	keepDaily   = 7
	keepWeekly  = 4
	keepMonthly = 12
)

// Keep returns the dates among dates whose snapshots are kept. It is a pure
// rule over dates; dates that are not valid are all kept.
func Keep(dates []model.Date) map[model.Date]bool {
	sorted := append([]model.Date(nil), dates...)
	sort.Slice(sorted, func(i, j int) bool { return sorted[i] > sorted[j] })
	keep := map[model.Date]bool{}
	buckets := []struct {
		n   int
		key func(model.Date) string
	}{
		{keepDaily, func(d model.Date) string { return string(d) }},
		{keepWeekly, isoWeek},
		{keepMonthly, func(d model.Date) string { return string(d)[:7] }},
	}
	for _, b := range buckets {
		seen := map[string]bool{}
		for _, d := range sorted {
			if !d.Valid() {
				keep[d] = true
				continue
			}
			k := b.key(d)
			if seen[k] || len(seen) >= b.n {
				continue
			}
			seen[k] = true
			keep[d] = true // the newest of its bucket, as sorted is newest first
		}
	}
	return keep
}

func isoWeek(d model.Date) string {
	y, w := d.Time().ISOWeek()
	return fmt.Sprintf("%04d-W%02d", y, w)
}

// rotate removes the snapshots in dir that Keep does not keep. Only files
// named like crampdiary's snapshots are considered. Snapshots dated after
// today (written before the clock was set back) are kept and left out of the
// rule, so they never push today's or older ones out.
func rotate(dir string, today model.Date) error {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return fmt.Errorf("%w: backup: list %s: %v", model.ErrRead, dir, err)
	}
	var dates []model.Date
	for _, e := range entries {
		if d, ok := parseName(e.Name()); ok && e.Type().IsRegular() && !today.Before(d) {
			dates = append(dates, d)
		}
	}
	keep := Keep(dates)
	for _, d := range dates {
		if keep[d] {
			continue
		}
		if err := os.Remove(filepath.Join(dir, Name(d))); err != nil && !os.IsNotExist(err) {
			return fmt.Errorf("%w: backup: remove old snapshot: %v", model.ErrWrite, err)
		}
	}
	return nil
}
