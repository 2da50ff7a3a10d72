package charts

import "errors"

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

func (th Theme) needMore(msg string) error { return &NeedMoreData{Msg: th.tr(msg)} }

// tr translates s with the theme's T, or keeps the English text.
func (th Theme) tr(s string) string {
	if th.T != nil {
		return th.T(s)
	}
	return s
}
