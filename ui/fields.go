package ui

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/crampdiary/crampdiary/model"
)

// inputError names the form field a person must fix, so the screen can focus it.
type inputError struct {
	target fyne.Focusable
	msg    string
}

func (e *inputError) Error() string { return e.msg }
func (e *inputError) Unwrap() error { return model.ErrInvalid }

func badInput(target fyne.Focusable, label, msg string) error {
	return &inputError{target: target, msg: label + ": " + msg}
}

// numberEntry is an Entry for an optional whole number; empty means not recorded.
// Input is checked on Save, not per keystroke, so half-typed values are not flagged.
func numberEntry(placeholder string) *widget.Entry {
	e := widget.NewEntry()
	e.SetPlaceHolder(placeholder)
	return e
}

func parseOptionalInt(s string) (*int, error) {
	s = strings.ReplaceAll(strings.TrimSpace(s), ",", "")
	if s == "" {
		return nil, nil
	}
	v, err := strconv.Atoi(s)
	if err != nil {
		return nil, err
	}
	return &v, nil
}

func readInt(e *widget.Entry, label string) (*int, error) {
	v, err := parseOptionalInt(e.Text)
	if err != nil {
		return nil, badInput(e, label, lang.L("\"{{.Text}}\" is not a whole number", map[string]any{"Text": e.Text}))
	}
	return v, nil
}

func showInt(e *widget.Entry, v *int) { e.SetText(intText(v)) }

func readFloat(e *widget.Entry, label string) (*float64, error) {
	s := strings.ReplaceAll(strings.TrimSpace(e.Text), ",", ".")
	if s == "" {
		return nil, nil
	}
	v, err := strconv.ParseFloat(s, 64)
	if err != nil {
		return nil, badInput(e, label, lang.L("\"{{.Text}}\" is not a number", map[string]any{"Text": e.Text}))
	}
	return &v, nil
}

// clockEntry is an Entry for an optional HH:MM time.
func clockEntry() *widget.Entry {
	e := widget.NewEntry()
	e.SetPlaceHolder(lang.L("HH:MM"))
	return e
}

func parseOptionalClock(s string) (*model.Clock, error) {
	s = strings.TrimSpace(strings.ReplaceAll(s, ".", ":"))
	if s == "" {
		return nil, nil
	}
	c, err := model.ParseClock(s)
	if err != nil {
		return nil, err
	}
	return &c, nil
}

func readClock(e *widget.Entry, label string) (*model.Clock, error) {
	c, err := parseOptionalClock(e.Text)
	if err != nil {
		return nil, badInput(e, label, lang.L("\"{{.Text}}\" is not a time; use HH:MM on a 24-hour clock", map[string]any{"Text": e.Text}))
	}
	return c, nil
}

func showClock(e *widget.Entry, c *model.Clock) { e.SetText(clockText(c)) }

func clockText(c *model.Clock) string {
	if c == nil {
		return ""
	}
	return c.String()
}

func readBool(c *widget.Check) *bool {
	v := c.Checked
	return &v
}

func showBool(c *widget.Check, v *bool) { c.SetChecked(v != nil && *v) }

// scaleGroup is a 1..5 choice that can be left unset (not recorded).
func scaleGroup() *widget.RadioGroup {
	g := widget.NewRadioGroup([]string{"1", "2", "3", "4", "5"}, nil)
	g.Horizontal = true
	return g
}

func readScale(g *widget.RadioGroup) *int {
	v, err := strconv.Atoi(g.Selected)
	if err != nil {
		return nil
	}
	return &v
}

// minSecDuration is "1 min 30 s" (or "1m30s", "1 min 30"), as formatDuration writes it.
// The units a duration is written with, longest first, in every language
// the window speaks: formatDuration writes them and parseDuration reads them
// back ("1 min 47 s", "1 мин 47 с").
var (
	minuteUnits = []string{"minutes", "minuten", "minute", "mins", "min", "m", "минуты", "минута", "минут", "мин", "м"}
	secondUnits = []string{"seconds", "second", "sekunden", "sekunde", "secs", "sec", "sek", "s", "секунды", "секунда", "секунд", "сек", "с"}
)

var minSecDuration = regexp.MustCompile(`^(\d+)\s*(?:` + strings.Join(minuteUnits, "|") + `)\s*(\d+)\s*(?:` + strings.Join(secondUnits, "|") + `)?$`)

// parseDuration reads a cramp's length: "90s", "2", "2 min", "1 min 30 s",
// "1:30" (minutes:seconds). A bare number is minutes, as people remember
// cramps in minutes.
func parseDuration(s string) (*int, error) {
	s = strings.ToLower(strings.TrimSpace(s))
	if s == "" {
		return nil, nil
	}
	if m := minSecDuration.FindStringSubmatch(s); m != nil {
		mi, _ := strconv.Atoi(m[1])
		se, _ := strconv.Atoi(m[2])
		if se > 59 {
			return nil, fmt.Errorf("bad seconds")
		}
		v := mi*60 + se
		return &v, nil
	}
	if m, sec, ok := strings.Cut(s, ":"); ok {
		mi, err1 := strconv.Atoi(strings.TrimSpace(m))
		se, err2 := strconv.Atoi(strings.TrimSpace(sec))
		if err1 != nil || err2 != nil || mi < 0 || se < 0 || se > 59 {
			return nil, fmt.Errorf("bad m:ss")
		}
		v := mi*60 + se
		return &v, nil
	}
	s, unit := trimUnit(s)
	// "1,5 min" is how German and Russian write a minute and a half.
	f, err := strconv.ParseFloat(strings.ReplaceAll(strings.TrimSpace(s), ",", "."), 64)
	if err != nil || f < 0 {
		return nil, fmt.Errorf("bad duration")
	}
	v := int(f*unit + 0.5)
	return &v, nil
}

// trimUnit strips a minutes or seconds suffix and returns the seconds per unit;
// minutes are tried first since "minutes" also ends in "s".
func trimUnit(s string) (string, float64) {
	for _, suffix := range minuteUnits {
		if strings.HasSuffix(s, suffix) {
			return strings.TrimSuffix(s, suffix), 60
		}
	}
	for _, suffix := range secondUnits {
		if strings.HasSuffix(s, suffix) {
			return strings.TrimSuffix(s, suffix), 1
		}
	}
	return s, 60
}

// formatDuration writes seconds as a length of time a person reads at once,
// "45 s", "2 min" or "1 min 47 s", and parseDuration reads back.
func formatDuration(v *int) string {
	if v == nil {
		return ""
	}
	m, sec := map[string]any{"M": *v / 60}, map[string]any{"S": *v % 60}
	switch {
	case *v < 60:
		return lang.L("{{.S}} s", sec)
	case *v%60 == 0:
		return lang.L("{{.M}} min", m)
	}
	return lang.L("{{.M}} min {{.S}} s", map[string]any{"M": *v / 60, "S": *v % 60})
}
