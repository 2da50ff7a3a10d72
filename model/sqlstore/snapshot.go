package sqlstore

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"time"
)

// snapshot is a private copy of the diary and its -wal, taken while neither
// changed, in two folders: one with the main file alone, one with both.
type snapshot struct {
	mainOnly, withWAL string
	mainBytes         []byte
	hasWAL            bool
	wal               walInfo
	stamp             fileStamp
}

// fileStamp tells whether the diary or its -wal changed between two looks.
type fileStamp struct {
	mainSize, walSize int64
	mainTime, walTime time.Time
}

func stampOf(path string) fileStamp {
	var st fileStamp
	if info, err := os.Stat(path); err == nil {
		st.mainSize, st.mainTime = info.Size(), info.ModTime()
	}
	if info, err := os.Stat(path + "-wal"); err == nil {
		st.walSize, st.walTime = info.Size(), info.ModTime()
	}
	return st
}

// snapshotTries bounds the retries while another crampdiary is writing.
const snapshotTries = 10

// takeSnapshot reads the pair until two reads in a row give the same bytes
// and the same sizes and times: file times alone are too coarse to show a
// checkpoint that rewrote pages within one clock tick.
func takeSnapshot(path, tmp string) (snapshot, error) {
	prevMain, prevWAL, err := readPair(path)
	if err != nil {
		return snapshot{}, err
	}
	for try := 0; try < snapshotTries; try++ {
		before := stampOf(path)
		mainBytes, walBytes, err := readPair(path)
		if err != nil {
			return snapshot{}, err
		}
		if stampOf(path) == before && bytes.Equal(mainBytes, prevMain) && bytes.Equal(walBytes, prevWAL) {
			return writeSnapshot(tmp, mainBytes, walBytes, before)
		}
		prevMain, prevWAL = mainBytes, walBytes
	}
	return snapshot{}, fmt.Errorf("%s kept changing while it was being checked", path)
}

func readPair(path string) (mainBytes, walBytes []byte, err error) {
	mainBytes, err = os.ReadFile(path)
	if err != nil {
		return nil, nil, err
	}
	walBytes, err = os.ReadFile(path + "-wal")
	if errors.Is(err, fs.ErrNotExist) {
		return mainBytes, nil, nil
	}
	return mainBytes, walBytes, err
}

func writeSnapshot(tmp string, mainBytes, walBytes []byte, stamp fileStamp) (snapshot, error) {
	s := snapshot{
		mainOnly:  filepath.Join(tmp, "main", "crampdiary.db"),
		withWAL:   filepath.Join(tmp, "wal", "crampdiary.db"),
		mainBytes: mainBytes,
		hasWAL:    len(walBytes) > 0,
		wal:       readWAL(walBytes),
		stamp:     stamp,
	}
	files := map[string][]byte{s.mainOnly: mainBytes}
	if s.hasWAL {
		files[s.withWAL] = mainBytes
		files[s.withWAL+"-wal"] = walBytes
	}
	for name, data := range files {
		if err := os.MkdirAll(filepath.Dir(name), 0o700); err != nil {
			return s, err
		}
		if err := os.WriteFile(name, data, 0o600); err != nil {
			return s, err
		}
	}
	return s, nil
}
