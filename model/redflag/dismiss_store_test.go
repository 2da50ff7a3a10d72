package redflag_test

import (
	"context"
	"errors"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/crampdiary/crampdiary/model"
	"github.com/crampdiary/crampdiary/model/redflag"
	"github.com/crampdiary/crampdiary/model/sqlstore/storetest"
)

var storeNow = time.Date(2024, 6, 30, 21, 0, 0, 0, time.UTC)

func TestDismissalsRoundTripThroughTheStore(t *testing.T) {
	ctx := context.Background()
	s := storetest.MustOpenDB(t, storeNow)
	d, err := redflag.LoadDismissals(ctx, s)
	if err != nil || d == nil || len(d) != 0 {
		t.Fatalf("fresh diary: %v %v, want an empty map", d, err)
	}
	for _, step := range []struct {
		id   redflag.ID
		date model.Date
	}{{redflag.MostNights, "2024-06-20"}, {redflag.Weakness, "2024-06-29"}, {redflag.MostNights, "2024-06-30"}} {
		if err := redflag.SaveDismissal(ctx, s, step.id, step.date); err != nil {
			t.Fatalf("dismiss %s: %v", step.id, err)
		}
	}
	got, err := redflag.LoadDismissals(ctx, s)
	want := redflag.Dismissals{redflag.MostNights: "2024-06-30", redflag.Weakness: "2024-06-29"}
	if err != nil || !reflect.DeepEqual(got, want) {
		t.Fatalf("loaded %v %v, want %v", got, err, want)
	}
	raw, _ := s.Setting(ctx, redflag.SettingDismissals, "")
	if raw != `{"most_nights":"2024-06-30","weakness":"2024-06-29"}` {
		t.Errorf("stored as %s", raw)
	}
}

func TestUnreadableDismissalsAreReportedAndReplaced(t *testing.T) {
	ctx := context.Background()
	for _, raw := range []string{"not json", `{"weakness":"yesterday"}`, `["weakness"]`} {
		s := storetest.MustOpenDB(t, storeNow)
		if err := s.SetSetting(ctx, redflag.SettingDismissals, raw); err != nil {
			t.Fatal(err)
		}
		d, err := redflag.LoadDismissals(ctx, s)
		if !errors.Is(err, model.ErrInvalid) || d == nil || len(d) != 0 {
			t.Fatalf("load %q: %v %v, want ErrInvalid and an empty map", raw, d, err)
		}
		if err := redflag.SaveDismissal(ctx, s, redflag.Rising, "2024-06-30"); err != nil {
			t.Fatalf("dismiss over %q: %v", raw, err)
		}
		if d, err := redflag.LoadDismissals(ctx, s); err != nil || d[redflag.Rising] != "2024-06-30" || len(d) != 1 {
			t.Fatalf("after replacing %q: %v %v", raw, d, err)
		}
	}
}

func TestSaveDismissalRejectsABadDate(t *testing.T) {
	s := storetest.MustOpenDB(t, storeNow)
	if err := redflag.SaveDismissal(context.Background(), s, redflag.Rising, "30/06/2024"); !errors.Is(err, model.ErrInvalid) {
		t.Fatalf("save with a bad date: %v, want ErrInvalid", err)
	}
}

func TestLoadReadsTheRecentDiary(t *testing.T) {
	s := storetest.MustOpenDB(t, time.Date(2026, 11, 24, 21, 0, 0, 0, time.UTC))
	yes := true
	long := 700
	if err := s.SaveDay(context.Background(), &model.Day{Date: "2026-11-20", Numbness: &yes}); err != nil {
		t.Fatal(err)
	}
	if err := s.SaveCramp(context.Background(), &model.Cramp{Night: "2026-11-22", Muscle: model.Calf, Side: model.Left, DurationS: &long}); err != nil {
		t.Fatal(err)
	}
	flags, err := redflag.Load(context.Background(), s, "2026-11-24")
	if err != nil {
		t.Fatal(err)
	}
	var ids []redflag.ID
	for _, f := range flags {
		ids = append(ids, f.ID)
	}
	if len(ids) != 2 || ids[0] != redflag.Numbness || ids[1] != redflag.LongCramp {
		t.Fatalf("flags %v", ids)
	}
	if line := flags[0].Line(model.Words{}); !strings.HasPrefix(line, flags[0].Title.String()+" (since 20 November 2026): ") {
		t.Fatalf("line %q", line)
	}
}
