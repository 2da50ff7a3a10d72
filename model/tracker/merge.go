package tracker

import (
	"sort"
	"strconv"

	"github.com/crampdiary/crampdiary/model"
)

// Field names a diary field an export fills; the names are the CSV columns
// (the sleep window is one field: both times or neither).
type Field string

// The fields an export fills.
const (
	FieldSteps  Field = "steps"
	FieldRunMin Field = "run_min"
	FieldSleep  Field = "sleep"
)

// Change says what an import does to one field of one day.
type Change int

// Kinds of change.
const (
	Fill    Change = iota // the field was empty: the export fills it
	Same                  // the diary already holds this value: nothing to do
	Update                // the value came from an export of the same kind: a newer export updates it
	Differs               // the person typed (or another kind of export gave) a different value: kept unless replacing
	Skipped               // the export's value is out of the diary's range or in the future: never written
)

// FieldChange is one field of one day in a Plan. Old and New are as the
// diary shows them ("8400", "23:15-06:40"); Old is "" for an empty field.
type FieldChange struct {
	Date      model.Date
	Field     Field
	Old, New  string
	OldSource string // "" when the person typed the old value
	Change    Change
	Applied   bool // the import writes New
}

// Plan is what importing an export would do to the diary. Days holds every
// day that changes, ready for one Store.SaveDays; nothing else is written.
type Plan struct {
	Format  Format
	Changes []FieldChange // every field the export says something about, by date and field
	Days    []*model.Day  // the days to save, by date

	stored []model.Day // what the plan was made from, for With
	values []DayValues
}

// With plans the same export and diary again with other options, such as
// the window's "Also replace what I typed", without reading the file again.
func (p Plan) With(opt MergeOptions) Plan {
	return PlanMerge(p.Format, p.stored, p.values, opt)
}

// MergeOptions choose what an import may overwrite.
type MergeOptions struct {
	// Replace overwrites values the person typed, and values from other kinds
	// of export, too. By default only empty fields are filled, and values an
	// earlier export of the same kind wrote are updated.
	Replace bool
	// FillOnly fills empty fields and changes nothing else, not even values
	// an earlier export wrote: for sources read in the background. Only on
	// RefreshFrom and later may it update what the same kind of source wrote,
	// since a device was still counting those days when last read.
	FillOnly    bool
	RefreshFrom model.Date
	// From and To limit the days; "" is open.
	From, To model.Date
	// Today is the diary's today: later days are skipped (Validate refuses them).
	Today model.Date
}

// PlanMerge works out what importing values (read from an export of format f)
// into the stored days would do. It writes nothing. A day the diary does not
// hold yet is a new row with only the export's values: its night stays
// unchecked, so charts and insights still count it as not logged.
func PlanMerge(f Format, stored []model.Day, values []DayValues, opt MergeOptions) Plan {
	byDate := make(map[model.Date]model.Day, len(stored))
	for _, d := range stored {
		byDate[d.Date] = d
	}
	p := Plan{Format: f, stored: stored, values: values}
	for _, v := range values {
		if (opt.From != "" && v.Date.Before(opt.From)) || (opt.To != "" && opt.To.Before(v.Date)) {
			continue
		}
		old, had := byDate[v.Date]
		if !had {
			old = model.Day{Date: v.Date}
		}
		day := old.Clone()
		changed := false
		for _, fc := range planDay(f, &day, v, opt) {
			p.Changes = append(p.Changes, fc)
			changed = changed || fc.Applied
		}
		if changed {
			p.Days = append(p.Days, &day)
		}
	}
	sort.SliceStable(p.Days, func(i, j int) bool { return p.Days[i].Date < p.Days[j].Date })
	return p
}

