package backup

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/crampdiary/crampdiary/model"
	"github.com/crampdiary/crampdiary/model/sqlstore"
)

func TestMakeWritesACheckedPrivateSnapshot(t *testing.T) {
	c := &clock{now: testNow}
	db, dir := newDiary(t, c)
	fill(t, db, c, 5)
	bdir := filepath.Join(dir, Folder)
	info, err := Make(ctx, db, bdir, "", c.now, false)
	if err != nil {
		t.Fatal(err)
	}
	if want := filepath.Join(bdir, "crampdiary-2026-11-24.db"); info.Path != want {
		t.Errorf("snapshot at %s, want %s", info.Path, want)
	}
	if info.Days != 5 || info.Cramps != 5 {
		t.Errorf("snapshot counts %d days, %d cramps; want 5 and 5", info.Days, info.Cramps)
	}
	assertMode(t, bdir, 0o700)
	assertMode(t, info.Path, 0o600)
	if got, err := sqlstore.CheckSnapshot(ctx, info.Path); err != nil || got.Days != 5 {
		t.Errorf("check of the snapshot: %+v, %v", got, err)
	}
	leftovers, _ := filepath.Glob(filepath.Join(bdir, ".*.tmp"))
	if len(leftovers) != 0 {
		t.Errorf("temporary files left: %v", leftovers)
	}
}

func TestMakeOncePerDayUnlessForced(t *testing.T) {
	c := &clock{now: testNow}
	db, dir := newDiary(t, c)
	bdir := filepath.Join(dir, Folder)
	if _, err := Make(ctx, db, bdir, "", c.now, false); err != nil {
		t.Fatal(err)
	}
	fill(t, db, c, 2)
	if _, err := Make(ctx, db, bdir, "", c.now, false); !errors.Is(err, ErrExists) {
		t.Fatalf("second snapshot of the day: %v, want ErrExists", err)
	}
	info, err := Make(ctx, db, bdir, "", c.now, true)
	if err != nil || info.Days != 2 {
		t.Fatalf("forced snapshot: %+v, %v; want 2 days", info, err)
	}
	// Before 04:00 it is still the evening before.
	c.now = testNow.Add(6 * 3600e9)
	if _, err := Make(ctx, db, bdir, "", c.now, false); !errors.Is(err, ErrExists) {
		t.Fatalf("snapshot at 03:00 the next morning: %v, want ErrExists", err)
	}
}

func TestSecondFolderGetsTheSameSnapshot(t *testing.T) {
	c := &clock{now: testNow}
	db, dir := newDiary(t, c)
	fill(t, db, c, 3)
	second := t.TempDir()
	info, err := Make(ctx, db, filepath.Join(dir, Folder), second, c.now, false)
	if err != nil {
		t.Fatal(err)
	}
	a, _ := os.ReadFile(info.Path)
	b, err := os.ReadFile(filepath.Join(second, filepath.Base(info.Path)))
	if err != nil || string(a) != string(b) {
		t.Fatalf("second copy differs or is missing: %v", err)
	}
	assertMode(t, filepath.Join(second, filepath.Base(info.Path)), 0o600)

	_, err = Make(ctx, db, filepath.Join(dir, Folder), filepath.Join(second, "unplugged"), c.now, true)
	if !errors.Is(err, model.ErrWrite) {
		t.Fatalf("missing second folder: %v, want ErrWrite", err)
	}
	if _, err := os.Stat(filepath.Join(second, "unplugged")); !os.IsNotExist(err) {
		t.Error("a missing second folder was created")
	}
}

