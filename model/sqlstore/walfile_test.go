package sqlstore

import (
	"bytes"
	"encoding/binary"
	"testing"
)

// fakeMain is a main file of n pages of 512 bytes; page p is filled with fill(p).
func fakeMain(n int, fill func(p int) byte) []byte {
	main := make([]byte, 0, n*512)
	for p := 1; p <= n; p++ {
		main = append(main, bytes.Repeat([]byte{fill(p)}, 512)...)
	}
	binary.BigEndian.PutUint16(main[16:], 512)
	return main
}

func TestSameBase(t *testing.T) {
	base := fakeMain(6, func(p int) byte { return byte(p) })
	crcs := pageCRCs(base, 512)
	logOf := func(dbPages uint32, pages ...uint32) walInfo {
		w := walInfo{valid: true, pages: map[uint32]bool{}, dbPages: dbPages}
		for _, p := range pages {
			w.pages[p] = true
		}
		return w
	}
	changed := func(pages ...int) []byte {
		m := bytes.Clone(base)
		for _, p := range pages {
			m[(p-1)*512+100] ^= 0xFF
		}
		return m
	}
	for _, tc := range []struct {
		name string
		main []byte
		w    walInfo
		want bool
	}{
		{"unchanged", base, logOf(6, 2, 3), true},
		{"changed only where the log writes (a checkpoint)", changed(2, 3), logOf(6, 2, 3), true},
		{"changed where the log does not write (another file)", changed(5), logOf(6, 2, 3), false},
		{"shorter than the log's database", base[:4*512], logOf(6, 2), false},
		{"longer, the new pages in the log", append(bytes.Clone(base), make([]byte, 512)...), logOf(7, 7), true},
		{"longer, the new page not in the log", append(bytes.Clone(base), make([]byte, 512)...), logOf(7, 2), false},
		{"longer past the log's database (not read)", append(bytes.Clone(base), make([]byte, 512)...), logOf(6, 2), true},
		{"cut where the log's database ends", base[:4*512], logOf(4, 2), true},
		{"another page size", fakeMain(3, func(int) byte { return 0 })[:1024], logOf(6), false},
	} {
		if got := sameBase(tc.main, 512, crcs, tc.w); got != tc.want {
			t.Errorf("%s: sameBase = %v, want %v", tc.name, got, tc.want)
		}
	}
}

func TestReadWALRefusesWhatSQLiteWouldIgnore(t *testing.T) {
	for name, b := range map[string][]byte{
		"empty":     nil,
		"short":     make([]byte, 20),
		"bad magic": make([]byte, 64),
		"page size 3": func() []byte {
			b := make([]byte, 64)
			binary.BigEndian.PutUint32(b, 0x377f0682)
			binary.BigEndian.PutUint32(b[8:], 3)
			return b
		}(),
	} {
		if readWAL(b).valid {
			t.Errorf("%s: taken as a valid log", name)
		}
	}
}
