package model

import "time"

// Draft is what a person typed into a form and has not saved yet, kept so that
// closing the window, quitting or a crash never loses it. It is not a logged
// day: only the form that wrote it reads it back.
type Draft struct {
	Key     string            // which form: "today", or "day:YYYY-MM-DD" for a day opened from History
	Date    Date              // the diary day the typing is for
	Fields  map[string]string // each field's text as typed, valid or not
	SavedAt time.Time
}

// Draft keys of the forms that keep drafts.
const (
	DraftToday     = "today"
	draftDayPrefix = "day:"
)

// DayDraftKey is the key of the draft of day d opened from History.
func DayDraftKey(d Date) string { return draftDayPrefix + string(d) }

// DayOfDraftKey returns the day of a History draft key, or false for another key.
func DayOfDraftKey(key string) (Date, bool) {
	if len(key) <= len(draftDayPrefix) || key[:len(draftDayPrefix)] != draftDayPrefix {
		return "", false
	}
	d := Date(key[len(draftDayPrefix):])
	return d, d.Valid()
}
