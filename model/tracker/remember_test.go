package tracker

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/crampdiary/crampdiary/model"
	"github.com/crampdiary/crampdiary/model/sqlstore/storetest"
)

func TestReadRememberedFillsEmptyFieldsOnly(t *testing.T) {
	ctx := context.Background()
	s := storetest.MustOpenDBClock(t, func() time.Time { return time.Date(2026, 5, 10, 12, 0, 0, 0, time.UTC) })
	csvPath := filepath.Join(t.TempDir(), "steps.csv")
	if err := os.WriteFile(csvPath, []byte("Day,Walked\n2026-05-03,7000\n2026-05-04,9000\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	typed := 5000
	if err := s.SaveDay(ctx, &model.Day{Date: "2026-05-04", Steps: &typed, NightChecked: true}); err != nil {
		t.Fatal(err)
	}
	for _, r := range []Remembered{
		{Path: filepath.Join(t.TempDir(), "gone"), Format: Gadgetbridge},
		{Path: csvPath, Format: CSV, Mapping: &CSVMapping{Date: "Day", Steps: "Walked"}},
		{Path: csvPath, Format: CSV, Mapping: &CSVMapping{Date: "Day", Steps: "Walked"}}, // kept once
	} {
		if err := RememberSource(ctx, s, r); err != nil {
			t.Fatal(err)
		}
	}
	if list, _ := LoadSources(ctx, s); len(list) != 2 {
		t.Fatalf("remembered %+v", list)
	}
	var logged []string
	logf := func(f string, a ...any) { logged = append(logged, fmt.Sprintf(f, a...)) }
	filled, err := ReadRemembered(ctx, s, Options{}, "2026-05-10", logf)
	if err != nil {
		t.Fatal(err)
	}
	if filled[CSV][FieldSteps] != 1 || len(logged) != 1 || !strings.Contains(logged[0], "gone") {
		t.Fatalf("filled %v, logged %q", filled, logged)
	}
	d3, _ := s.Day(ctx, "2026-05-03")
	d4, _ := s.Day(ctx, "2026-05-04")
	if *d3.Steps != 7000 || d3.StepsSource != "csv" || *d4.Steps != 5000 || d4.StepsSource != "" {
		t.Errorf("the 3rd %+v, the 4th %+v", d3, d4)
	}
	again, err := ReadRemembered(ctx, s, Options{}, "2026-05-10", logf)
	if err != nil || len(again) != 0 {
		t.Errorf("second read filled %v (%v)", again, err)
	}

	// The export grew: the 3rd is past and stays; today's morning count
	// (the 4th is today now) is brought up to date, the typed one is not.
	if err := os.WriteFile(csvPath, []byte("Day,Walked\n2026-05-03,7500\n2026-05-04,9900\n2026-05-05,11300\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	morning := 2000
	if err := s.SaveDay(ctx, &model.Day{Date: "2026-05-05", Steps: &morning, StepsSource: "csv"}); err != nil {
		t.Fatal(err)
	}
	if _, err := ReadRemembered(ctx, s, Options{}, "2026-05-05", logf); err != nil {
		t.Fatal(err)
	}
	d3, _ = s.Day(ctx, "2026-05-03")
	d4, _ = s.Day(ctx, "2026-05-04")
	d5, _ := s.Day(ctx, "2026-05-05")
	if *d3.Steps != 7000 || *d4.Steps != 5000 || *d5.Steps != 11300 {
		t.Errorf("after the export grew: the 3rd %d, the 4th %d (typed), the 5th %d", *d3.Steps, *d4.Steps, *d5.Steps)
	}
}
