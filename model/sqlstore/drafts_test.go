package sqlstore

import (
	"context"
	"errors"
	"path/filepath"
	"testing"

	"github.com/crampdiary/crampdiary/model"
)

func TestDraftsSurviveReopenAndStayOutOfTheDiary(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "crampdiary.db")
	db := mustOpenAt(t, path)
	if _, err := db.Draft(ctx, model.DraftToday); !errors.Is(err, model.ErrNotFound) {
		t.Fatalf("draft of a new diary: %v, want ErrNotFound", err)
	}
	d := model.Draft{Key: model.DraftToday, Date: "2026-11-24", Fields: map[string]string{"steps": "12k", "notes": "sore calf"}}
	if err := db.SaveDraft(ctx, &d); err != nil {
		t.Fatal(err)
	}
	d.Fields["steps"] = "12000" // a second save replaces the first
	if err := db.SaveDraft(ctx, &d); err != nil {
		t.Fatal(err)
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}

	db = mustOpenAt(t, path)
	got, err := db.Draft(ctx, model.DraftToday)
	if err != nil || got.Date != "2026-11-24" || got.Fields["steps"] != "12000" || got.Fields["notes"] != "sore calf" || !got.SavedAt.Equal(testNow) {
		t.Fatalf("draft after reopening: %+v, %v", got, err)
	}
	if days, cramps, _ := db.Counts(ctx); days != 0 || cramps != 0 {
		t.Fatalf("a draft counted as %d days and %d cramps", days, cramps)
	}
	if _, _, err := db.Span(ctx); !errors.Is(err, model.ErrNotFound) {
		t.Fatalf("a draft gave the diary a span: %v", err)
	}
	if err := db.DeleteDraft(ctx, model.DraftToday); err != nil {
		t.Fatal(err)
	}
	if err := db.DeleteDraft(ctx, model.DraftToday); err != nil {
		t.Fatalf("deleting a missing draft: %v", err)
	}
	if all, err := db.Drafts(ctx); err != nil || len(all) != 0 {
		t.Fatalf("drafts after delete: %v, %v", all, err)
	}
}

func TestDraftNeedsKeyAndDate(t *testing.T) {
	db := MustOpenDB(t)
	for _, d := range []model.Draft{{Date: "2026-11-24"}, {Key: "today", Date: "24/11/2026"}} {
		if err := db.SaveDraft(context.Background(), &d); !errors.Is(err, model.ErrInvalid) {
			t.Errorf("SaveDraft(%+v) = %v, want ErrInvalid", d, err)
		}
	}
}

func TestStoreErrorsSayWhetherAReadOrAWriteFailed(t *testing.T) {
	ctx := context.Background()
	db := MustOpenDB(t)
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	if _, err := db.Day(ctx, "2026-11-24"); !errors.Is(err, model.ErrRead) || errors.Is(err, model.ErrWrite) {
		t.Errorf("a failed read: %v", err)
	}
	if err := db.SaveDay(ctx, &model.Day{Date: "2026-11-24"}); !errors.Is(err, model.ErrWrite) || errors.Is(err, model.ErrRead) {
		t.Errorf("a failed write: %v", err)
	}
	if err := db.SaveDay(ctx, &model.Day{Date: "2026-11-24", Steps: ptr(-3)}); errors.Is(err, model.ErrWrite) || !errors.Is(err, model.ErrInvalid) {
		t.Errorf("invalid input reported as %v", err)
	}
}
