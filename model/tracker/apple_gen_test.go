package tracker

import (
	"bufio"
	"fmt"
	"io"
	"math/rand/v2"
	"time"
)

// writeHKExport writes an export.xml of the given number of days shaped like
// a real one: mostly heart rate (every five minutes, with metadata), heart
// rate variability with its beat lists, active energy, steps from a watch
// and a phone that overlap, staged sleep and in-bed time, runs old-style
// (totalDistance) and new-style (WorkoutStatistics), entities in attributes
// and the DOCTYPE. About 209 KB a day.
func writeHKExport(out io.Writer, days int, seed uint64) error {
	w := bufio.NewWriterSize(out, 1<<16)
	g := hkGen{w: w, rng: rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15)), zone: time.FixedZone("", -5*3600)}
	w.WriteString(hkHead)
	first := time.Date(2024, 1, 1, 0, 0, 0, 0, g.zone)
	for d := range days {
		g.day(first.AddDate(0, 0, d), d)
	}
	w.WriteString(" <ActivitySummary dateComponents=\"2024-01-01\" activeEnergyBurned=\"512\" activeEnergyBurnedGoal=\"600\" activeEnergyBurnedUnit=\"Cal\" appleExerciseTime=\"31\" appleExerciseTimeGoal=\"30\" appleStandHours=\"11\" appleStandHoursGoal=\"12\"/>\n")
	w.WriteString(hkTail)
	return w.Flush()
}

type hkGen struct {
	w    *bufio.Writer
	rng  *rand.Rand
	zone *time.Location
	buf  []byte
}

func (g *hkGen) date(t time.Time) string {
	g.buf = t.AppendFormat(g.buf[:0], "2006-01-02 15:04:05 -0700")
	return string(g.buf)
}

func (g *hkGen) rec(typ, src, unit string, start, end time.Time, value string, children string) {
	s, e := g.date(start), g.date(end)
	fmt.Fprintf(g.w, ` <Record type="%s" %s unit="%s" creationDate="%s" startDate="%s" endDate="%s" value="%s"`, typ, src, unit, e, s, e, value)
	if children == "" {
		g.w.WriteString("/>\n")
		return
	}
	fmt.Fprintf(g.w, ">\n%s </Record>\n", children)
}

func (g *hkGen) day(day time.Time, n int) {
	for m := 0; m < 24*60; m += 5 {
		t := day.Add(time.Duration(m)*time.Minute + time.Duration(g.rng.IntN(60))*time.Second)
		meta := ""
		if m%10 == 0 {
			meta = "  <MetadataEntry key=\"HKMetadataKeyHeartRateMotionContext\" value=\"1\"/>\n"
		}
		g.rec("HKQuantityTypeIdentifierHeartRate", hkWatch, "count/min", t, t, fmt.Sprint(55+g.rng.IntN(60)), meta)
		if m%15 == 0 && m >= 7*60 && m < 22*60 {
			g.rec("HKQuantityTypeIdentifierActiveEnergyBurned", hkWatch, "Cal", t, t.Add(14*time.Minute), fmt.Sprintf("%.3f", g.rng.Float64()*20), "")
		}
	}
	for k := range 3 {
		t := day.Add(time.Duration(2+k*8) * time.Hour)
		var beats []byte
		beats = append(beats, "  <HeartRateVariabilityMetadataList>\n"...)
		for b := range 60 {
			beats = fmt.Appendf(beats, "   <InstantaneousBeatsPerMinute bpm=\"%d\" time=\"%d:%02d:%02d.%02d &#x202f;AM\"/>\n", 55+g.rng.IntN(20), 2+k*8, 0, b, g.rng.IntN(100))
		}
		beats = append(beats, "  </HeartRateVariabilityMetadataList>\n"...)
		g.rec("HKQuantityTypeIdentifierHeartRateVariabilitySDNN", hkWatch, "ms", t, t.Add(time.Minute), "42.5", string(beats))
	}
	g.walks(day)
	g.sleep(day)
	if n%3 == 0 {
		g.run(day, n)
	}
}

