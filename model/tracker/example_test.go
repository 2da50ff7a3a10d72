package tracker_test

import (
	"context"
	"fmt"
	"strings"

	"github.com/crampdiary/crampdiary/model"
	"github.com/crampdiary/crampdiary/model/tracker"
)

// An import reads the export into a Summariser and takes the values per
// day; on an error it keeps nothing. ReadAppleHealthFile does the same from
// the export.zip the Health app makes.
func ExampleSummariser() {
	const export = `<?xml version="1.0" encoding="UTF-8"?>
<HealthData locale="en_US">
 <Record type="HKQuantityTypeIdentifierStepCount" sourceName="Anna&#x2019;s Apple Watch" device="&lt;&lt;HKDevice: 0x1&gt;, name:Apple Watch, model:Watch&gt;" startDate="2027-03-04 17:00:00 +0100" endDate="2027-03-04 17:10:00 +0100" value="1200"/>
 <Record type="HKQuantityTypeIdentifierStepCount" sourceName="Anna&#x2019;s iPhone" startDate="2027-03-04 17:00:00 +0100" endDate="2027-03-04 17:10:00 +0100" value="1150"/>
 <Record type="HKCategoryTypeIdentifierSleepAnalysis" sourceName="Anna&#x2019;s Apple Watch" startDate="2027-03-04 23:40:00 +0100" endDate="2027-03-05 06:50:00 +0100" value="HKCategoryValueSleepAnalysisAsleepCore"/>
 <Workout workoutActivityType="HKWorkoutActivityTypeRunning" duration="31.6" durationUnit="min" sourceName="Anna&#x2019;s Apple Watch" startDate="2027-03-04 18:00:00 +0100" endDate="2027-03-04 18:32:00 +0100"/>
</HealthData>`
	s := tracker.NewSummariser(model.DefaultCutover)
	if err := tracker.ReadAppleHealth(context.Background(), strings.NewReader(export), s); err != nil {
		fmt.Println(err) // a sentence for the person; discard s
		return
	}
	for _, d := range s.Days() {
		fmt.Printf("%s: %d steps from %s, ran %d min, slept %s-%s\n",
			d.Date, *d.Steps, d.StepsFrom.Device, *d.RunMin, d.SleepStart, d.SleepEnd)
	}
	// Output:
	// 2027-03-04: 1200 steps from Anna’s Apple Watch, ran 32 min, slept 23:40-06:50
}
