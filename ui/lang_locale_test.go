package ui

import (
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/crampdiary/crampdiary/model"
)

// headings are the weekday names atop the calendar, in order.
func headings(cal *calendarView) []string {
	var out []string
	for _, o := range cal.grid.Objects[:7] {
		out = append(out, o.(*widget.Label).Text)
	}
	return out
}

// firstCell is the grid position of the 1st of the month shown.
func firstCell(cal *calendarView) int {
	for i, o := range cal.grid.Objects {
		if o == cal.cells[cal.month] {
			return i - 7
		}
	}
	return -1
}

// The week starts where the person's calendar starts it, and the names are
// their language's: November 2026 begins on a Sunday.
func TestCalendarFollowsTheLocale(t *testing.T) {
	cases := []struct {
		code, tag string
		heads     string
		month     string
		lead      int
	}{
		{"en", "en-US", "Sun Mon Tue Wed Thu Fri Sat", "November 2026", 0},
		{"en", "en-GB", "Mon Tue Wed Thu Fri Sat Sun", "November 2026", 6},
		{"ru", "ru-RU", "Пн Вт Ср Чт Пт Сб Вс", "Ноябрь 2026", 6},
		{"de", "de-DE", "Mo Di Mi Do Fr Sa So", "November 2026", 6},
	}
	for _, c := range cases {
		t.Run(c.tag, func(t *testing.T) {
			inLanguage(t, c.code)
			setLocale(c.tag)
			h := newHarness(t, evening)
			h.saveDay(model.Day{Date: "2026-11-02", NightChecked: true})
			h.reopen()
			cal := h.main.history.cal
			if got := strings.Join(headings(cal), " "); got != c.heads {
				t.Errorf("weekdays %q, want %q", got, c.heads)
			}
			if cal.shown() != c.month || firstCell(cal) != c.lead {
				t.Errorf("shows %q with the 1st in column %d, want %q in column %d", cal.shown(), firstCell(cal), c.month, c.lead)
			}
		})
	}
}

// Decimals and percents take the language's decimal mark.
func TestDecimalsFollowTheLocale(t *testing.T) {
	inLanguage(t, "de")
	if got := day(7.5); !strings.Contains(got, "7,5 h geschlafen") {
		t.Errorf("German sleep: %q", got)
	}
	if got := chanceText("p", 0.0123); got != "p = 0,012" {
		t.Errorf("German p: %q", got)
	}
	inLanguage(t, "ru")
	if got := day(7.5); !strings.Contains(got, "сон 7,5 ч") {
		t.Errorf("Russian sleep: %q", got)
	}
}

// day is History's line for a night slept from 23:00 for hours.
func day(hours float64) string {
	start, end := model.Clock(23*60), model.Clock((23*60+int(hours*60))%(24*60))
	text, _, _ := rowSummary(historyRow{date: "2026-11-02", day: &model.Day{Date: "2026-11-02", NightChecked: true, SleepStart: &start, SleepEnd: &end}}, "2026-11-30")
	return text
}

// Go to date picks on the same month grid, so its names and weeks follow the
// language too, and a tapped day is shown in History.
func TestGoToDatePicksOnTheLocaleCalendar(t *testing.T) {
	inLanguage(t, "ru")
	setLocale("ru-RU")
	h := newHarness(t, evening)
	h.saveDay(model.Day{Date: "2026-10-10", NightChecked: true})
	h.reopen()
	h.main.tabs.SelectIndex(tabHistory)
	hist := h.main.history
	test.Tap(hist.goBtn)
	pick := hist.goDlg.picker
	if got := strings.Join(headings(pick), " "); got != "Пн Вт Ср Чт Пт Сб Вс" || pick.shown() != "Ноябрь 2026" {
		t.Fatalf("the picker shows %q, weekdays %q", pick.shown(), got)
	}
	test.Tap(pick.prevBt)
	test.Tap(pick.cells["2026-10-10"])
	if h.win.Canvas().Overlays().Top() != nil || hist.marked != "2026-10-10" || hist.cal.shown() != "Октябрь 2026" {
		t.Fatalf("picking a day: marked %q, calendar %q", hist.marked, hist.cal.shown())
	}
}

// The sentences that count nights take Russian's forms too, with the other
// figures in place: "из 21 ночи" but "из 22 ночей" (after "из" the count
// takes the genitive, whose "few" is "ночей").
func TestRussianNightsCountedInSentences(t *testing.T) {
	inLanguage(t, "ru")
	want := map[int]string{1: "судороги в 1 из 1 ночи (100\u00a0%)", 2: "судороги в 1 из 2 ночей (50\u00a0%)",
		5: "судороги в 1 из 5 ночей (20\u00a0%)", 11: "судороги в 1 из 11 ночей (9\u00a0%)", 21: "судороги в 1 из 21 ночи (5\u00a0%)",
		22: "судороги в 1 из 22 ночей (5\u00a0%)", 25: "судороги в 1 из 25 ночей (4\u00a0%)", 111: "судороги в 1 из 111 ночей (1\u00a0%)"}
	for n, w := range want {
		if got := rateText(1, n); got != w {
			t.Errorf("rateText(1, %d) = %q, want %q", n, got, w)
		}
	}
	for n, w := range map[int]string{1: "Этой ночью пока: 1 судорога", 3: "Этой ночью пока: 3 судороги", 5: "Этой ночью пока: 5 судорог"} {
		if got := count("Tonight so far: {{.Count}} cramps", n); got != w {
			t.Errorf("%d cramps tonight: %q, want %q", n, got, w)
		}
	}
}

// Fyne's calendar, which picks the Charts range and the report's period, names
// Tuesday and Thursday the right way round in Russian: Fyne's own Russian
// swaps them, and ours overrides it.
func TestFyneCalendarWeekdaysInRussian(t *testing.T) {
	inLanguage(t, "ru")
	cal := widget.NewCalendar(time.Date(2026, 11, 1, 12, 0, 0, 0, time.UTC), func(time.Time) {})
	w := test.NewTempWindow(t, cal)
	var heads []string
	for _, o := range test.LaidOutObjects(w.Content()) {
		if l, ok := o.(*widget.Label); ok && len([]rune(l.Text)) == 2 {
			heads = append(heads, l.Text)
		}
	}
	if got := strings.Join(heads, " "); !strings.Contains(got, "ПН ВТ СР ЧТ ПТ") && !strings.Contains(got, "ВС ПН ВТ СР ЧТ") {
		t.Errorf("Fyne's calendar heads %q", got)
	}
}
