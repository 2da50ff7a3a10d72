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
