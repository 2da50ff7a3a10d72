package model

import (
	"strconv"
	"strings"
	"text/template"
	"time"

	"github.com/crampdiary/crampdiary/model/locale"
)

// Message is a sentence as facts: an English template that is also its
// translation key, with {{.Name}} placeholders, and the values that fill them.
// Counts, dates and numbers stay values until Words writes them in the
// reader's language, so a translator can place and inflect them.
type Message struct {
	Key     string
	Params  map[string]any // string, int, Date, time.Time, Decimal or a nested Message
	Count   int            // chooses the plural form when Counted
	Counted bool
}

// X is a sentence with named parameters. ui's translation test collects the
// key of every call to X and XN across the module, so keys are literals.
func X(key string, params map[string]any) Message {
	return Message{Key: key, Params: params}
}

// XN is a counted sentence: n fills {{.Count}} and picks the plural form the
// language needs ("1 night", "2 nights"; "1 ночь", "2 ночи", "5 ночей").
func XN(key string, n int, params map[string]any) Message {
	p := make(map[string]any, len(params)+1)
	for k, v := range params {
		p[k] = v
	}
	p["Count"] = n
	return Message{Key: key, Params: p, Count: n, Counted: true}
}

// String is the message in English without a translator: the key filled in,
// counted keys in their "other" form. Error texts and logs use it.
func (m Message) String() string { return Words{}.Say(m) }

// Decimal is a number written with Prec digits after the decimal mark of the
// reader's language: 2.5 or 2,5.
type Decimal struct {
	V    float64
	Prec int
}

// Significant is a number with Digits significant digits, as a p-value is
// written: 0.031, 0.00029; the decimal mark is the reader's.
type Significant struct {
	V      float64
	Digits int
}

// RecentDate is a date written without its year when it falls in Today's
// year: "3 June", but "3 June 2025" read in 2026.
type RecentDate struct {
	Date, Today Date
}

// Words turns messages into one language: L and N are the translator's
// lookups (Fyne's lang.L and lang.N, or a localizer for another language),
// Lang the language tag whose dates and numbers are used. The zero Words
// writes English.
type Words struct {
	L    func(key string, data ...any) string
	N    func(key string, n int, data ...any) string
	Lang string
}

// Text translates a fixed text.
func (w Words) Text(key string) string {
	if w.L == nil {
		return key
	}
	return w.L(key)
}

// Translate is w as the one-argument lookup older callers take.
func (w Words) Translate() Translate {
	if w.L == nil {
		return nil
	}
	return w.L
}

// Locale is how w writes dates and numbers.
func (w Words) Locale() locale.Locale { return locale.For(w.Lang) }

// Say writes m in w's language.
func (w Words) Say(m Message) string {
	loc := w.Locale()
	data := make(map[string]any, len(m.Params))
	for k, v := range m.Params {
		data[k] = w.param(loc, v)
	}
	switch {
	case m.Counted && w.N != nil:
		return w.N(m.Key, m.Count, data)
	case !m.Counted && w.L != nil:
		return w.L(m.Key, data)
	}
	key := m.Key
	if m.Counted && m.Count == 1 {
		key = englishOne(key)
	}
	return fill(key, data)
}

// englishOne guesses the English "one" form of a counted key without a
// translator, enough for logs and tests: the first plural noun after
// {{.Count}} loses its s, "{{.Count}} more nights" giving "1 more night".
// Translation files carry the real forms.
func englishOne(key string) string {
	const count = "{{.Count}} "
	i := strings.Index(key, count)
	if i < 0 {
		return key
	}
	rest := key[i+len(count):]
	words := strings.SplitAfter(rest, " ")
	for j := 0; j < len(words) && j < 3; j++ {
		w := strings.TrimRight(words[j], " ,.;:)")
		if strings.HasSuffix(w, "s") && len(w) > 2 {
			words[j] = strings.Replace(words[j], w, strings.TrimSuffix(w, "s"), 1)
			return key[:i+len(count)] + strings.Join(words, "")
		}
	}
	return key
}

// param writes one value the way the language writes it.
func (w Words) param(loc locale.Locale, v any) any {
	switch v := v.(type) {
	case Date:
		if !v.Valid() {
			return string(v)
		}
		return loc.LongDate(v.Time())
	case RecentDate:
		if v.Date.Valid() && v.Today.Valid() && v.Date.Time().Year() == v.Today.Time().Year() {
			return loc.DayMonth(v.Date.Time())
		}
		return w.param(loc, v.Date)
	case time.Time:
		return loc.LongDate(v)
	case int:
		if v > -10000 && v < 10000 {
			return strconv.Itoa(v) // "1000", not "1,000": four digits read best ungrouped
		}
		return loc.Int(v)
	case Decimal:
		return loc.Decimal(v.V, v.Prec)
	case Significant:
		s := strconv.FormatFloat(v.V, 'g', v.Digits, 64)
		if mark := loc.Decimal(0.5, 1)[1:2]; mark != "." {
			s = strings.Replace(s, ".", mark, 1)
		}
		return s
	case Message:
		return w.Say(v)
	}
	return v
}

// fill executes an English template; a key that is not a template stays as it is.
func fill(key string, data map[string]any) string {
	if !strings.Contains(key, "{{") {
		return key
	}
	t, err := template.New("").Option("missingkey=zero").Parse(key)
	if err != nil {
		return key
	}
	var b strings.Builder
	if err := t.Execute(&b, data); err != nil {
		return key
	}
	return b.String()
}

// Sayer is what can be said in a language: an error whose sentence is a
// message, such as *FieldError, csvio's ImportError or *MessageError.
type Sayer interface {
	Say(w Words) string
}

// MessageError is the error Err (a sentinel such as ErrInvalid, which
// errors.Is finds) said by a message. Its Error is "Err: Text" in English.
type MessageError struct {
	Err  error
	Text Message
}

func (e *MessageError) Error() string { return e.Err.Error() + ": " + e.Text.String() }

// Unwrap lets errors.Is find Err.
func (e *MessageError) Unwrap() error { return e.Err }

// Say is the sentence in w's language, without Err's own words.
func (e *MessageError) Say(w Words) string { return w.Say(e.Text) }
