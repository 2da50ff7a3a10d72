// Package locale spells dates and numbers the way a language writes them:
// month and weekday names, long and short dates, digit grouping and the first
// day of the week, chosen by a language tag such as "ru", "de-AT" or "en-GB".
package locale

import (
	"strconv"
	"strings"
	"time"
)

// Locale holds the conventions of one language and region. The zero value is
// not useful; get one with For.
type Locale struct {
	lang, region string
	names        *names
}

// names are the words and separators of one language.
type names struct {
	months, monthsOf, monthsShort [12]string // monthsOf: the form used inside a date
	weekdays, weekdaysShort       [7]string  // Sunday first, as time.Weekday counts
	group, decimal                string
	longDate, shortDate           string // layouts with {D}, {M}, {Mon}, {Y}
	longWeekday, shortWeekday     string // with {W} or {Wd} for the weekday
}

// For returns the conventions for a language tag ("ru", "de-DE", "en_GB.UTF-8").
// An unknown language falls back to English, keeping its region.
func For(tag string) Locale {
	lang, region := split(tag)
	n, ok := languages[lang]
	if !ok {
		lang, n = "en", languages["en"]
	}
	return Locale{lang: lang, region: region, names: n}
}

// split reads "en_GB.UTF-8" or "de-AT" into "en","GB" and "de","AT".
func split(tag string) (lang, region string) {
	if i := strings.IndexAny(tag, ".@"); i >= 0 {
		tag = tag[:i]
	}
	parts := strings.FieldsFunc(tag, func(r rune) bool { return r == '-' || r == '_' })
	if len(parts) == 0 {
		return "en", ""
	}
	lang = strings.ToLower(parts[0])
	for _, p := range parts[1:] {
		if len(p) == 2 || (len(p) == 3 && p[0] >= '0' && p[0] <= '9') {
			region = strings.ToUpper(p)
		}
	}
	return lang, region
}

// Language is the language part of the tag in use, e.g. "ru".
func (l Locale) Language() string { return l.lang }

// Tag is the language and region, e.g. "en-GB", or the language alone.
func (l Locale) Tag() string {
	if l.region == "" {
		return l.lang
	}
	return l.lang + "-" + l.region
}

// Month is the month's name on its own, as in a calendar heading: "ноябрь".
func (l Locale) Month(m time.Month) string { return l.names.months[m-1] }

// MonthShort is the abbreviated month: "Nov", "нояб.", "Nov.".
func (l Locale) MonthShort(m time.Month) string { return l.names.monthsShort[m-1] }

// Weekday is the weekday's full name: "Montag".
func (l Locale) Weekday(d time.Weekday) string { return l.names.weekdays[d] }

// WeekdayShort is the weekday's short name for calendar columns: "Mo", "пн", "Mon".
func (l Locale) WeekdayShort(d time.Weekday) string { return l.names.weekdaysShort[d] }

// LongDate spells a date in full: "30 ноября 2026", "30. November 2026".
func (l Locale) LongDate(t time.Time) string { return l.format(l.names.longDate, t) }

// DayMonth is LongDate without the year, for a date in the current year:
// "30 ноября", "30. November", "30 November".
func (l Locale) DayMonth(t time.Time) string {
	return strings.TrimSpace(strings.TrimSuffix(l.LongDate(t), strconv.Itoa(t.Year())))
}

// ShortDate is a compact date for lists: "30 нояб. 2026", "30. Nov. 2026".
func (l Locale) ShortDate(t time.Time) string { return l.format(l.names.shortDate, t) }

// LongDateWeekday names the weekday and the day without the year, as a
// heading: "Monday 30 November", "Montag, 30. November", "понедельник, 30 ноября".
func (l Locale) LongDateWeekday(t time.Time) string { return l.format(l.names.longWeekday, t) }

// ShortDateWeekday is ShortDate with the short weekday in front: "Mon 30 Nov 2026".
func (l Locale) ShortDateWeekday(t time.Time) string { return l.format(l.names.shortWeekday, t) }

func (l Locale) format(layout string, t time.Time) string {
	n := l.names
	return strings.NewReplacer(
		"{W}", n.weekdays[t.Weekday()], "{Wd}", n.weekdaysShort[t.Weekday()],
		"{D}", strconv.Itoa(t.Day()), "{M}", n.monthsOf[t.Month()-1],
		"{Mon}", n.monthsShort[t.Month()-1], "{Y}", strconv.Itoa(t.Year()),
	).Replace(layout)
}

// Int writes a whole number with the language's digit grouping:
// 12000 is "12,000" in English, "12.000" in German and "12 000" (with a
// no-break space, so it never wraps) in Russian.
func (l Locale) Int(n int) string {
	if n < 0 {
		return "−" + l.Int(-n) // a true minus sign
	}
	s := strconv.Itoa(n)
	var b strings.Builder
	for i, r := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteString(l.names.group)
		}
		b.WriteRune(r)
	}
	return b.String()
}

// Decimal writes v with prec digits after the language's decimal mark: "2.5", "2,5".
func (l Locale) Decimal(v float64, prec int) string {
	s := strconv.FormatFloat(v, 'f', prec, 64)
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	whole, frac, _ := strings.Cut(s, ".")
	n, _ := strconv.Atoi(whole)
	out := l.Int(n)
	if frac != "" {
		out += l.names.decimal + frac
	}
	if neg {
		out = "−" + out
	}
	return out
}

// FirstWeekday is the day a calendar week starts on: Monday in Russia and
// Germany, Sunday in the United States and Canada, Monday in Britain.
func (l Locale) FirstWeekday() time.Weekday {
	switch l.region {
	case "US", "CA", "JP", "IL", "BR", "MX", "PH", "AU", "ZA", "IN":
		return time.Sunday
	case "":
		if l.lang == "en" {
			return time.Sunday // plain "en" means American English in CLDR
		}
	}
	return time.Monday
}
