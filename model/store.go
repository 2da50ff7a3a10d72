package model

import "context"

// Store keeps the diary: its days and cramps, settings and drafts; the
// experiments kept beside them are model/experiment's Store. Every write is
// one transaction: it is saved whole or not at all.
type Store interface {
	// Day returns the day on d, or an error wrapping ErrNotFound.
	Day(ctx context.Context, d Date) (Day, error)
	// Days returns the stored days from..to inclusive, oldest first.
	Days(ctx context.Context, from, to Date) ([]Day, error)
	// SaveDay validates day and inserts it or replaces the stored one; its cramps are untouched.
	SaveDay(ctx context.Context, day *Day) error
	// SaveDays saves several days in one transaction: all of them or none.
	SaveDays(ctx context.Context, days ...*Day) error
	// DeleteDay removes the day and its night's cramps; ErrNotFound if absent.
	DeleteDay(ctx context.Context, d Date) error

	// Cramps returns the cramps of nights from..to inclusive, by night then time.
	Cramps(ctx context.Context, from, to Date) ([]Cramp, error)
	// SaveCramp validates c and inserts it (ID 0, ID is set) or updates it. It creates
	// the night's day if needed and marks the night checked.
	SaveCramp(ctx context.Context, c *Cramp) error
	// SaveCrampWithSigns is SaveCramp that also sets the warning signs of the
	// cramp's night in the same transaction; nil signs leaves them as they are.
	SaveCrampWithSigns(ctx context.Context, c *Cramp, signs *NightSigns) error
	// DeleteCramp removes one cramp; ErrNotFound if absent.
	DeleteCramp(ctx context.Context, id uint) error
	// LastCramp returns the most recently logged cramp, or ErrNotFound.
	LastCramp(ctx context.Context) (Cramp, error)

	// Import upserts days by date and replaces the cramps of every night named in
	// days or cramps, all in one transaction: a bad row leaves the diary unchanged.
	// (experiment.Importer imports experiments with them, in the same transaction.)
	Import(ctx context.Context, days []Day, cramps []Cramp) error
	// ImportStream is Import for more rows than are worth holding at once:
	// fill hands the rows to w a batch at a time, all inside one transaction.
	// If fill or any batch fails, nothing is written. A date given twice is
	// the caller's to catch: the later row wins.
	ImportStream(ctx context.Context, fill func(w ImportWriter) error) error
	// Span returns the first and last dated days, or an error wrapping ErrNotFound
	// for an empty diary.
	Span(ctx context.Context) (first, last Date, err error)
	// Counts returns how many days and cramps the diary holds.
	Counts(ctx context.Context) (days, cramps int, err error)

	// Setting returns a stored setting, or fallback when it was never set.
	Setting(ctx context.Context, key, fallback string) (string, error)
	// SetSetting stores a setting.
	SetSetting(ctx context.Context, key, value string) error
	// Cutover returns the night cut-over (DefaultCutover unless changed).
	Cutover(ctx context.Context) (Clock, error)

	// Draft returns the unsaved typing kept under key, or an error wrapping
	// ErrNotFound. Drafts are not diary entries: no count, chart or export sees them.
	Draft(ctx context.Context, key string) (Draft, error)
	// Drafts returns every kept draft, oldest first.
	Drafts(ctx context.Context) ([]Draft, error)
	// SaveDraft keeps d (replacing any draft under d.Key) and sets d.SavedAt.
	SaveDraft(ctx context.Context, d *Draft) error
	// DeleteDraft forgets the draft under key; a missing draft is not an error.
	DeleteDraft(ctx context.Context, key string) error

	// Close flushes and closes the diary file.
	Close() error
}

// Setting keys kept in the diary file, so the window and the command line agree.
const (
	SettingCutover = "night_cutover"
	SettingName    = "report_name"
)

// FirstDate is earlier than any diary date; Days(ctx, FirstDate, today) loads everything.
const FirstDate = Date("0001-01-01")

// LastDate is later than any diary date.
const LastDate = Date("9999-12-31")

// ImportWriter takes the rows of one import, a batch at a time (see
// Store.ImportStream). Rows are validated as they come.
type ImportWriter interface {
	// Days upserts days by date and clears their nights' cramps stored before the import.
	Days(days []Day) error
	// Cramps adds cramps, clearing their nights' cramps stored before the
	// import, and creates or marks their nights checked.
	Cramps(cramps []Cramp) error
}
