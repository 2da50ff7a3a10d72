package tracker

import (
	"context"
	"errors"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/crampdiary/crampdiary/model"
)

func readApple(t *testing.T, xml string) *Collect {
	t.Helper()
	var c Collect
	if err := ReadAppleHealth(context.Background(), strings.NewReader(xml), &c); err != nil {
		t.Fatal(err)
	}
	return &c
}

// appleRecordsExport has every kind of record the reader keeps, and some it
// skips, in the shapes of old and new exports.
func appleRecordsExport() string {
	return hkExport(
		hkHeartRec("2027-03-10 07:00:00 +0100"),
		hkStepRec(hkWatch, "2027-03-10 07:12:00 +0100", "2027-03-10 07:21:43 +0100", 812),
		hkStepRec(hkPhone, "2027-03-10 07:10:00 -0500", "2027-03-10 07:20:00 -0500", 790),
		hkSleepRec(hkWatch, "2027-03-10 23:40:00 +0100", "2027-03-11 00:10:00 +0100", "AsleepCore"),
		hkSleepRec(hkWatch, "2027-03-11 00:10:00 +0100", "2027-03-11 00:40:00 +0100", "AsleepDeep"),
		hkSleepRec(hkWatch, "2027-03-11 00:40:00 +0100", "2027-03-11 00:50:00 +0100", "Awake"),
		hkSleepRec(hkWatch, "2027-03-11 00:50:00 +0100", "2027-03-11 01:20:00 +0100", "AsleepREM"),
		hkSleepRec(hkPhone, "2027-03-10 23:00:00 +0100", "2027-03-11 07:00:00 +0100", "InBed"),
		hkSleepRec(hkPhone, "2019-03-10 23:00:00 +0100", "2019-03-11 07:00:00 +0100", "Asleep"),
		hkSleepRec(hkPhone, "2027-03-10 23:00:00 +0100", "2027-03-11 07:00:00 +0100", "SomethingNew"),
		` <Workout workoutActivityType="HKWorkoutActivityTypeRunning" duration="32.5" durationUnit="min" totalDistance="5.2" totalDistanceUnit="km" `+hkWatch+` creationDate="2019-05-01 19:00:00 +0200" startDate="2019-05-01 18:20:00 +0200" endDate="2019-05-01 18:55:00 +0200">
  <MetadataEntry key="HKIndoorWorkout" value="0"/>
  <WorkoutEvent type="HKWorkoutEventTypePause" date="2019-05-01 18:30:00 +0200"/>
 </Workout>
 <Workout workoutActivityType="HKWorkoutActivityTypeWalking" duration="60" durationUnit="min" `+hkWatch+` startDate="2027-05-02 10:00:00 +0200" endDate="2027-05-02 11:00:00 +0200">
  <WorkoutStatistics type="HKQuantityTypeIdentifierDistanceWalkingRunning" startDate="2027-05-02 10:00:00 +0200" endDate="2027-05-02 11:00:00 +0200" sum="4" unit="km"/>
 </Workout>
 <Workout workoutActivityType="HKWorkoutActivityTypeRunning" duration="2400" durationUnit="s" `+hkWatch+` startDate="2027-05-03 18:00:00 +0200" endDate="2027-05-03 18:41:00 +0200">
  <WorkoutStatistics type="HKQuantityTypeIdentifierActiveEnergyBurned" startDate="2027-05-03 18:00:00 +0200" endDate="2027-05-03 18:41:00 +0200" sum="400" unit="kcal"/>
  <WorkoutStatistics type="HKQuantityTypeIdentifierDistanceWalkingRunning" startDate="2027-05-03 18:00:00 +0200" endDate="2027-05-03 18:41:00 +0200" sum="3.1" unit="mi"/>
 </Workout>
 <Workout workoutActivityType="HKWorkoutActivityTypeRunning" `+hkPhone+` startDate="2027-05-04 07:00:00 +0200" endDate="2027-05-04 07:20:00 +0200"/>
`)
}

