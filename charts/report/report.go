// Package report lays out the one-page diary summary a person hands to a
// doctor, and renders that same layout as a PDF or as a 150 dpi PNG.
package report

import (
	"fmt"
	"image"
	"time"

	"github.com/crampdiary/crampdiary/charts"
	"github.com/crampdiary/crampdiary/model"
)

// MaxNights bounds a report's period at about ten years: one page cannot say
// anything useful about more, and a typo in a year should not pass silently.
const MaxNights = 3660

// Input is everything one report page shows.
type Input struct {
	// Days and Cramps should reach back to model.PreviousFrom(From, To), so the
	// page can compare with the period before; rows outside are ignored.
	Days   []model.Day
	Cramps []model.Cramp
	Name   string // optional; the diary's model.SettingName
	From   model.Date
	To     model.Date
	MadeOn time.Time // the date printed on the page; To may not be after it

	// Sections that later work fills in. Nil leaves the section off the page;
	// an empty, non-nil slice prints that there is nothing to report.
	RedFlags    []string // one calm sentence per warning sign present
	Experiments []string // one line per experiment: what was tried and the verdict
}

// Writer makes report pages in one language.
type Writer struct {
	// T translates every text on the page, the chart's included. The app
	// passes Fyne's lang.L, which this package cannot import; texts use its
	// "{{.Name}}" placeholders, so one translation file serves the window and
	// the report. Nil keeps the English text.
	T func(text string, data ...any) string
	// N is T for a counted text ({{.Count}}), choosing the plural form its
	// language needs: Fyne's lang.N, or the same lookup for another
	// language. Nil falls back to T.
	N func(key string, n int, data ...any) string
	// Lang is the language tag ("ru", "de-DE") whose dates and numbers the
	// page uses: "30 ноября 2026", "12.000". Empty is English.
	Lang string

	// timeline draws the night-by-night chart instead of charts.Timeline;
	// tests set it to see failures handled.
	timeline func(charts.Nights, charts.Size) (image.Image, error)
}

// InputError is a period or file name the report cannot use. Its message is a sentence
// for the person; errors.Is(err, model.ErrInvalid) holds.
type InputError struct{ Msg string }

func (e *InputError) Error() string { return e.Msg }

// Unwrap lets errors.Is(err, model.ErrInvalid) hold.
func (e *InputError) Unwrap() error { return model.ErrInvalid }

func (w Writer) rangeErr(text string, data map[string]any) error {
	return &InputError{Msg: w.tr(text, data)}
}

// CheckRange says whether from..to can be reported on today: both real dates,
// in order, at most MaxNights long, and not ending after today.
func (w Writer) CheckRange(from, to, today model.Date) error {
	// The dates stay as typed, so a person sees what to correct.
	d := map[string]any{"From": string(from), "To": string(to), "Today": string(today), "Max": MaxNights}
	switch {
	case !from.Valid():
		return w.rangeErr("the start date \"{{.From}}\" is not a date written YYYY-MM-DD", d)
	case !to.Valid():
		return w.rangeErr("the end date \"{{.To}}\" is not a date written YYYY-MM-DD", d)
	case to.Before(from):
		return w.rangeErr("the period starts on {{.From}}, after it ends on {{.To}}; give the earlier date first", d)
	case from.DaysUntil(to)+1 > MaxNights:
		d["N"] = from.DaysUntil(to) + 1
		return w.rangeErr("{{.From}} to {{.To}} is {{.N}} nights; a report covers at most {{.Max}} nights (about ten years)", d)
	case today.Before(to):
		return w.rangeErr("the period ends on {{.To}}, which is after today ({{.Today}})", d)
	}
	return nil
}

// Build lays out the page once; WritePDF and WritePNG then render it.
func (w Writer) Build(in Input) (*Page, error) {
	if in.MadeOn.IsZero() {
		return nil, fmt.Errorf("%w: report: the date it is made on is missing", model.ErrInvalid)
	}
	today := model.DateOf(in.MadeOn)
	if err := w.CheckRange(in.From, in.To, today); err != nil {
		return nil, err // already a sentence for the person
	}
	fonts, err := loadFonts()
	if err != nil {
		return nil, err
	}
	p := &Page{Title: w.tr("Night leg cramp diary"), madeOn: today.String()}
	l := &layout{page: p, fonts: fonts, y: margin, w: w}
	sum := model.SummarizeWithPrevious(in.Days, in.Cramps, in.From, in.To)
	l.header(in, sum)
	l.figures(sum)
	l.cramps(sum)
	l.drawLists(w.lists(sum, in))
	if err := l.timeline(in); err != nil {
		return nil, err
	}
	l.footer()
	return p, nil
}
