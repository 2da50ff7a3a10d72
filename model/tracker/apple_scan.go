package tracker

import (
	"bytes"
	"context"
	"errors"
	"io"

	"github.com/crampdiary/crampdiary/model"
)

// Why a hand-made scanner and not encoding/xml: a Health export is 0.5-4 GB,
// mostly heart-rate records the diary never uses. encoding/xml builds a token
// with every attribute of every element (about 21 MB/s here), so an import
// would take minutes. This scanner looks only at '<', reads the type of a
// Record, and skips the rest with bytes.IndexByte; only the few elements kept
// (steps, sleep, running workouts) are parsed in full. It is more than ten
// times faster in constant memory (docs/performance.md). It does not check
// that the skipped parts are well-formed XML; an encoding/xml reference
// (apple_ref_test.go) is fuzzed against it: for every input the reference
// accepts, both must pass on the same records.

const (
	hkBufSize = 1 << 20
	hkMaxTag  = 64 << 20 // a kept start tag longer than this is not a Health export
)

var errHKTagTooLong = errors.New("a tag longer than 64 MB")

// hkScanner reads an export.xml. Offsets into buf are absolute; mark is the
// first byte still needed, so more() may drop everything before it.
type hkScanner struct {
	ctx       context.Context
	rd        io.Reader
	name      string // the file, for errors
	buf       []byte
	pos, end  int
	mark      int
	eof       bool
	rerr      error // a read error, a cancelled context or a tag too long
	lines     int   // newlines in the bytes already dropped from buf
	rootSeen  bool
	rootDepth int // open HealthData elements
	elem      hkElem
	spans     [hkNumAttrs]hkSpan
	scratch   []byte
	conv      *hkConv
}

// hkSpan is an attribute value as offsets from mark, valid across more().
type hkSpan struct {
	off, n int
	esc    bool // holds '&' or '\r', so it must be unescaped
}

func newHKScanner(ctx context.Context, r io.Reader, name string, sink Sink) *hkScanner {
	return &hkScanner{ctx: ctx, rd: r, name: name, buf: make([]byte, hkBufSize), conv: newHKConv(sink)}
}

// more reads more input, keeping buf[mark:]. It reports false at the end of
// the input or on a read error (then rerr is set).
func (s *hkScanner) more() bool {
	if s.eof || s.rerr != nil {
		return false
	}
	if s.mark > 0 {
		s.lines += bytes.Count(s.buf[:s.mark], []byte{'\n'})
		n := copy(s.buf, s.buf[s.mark:s.end])
		s.pos -= s.mark
		s.end, s.mark = n, 0
	}
	if s.end == len(s.buf) {
		if len(s.buf) >= hkMaxTag {
			s.rerr = errHKTagTooLong
			return false
		}
		s.buf = append(s.buf, make([]byte, len(s.buf))...)
	}
	if err := s.ctx.Err(); err != nil {
		s.rerr = err
		return false
	}
	for {
		n, err := s.rd.Read(s.buf[s.end:])
		s.end += n
		if err == io.EOF {
			s.eof = true
			return n > 0
		}
		if err != nil {
			s.rerr = err
			return n > 0
		}
		if n > 0 {
			return true
		}
	}
}

// at returns the byte at offset i from mark, reading more when needed.
func (s *hkScanner) at(i int) (byte, bool) {
	for s.mark+i >= s.end {
		if !s.more() {
			return 0, false
		}
	}
	return s.buf[s.mark+i], true
}

// run scans the whole input.
func (s *hkScanner) run() error {
	for {
		i := bytes.IndexByte(s.buf[s.pos:s.end], '<')
		if i < 0 {
			s.pos, s.mark = s.end, s.end
			if !s.more() {
				return s.finish()
			}
			continue
		}
		s.mark = s.pos + i
		s.pos = s.mark + 1
		if err := s.token(); err != nil {
			return err
		}
	}
}

// token handles what follows the '<' at mark.
func (s *hkScanner) token() error {
	c, ok := s.at(1)
	if !ok {
		return s.cutShort()
	}
	switch c {
	case '/':
		return s.endTag()
	case '!':
		return s.bang()
	case '?':
		s.pos = s.mark + 2
		return s.skipPast("?>")
	}
	return s.startTag()
}

// nameLen is the length of the XML name at offset i from mark.
func (s *hkScanner) nameLen(i int) (int, bool) {
	n := 0
	for {
		for _, c := range s.buf[min(s.mark+i+n, s.end):s.end] {
			if c < 0x80 && !hkNameByte[c] {
				return n, true
			}
			n++
		}
		if !s.more() {
			return n, false
		}
	}
}

var hkNameByte = func() (t [128]bool) {
	for c := 0; c < 128; c++ {
		t[c] = 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' ||
			c == '_' || c == ':' || c == '.' || c == '-'
	}
	return t
}()

func hkSpace(c byte) bool { return c == ' ' || c == '\n' || c == '\t' || c == '\r' }