func TestAppleHealthRecords(t *testing.T) {
	xml := appleRecordsExport()
	c := readApple(t, xml)

	if len(c.StepRecords) != 2 {
		t.Fatalf("steps: %+v", c.StepRecords)
	}
	w, p := c.StepRecords[0], c.StepRecords[1]
	if w.Count != 812 || w.Source.Device != hkWatchName || !w.Source.Worn || w.Source.Format != AppleHealth {
		t.Errorf("watch steps: %+v", w)
	}
	if p.Count != 790 || p.Source.Device != hkPhoneName || p.Source.Worn {
		t.Errorf("phone steps: %+v", p)
	}
	if got := p.Start.Format("2006-01-02 15:04 -0700"); got != "2027-03-10 07:10 -0500" {
		t.Errorf("phone start %s: the offset of the file must be kept", got)
	}

	var stages []SleepStage
	for _, s := range c.SleepRecords {
		stages = append(stages, s.Stage)
	}
	want := []SleepStage{Asleep, Asleep, Awake, Asleep, InBed, Asleep}
	if len(stages) != len(want) {
		t.Fatalf("sleep stages %v, want %v (an unknown value is skipped)", stages, want)
	}
	for i := range want {
		if stages[i] != want[i] {
			t.Errorf("sleep stage %d = %v, want %v", i, stages[i], want[i])
		}
	}

	if len(c.RunRecords) != 3 {
		t.Fatalf("runs: %+v (the walk is not a run)", c.RunRecords)
	}
	for i, want := range []struct {
		dur  time.Duration
		dist float64
	}{{32*time.Minute + 30*time.Second, 5200}, {40 * time.Minute, 3.1 * 1609.344}, {20 * time.Minute, 0}} {
		r := c.RunRecords[i]
		if r.Duration != want.dur || r.DistanceM < want.dist-0.01 || r.DistanceM > want.dist+0.01 {
			t.Errorf("run %d: %v %.1f m, want %v %.1f m", i, r.Duration, r.DistanceM, want.dur, want.dist)
		}
	}

	var ref Collect
	if err := readAppleHealthXML(strings.NewReader(xml), &ref); err != nil {
		t.Fatal(err)
	}
	if a, b := recordsText(c), recordsText(&ref); a != b {
		t.Errorf("fast and encoding/xml readers differ:\n%s\n---\n%s", a, b)
	}
}

func TestAppleHealthEntitiesInAttributes(t *testing.T) {
	src := `sourceName="Jo &amp; Sam&apos;s &lt;Watch&gt; &#233;&#xe9; &quot;x&quot;" device="a&#13;&#10;b"`
	c := readApple(t, hkExport(hkStepRec(src, "2027-01-01 10:00:00 +0000", "2027-01-01 10:01:00 +0000", 5)))
	if got := c.StepRecords[0].Source.Device; got != `Jo & Sam's <Watch> éé "x"` {
		t.Errorf("source %q", got)
	}
	if !c.StepRecords[0].Source.Worn {
		t.Error("a source named Watch is worn")
	}
}

func TestAppleHealthFileZipAndXML(t *testing.T) {
	xml := hkExport(hkStepRec(hkWatch, "2027-01-01 10:00:00 +0000", "2027-01-01 10:01:00 +0000", 5))
	paths := map[string]string{
		"export.xml":     writeFile(t, "export.xml", xml),
		"export.zip":     writeZip(t, map[string]string{"apple_health_export/export_cda.xml": "<ClinicalDocument/>", "apple_health_export/export.xml": xml}),
		"re-zipped":      writeZip(t, map[string]string{"Export/export.xml": xml}),
		"no zip on name": writeFile(t, "health.dat", xml),
	}
	for name, p := range paths {
		var c Collect
		if err := ReadAppleHealthFile(context.Background(), p, &c); err != nil {
			t.Errorf("%s: %v", name, err)
		} else if len(c.StepRecords) != 1 || c.StepRecords[0].Count != 5 {
			t.Errorf("%s: %+v", name, c.StepRecords)
		}
	}
}

