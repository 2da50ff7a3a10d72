package tracker

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"strconv"
	"unicode/utf8"

	"github.com/crampdiary/crampdiary/model"
)

// attrs reads the attributes of the start tag at mark, from offset i, into
// s.elem. With stopAtType it returns as soon as a type attribute names a
// record the diary does not keep. It reports whether the tag ended in "/>".
func (s *hkScanner) attrs(i int, stopAtType bool) (bool, error) {
	var has [hkNumAttrs]bool
	for {
		c, ok := s.at(i)
		if !ok {
			return false, s.cutShort()
		}
		switch {
		case hkSpace(c):
			i++
			continue
		case c == '>':
			s.pos = s.mark + i + 1
			return false, s.fill(&has)
		case c == '/':
			if c, ok = s.at(i + 1); !ok {
				return false, s.cutShort()
			} else if c != '>' {
				return false, s.damaged(model.X(`a "/" inside a tag`, nil))
			}
			s.pos = s.mark + i + 2
			return true, s.fill(&has)
		}
		id, next, err := s.attr(i)
		if err != nil {
			return false, err
		}
		if id >= 0 && !has[id] {
			has[id] = true
			if id == hkType && stopAtType {
				typ, err := s.value(hkType)
				if err != nil {
					return false, err
				}
				if !hkKeptRecord(typ) {
					s.elem.reset()
					s.elem.set(hkType, typ)
					s.pos = s.mark + next
					return false, nil
				}
			}
		}
		i = next
	}
}

// attr reads one name="value" at offset i from mark into s.spans, returning
// the attribute's id (-1 when not kept) and the offset after it.
func (s *hkScanner) attr(i int) (id, next int, err error) {
	n, ok := s.nameLen(i)
	if !ok {
		return 0, 0, s.cutShort()
	}
	if n == 0 {
		return 0, 0, s.damaged(model.X("a tag with something that is not an attribute", nil))
	}
	id = hkAttrID(s.buf[s.mark+i : s.mark+i+n])
	i += n
	c, i, ok := s.skipSpace(i)
	if ok && c == '=' {
		c, i, ok = s.skipSpace(i + 1)
	} else if ok {
		return 0, 0, s.damaged(model.X("an attribute without a value", nil))
	}
	if !ok {
		return 0, 0, s.cutShort()
	}
	if c != '"' && c != '\'' {
		return 0, 0, s.damaged(model.X("an attribute value without quotes", nil))
	}
	q := c
	i++
	start := i
	for {
		if j := bytes.IndexByte(s.buf[s.mark+i:s.end], q); j >= 0 {
			i += j
			break
		}
		i = s.end - s.mark
		if !s.more() {
			return 0, 0, s.cutShort()
		}
	}
	if id >= 0 {
		v := s.buf[s.mark+start : s.mark+i]
		esc := bytes.IndexByte(v, '&') >= 0 || bytes.IndexByte(v, '\r') >= 0
		s.spans[id] = hkSpan{off: start, n: i - start, esc: esc}
	}
	return id, i + 1, nil
}

// skipSpace returns the first byte that is not white space from offset i.
func (s *hkScanner) skipSpace(i int) (byte, int, bool) {
	for {
		c, ok := s.at(i)
		if !ok || !hkSpace(c) {
			return c, i, ok
		}
		i++
	}
}

// value is the decoded value of kept attribute id, valid until the next tag.
func (s *hkScanner) value(id int) ([]byte, error) {
	sp := s.spans[id]
	v := s.buf[s.mark+sp.off : s.mark+sp.off+sp.n]
	if !sp.esc {
		return v, nil
	}
	start := len(s.scratch)
	out, ok := hkUnescape(s.scratch, v)
	s.scratch = out
	if !ok {
		return nil, s.damaged(model.X("an attribute with an unknown &...; entity", nil))
	}
	return out[start:], nil
}

// fill decodes the kept attributes the tag had into s.elem.
func (s *hkScanner) fill(has *[hkNumAttrs]bool) error {
	s.elem.reset()
	s.scratch = s.scratch[:0]
	for id, ok := range has {
		if !ok {
			continue
		}
		v, err := s.value(id)
		if err != nil {
			return err
		}
		s.elem.set(id, v)
	}
	return nil
}

// hkUnescape appends v to dst with entities replaced and line ends
// normalised, exactly as encoding/xml decodes an attribute value. It reports
// false for an entity encoding/xml refuses.
func hkUnescape(dst, v []byte) ([]byte, bool) {
	for i := 0; i < len(v); {
		switch c := v[i]; c {
		case '\r':
			dst = append(dst, '\n')
			i++
			if i < len(v) && v[i] == '\n' {
				i++
			}
		case '&':
			r, n := hkEntity(v[i+1:])
			if n == 0 {
				return dst, false
			}
			dst = utf8.AppendRune(dst, r)
			i += 1 + n
		default:
			dst = append(dst, c)
			i++
		}
	}
	return dst, true
}

