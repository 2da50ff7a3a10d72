package experiment

import "github.com/crampdiary/crampdiary/model"

// MaxStartAhead keeps a planned start within a year: far enough for any real
// plan, near enough that a typo in the year is caught.
const MaxStartAhead = 365

// StartWindow is the first nights a new experiment may be planned for on the
// diary day today (model.DiaryToday): from tonight, because a plan is fixed
// before its nights (a night already lived could otherwise be put on the
// change after the fact), to MaxStartAhead days on. The store is a day more
// lenient, by the calendar date, so that a plan made after midnight but
// before the night's cut-over is not refused.
func StartWindow(today model.Date) (earliest, latest model.Date) {
	return today, today.AddDays(MaxStartAhead)
}