func TestAppleHealthRefusesBadFiles(t *testing.T) {
	good := hkExport(hkHeartRec("2027-01-01 10:00:00 +0000"), hkStepRec(hkWatch, "2027-01-01 10:00:00 +0000", "2027-01-01 10:01:00 +0000", 5))
	zipped := writeZip(t, map[string]string{"apple_health_export/export.xml": good})
	whole, err := os.ReadFile(zipped)
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name, file, content string
		kind                error
		says                []string
	}{
		{"xml cut short", "export.xml", good[:len(good)*2/3], ErrCutShort, []string{"export.xml is cut short at line", "Export it again"}},
		{"xml cut in a tag", "export.xml", good[:strings.Index(good, "value=\"5\"")], ErrCutShort, []string{"export.xml is cut short at line 43"}},
		{"zip cut short", "export.zip", string(whole[:len(whole)-30]), ErrCutShort, []string{"export.zip is not a complete zip file"}},
		{"other xml", "export.xml", `<?xml version="1.0"?><gpx><trk/></gpx>`, ErrNotExport, []string{"export.xml is not an Apple Health export", "<gpx>"}},
		{"not xml", "export.xml", "date,steps\n2027-01-01,5\n", ErrNotExport, []string{"no <HealthData>"}},
		{"empty", "export.xml", "", ErrNotExport, []string{"is not an Apple Health export"}},
		{"bad date", "export.xml", hkExport(hkStepRec(hkWatch, "2027-02-30 10:00:00 +0000", "2027-01-01 10:01:00 +0000", 5)), ErrDamaged,
			[]string{"export.xml, line 40: a record has a start date that is not a date", `"2027-02-30 10:00:00 +0000"`}},
		{"bad entity", "export.xml", hkExport(hkStepRec(`sourceName="A &nbsp; B"`, "2027-01-01 10:00:00 +0000", "2027-01-01 10:01:00 +0000", 5)), ErrDamaged,
			[]string{"export.xml is damaged at line 40", "entity"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			var c Collect
			err := ReadAppleHealthFile(context.Background(), writeFile(t, tc.file, tc.content), &c)
			if !errors.Is(err, tc.kind) || !errors.Is(err, model.ErrInvalid) {
				t.Fatalf("got %v, want %v", err, tc.kind)
			}
			for _, s := range tc.says {
				if !strings.Contains(err.Error(), s) {
					t.Errorf("%q does not say %q", err, s)
				}
			}
		})
	}
	zipNoExport := writeZip(t, map[string]string{"photos/a.jpg": "x"})
	if err := ReadAppleHealthFile(context.Background(), zipNoExport, &Collect{}); !errors.Is(err, ErrNotExport) || !strings.Contains(err.Error(), "without an export.xml") {
		t.Errorf("zip without export.xml: %v", err)
	}
}

func TestAppleHealthStopsWhenCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	err := ReadAppleHealth(ctx, strings.NewReader(hkExport()), &Collect{})
	if !errors.Is(err, context.Canceled) {
		t.Errorf("got %v", err)
	}
}

func TestAppleHealthRefusesDamagedZipData(t *testing.T) {
	var body strings.Builder
	for i := range 2000 {
		body.WriteString(hkStepRec(hkWatch, "2027-01-01 10:00:00 +0000", "2027-01-01 10:01:00 +0000", i))
	}
	p := writeZip(t, map[string]string{"apple_health_export/export.xml": hkExport(body.String())})
	data, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	for i := len(data) / 3; i < len(data)/3+64; i++ {
		data[i] ^= 0x5a
	}
	if err := os.WriteFile(p, data, 0o600); err != nil {
		t.Fatal(err)
	}
	err = ReadAppleHealthFile(context.Background(), p, &Collect{})
	var fe *FileError
	if !errors.As(err, &fe) || !errors.Is(err, model.ErrInvalid) || !strings.HasPrefix(err.Error(), "export.zip") {
		t.Errorf("got %v, want a FileError about export.zip", err)
	}
}
