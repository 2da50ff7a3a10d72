package sqlstore

import (
	"errors"
	"strings"
	"testing"

	"github.com/crampdiary/crampdiary/model"
)

func TestImportIsIdempotent(t *testing.T) {
	db := MustOpenDB(t)
	days := []model.Day{fullDay("2026-11-20"), {Date: "2026-11-21", NightChecked: true}}
	cramps := []model.Cramp{
		{Night: "2026-11-20", Time: ptr(model.Clock(3 * 60)), Muscle: model.Calf, Side: model.Left},
		{Night: "2026-11-22", Muscle: model.Foot, Side: model.Right},
	}
	for i := 0; i < 2; i++ {
		if err := db.Import(ctx, days, cramps); err != nil {
			t.Fatal(err)
		}
		if d, c := mustCounts(t, db); d != 3 || c != 2 {
			t.Fatalf("import %d: %d days, %d cramps", i+1, d, c)
		}
	}
	night, _ := db.Day(ctx, "2026-11-22")
	if !night.NightChecked {
		t.Fatal("night named only by a cramp was not created checked")
	}
}

func TestImportReplacesCrampsOfNamedNightsOnly(t *testing.T) {
	db := MustOpenDB(t)
	mustSaveCramp(t, db, model.Cramp{Night: "2026-11-10", Muscle: model.Calf, Side: model.Left})
	mustSaveCramp(t, db, model.Cramp{Night: "2026-11-11", Muscle: model.Calf, Side: model.Left})
	// Night 11 is named with no cramps: the file says it had none.
	if err := db.Import(ctx, []model.Day{{Date: "2026-11-11", NightChecked: true}}, nil); err != nil {
		t.Fatal(err)
	}
	cramps, _ := db.Cramps(ctx, model.FirstDate, model.LastDate)
	if len(cramps) != 1 || cramps[0].Night != "2026-11-10" {
		t.Fatalf("cramps after import: %+v", cramps)
	}
}

func TestImportBadRowChangesNothing(t *testing.T) {
	db := MustOpenDB(t)
	mustSaveDay(t, db, model.Day{Date: "2026-11-01", Steps: ptr(1000)})
	days := []model.Day{{Date: "2026-11-01", Steps: ptr(2000)}, {Date: "2026-11-02", SleepQuality: ptr(9)}}
	err := db.Import(ctx, days, nil)
	if !errors.Is(err, model.ErrInvalid) {
		t.Fatalf("bad import: %v", err)
	}
	got, _ := db.Day(ctx, "2026-11-01")
	if d, _ := mustCounts(t, db); d != 1 || *got.Steps != 1000 {
		t.Fatalf("failed import half-wrote: %d days, steps %d", d, *got.Steps)
	}
}

func TestImportRejectsADateTwice(t *testing.T) {
	db := MustOpenDB(t)
	err := db.Import(ctx, []model.Day{{Date: "2026-11-01", Steps: ptr(1)}, {Date: "2026-11-01", Steps: ptr(2)}}, nil)
	if !errors.Is(err, model.ErrInvalid) || !strings.Contains(err.Error(), "day 2026-11-01 appears twice") {
		t.Fatalf("duplicate date: %v", err)
	}
}
