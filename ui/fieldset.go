package ui

import (
	"maps"
	"strconv"

	"fyne.io/fyne/v2/widget"
)

// fieldSet names the editable widgets of a form, so what is typed can be
// compared with what is stored, kept as a draft and put back as it was, valid
// or not. Names are the CSV column names of the fields they edit.
type fieldSet struct {
	entries map[string]*widget.Entry
	checks  map[string]*widget.Check
	radios  map[string]*widget.RadioGroup
}

func newFieldSet() fieldSet {
	return fieldSet{entries: map[string]*widget.Entry{}, checks: map[string]*widget.Check{}, radios: map[string]*widget.RadioGroup{}}
}

// merge returns a set holding the fields of fs and other.
func (fs fieldSet) merge(other fieldSet) fieldSet {
	out := newFieldSet()
	for _, s := range []fieldSet{fs, other} {
		maps.Copy(out.entries, s.entries)
		maps.Copy(out.checks, s.checks)
		maps.Copy(out.radios, s.radios)
	}
	return out
}

// snapshot is every field's text as shown: an entry's text, "1" for a ticked
// box, a scale's choice; "" for empty, unticked or unset.
func (fs fieldSet) snapshot() map[string]string {
	v := make(map[string]string, len(fs.entries)+len(fs.checks)+len(fs.radios))
	for name, e := range fs.entries {
		v[name] = e.Text
	}
	for name, c := range fs.checks {
		v[name] = tick(c.Checked)
	}
	for name, r := range fs.radios {
		v[name] = r.Selected
	}
	return v
}

// restore shows values; a field that values does not name is emptied.
func (fs fieldSet) restore(values map[string]string) {
	for name, e := range fs.entries {
		if e.Text != values[name] {
			e.SetText(values[name])
		}
	}
	for name, c := range fs.checks {
		if on := values[name] == "1"; c.Checked != on {
			c.SetChecked(on)
		}
	}
	for name, r := range fs.radios {
		if r.Selected != values[name] {
			r.SetSelected(values[name])
		}
	}
}

// fillEmpty shows the values of src in the fields that are empty now and
// returns how many it filled: what the person typed is never replaced.
func (fs fieldSet) fillEmpty(src map[string]string) int {
	now, filled := fs.snapshot(), 0
	for name, v := range src {
		if v != "" && now[name] == "" {
			now[name] = v
			filled++
		}
	}
	fs.restore(now)
	return filled
}

// onChange calls f after any field changes, after the field's own handler.
func (fs fieldSet) onChange(f func()) {
	for _, e := range fs.entries {
		prev := e.OnChanged
		e.OnChanged = func(s string) { chain(prev, s); f() }
	}
	for _, c := range fs.checks {
		prev := c.OnChanged
		c.OnChanged = func(b bool) { chain(prev, b); f() }
	}
	for _, r := range fs.radios {
		prev := r.OnChanged
		r.OnChanged = func(s string) { chain(prev, s); f() }
	}
}

func chain[T any](prev func(T), v T) {
	if prev != nil {
		prev(v)
	}
}

func tick(on bool) string {
	if on {
		return "1"
	}
	return ""
}

// The formatters below write a stored value the way its field shows it.

func intText(v *int) string {
	if v == nil {
		return ""
	}
	return strconv.Itoa(*v)
}

func floatText(v *float64) string {
	if v == nil {
		return ""
	}
	return strconv.FormatFloat(*v, 'f', -1, 64)
}

func boolText(v *bool) string { return tick(v != nil && *v) }

// follow runs show, which puts newer stored values in the fields, and then
// puts back the typing in fields whose stored value did not change: a change
// saved elsewhere wins in its own fields, and typing in the others is kept.
// before and after are the stored values, as the fields show them.
func (fs fieldSet) follow(before, after map[string]string, show func()) {
	typed := fs.snapshot()
	show()
	shown := fs.snapshot()
	for name, v := range typed {
		if v != before[name] && after[name] == before[name] {
			shown[name] = v
		}
	}
	fs.restore(shown)
}
