package sqlstore

import (
	"encoding/binary"
	"hash/crc32"
)

// walInfo is what crampdiary reads from a -wal file itself, following SQLite's
// documented format (https://www.sqlite.org/fileformat2.html#walformat): the
// salts that name this generation of the log and the pages its frames hold.
type walInfo struct {
	valid        bool // a WAL header SQLite would accept
	salt1, salt2 uint32
	pages        map[uint32]bool
	dbPages      uint32 // the database's size in pages after the last commit
}

const (
	walHeaderSize = 32
	walFrameHead  = 24
)

// readWAL lists the pages of every frame of the current generation (salts equal
// to the header's). It includes frames SQLite may not apply (after the last
// commit, or with a bad checksum): a larger set only makes the stale test
// compare fewer pages, never call a log stale that belongs.
func readWAL(b []byte) walInfo {
	if len(b) < walHeaderSize {
		return walInfo{}
	}
	magic := binary.BigEndian.Uint32(b)
	pageSize := int(binary.BigEndian.Uint32(b[8:]))
	if magic&^1 != 0x377f0682 || pageSize < 512 || pageSize > 65536 || pageSize&(pageSize-1) != 0 {
		return walInfo{}
	}
	w := walInfo{valid: true, salt1: binary.BigEndian.Uint32(b[16:]), salt2: binary.BigEndian.Uint32(b[20:]), pages: map[uint32]bool{}}
	for off := walHeaderSize; off+walFrameHead+pageSize <= len(b); off += walFrameHead + pageSize {
		f := b[off:]
		if binary.BigEndian.Uint32(f[8:]) != w.salt1 || binary.BigEndian.Uint32(f[12:]) != w.salt2 {
			break
		}
		w.pages[binary.BigEndian.Uint32(f)] = true
		if commit := binary.BigEndian.Uint32(f[4:]); commit != 0 {
			w.dbPages = commit
		}
	}
	return w
}

// pageSizeOf reads the page size from an SQLite main file header (offset 16;
// the value 1 means 65536).
func pageSizeOf(main []byte) int {
	if len(main) < 18 {
		return 0
	}
	n := int(binary.BigEndian.Uint16(main[16:]))
	if n == 1 {
		return 65536
	}
	return n
}

// pageCRCs is a CRC-32 of every page of a main file, four bytes a page.
func pageCRCs(main []byte, pageSize int) []byte {
	if pageSize == 0 {
		return nil
	}
	out := make([]byte, 0, len(main)/pageSize*4)
	for off := 0; off+pageSize <= len(main); off += pageSize {
		out = binary.BigEndian.AppendUint32(out, crc32.ChecksumIEEE(main[off:off+pageSize]))
	}
	return out
}

// sameBase reports whether main equals, on every page the log does not hold,
// the main file that crcs describe. Pages the log holds may differ freely: a
// checkpoint (even an interrupted one) writes exactly those; so may pages past
// the end of the database as the log leaves it, which a finished checkpoint
// cuts off.
func sameBase(main []byte, pageSize int, crcs []byte, w walInfo) bool {
	if pageSize == 0 || pageSize != pageSizeOf(main) {
		return false
	}
	want := len(crcs) / 4
	have := len(main) / pageSize
	for p := 1; p <= max(want, have); p++ {
		if w.pages[uint32(p)] || (w.dbPages != 0 && uint32(p) > w.dbPages) {
			continue
		}
		if p > want || p > have {
			return false
		}
		page := main[(p-1)*pageSize : p*pageSize]
		if crc32.ChecksumIEEE(page) != binary.BigEndian.Uint32(crcs[(p-1)*4:]) {
			return false
		}
	}
	return true
}
