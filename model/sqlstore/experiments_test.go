package sqlstore

import (
	"errors"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/crampdiary/crampdiary/model"
	"github.com/crampdiary/crampdiary/model/experiment"
)

// today is the diary day of testNow.
var today = model.DateOf(testNow)

func mustNewExperiment(t *testing.T, id experiment.TemplateID, start model.Date, seed int64) experiment.Experiment {
	t.Helper()
	tpl, _ := experiment.TemplateByID(id)
	e, err := experiment.New(tpl, start, tpl.Plan, seed)
	if err != nil {
		t.Fatalf("new experiment: %v", err)
	}
	return e
}

func mustCreate(t *testing.T, db *DB, e experiment.Experiment) experiment.Experiment {
	t.Helper()
	if err := db.CreateExperiment(ctx, &e); err != nil {
		t.Fatalf("create experiment: %v", err)
	}
	return e
}

// sameExperiment compares two experiments ignoring the time zone of CreatedAt.
func sameExperiment(t *testing.T, got, want experiment.Experiment) {
	t.Helper()
	if !got.CreatedAt.Equal(want.CreatedAt) {
		t.Errorf("created_at %v, want %v", got.CreatedAt, want.CreatedAt)
	}
	got.CreatedAt = want.CreatedAt
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("experiment changed on the way through the file:\n got %+v\nwant %+v", got, want)
	}
}

func TestExperimentRoundTrip(t *testing.T) {
	db := MustOpenDB(t)
	e := mustNewExperiment(t, experiment.TemplateSleepWindow, today, 42)
	e.Nights[0].Kept = ptr(true)
	e = mustCreate(t, db, e)
	if e.ID == 0 || !e.CreatedAt.Equal(testNow) {
		t.Fatalf("id %d, created %v", e.ID, e.CreatedAt)
	}
	got, err := db.Experiment(ctx, e.ID)
	if err != nil {
		t.Fatal(err)
	}
	sameExperiment(t, got, e)
	all, err := db.Experiments(ctx)
	if err != nil || len(all) != 1 {
		t.Fatalf("Experiments = %d, %v", len(all), err)
	}
	sameExperiment(t, all[0], e)
	if _, err := db.Experiment(ctx, e.ID+1); !errors.Is(err, model.ErrNotFound) {
		t.Errorf("missing experiment: %v", err)
	}
}

func TestCreateExperimentRefusals(t *testing.T) {
	db := MustOpenDB(t)
	first := mustCreate(t, db, mustNewExperiment(t, experiment.TemplateNoAlcohol, today.AddDays(-1), 1))
	stopped := mustNewExperiment(t, experiment.TemplateNoAlcohol, today.AddDays(60), 1)
	stopped.Status, stopped.StoppedOn = experiment.StatusStopped, stopped.Start
	for _, tc := range []struct {
		name string
		e    experiment.Experiment
		says string
	}{
		{"two days back", mustNewExperiment(t, experiment.TemplateNoAlcohol, today.AddDays(-2), 1), "more than a day in the past"},
		{"overlap", mustNewExperiment(t, experiment.TemplateBedtimeStretch, first.End(), 1), "start this one on " + string(first.End().AddDays(1))},
		{"same start", mustNewExperiment(t, experiment.TemplateBedtimeStretch, first.Start, 1), "also starts on"},
		{"stopped", stopped, "must be active"},
		{"next year", mustNewExperiment(t, experiment.TemplateNoAlcohol, today.AddDays(400), 1), "more than a year ahead"},
		{"answered ahead", func() experiment.Experiment {
			e := mustNewExperiment(t, experiment.TemplateNoAlcohol, first.End().AddDays(1), 1)
			e.Nights[3].Kept = ptr(true)
			return e
		}(), "has not come yet"},
	} {
		err := db.CreateExperiment(ctx, &tc.e)
		if !errors.Is(err, model.ErrInvalid) || !strings.Contains(err.Error(), tc.says) {
			t.Errorf("%s: err = %v, want ErrInvalid saying %q", tc.name, err, tc.says)
		}
	}
	if all, _ := db.Experiments(ctx); len(all) != 1 {
		t.Errorf("%d experiments stored after refusals, want 1", len(all))
	}
	mustCreate(t, db, mustNewExperiment(t, experiment.TemplateBedtimeStretch, first.End().AddDays(1), 1))
}

