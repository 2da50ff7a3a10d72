package tracker

import (
	"context"
	"os"
	"path/filepath"
	"testing"
)

// The readers of SQLite exports take any file a person picks: whatever its
// bytes, they must refuse it with an error or read sane records, never panic.

func FuzzGadgetbridge(f *testing.F) {
	f.Add(mustRead(f, mustDB(f, "Gadgetbridge", gbSchema,
		`INSERT INTO DEVICE VALUES (1, 'Mi Band 4', 'Huami', 'AA', 1, '', 'my band')`,
		`INSERT INTO MI_BAND_ACTIVITY_SAMPLE VALUES (1717286400, 1, 1, 20, 12, 1, 60), (1717286460, 1, 1, 20, 0, 9, 60)`)))
	f.Add([]byte("SQLite format 3\x00"))
	f.Fuzz(func(t *testing.T, b []byte) {
		var c Collect
		if ReadGadgetbridge(context.Background(), writeBytes(t, "Gadgetbridge", b), Options{}, &c) == nil {
			checkSane(t, &c)
		}
	})
}

func FuzzHealthConnect(f *testing.F) {
	f.Add(mustRead(f, hcExport(f)))
	f.Add([]byte("PK\x03\x04"))
	f.Fuzz(func(t *testing.T, b []byte) {
		var c Collect
		if ReadHealthConnect(context.Background(), writeBytes(t, "Health Connect.zip", b), Options{}, &c) == nil {
			checkSane(t, &c)
		}
	})
}

func mustRead(tb testing.TB, path string) []byte {
	tb.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		tb.Fatal(err)
	}
	return b
}

func writeBytes(t *testing.T, name string, b []byte) string {
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, b, 0o600); err != nil {
		t.Fatal(err)
	}
	return p
}

// checkSane fails on a record that ends before it starts or counts below zero.
func checkSane(t *testing.T, c *Collect) {
	t.Helper()
	for _, s := range c.StepRecords {
		if s.Count < 0 || s.End.Before(s.Start) {
			t.Fatalf("steps record %+v", s)
		}
	}
	for _, s := range c.SleepRecords {
		if s.End.Before(s.Start) {
			t.Fatalf("sleep record %+v", s)
		}
	}
	for _, r := range c.RunRecords {
		if r.Duration < 0 || r.End.Before(r.Start) {
			t.Fatalf("run record %+v", r)
		}
	}
}
