package report

import (
	"fmt"
	"math"
	"strings"
)

// tr translates text with w.T and fills its {{.Key}} placeholders from data.
func (w Writer) tr(text string, data ...map[string]any) string {
	args := make([]any, len(data))
	for i, d := range data {
		args[i] = d
	}
	if w.T != nil {
		return w.T(text, args...)
	}
	if len(data) == 0 {
		return text
	}
	for k, v := range data[0] {
		text = strings.ReplaceAll(text, "{{."+k+"}}", fmt.Sprint(v))
	}
	return text
}

// rate shows a rate per 7 logged nights to one decimal.
func rate(v float64) string { return fmt.Sprintf("%.1f", round1(v)) }

// round1 rounds to one decimal, halves away from zero as people do by hand.
func round1(v float64) float64 { return math.Round(v*10) / 10 }

// change shows the difference of two rates with its sign; a difference that
// rounds to zero says so in words rather than as "+0.0".
func (w Writer) change(d float64) string {
	switch r := round1(d); {
	case r > 0:
		return fmt.Sprintf("+%.1f", r)
	case r < 0:
		return fmt.Sprintf("−%.1f", -r) // a true minus sign, as wide as the plus
	default:
		return w.tr("no change")
	}
}

// number shows a median: whole numbers plainly, halves with one decimal.
func number(v float64) string {
	if v == math.Trunc(v) {
		return fmt.Sprintf("%.0f", v)
	}
	return fmt.Sprintf("%.1f", v)
}

// seconds shows a duration as "45 s", "2 min" or "1 min 30 s".
func (w Writer) seconds(v float64) string {
	s := int(math.Round(v))
	switch {
	case s < 60:
		return w.tr("{{.S}} s", map[string]any{"S": s})
	case s%60 == 0:
		return w.tr("{{.M}} min", map[string]any{"M": s / 60})
	default:
		return w.tr("{{.M}} min {{.S}} s", map[string]any{"M": s / 60, "S": s % 60})
	}
}

// minutes shows a length of time as "40 min", "2 h" or "3 h 20 min".
func (w Writer) minutes(m int) string {
	switch {
	case m < 60:
		return w.tr("{{.M}} min", map[string]any{"M": m})
	case m%60 == 0:
		return w.tr("{{.H}} h", map[string]any{"H": m / 60})
	default:
		return w.tr("{{.H}} h {{.M}} min", map[string]any{"H": m / 60, "M": m % 60})
	}
}

// plural picks the singular text for exactly one.
func (w Writer) plural(n int, one, many string) string {
	if n == 1 {
		return w.tr(one, map[string]any{"N": n})
	}
	return w.tr(many, map[string]any{"N": n})
}
