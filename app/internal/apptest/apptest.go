// Package apptest holds what the tests of app/cli and app/desktop share: the
// afternoon their clocks stand at, a diary to look into, and a phone export.
package apptest

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/crampdiary/crampdiary/app/internal/datadir"
	"github.com/crampdiary/crampdiary/model/sqlstore"
)

// Now is the clock of the tests: an ordinary afternoon, when the diary's
// today is the calendar date and last night has ended.
var Now = time.Date(2027, 6, 15, 14, 0, 0, 0, time.UTC)

// OpenDiary opens the diary in dir for the test to look at or fill.
func OpenDiary(t *testing.T, dir string) *sqlstore.DB {
	t.Helper()
	if err := os.MkdirAll(dir, 0o700); err != nil {
		t.Fatal(err)
	}
	s, err := sqlstore.Open(datadir.DiaryPath(dir), sqlstore.Options{Now: func() time.Time { return Now }})
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// AppleExport writes a small Health export.xml: a watch's steps on the 10th
// and 11th, a night from the 10th to the 11th, and a run on the 11th.
func AppleExport(t *testing.T) string {
	t.Helper()
	const src = `sourceName="Anna&#x2019;s Apple Watch" device="&lt;&lt;HKDevice: 0x1&gt;, name:Apple Watch, model:Watch&gt;"`
	rec := func(typ, start, end, extra string) string {
		return fmt.Sprintf(" <Record type=%q %s startDate=%q endDate=%q %s/>\n", typ, src, start, end, extra)
	}
	body := `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE HealthData [
<!ELEMENT HealthData (ExportDate,Me,(Record|Workout)*)>
]>
<HealthData locale="en_US">
 <ExportDate value="2027-06-14 09:00:00 +0200"/>
 <Me HKCharacteristicTypeIdentifierBiologicalSex="HKBiologicalSexFemale"/>
` + rec("HKQuantityTypeIdentifierStepCount", "2027-06-10 08:00:00 +0200", "2027-06-10 09:00:00 +0200", `unit="count" value="5000"`) +
		rec("HKQuantityTypeIdentifierStepCount", "2027-06-11 08:00:00 +0200", "2027-06-11 09:00:00 +0200", `unit="count" value="8000"`) +
		rec("HKCategoryTypeIdentifierSleepAnalysis", "2027-06-10 23:30:00 +0200", "2027-06-11 06:45:00 +0200", `value="HKCategoryValueSleepAnalysisAsleepCore"`) +
		` <Workout workoutActivityType="HKWorkoutActivityTypeRunning" duration="30" durationUnit="min" ` + src + ` startDate="2027-06-11 18:00:00 +0200" endDate="2027-06-11 18:30:00 +0200"/>
</HealthData>
`
	path := filepath.Join(t.TempDir(), "export.xml")
	if err := os.WriteFile(path, []byte(body), 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}
