package tracker

import (
	"bytes"
	"context"
	"testing"
)

// FuzzAppleHealth holds the fast scanner to the encoding/xml reference:
// whenever the reference accepts an input, the scanner must accept it too
// and pass on exactly the same records. The other way round is not
// required: the scanner does not check that the elements it skips are
// well-formed, so it may read records from a file encoding/xml rejects as a
// whole. Both refuse a file cut short inside the HealthData element, a file
// whose first element is not HealthData, and bad attributes of kept records.
//
//	go test -fuzz=FuzzAppleHealth ./model/tracker
func FuzzAppleHealth(f *testing.F) {
	for _, seed := range appleFuzzSeeds() {
		f.Add([]byte(seed))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		var fast, ref Collect
		fastErr := ReadAppleHealth(context.Background(), bytes.NewReader(data), &fast)
		refErr := readAppleHealthXML(bytes.NewReader(data), &ref)
		if refErr != nil {
			return
		}
		if fastErr != nil {
			t.Fatalf("encoding/xml reads the input, the scanner refuses it: %v", fastErr)
		}
		if a, b := recordsText(&fast), recordsText(&ref); a != b {
			t.Fatalf("records differ:\nscanner:\n%s\nencoding/xml:\n%s", a, b)
		}
	})
}

func appleFuzzSeeds() []string {
	step := hkStepRec(hkWatch, "2027-01-01 10:00:00 +0000", "2027-01-01 10:01:00 +0000", 5)
	return []string{
		hkExport(step),
		hkExport("<!-- " + step + " -->"),
		hkExport("<![CDATA[" + step + "]]>"),
		hkExport("<?pi " + step + " ?>"),
		`<!DOCTYPE HealthData [ <!ATTLIST x a CDATA "<Record>"> <!-- > --> ]><HealthData>` + step + `</HealthData>`,
		"<HealthData>" + step + "<Record type='HKQuantityTypeIdentifierStepCount'\n value = '7' startDate='2027-01-01 10:00:00 +0000' endDate='2027-01-01 10:00:00 +0000' sourceName='a&#x3c;'></Record></HealthData>",
		hkExport(`<Workout workoutActivityType="HKWorkoutActivityTypeRunning" duration="30" startDate="2027-01-01 10:00:00 +0000" endDate="2027-01-01 10:30:00 +0000"><Workout workoutActivityType="x"><WorkoutStatistics type="HKQuantityTypeIdentifierDistanceWalkingRunning" sum="1" unit="km"/></Workout><WorkoutStatistics type="HKQuantityTypeIdentifierDistanceWalkingRunning" sum="2" unit="km"/></Workout>`),
		hkExport(hkSleepRec(hkPhone, "2027-01-01 23:00:00 -0500", "2027-01-02 07:00:00 -0500", "InBed")),
		"<HealthData/>",
		"<Other/>",
	}
}