// planDay decides each field of one day and applies the ones that change to day.
func planDay(f Format, day *model.Day, v DayValues, opt MergeOptions) []FieldChange {
	var out []FieldChange
	future := opt.Today != "" && opt.Today.Before(v.Date)
	if v.Steps != nil {
		ok := !future && *v.Steps >= 0 && *v.Steps <= maxSteps
		out = append(out, decide(f, v.Date, FieldSteps, intSlot(&day.Steps, &day.StepsSource), *v.Steps, ok, opt))
	}
	if v.RunMin != nil {
		ok := !future && *v.RunMin >= 0 && *v.RunMin <= maxRunMin
		out = append(out, decide(f, v.Date, FieldRunMin, intSlot(&day.RunMin, &day.RunMinSource), *v.RunMin, ok, opt))
	}
	if v.SleepStart != nil && v.SleepEnd != nil {
		w := window{*v.SleepStart, *v.SleepEnd}
		ok := !future && model.SleepHours(w.start, w.end) <= maxSleepH
		out = append(out, decide(f, v.Date, FieldSleep, sleepSlot(day), w, ok, opt))
	}
	return out
}

// The diary's ranges (model.Day.Validate); a value outside them is skipped so
// one odd record cannot refuse the whole import.
const (
	maxSteps  = 100000
	maxRunMin = 600
	maxSleepH = 16
)

// slot is one field of a day: its value, shown as text, and its source.
type slot[T comparable] struct {
	get    func() (T, bool)
	set    func(T)
	source *string
	show   func(T) string
}

func decide[T comparable](f Format, date model.Date, field Field, s slot[T], v T, ok bool, opt MergeOptions) FieldChange {
	old, has := s.get()
	fc := FieldChange{Date: date, Field: field, New: s.show(v), OldSource: *s.source}
	if has {
		fc.Old = s.show(old)
	}
	switch {
	case !ok:
		fc.Change = Skipped
	case !has:
		fc.Change = Fill
	case old == v:
		fc.Change = Same
	case *s.source == string(f):
		fc.Change = Update
	default:
		fc.Change = Differs
	}
	refresh := !opt.FillOnly || (opt.RefreshFrom != "" && !date.Before(opt.RefreshFrom))
	fc.Applied = fc.Change == Fill || (fc.Change == Update && refresh) ||
		(!opt.FillOnly && fc.Change == Differs && opt.Replace)
	if fc.Applied {
		s.set(v)
		*s.source = string(f)
	}
	return fc
}

func intSlot(p **int, source *string) slot[int] {
	return slot[int]{
		get: func() (int, bool) {
			if *p == nil {
				return 0, false
			}
			return **p, true
		},
		set:    func(v int) { *p = &v },
		source: source,
		show:   strconv.Itoa,
	}
}

// window is a sleep window; it is one field because Validate wants both
// times or neither.
type window struct{ start, end model.Clock }

func sleepSlot(d *model.Day) slot[window] {
	return slot[window]{
		get: func() (window, bool) {
			if d.SleepStart == nil || d.SleepEnd == nil {
				return window{}, false
			}
			return window{*d.SleepStart, *d.SleepEnd}, true
		},
		set: func(w window) {
			d.SleepStart, d.SleepEnd = &w.start, &w.end
		},
		source: &d.SleepSource,
		show:   func(w window) string { return w.start.String() + "-" + w.end.String() },
	}
}

// Count is how many fields of a plan have each kind of change, and how many
// days it writes.
type Count struct {
	Days                                int
	Filled, Updated, Same, Differ, Skip int
	Replaced                            int // Differs that are applied
	ByField                             map[Field]int
}

// Counts sums up a plan for its preview.
func (p Plan) Counts() Count {
	c := Count{Days: len(p.Days), ByField: map[Field]int{}}
	for _, fc := range p.Changes {
		switch fc.Change {
		case Fill:
			c.Filled++
		case Update:
			c.Updated++
		case Same:
			c.Same++
		case Differs:
			c.Differ++
		case Skipped:
			c.Skip++
		}
		if fc.Change == Differs && fc.Applied {
			c.Replaced++
		}
		if fc.Applied {
			c.ByField[fc.Field]++
		}
	}
	return c
}
