package locale

import (
	"testing"
	"time"
)

var day = time.Date(2026, time.November, 30, 0, 0, 0, 0, time.UTC) // a Monday

func TestDates(t *testing.T) {
	cases := []struct {
		tag, long, short, longWd, shortWd string
	}{
		{"ru", "30 ноября 2026", "30 нояб. 2026", "понедельник, 30 ноября", "пн, 30 нояб. 2026"},
		{"de-DE", "30. November 2026", "30. Nov. 2026", "Montag, 30. November", "Mo, 30. Nov. 2026"},
		{"en_GB.UTF-8", "30 November 2026", "30 Nov 2026", "Monday 30 November", "Mon 30 Nov 2026"},
		{"fr", "30 November 2026", "30 Nov 2026", "Monday 30 November", "Mon 30 Nov 2026"}, // unknown: English
	}
	for _, c := range cases {
		l := For(c.tag)
		for _, got := range []struct{ name, got, want string }{
			{"LongDate", l.LongDate(day), c.long},
			{"ShortDate", l.ShortDate(day), c.short},
			{"LongDateWeekday", l.LongDateWeekday(day), c.longWd},
			{"ShortDateWeekday", l.ShortDateWeekday(day), c.shortWd},
		} {
			if got.got != got.want {
				t.Errorf("%s %s = %q, want %q", c.tag, got.name, got.got, got.want)
			}
		}
	}
}

func TestNames(t *testing.T) {
	cases := []struct {
		tag, month, monthShort, weekday, weekdayShort string
	}{
		{"ru", "март", "мар.", "среда", "ср"},
		{"de", "März", "März", "Mittwoch", "Mi"},
		{"en", "March", "Mar", "Wednesday", "Wed"},
	}
	for _, c := range cases {
		l := For(c.tag)
		got := []string{l.Month(time.March), l.MonthShort(time.March), l.Weekday(time.Wednesday), l.WeekdayShort(time.Wednesday)}
		want := []string{c.month, c.monthShort, c.weekday, c.weekdayShort}
		for i := range got {
			if got[i] != want[i] {
				t.Errorf("%s: %q, want %q", c.tag, got[i], want[i])
			}
		}
	}
	// Russian dates use the genitive, a calendar heading the nominative.
	if got := For("ru").LongDate(time.Date(2026, time.March, 8, 0, 0, 0, 0, time.UTC)); got != "8 марта 2026" {
		t.Errorf("ru 8 March = %q", got)
	}
}

func TestNumbers(t *testing.T) {
	cases := []struct {
		tag  string
		n    int
		want string
	}{
		{"ru", 12000, "12\u00a0000"},
		{"ru", 1234567, "1\u00a0234\u00a0567"},
		{"ru", 1000, "1\u00a0000"},
		{"de", 12000, "12.000"},
		{"de", 1000, "1.000"},
		{"en-US", 12000, "12,000"},
		{"en", 999, "999"},
		{"en", 100000, "100,000"},
		{"en", -12000, "−12,000"},
		{"de", 0, "0"},
	}
	for _, c := range cases {
		if got := For(c.tag).Int(c.n); got != c.want {
			t.Errorf("%s Int(%d) = %q, want %q", c.tag, c.n, got, c.want)
		}
	}
	decimals := []struct {
		tag  string
		v    float64
		prec int
		want string
	}{
		{"ru", 2.5, 1, "2,5"},
		{"de", 12345.25, 2, "12.345,25"},
		{"en", 2.5, 1, "2.5"},
		{"en", -0.5, 1, "−0.5"},
		{"de", 3, 0, "3"},
	}
	for _, c := range decimals {
		if got := For(c.tag).Decimal(c.v, c.prec); got != c.want {
			t.Errorf("%s Decimal(%v, %d) = %q, want %q", c.tag, c.v, c.prec, got, c.want)
		}
	}
}

func TestFirstWeekday(t *testing.T) {
	cases := []struct {
		tag  string
		want time.Weekday
	}{
		{"ru", time.Monday}, {"ru-RU", time.Monday}, {"de", time.Monday}, {"de-AT", time.Monday},
		{"en", time.Sunday}, {"en-US", time.Sunday}, {"en_US.UTF-8", time.Sunday},
		{"en-GB", time.Monday}, {"en-IE", time.Monday}, {"en-CA", time.Sunday},
	}
	for _, c := range cases {
		if got := For(c.tag).FirstWeekday(); got != c.want {
			t.Errorf("%s FirstWeekday = %v, want %v", c.tag, got, c.want)
		}
	}
}

func TestTag(t *testing.T) {
	for tag, want := range map[string]string{"ru": "ru", "en_GB.UTF-8": "en-GB", "de-DE": "de-DE", "": "en", "C": "en", "zh-Hant-TW": "en-TW"} {
		if got := For(tag).Tag(); got != want {
			t.Errorf("For(%q).Tag() = %q, want %q", tag, got, want)
		}
	}
}
