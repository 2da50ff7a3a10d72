package tracker

import (
	"fmt"
	"strings"
)

// recordsText writes every record, times with their offsets, so two readers'
// output can be compared and a difference read.
func recordsText(c *Collect) string {
	var b strings.Builder
	const layout = "2006-01-02T15:04:05.999999999-07:00"
	for _, r := range c.StepRecords {
		fmt.Fprintf(&b, "steps %s %s %d %+v\n", r.Start.Format(layout), r.End.Format(layout), r.Count, r.Source)
	}
	for _, r := range c.SleepRecords {
		fmt.Fprintf(&b, "sleep %s %s %d %+v\n", r.Start.Format(layout), r.End.Format(layout), r.Stage, r.Source)
	}
	for _, r := range c.RunRecords {
		fmt.Fprintf(&b, "run %s %s %d %g %+v\n", r.Start.Format(layout), r.End.Format(layout), r.Duration, r.DistanceM, r.Source)
	}
	return b.String()
}