func TestSetAdherence(t *testing.T) {
	db := MustOpenDB(t)
	e := mustCreate(t, db, mustNewExperiment(t, experiment.TemplateWaterSalt, today.AddDays(-1), 7))
	if err := db.SetAdherence(ctx, e.ID, today.AddDays(-1), ptr(false)); err != nil {
		t.Fatal(err)
	}
	if err := db.SetAdherence(ctx, e.ID, today, ptr(true)); err != nil {
		t.Fatal(err)
	}
	got, _ := db.Experiment(ctx, e.ID)
	if k := got.Nights[0].Kept; k == nil || *k {
		t.Errorf("night 1 kept = %v, want no", k)
	}
	if k := got.Nights[1].Kept; k == nil || !*k {
		t.Errorf("night 2 kept = %v, want yes", k)
	}
	if err := db.SetAdherence(ctx, e.ID, today, nil); err != nil {
		t.Fatal(err)
	}
	if got, _ := db.Experiment(ctx, e.ID); got.Nights[1].Kept != nil {
		t.Error("nil must clear the answer")
	}
	for _, tc := range []struct {
		d    model.Date
		id   uint
		want error
	}{
		{today.AddDays(1), e.ID, model.ErrInvalid},
		{today.AddDays(-2), e.ID, model.ErrInvalid},
		{today, e.ID + 1, model.ErrNotFound},
	} {
		if err := db.SetAdherence(ctx, tc.id, tc.d, ptr(true)); !errors.Is(err, tc.want) {
			t.Errorf("night %s of %d: err = %v, want %v", tc.d, tc.id, err, tc.want)
		}
	}
}

func TestStopExperimentFreesTheRemainingNights(t *testing.T) {
	db := MustOpenDB(t)
	e := mustCreate(t, db, mustNewExperiment(t, experiment.TemplateBedtimeStretch, today.AddDays(-1), 3))
	if err := db.StopExperiment(ctx, e.ID, today.AddDays(1)); !errors.Is(err, model.ErrInvalid) {
		t.Errorf("stop in the future: %v", err)
	}
	if err := db.StopExperiment(ctx, e.ID, today); err != nil {
		t.Fatal(err)
	}
	got, _ := db.Experiment(ctx, e.ID)
	if !got.StoppedEarly() || got.StoppedOn != today || got.LastNight() != today || len(got.Nights) != e.Plan.Length() {
		t.Errorf("after stop: status %s, stopped on %s, %d nights kept", got.Status, got.StoppedOn, len(got.Nights))
	}
	if err := db.StopExperiment(ctx, e.ID, today); !errors.Is(err, model.ErrInvalid) {
		t.Errorf("second stop: %v", err)
	}
	if err := db.SetAdherence(ctx, e.ID, today.AddDays(1), ptr(true)); !errors.Is(err, model.ErrInvalid) {
		t.Errorf("answer after the stop: %v", err)
	}
	mustCreate(t, db, mustNewExperiment(t, experiment.TemplateNoAlcohol, today.AddDays(1), 4))
}

func TestDeleteExperimentKeepsTheDiary(t *testing.T) {
	db := MustOpenDB(t)
	mustSaveDay(t, db, model.Day{Date: today, NightChecked: true})
	e := mustCreate(t, db, mustNewExperiment(t, experiment.TemplateNoAlcohol, today, 1))
	if err := db.DeleteExperiment(ctx, e.ID); err != nil {
		t.Fatal(err)
	}
	var nights int64
	db.gorm.Model(&nightRow{}).Count(&nights)
	if nights != 0 {
		t.Errorf("%d schedule rows left after delete", nights)
	}
	if d, _ := mustCounts(t, db); d != 1 {
		t.Errorf("the diary lost its day")
	}
	if err := db.DeleteExperiment(ctx, e.ID); !errors.Is(err, model.ErrNotFound) {
		t.Errorf("second delete: %v", err)
	}
}

