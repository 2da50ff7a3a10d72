package tracker

import (
	"encoding/xml"
	"errors"
	"io"
)

// readAppleHealthXML is the reference the fast scanner is held to: the same
// job done with encoding/xml, slow but plainly right. It uses RawToken and
// matches end tags itself, so that names are compared as written, without
// namespace translation, as the scanner compares them. Its errors only say
// that the input was refused; the scanner's are the ones people read.
func readAppleHealthXML(r io.Reader, sink Sink) error {
	d := xml.NewDecoder(r)
	conv := newHKConv(sink)
	var stack []xml.Name
	root := false
	for {
		tok, err := d.RawToken()
		if err == io.EOF {
			switch {
			case !root:
				return ErrNotExport
			case len(stack) > 0:
				return ErrCutShort
			}
			return nil
		}
		if err != nil {
			return err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			if !root {
				if t.Name != (xml.Name{Local: "HealthData"}) {
					return ErrNotExport
				}
				root = true
			}
			stack = append(stack, t.Name)
			if err := refStart(conv, t); err != nil {
				return err
			}
		case xml.EndElement:
			if len(stack) == 0 || stack[len(stack)-1] != t.Name {
				return errors.New("end tag does not match")
			}
			stack = stack[:len(stack)-1]
			if t.Name == (xml.Name{Local: "Workout"}) {
				conv.workoutEnd()
			}
		}
	}
}

func refStart(conv *hkConv, t xml.StartElement) error {
	if t.Name.Space != "" {
		return nil
	}
	var e hkElem
	for _, a := range t.Attr {
		if a.Name.Space == "" {
			e.set(hkAttrID([]byte(a.Name.Local)), []byte(a.Value))
		}
	}
	switch t.Name.Local {
	case "Record":
		if e.has[hkType] && hkKeptRecord(e.val[hkType]) {
			return conv.record(&e)
		}
	case "Workout":
		return conv.workoutStart(&e, false)
	case "WorkoutStatistics":
		if conv.wantStats() {
			conv.workoutStats(&e)
		}
	}
	return nil
}