// walks writes walking bouts recorded by the watch in short samples and by
// the phone in longer ones over the same time, plus one bout only the phone saw.
func (g *hkGen) walks(day time.Time) {
	for b := range 9 {
		start := day.Add(time.Duration(7*60+b*95+g.rng.IntN(60)) * time.Minute)
		mins := 5 + g.rng.IntN(35)
		total := 0
		for m := 0; m < mins; {
			l := min(1+g.rng.IntN(5), mins-m)
			n := l * (60 + g.rng.IntN(60))
			total += n
			s := start.Add(time.Duration(m) * time.Minute)
			if b < 8 {
				g.rec("HKQuantityTypeIdentifierStepCount", hkWatch, "count", s, s.Add(time.Duration(l)*time.Minute), fmt.Sprint(n), "")
			}
			m += l
		}
		for m := 0; m < mins; m += 10 {
			s := start.Add(time.Duration(m) * time.Minute)
			l := min(10, mins-m)
			g.rec("HKQuantityTypeIdentifierStepCount", hkPhone, "count", s, s.Add(time.Duration(l)*time.Minute), fmt.Sprint(total*l/mins*95/100), "")
		}
	}
}

var hkStages = []string{"AsleepCore", "AsleepDeep", "AsleepCore", "AsleepREM", "Awake"}

func (g *hkGen) sleep(day time.Time) {
	bed := day.Add(time.Duration(22*60+30+g.rng.IntN(90)) * time.Minute)
	t := bed.Add(10 * time.Minute)
	end := day.Add(time.Duration(30*60+g.rng.IntN(90)) * time.Minute)
	for i := 0; t.Before(end); i++ {
		l := time.Duration(5+g.rng.IntN(40)) * time.Minute
		g.rec("HKCategoryTypeIdentifierSleepAnalysis", hkWatch, "", t, t.Add(l), "HKCategoryValueSleepAnalysis"+hkStages[i%len(hkStages)],
			"  <MetadataEntry key=\"HKTimeZone\" value=\"America/New_York\"/>\n")
		t = t.Add(l)
	}
	g.rec("HKCategoryTypeIdentifierSleepAnalysis", hkPhone, "", bed, end.Add(5*time.Minute), "HKCategoryValueSleepAnalysisInBed", "")
}

func (g *hkGen) run(day time.Time, n int) {
	start := day.Add(18 * time.Hour)
	mins := 25 + g.rng.IntN(30)
	end := start.Add(time.Duration(mins) * time.Minute)
	km := float64(mins) / 5.5
	s, e := g.date(start), g.date(end)
	if n%2 == 0 {
		fmt.Fprintf(g.w, " <Workout workoutActivityType=\"HKWorkoutActivityTypeRunning\" duration=\"%d\" durationUnit=\"min\" totalDistance=\"%.3f\" totalDistanceUnit=\"km\" totalEnergyBurned=\"400\" totalEnergyBurnedUnit=\"Cal\" %s creationDate=\"%s\" startDate=\"%s\" endDate=\"%s\">\n", mins, km, hkWatch, e, s, e)
	} else {
		fmt.Fprintf(g.w, " <Workout workoutActivityType=\"HKWorkoutActivityTypeRunning\" duration=\"%d\" durationUnit=\"min\" %s creationDate=\"%s\" startDate=\"%s\" endDate=\"%s\">\n", mins, hkWatch, e, s, e)
		fmt.Fprintf(g.w, "  <WorkoutStatistics type=\"HKQuantityTypeIdentifierActiveEnergyBurned\" startDate=\"%s\" endDate=\"%s\" sum=\"400\" unit=\"Cal\"/>\n", s, e)
		fmt.Fprintf(g.w, "  <WorkoutStatistics type=\"HKQuantityTypeIdentifierDistanceWalkingRunning\" startDate=\"%s\" endDate=\"%s\" sum=\"%.3f\" unit=\"km\"/>\n", s, e, km)
	}
	fmt.Fprintf(g.w, "  <MetadataEntry key=\"HKIndoorWorkout\" value=\"0\"/>\n  <MetadataEntry key=\"HKWeatherTemperature\" value=\"61 degF\"/>\n")
	fmt.Fprintf(g.w, "  <WorkoutEvent type=\"HKWorkoutEventTypeSegment\" date=\"%s\" duration=\"5\" durationUnit=\"min\"/>\n", s)
	fmt.Fprintf(g.w, "  <WorkoutRoute sourceName=\"Anna&#x2019;s Apple Watch\" sourceVersion=\"10.1\" creationDate=\"%s\" startDate=\"%s\" endDate=\"%s\">\n   <FileReference path=\"/workout-routes/route_%s.gpx\"/>\n  </WorkoutRoute>\n </Workout>\n", e, s, e, s[:10])
}
