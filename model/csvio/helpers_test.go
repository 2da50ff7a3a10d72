package csvio_test

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/crampdiary/crampdiary/model"
	"github.com/crampdiary/crampdiary/model/csvio"
	"github.com/crampdiary/crampdiary/model/experiment"
	"github.com/crampdiary/crampdiary/model/sqlstore"
	"github.com/crampdiary/crampdiary/model/sqlstore/storetest"
)

// testNow is the fixed clock of every test: mid-afternoon, so the night of
// 2024-06-14 is over and its early-morning cramps are in the past.
var testNow = time.Date(2024, 6, 15, 14, 0, 0, 0, time.UTC)

// mustOpen opens a fresh diary file at the test clock.
func mustOpen(tb testing.TB) *sqlstore.DB {
	tb.Helper()
	return storetest.MustOpenDB(tb, testNow)
}

func ptr[T any](v T) *T { return &v }

// sampleDiary exercises every column: empty and full rows, fractional hours,
// a cramp without a time, cramps after midnight, and notes that need quoting.
func sampleDiary() ([]model.Day, []model.Cramp) {
	days := []model.Day{
		{
			Date: "2024-06-10", Steps: ptr(8400), RunMin: ptr(35), RunHard: ptr(true), Strength: ptr(false),
			StandingH: ptr(7.5), NewShoes: ptr(false), HighHeels: ptr(false), LongSitting: ptr(true),
			LateWorkout: ptr(false), SleepStart: ptr(model.Clock(23*60 + 15)), SleepEnd: ptr(model.Clock(6*60 + 40)),
			SleepQuality: ptr(3), Stress: ptr(2), AlcoholDrinks: ptr(0), LateMeal: ptr(false), Heat: ptr(true),
			FluidsGlasses: ptr(9), CaffeineCups: ptr(2), SaltChange: ptr(false), Supplements: "magnesium, 300 mg",
			Stretched: ptr(true), TightBedding: ptr(false), MedicationChange: "", NightChecked: true,
			Weakness: ptr(false), Numbness: ptr(false), SwellingOneSide: ptr(false), LegColourChange: ptr(false),
			StepsSource: "apple-health", SleepSource: "gadgetbridge",
			Notes: `Hill run, "felt it" in the calves` + "\nsecond line",
		},
		{Date: "2024-06-11", NightChecked: true},
		{Date: "2024-06-12", Steps: ptr(0), StandingH: ptr(0.25), MedicationChange: "started amlodipine 5 mg", NightChecked: false,
			Weakness: ptr(true), LegColourChange: ptr(false)},
		{Date: "2024-06-14", Steps: ptr(21000), AlcoholDrinks: ptr(3), NightChecked: true, Notes: "Wanderung – Zugspitze ✓"},
	}
	cramps := []model.Cramp{
		{Night: "2024-06-10", Time: ptr(model.Clock(2*60 + 40)), Muscle: model.Calf, Side: model.Left,
			DurationS: ptr(90), Intensity: ptr(7), Soreness: ptr(model.SorenessModerate), Relief: "toes up, walked",
			SleepLostMin: ptr(20), Notes: "woke me, \"rock hard\""},
		{Night: "2024-06-10", Time: ptr(model.Clock(23*60 + 50)), Muscle: model.Foot, Side: model.Both},
		{Night: "2024-06-11", Muscle: model.Hamstring, Side: model.Right, Notes: "time not noted"},
		{Night: "2024-06-14", Time: ptr(model.Clock(5*60 + 5)), Muscle: model.Calf, Side: model.Right, DurationS: ptr(240), Intensity: ptr(9)},
	}
	return days, cramps
}

// sampleExperiments are two past experiments: a custom night-by-night one
// whose texts need quoting, with answers "yes", "no" and none; and a phase
// design with a baseline and washout, stopped early, drawn with a negative seed.
func sampleExperiments(tb testing.TB) []experiment.Experiment {
	tb.Helper()
	custom := experiment.CustomTemplate(`Warm shower, "not too hot"`, "No shower in the evening.", "A warm shower before bed,\nabout ten minutes.")
	nightly, err := experiment.New(custom, "2024-05-01",
		experiment.Plan{Outcome: experiment.OutcomeWorstIntensity, Design: experiment.NightByNight, Nights: 6}, 12)
	if err != nil {
		tb.Fatal(err)
	}
	nightly.Nights[0].Kept, nightly.Nights[1].Kept = ptr(true), ptr(false)
	tpl, _ := experiment.TemplateByID(experiment.TemplateSleepWindow)
	phases, err := experiment.New(tpl, "2024-05-10", experiment.Plan{Outcome: experiment.OutcomeCrampNights, Design: experiment.Phases,
		Pairs: 2, PhaseDays: 3, WashoutDays: 1, BaselineDays: 3, Order: experiment.OrderRandom}, -5)
	if err != nil {
		tb.Fatal(err)
	}
	phases.Nights[4].Kept = ptr(true)
	if phases, err = phases.Stop("2024-05-20"); err != nil {
		tb.Fatal(err)
	}
	return []experiment.Experiment{nightly, phases}
}

// mustFill imports the sample diary straight through the store.
func mustFill(tb testing.TB, s csvio.Store) {
	tb.Helper()
	days, cramps := sampleDiary()
	if err := s.ImportWithExperiments(context.Background(), days, cramps, sampleExperiments(tb)); err != nil {
		tb.Fatalf("fill sample diary: %v", err)
	}
}

// snapshot is everything an export says about a diary, plus its counts.
type snapshot struct {
	days, cramps       int
	daysCSV, crampsCSV []byte
	expCSV, nightsCSV  []byte
}

func takeSnapshot(tb testing.TB, s csvio.Store) snapshot {
	tb.Helper()
	ctx := context.Background()
	dir := tb.TempDir()
	if err := csvio.Export(ctx, s, dir); err != nil {
		tb.Fatalf("export: %v", err)
	}
	nd, nc, err := s.Counts(ctx)
	if err != nil {
		tb.Fatalf("counts: %v", err)
	}
	return snapshot{
		days: nd, cramps: nc,
		daysCSV:   mustRead(tb, filepath.Join(dir, "days.csv")),
		crampsCSV: mustRead(tb, filepath.Join(dir, "cramps.csv")),
		expCSV:    mustRead(tb, filepath.Join(dir, "experiments.csv")),
		nightsCSV: mustRead(tb, filepath.Join(dir, "experiment_nights.csv")),
	}
}

func (a snapshot) equal(b snapshot) bool {
	return a.days == b.days && a.cramps == b.cramps &&
		bytes.Equal(a.daysCSV, b.daysCSV) && bytes.Equal(a.crampsCSV, b.crampsCSV) &&
		bytes.Equal(a.expCSV, b.expCSV) && bytes.Equal(a.nightsCSV, b.nightsCSV)
}

func mustRead(tb testing.TB, path string) []byte {
	tb.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		tb.Fatalf("read: %v", err)
	}
	return b
}

// writeFiles puts the two CSV texts into a fresh directory and returns it.
func writeFiles(tb testing.TB, days, cramps string) string {
	tb.Helper()
	dir := tb.TempDir()
	for name, text := range map[string]string{"days.csv": days, "cramps.csv": cramps} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o600); err != nil {
			tb.Fatalf("write %s: %v", name, err)
		}
	}
	return dir
}