// A past, stopped experiment with answers comes in whole; importing it again,
// or a changed copy with the same start, replaces it in place.
func TestImportUpsertsExperimentsByStart(t *testing.T) {
	db := MustOpenDB(t)
	past := mustNewExperiment(t, experiment.TemplateSteadyLoad, "2026-08-03", 11)
	past.Nights[0].Kept, past.Nights[1].Kept = ptr(true), ptr(false)
	past, _ = past.Stop("2026-09-01")
	if err := db.ImportWithExperiments(ctx, nil, nil, []experiment.Experiment{past}); err != nil {
		t.Fatal(err)
	}
	first, _ := db.Experiments(ctx)
	if err := db.ImportWithExperiments(ctx, nil, nil, []experiment.Experiment{past}); err != nil {
		t.Fatal(err)
	}
	again, _ := db.Experiments(ctx)
	if len(again) != 1 || !reflect.DeepEqual(first, again) {
		t.Fatalf("importing twice changed the diary:\n%+v\n%+v", first, again)
	}
	past.Title = "Steady load, second try"
	if err := db.ImportWithExperiments(ctx, nil, nil, []experiment.Experiment{past}); err != nil {
		t.Fatal(err)
	}
	got, _ := db.Experiments(ctx)
	if len(got) != 1 || got[0].ID != first[0].ID || got[0].Title != past.Title || !got[0].CreatedAt.Equal(first[0].CreatedAt) {
		t.Errorf("replaced experiment: %+v", got[0])
	}
}

func TestImportRefusesOverlapAndChangesNothing(t *testing.T) {
	db := MustOpenDB(t)
	stored := mustCreate(t, db, mustNewExperiment(t, experiment.TemplateNoAlcohol, today, 1))
	clash := mustNewExperiment(t, experiment.TemplateBedtimeStretch, today.AddDays(-3), 2)
	err := db.ImportWithExperiments(ctx, []model.Day{{Date: "2026-11-01", NightChecked: true}}, nil, []experiment.Experiment{clash})
	if !errors.Is(err, model.ErrInvalid) || !strings.Contains(err.Error(), "already has the nights") {
		t.Fatalf("overlap: %v", err)
	}
	if d, _ := mustCounts(t, db); d != 0 {
		t.Error("a refused import saved its days")
	}
	twins := []experiment.Experiment{mustNewExperiment(t, experiment.TemplateNoAlcohol, "2026-01-05", 1), mustNewExperiment(t, experiment.TemplateNoAlcohol, "2026-01-05", 2)}
	if err := db.ImportWithExperiments(ctx, nil, nil, twins); !errors.Is(err, model.ErrInvalid) {
		t.Errorf("two with one start: %v", err)
	}
	bad := mustNewExperiment(t, experiment.TemplateNoAlcohol, "2026-01-05", 1)
	bad.Nights[0].Condition = experiment.CondBaseline
	if err := db.ImportWithExperiments(ctx, nil, nil, []experiment.Experiment{bad}); !errors.Is(err, model.ErrInvalid) {
		t.Errorf("broken schedule: %v", err)
	}
	// The stored experiment may be replaced by a copy of itself from a file.
	stored.ID = 0
	if err := db.ImportWithExperiments(ctx, nil, nil, []experiment.Experiment{stored}); err != nil {
		t.Errorf("re-import of the stored experiment: %v", err)
	}
}

// A bad day refuses the whole import: the experiments written first in the
// same transaction are rolled back with it.
func TestImportRefusesABadDayAndKeepsNoExperiment(t *testing.T) {
	db := MustOpenDB(t)
	e := mustNewExperiment(t, experiment.TemplateSteadyLoad, "2026-08-03", 11)
	bad := []model.Day{{Date: "2026-08-04", NightChecked: true, SleepQuality: ptr(9)}}
	if err := db.ImportWithExperiments(ctx, bad, nil, []experiment.Experiment{e}); !errors.Is(err, model.ErrInvalid) {
		t.Fatalf("import with a bad day: %v", err)
	}
	if got, err := db.Experiments(ctx); err != nil || len(got) != 0 {
		t.Errorf("after a refused import: %d experiments, %v", len(got), err)
	}
	err := db.ImportStreamWithExperiments(ctx, func(model.ImportWriter) error { return errors.New("file ended early") },
		[]experiment.Experiment{e})
	if err == nil {
		t.Fatal("a failing fill was not reported")
	}
	if got, _ := db.Experiments(ctx); len(got) != 0 {
		t.Errorf("after a failed stream: %d experiments", len(got))
	}
}

// A diary from before experiments existed takes them after the upgrade.
func TestSchema1DiaryTakesExperiments(t *testing.T) {
	path := filepath.Join(t.TempDir(), "crampdiary.db")
	writeSchema1Diary(t, path)
	db := mustOpenAt(t, path)
	e := mustCreate(t, db, mustNewExperiment(t, experiment.TemplateEarlierWorkouts, today, 5))
	if got, err := db.Experiment(ctx, e.ID); err != nil || len(got.Nights) != 70 {
		t.Fatalf("after upgrade: %d nights, %v", len(got.Nights), err)
	}
}