func (s *hkScanner) endTag() error {
	n, ok := s.nameLen(2)
	if !ok {
		return s.cutShort()
	}
	switch string(s.buf[s.mark+2 : s.mark+2+n]) {
	case "Workout":
		s.conv.workoutEnd()
	case "HealthData":
		s.rootDepth--
	}
	s.pos = s.mark + 2 + n
	return nil
}

func (s *hkScanner) startTag() error {
	n, ok := s.nameLen(1)
	if !ok {
		return s.cutShort()
	}
	name := string(s.buf[s.mark+1 : s.mark+1+n]) // no allocation: only compared
	if !s.rootSeen {
		s.rootSeen = true
		if name != "HealthData" {
			return s.notExport(model.X("its first element is <{{.Name}}>, not <HealthData>", x{"Name": hkShort(name)}))
		}
	}
	s.pos = s.mark + 1 + n
	switch name {
	case "Record":
		return s.record(1 + n)
	case "Workout":
		return s.workout(1 + n)
	case "WorkoutStatistics":
		if !s.conv.wantStats() {
			return nil
		}
		if _, err := s.attrs(1+n, false); err != nil {
			return err
		}
		s.conv.workoutStats(&s.elem)
	case "HealthData":
		empty, err := s.attrs(1+n, false)
		if err == nil && !empty {
			s.rootDepth++
		}
		return err
	}
	return nil
}

func hkShort(name string) string {
	if len(name) > 40 {
		return name[:40] + "..."
	}
	return name
}

// record reads a Record element's attributes, giving up at the type of one
// the diary does not use: that is where the time goes on a real export.
func (s *hkScanner) record(i int) error {
	if _, err := s.attrs(i, true); err != nil || !s.elem.has[hkType] || !hkKeptRecord(s.elem.val[hkType]) {
		return err
	}
	return s.wrapRecord(s.conv.record(&s.elem))
}

func (s *hkScanner) workout(i int) error {
	empty, err := s.attrs(i, false)
	if err != nil {
		return err
	}
	return s.wrapRecord(s.conv.workoutStart(&s.elem, empty))
}

// bang handles "<!": a comment, a CDATA section or a directive (DOCTYPE).
func (s *hkScanner) bang() error {
	c, ok := s.at(2)
	if !ok {
		return s.cutShort()
	}
	switch c {
	case '-':
		if c, ok = s.at(3); !ok {
			return s.cutShort()
		}
		if c != '-' {
			return s.damaged(model.X("a comment that does not start with <!--", nil))
		}
		s.pos = s.mark + 4
		return s.skipPast("-->")
	case '[':
		for k, want := range []byte("CDATA[") {
			if c, ok = s.at(3 + k); !ok {
				return s.cutShort()
			} else if c != want {
				return s.damaged(model.X("a section that starts with <![ but is not CDATA", nil))
			}
		}
		s.pos = s.mark + 9
		return s.skipPast("]]>")
	}
	s.pos = s.mark + 3
	return s.directive()
}

// skipPast moves pos past the next pat, reading on as needed.
func (s *hkScanner) skipPast(pat string) error {
	for {
		if i := bytes.Index(s.buf[s.pos:s.end], []byte(pat)); i >= 0 {
			s.pos += i + len(pat)
			return nil
		}
		s.mark = max(s.pos, s.end-len(pat)+1)
		s.pos = s.mark
		if !s.more() {
			return s.cutShort()
		}
	}
}

// next returns the byte at pos and moves on, reading more when needed.
func (s *hkScanner) next() (byte, bool) {
	if s.pos >= s.end {
		s.mark = s.pos
		if !s.more() {
			return 0, false
		}
	}
	s.pos++
	return s.buf[s.pos-1], true
}

// directive skips a "<!DOCTYPE ...>" or other declaration, internal DTD
// subset included. It follows encoding/xml's rules exactly (quotes hide
// brackets, nested "<...>" count, comments inside are skipped) so both end
// the directive at the same byte.
func (s *hkScanner) directive() error {
	var inquote byte
	depth := 0
	for {
		b, ok := s.next()
		if !ok {
			return s.cutShort()
		}
		if inquote == 0 && b == '>' && depth == 0 {
			return nil
		}
	handle:
		switch {
		case b == inquote:
			inquote = 0
		case inquote != 0:
		case b == '\'' || b == '"':
			inquote = b
		case b == '>':
			depth--
		case b == '<':
			for _, want := range []byte("!--") {
				if b, ok = s.next(); !ok {
					return s.cutShort()
				}
				if b != want {
					depth++
					goto handle
				}
			}
			if err := s.directiveComment(); err != nil {
				return err
			}
		}
	}
}

// directiveComment skips a comment inside a directive, which encoding/xml
// ends at the first "-->", allowing "--" before it.
func (s *hkScanner) directiveComment() error {
	var b0, b1 byte
	for {
		b, ok := s.next()
		if !ok {
			return s.cutShort()
		}
		if b0 == '-' && b1 == '-' && b == '>' {
			return nil
		}
		b0, b1 = b1, b
	}
}
