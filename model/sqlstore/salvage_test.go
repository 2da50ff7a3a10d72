package sqlstore

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/crampdiary/crampdiary/model"
)

// salvageDiary writes a closed diary of n days with a cramp each, with
// notes long enough that the days fill many pages.
func salvageDiary(t *testing.T, n int) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "crampdiary.db")
	db := mustOpenAt(t, path)
	start := model.Date("2020-01-01")
	days := make([]*model.Day, n)
	for i := range days {
		days[i] = &model.Day{Date: start.AddDays(i), Notes: strings.Repeat("n", 400)}
	}
	if err := db.SaveDays(ctx, days...); err != nil {
		t.Fatal(err)
	}
	for i := 0; i < n; i += 5 {
		mustSaveCramp(t, db, model.Cramp{Night: start.AddDays(i), Muscle: model.Calf, Side: model.Left})
	}
	db.Close()
	return path
}

func TestSalvageCopiesASoundDiaryWhole(t *testing.T) {
	src := salvageDiary(t, 300)
	rep, err := Salvage(ctx, src, filepath.Join(t.TempDir(), "rescued.db"), testOptions)
	if err != nil || rep.Days != 300 || rep.Cramps != 60 || rep.Lost != 0 {
		t.Fatalf("salvage of a sound diary: %+v, %v", rep, err)
	}
}

// One page in the middle overwritten: the rows on it are lost, the rest
// comes back, and the damaged file is not changed.
func TestSalvageSkipsOnlyTheDamagedRows(t *testing.T) {
	src := salvageDiary(t, 1500)
	b, err := os.ReadFile(src)
	if err != nil {
		t.Fatal(err)
	}
	page := len(b) / 4096 / 2
	for i := page * 4096; i < (page+1)*4096; i++ {
		b[i] = byte(i * 13)
	}
	os.WriteFile(src, b, 0o600)
	if _, err := Open(src, testOptions); !errors.Is(err, model.ErrDamaged) {
		t.Fatalf("the garbled diary opened: %v", err)
	}
	rep, err := Salvage(ctx, src, filepath.Join(t.TempDir(), "rescued.db"), testOptions)
	if err != nil {
		t.Fatal(err)
	}
	if rep.Lost == 0 || rep.Days < 1400 || rep.Days >= 1500 || rep.Cramps < 250 {
		t.Fatalf("salvaged %+v of 1500 days and 300 cramps with one page garbled", rep)
	}
	t.Logf("one page garbled: %d of 1500 days, %d of 300 cramps read; %d unreadable runs", rep.Days, rep.Cramps, rep.Lost)
	if after, _ := os.ReadFile(src); !bytes.Equal(after, b) {
		t.Error("salvage changed the damaged file")
	}
}

func TestSalvageOfJunk(t *testing.T) {
	src := filepath.Join(t.TempDir(), "crampdiary.db")
	os.WriteFile(src, []byte("nothing SQLite can read at all"), 0o600)
	if _, err := Salvage(ctx, src, filepath.Join(t.TempDir(), "rescued.db"), testOptions); err == nil {
		t.Fatal("salvage of junk succeeded")
	}
}

// Saves still in the diary's -wal, not yet folded into the file, are rescued
// too, and the diary and its -wal are only read.
func TestSalvageRescuesTheSavesInTheLog(t *testing.T) {
	live := filepath.Join(t.TempDir(), "crampdiary.db")
	db := mustOpenAt(t, live)
	if err := db.SaveDays(ctx, &model.Day{Date: "2026-11-20"}, &model.Day{Date: "2026-11-21"}); err != nil {
		t.Fatal(err)
	}
	mustSaveCramp(t, db, model.Cramp{Night: "2026-11-21", Muscle: model.Calf, Side: model.Left})
	// The diary as a crash leaves it: the file and its log, copied while open.
	dir := t.TempDir()
	src := filepath.Join(dir, "crampdiary.db")
	before := map[string][]byte{}
	for _, side := range []string{"", "-wal"} {
		b, err := os.ReadFile(live + side)
		if err != nil {
			t.Fatal(err)
		}
		if side == "-wal" && len(b) == 0 {
			t.Fatal("the saves were folded into the file: the test needs them in the log")
		}
		if err := os.WriteFile(src+side, b, 0o600); err != nil {
			t.Fatal(err)
		}
		before[src+side] = b
	}
	db.Close()
	rep, err := Salvage(ctx, src, filepath.Join(t.TempDir(), "rescued.db"), testOptions)
	if err != nil || rep.Days != 2 || rep.Cramps != 1 || rep.Lost != 0 {
		t.Fatalf("salvage of a diary whose saves are in its log: %+v, %v", rep, err)
	}
	for path, b := range before {
		if now, err := os.ReadFile(path); err != nil || !bytes.Equal(now, b) {
			t.Errorf("%s changed (%v)", path, err)
		}
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 2 {
		t.Errorf("the diary's folder holds %d files after the salvage, want its 2", len(entries))
	}
}
