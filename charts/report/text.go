package report

import (
	"math"

	"github.com/crampdiary/crampdiary/model"
	"github.com/crampdiary/crampdiary/model/locale"
)

// tr translates text with w.T and fills its {{.Key}} placeholders from
// data, dates and numbers written the page's language's way.
func (w Writer) tr(text string, data ...map[string]any) string {
	var p map[string]any
	if len(data) > 0 {
		p = data[0]
	}
	return w.words().Say(model.Message{Key: text, Params: p})
}

// count is tr for a text counted by n, filling {{.Count}}: "{{.Count}}
// nights" is "1 night" and "5 nights", and in Russian "1 ночь", "5 ночей".
func (w Writer) count(text string, n int, data ...map[string]any) string {
	p := map[string]any{"Count": n}
	if len(data) > 0 {
		for k, v := range data[0] {
			p[k] = v
		}
	}
	return w.words().Say(model.Message{Key: text, Params: p, Count: n, Counted: true})
}

// words writes the model's messages in the page's language.
func (w Writer) words() model.Words {
	n := w.N
	if n == nil && w.T != nil {
		n = func(key string, _ int, data ...any) string { return w.T(key, data...) }
	}
	return model.Words{L: w.T, N: n, Lang: w.Lang}
}

// loc is how the page writes dates and numbers.
func (w Writer) loc() locale.Locale { return locale.For(w.Lang) }

// rate shows a rate per 7 logged nights to one decimal.
func (w Writer) rate(v float64) string { return w.loc().Decimal(round1(v), 1) }

// itoa writes a whole number the page's language's way.
func (w Writer) itoa(n int) string { return w.loc().Int(n) }

// round1 rounds to one decimal, halves away from zero as people do by hand.
func round1(v float64) float64 { return math.Round(v*10) / 10 }

// change shows the difference of two rates with its sign; a difference that
// rounds to zero says so in words rather than as "+0.0".
func (w Writer) change(d float64) string {
	switch r := round1(d); {
	case r > 0:
		return "+" + w.loc().Decimal(r, 1)
	case r < 0:
		return "−" + w.loc().Decimal(-r, 1) // a true minus sign, as wide as the plus
	default:
		return w.tr("no change")
	}
}

// number shows a median: whole numbers plainly, halves with one decimal.
func (w Writer) number(v float64) string {
	if v == math.Trunc(v) {
		return w.loc().Decimal(v, 0)
	}
	return w.loc().Decimal(v, 1)
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