var hkEntities = map[string]rune{"lt": '<', "gt": '>', "amp": '&', "apos": '\'', "quot": '"'}

// hkEntity decodes the entity after a '&', returning its rune and the bytes
// it used up to and including ';', or 0 bytes when it is not one.
func hkEntity(v []byte) (rune, int) {
	if len(v) > 0 && v[0] == '#' {
		base, i := 10, 1
		if len(v) > 1 && v[1] == 'x' {
			base, i = 16, 2
		}
		j := i
		for j < len(v) && hkDigit(v[j], base) {
			j++
		}
		if j == len(v) || v[j] != ';' {
			return 0, 0
		}
		n, err := strconv.ParseUint(string(v[i:j]), base, 64)
		if err != nil || n > utf8.MaxRune {
			return 0, 0
		}
		return rune(n), j + 1
	}
	j := 0
	for j < len(v) && (v[j] >= 0x80 || hkNameByte[v[j]]) {
		j++
	}
	if j == len(v) || v[j] != ';' {
		return 0, 0
	}
	r, ok := hkEntities[string(v[:j])]
	if !ok {
		return 0, 0
	}
	return r, j + 1
}

func hkDigit(c byte, base int) bool {
	return '0' <= c && c <= '9' || base == 16 && ('a' <= c && c <= 'f' || 'A' <= c && c <= 'F')
}

// line is the line number of the byte at mark.
func (s *hkScanner) line() int {
	return s.lines + bytes.Count(s.buf[:min(s.mark, s.end)], []byte{'\n'}) + 1
}

// hkAgain ends every refusal of an Apple Health file: how to get a good one.
var hkAgain = model.X("Export it again from the Health app (your picture, Export All Health Data).", nil)

func (s *hkScanner) notExport(why model.Message) error {
	return fileError(s.name, s.line(), ErrNotExport, model.X("{{.File}} is not an Apple Health export: {{.Why}}. {{.Again}}",
		x{"File": s.name, "Why": why, "Again": hkAgain}))
}

func (s *hkScanner) damaged(what model.Message) error {
	l := s.line()
	return fileError(s.name, l, ErrDamaged, model.X("{{.File}} is damaged at line {{.Line}} ({{.What}}). {{.Again}}",
		x{"File": s.name, "Line": strconv.Itoa(l), "What": what, "Again": hkAgain}))
}

// cutShort is the error for input that ends inside a tag or element.
func (s *hkScanner) cutShort() error {
	if s.rerr != nil {
		return s.readErr()
	}
	l := s.lines + bytes.Count(s.buf[:s.end], []byte{'\n'})
	if s.end == 0 || s.buf[s.end-1] != '\n' {
		l++
	}
	return fileError(s.name, l, ErrCutShort, model.X("{{.File}} is cut short at line {{.Line}}: the export or the copy did not finish. {{.Again}}",
		x{"File": s.name, "Line": strconv.Itoa(l), "Again": hkAgain}))
}

func (s *hkScanner) wrapRecord(err error) error {
	var re *hkRecordError
	if !errors.As(err, &re) {
		return err
	}
	l := s.line()
	return fileError(s.name, l, ErrDamaged, model.X("{{.File}}, line {{.Line}}: a record {{.What}}. {{.Again}}",
		x{"File": s.name, "Line": strconv.Itoa(l), "What": re.what, "Again": hkAgain}))
}

// readErr explains a failed read: a zip entry that ends early or fails its
// checksum is a damaged export; a cancelled import is not an error of the file.
func (s *hkScanner) readErr() error {
	switch {
	case errors.Is(s.rerr, context.Canceled), errors.Is(s.rerr, context.DeadlineExceeded):
		return s.rerr
	case errors.Is(s.rerr, errHKTagTooLong):
		return s.damaged(model.X("a tag longer than 64 MB", nil))
	case errors.Is(s.rerr, io.ErrUnexpectedEOF):
		s.rerr = nil
		return s.cutShort()
	}
	if hkZipDamage(s.rerr) {
		return s.damaged(model.X("the zip's data does not match its checksum", nil))
	}
	return fmt.Errorf("reading %s: %w", s.name, s.rerr)
}

// finish checks the input as a whole once it has all been read.
func (s *hkScanner) finish() error {
	switch {
	case s.rerr != nil:
		return s.readErr()
	case !s.rootSeen:
		return s.notExport(model.X("it holds no <HealthData> element", nil))
	case s.rootDepth > 0:
		return s.cutShort()
	}
	return nil
}
