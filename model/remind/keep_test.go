package remind

import (
	"context"
	"testing"
	"time"

	"github.com/crampdiary/crampdiary/model"
	"github.com/crampdiary/crampdiary/model/sqlstore/storetest"
)

func TestKeptMarksOutliveARestart(t *testing.T) {
	db := storetest.MustOpenDB(t, at(6, 10, 21, 0))
	sc, mk := New(dueAt(t, "22:00")), NewKeeper(db)
	if err := mk.Restore(sc, false, "2026-06-10"); err != nil {
		t.Fatal(err)
	}
	assertFired(t, run(sc, at(6, 10, 21, 59), at(6, 10, 22, 0), time.Minute, notDone), "log 2026-06-10 06-10 22:00 CEST")
	if err := mk.Save(sc); err != nil {
		t.Fatal(err)
	}
	again := New(dueAt(t, "22:00"))
	if err := NewKeeper(db).Restore(again, false, "2026-06-10"); err != nil {
		t.Fatal(err)
	}
	assertFired(t, run(again, at(6, 10, 22, 1), at(6, 10, 23, 0), time.Minute, notDone), "")
}

func TestAFreshDiaryCountsTheEveningAsReminded(t *testing.T) {
	db := storetest.MustOpenDB(t, at(6, 10, 21, 0))
	sc := New(dueAt(t, "22:00"))
	if err := NewKeeper(db).Restore(sc, true, "2026-06-10"); err != nil {
		t.Fatal(err)
	}
	assertFired(t, run(sc, at(6, 10, 21, 0), at(6, 10, 23, 0), time.Minute, notDone), "")
}

func TestAnUnreadableMarkRemindsAgain(t *testing.T) {
	db := storetest.MustOpenDB(t, at(6, 10, 21, 0))
	if err := db.SetSetting(context.Background(), markKey(Log), "{broken"); err != nil {
		t.Fatal(err)
	}
	sc := New(dueAt(t, "22:00"))
	if err := NewKeeper(db).Restore(sc, false, "2026-06-10"); err == nil {
		t.Fatal("a broken mark was read without an error")
	}
	assertFired(t, run(sc, at(6, 10, 22, 0), at(6, 10, 22, 0), time.Minute, notDone), "log 2026-06-10 06-10 22:00 CEST")
}

func TestReadState(t *testing.T) {
	ctx := context.Background()
	db := storetest.MustOpenDB(t, at(6, 10, 21, 0))
	if st, err := ReadState(ctx, db, at(6, 11, 1, 0)); err != nil || st != (State{}) {
		t.Fatalf("nothing logged: %+v, %v", st, err)
	}
	yes := true
	if err := db.SaveDay(ctx, &model.Day{Date: "2026-06-10", Stretched: &yes}); err != nil {
		t.Fatal(err)
	}
	// 01:00 still belongs to the evening before.
	if st, err := ReadState(ctx, db, at(6, 11, 1, 0)); err != nil || st != (State{LoggedToday: true, StretchedToday: true}) {
		t.Fatalf("logged and stretched: %+v, %v", st, err)
	}
}
