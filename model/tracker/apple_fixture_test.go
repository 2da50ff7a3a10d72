package tracker

import (
	"archive/zip"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// The head of a real export: a DOCTYPE with an internal DTD subset,
// comments in it, and the elements before the records.
const hkHead = `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE HealthData [
<!-- HealthKit Export Version: 14 -->
<!ELEMENT HealthData (ExportDate,Me,(Record|Correlation|Workout|ActivitySummary|ClinicalRecord|Audiogram|VisionPrescription)*)>
<!ATTLIST HealthData
  locale CDATA #REQUIRED
>
<!ELEMENT ExportDate EMPTY>
<!ATTLIST ExportDate
  value CDATA #REQUIRED
>
<!ELEMENT Record ((MetadataEntry|HeartRateVariabilityMetadataList)*)>
<!ATTLIST Record
  type          CDATA #REQUIRED
  unit          CDATA #IMPLIED
  value         CDATA #IMPLIED
  sourceName    CDATA #REQUIRED
  sourceVersion CDATA #IMPLIED
  device        CDATA #IMPLIED
  creationDate  CDATA #IMPLIED
  startDate     CDATA #REQUIRED
  endDate       CDATA #REQUIRED
>
<!-- Note: Any Records that appear as children of a correlation also appear as top-level records in this document. -->
<!ELEMENT Workout ((MetadataEntry|WorkoutEvent|WorkoutRoute|WorkoutStatistics)*)>
<!ATTLIST Workout
  workoutActivityType   CDATA #REQUIRED
  duration              CDATA #IMPLIED
  durationUnit          CDATA #IMPLIED
  totalDistance         CDATA #IMPLIED
  totalDistanceUnit     CDATA #IMPLIED
  sourceName            CDATA #REQUIRED
  startDate             CDATA #REQUIRED
  endDate               CDATA #REQUIRED
>
]>
<HealthData locale="en_US">
 <ExportDate value="2027-12-01 09:14:02 +0100"/>
 <Me HKCharacteristicTypeIdentifierDateOfBirth="1970-01-01" HKCharacteristicTypeIdentifierBiologicalSex="HKBiologicalSexFemale"/>
`

const hkTail = "</HealthData>\n"

const (
	hkWatch     = `sourceName="Anna&#x2019;s Apple Watch" sourceVersion="10.1" device="&lt;&lt;HKDevice: 0x283f5c6e0&gt;, name:Apple Watch, manufacturer:Apple Inc., model:Watch, hardware:Watch6,1, software:10.1&gt;"`
	hkPhone     = `sourceName="Anna&#x2019;s iPhone" sourceVersion="17.3" device="&lt;&lt;HKDevice: 0x280d2a3f0&gt;, name:iPhone, manufacturer:Apple Inc., model:iPhone, hardware:iPhone14,5, software:17.3&gt;"`
	hkWatchName = "Anna’s Apple Watch"
	hkPhoneName = "Anna’s iPhone"
)

func hkStepRec(src, start, end string, n int) string {
	return fmt.Sprintf(` <Record type="HKQuantityTypeIdentifierStepCount" %s unit="count" creationDate="%s" startDate="%s" endDate="%s" value="%d"/>`+"\n", src, end, start, end, n)
}

func hkSleepRec(src, start, end, stage string) string {
	return fmt.Sprintf(` <Record type="HKCategoryTypeIdentifierSleepAnalysis" %s creationDate="%s" startDate="%s" endDate="%s" value="HKCategoryValueSleepAnalysis%s">
  <MetadataEntry key="HKTimeZone" value="Europe/Berlin"/>
 </Record>`+"\n", src, end, start, end, stage)
}

func hkHeartRec(start string) string {
	return fmt.Sprintf(` <Record type="HKQuantityTypeIdentifierHeartRate" %s unit="count/min" creationDate="%s" startDate="%s" endDate="%s" value="62">
  <MetadataEntry key="HKMetadataKeyHeartRateMotionContext" value="0"/>
 </Record>`+"\n", hkWatch, start, start, start)
}

// hkExport is a whole export.xml around body.
func hkExport(body ...string) string { return hkHead + strings.Join(body, "") + hkTail }

// writeZip makes a zip holding the given entries, as the Health app does.
func writeZip(t *testing.T, entries map[string]string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), "export.zip")
	f, err := os.Create(p)
	if err != nil {
		t.Fatal(err)
	}
	z := zip.NewWriter(f)
	for name, body := range entries {
		w, err := z.Create(name)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := w.Write([]byte(body)); err != nil {
			t.Fatal(err)
		}
	}
	if err := z.Close(); err != nil {
		t.Fatal(err)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
	return p
}