func TestListMarksDamagedSnapshots(t *testing.T) {
	c := &clock{now: testNow}
	db, dir := newDiary(t, c)
	fill(t, db, c, 4)
	bdir := filepath.Join(dir, Folder)
	good, err := Make(ctx, db, bdir, "", c.now, false)
	if err != nil {
		t.Fatal(err)
	}
	bad := filepath.Join(bdir, Name("2026-11-25"))
	garble(t, good.Path, bad)
	os.WriteFile(filepath.Join(bdir, "notes.txt"), []byte("mine"), 0o600)
	list, err := List(ctx, bdir)
	if err != nil {
		t.Fatal(err)
	}
	if len(list) != 2 || list[0].Path != bad || list[1].Path != good.Path {
		t.Fatalf("list %+v, want the garbled one then the good one", list)
	}
	if !errors.Is(list[0].Err, model.ErrDamaged) || list[1].Err != nil || list[1].Cramps != 4 {
		t.Errorf("checks: %v / %v (%d cramps)", list[0].Err, list[1].Err, list[1].Cramps)
	}
	latest, err := Latest(ctx, bdir)
	if err != nil || latest.Path != good.Path {
		t.Errorf("latest good: %+v, %v", latest, err)
	}
	if _, err := Latest(ctx, t.TempDir()); !errors.Is(err, model.ErrNotFound) {
		t.Errorf("latest in an empty folder: %v, want ErrNotFound", err)
	}
}

// garble writes a copy of src to dst with a run of its pages overwritten.
func garble(t *testing.T, src, dst string) {
	t.Helper()
	b, err := os.ReadFile(src)
	if err != nil {
		t.Fatal(err)
	}
	for i := 100; i < len(b) && i < 100+3*4096; i++ {
		b[i] = byte(i * 7)
	}
	if err := os.WriteFile(dst, b, 0o600); err != nil {
		t.Fatal(err)
	}
}

func assertMode(t *testing.T, path string, want os.FileMode) {
	t.Helper()
	st, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	if got := st.Mode().Perm(); got != want {
		t.Errorf("%s has mode %o, want %o", path, got, want)
	}
}

// A snapshot interrupted by a crash leaves its temporary file; the next
// backup, holding the lock, removes it and nothing else.
func TestMakeClearsInterruptedSnapshotsOnly(t *testing.T) {
	c := &clock{now: testNow}
	db, dir := newDiary(t, c)
	bdir := filepath.Join(dir, Folder)
	os.MkdirAll(bdir, 0o700)
	stale := filepath.Join(bdir, ".crampdiary-2026-11-23-12345.tmp")
	mine := filepath.Join(bdir, ".crampdiary-notes.tmp")
	for _, f := range []string{stale, mine} {
		os.WriteFile(f, []byte("half"), 0o600)
	}
	if _, err := Make(ctx, db, bdir, "", c.now, false); err != nil {
		t.Fatal(err)
	}
	if exists(stale) {
		t.Error("the interrupted snapshot's temporary file is still there")
	}
	if !exists(mine) {
		t.Error("a file crampdiary did not write was removed")
	}
}

// garbageSnapshotter writes something that is not a sound diary.
type garbageSnapshotter struct{}

func (garbageSnapshotter) Snapshot(_ context.Context, dest string) error {
	return os.WriteFile(dest, []byte("SQLite format 3\x00 and then nothing sound"), 0o600)
}

// A snapshot that fails its check is removed, reported, and never takes a
// snapshot's name; the good snapshots already there stay.
func TestMakeRemovesASnapshotThatFailsItsCheck(t *testing.T) {
	c := &clock{now: testNow}
	db, dir := newDiary(t, c)
	bdir := filepath.Join(dir, Folder)
	good, err := Make(ctx, db, bdir, "", c.now.AddDate(0, 0, -1), false)
	if err != nil {
		t.Fatal(err)
	}
	_, err = Make(ctx, garbageSnapshotter{}, bdir, "", c.now, false)
	if !errors.Is(err, model.ErrDamaged) {
		t.Fatalf("a bad snapshot: %v, want ErrDamaged", err)
	}
	entries, _ := os.ReadDir(bdir)
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	if want := []string{".crampdiary-backup.lock", filepath.Base(good.Path)}; !reflect.DeepEqual(names, want) {
		t.Errorf("backups folder holds %v, want %v", names, want)
	}
}
