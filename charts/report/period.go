package report

import (
	"time"

	"github.com/crampdiary/crampdiary/model"
)

// DefaultNights is the period of a report when none is asked for: four weeks,
// long enough to show a pattern, short enough to be recent.
const DefaultNights = 28

// Period fills in what was not asked for (an empty from or to): the period
// ends last night, the last night that has ended (tonight is not over, and
// would only show as a night not logged), and spans DefaultNights. Before
// 04:00 the night that has just ended is still tonight (model.DiaryToday), so
// last night is the one before it. The window's Export report… and the
// report command share it.
func Period(from, to model.Date, now time.Time) (model.Date, model.Date) {
	if to == "" {
		to = model.DiaryToday(now).AddDays(-1)
	}
	if from == "" {
		from = to.AddDays(-(DefaultNights - 1))
	}
	return from, to
}
