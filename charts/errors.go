package charts

import (
	"errors"
	"sync/atomic"
)

// ErrTooLittleData marks a range with too few logged nights for a chart.
// Match it with errors.Is; errors.As with *NeedMoreData gives the sentence.
var ErrTooLittleData = errors.New("too little data")

// NeedMoreData says what to log before a chart can be drawn; Msg is a
// sentence for the person, shown instead of an empty axis.
type NeedMoreData struct {
	Msg string
}

func (e *NeedMoreData) Error() string { return e.Msg }

// Unwrap lets errors.Is(err, ErrTooLittleData) hold.
func (e *NeedMoreData) Unwrap() error { return ErrTooLittleData }

func needMore(msg string) error { return &NeedMoreData{Msg: tr(msg)} }

// translator holds the UI's lookup (lang.L) so chart labels can be
// translated without this package importing Fyne.
var translator atomic.Pointer[func(string) string]

// SetTranslator makes every label and NeedMoreData sentence go through f.
// Call it once at start-up; nil restores the English text.
func SetTranslator(f func(string) string) {
	if f == nil {
		translator.Store(nil)
		return
	}
	translator.Store(&f)
}

func tr(s string) string {
	if f := translator.Load(); f != nil {
		return (*f)(s)
	}
	return s
}
