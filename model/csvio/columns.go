package csvio

import (
	"fmt"
	"reflect"
	"strings"

	"github.com/crampdiary/crampdiary/model"
)

// The files of an export. The two experiment files came later: an import
// without them leaves the stored experiments as they are.
const (
	daysFile             = "days.csv"
	crampsFile           = "cramps.csv"
	experimentsFile      = "experiments.csv"
	experimentNightsFile = "experiment_nights.csv"
)

// cell names the struct field behind one column of a file. Code marks a
// plain string field that holds a fixed word rather than free text, so the
// formula guard leaves it alone.
type cell struct {
	column, field string
	code          bool
}

// dayColumns is the column order of days.csv and the model.Day field of each.
// The names are the diary's own (the database and the validation messages
// speak the same ones), declared here because the domain types carry no
// storage tags. Columns added later go before notes, which stays last so a
// long note does not push the other columns out of view in a spreadsheet.
var dayColumns = []cell{
	{"date", "Date", false}, {"steps", "Steps", false}, {"run_min", "RunMin", false},
	{"run_hard", "RunHard", false}, {"strength", "Strength", false}, {"standing_h", "StandingH", false},
	{"new_shoes", "NewShoes", false}, {"high_heels", "HighHeels", false}, {"long_sitting", "LongSitting", false},
	{"late_workout", "LateWorkout", false}, {"sleep_start", "SleepStart", false}, {"sleep_end", "SleepEnd", false},
	{"sleep_quality", "SleepQuality", false}, {"stress", "Stress", false}, {"alcohol_drinks", "AlcoholDrinks", false},
	{"late_meal", "LateMeal", false}, {"heat", "Heat", false}, {"fluids_glasses", "FluidsGlasses", false},
	{"caffeine_cups", "CaffeineCups", false}, {"salt_change", "SaltChange", false},
	{"supplements", "Supplements", false}, {"stretched", "Stretched", false}, {"tight_bedding", "TightBedding", false},
	{"medication_change", "MedicationChange", false}, {"night_checked", "NightChecked", false},
	{"flag_weakness", "Weakness", false}, {"flag_numbness", "Numbness", false},
	{"flag_swelling", "SwellingOneSide", false}, {"flag_colour", "LegColourChange", false},
	{"steps_source", "StepsSource", false}, {"run_min_source", "RunMinSource", false},
	{"sleep_source", "SleepSource", false}, {"notes", "Notes", false},
}

// crampColumns is the column order of cramps.csv and the model.Cramp field of
// each. The id is left out on purpose: it is the diary's own bookkeeping and
// means nothing in another diary.
var crampColumns = []cell{
	{"night", "Night", false}, {"time", "Time", false}, {"muscle", "Muscle", false}, {"side", "Side", false},
	{"duration_s", "DurationS", false}, {"intensity", "Intensity", false}, {"soreness", "Soreness", false},
	{"relief", "Relief", false}, {"sleep_lost_min", "SleepLostMin", false}, {"notes", "Notes", false},
}

var (
	dayTable   = newTable(daysFile, reflect.TypeFor[model.Day](), dayColumns, "date")
	crampTable = newTable(crampsFile, reflect.TypeFor[model.Cramp](), crampColumns, "night", "muscle", "side")
)

// table describes one CSV file: its name, its columns in export order, the
// columns an import cannot do without, and the struct field behind each column.
type table struct {
	file     string
	header   []string
	required []string
	field    map[string]int
	text     map[string]bool // free-text columns, which the formula guard covers
}

// newTable maps cols onto the fields of rowType by their names. A plain string
// field is free text unless its cell is marked code.
// A column without a field, or a field of a type the codec cannot write, is a
// programming mistake in this package, so it stops the program at start-up
// (and in every test) instead of surfacing in a user's import.
func newTable(file string, rowType reflect.Type, cols []cell, required ...string) table {
	t := table{file: file, required: required, field: map[string]int{}, text: map[string]bool{}}
	for _, c := range cols {
		f, ok := rowType.FieldByName(c.field)
		if !ok || len(f.Index) != 1 {
			panic(fmt.Sprintf("csvio: %s column %q has no field %s in %s", file, c.column, c.field, rowType))
		}
		if !supported(f.Type) {
			panic(fmt.Sprintf("csvio: %s column %q has unsupported type %s", file, c.column, f.Type))
		}
		t.header = append(t.header, c.column)
		t.field[c.column] = f.Index[0]
		t.text[c.column] = f.Type == reflect.TypeFor[string]() && !c.code
	}
	return t
}

// supported lists the field types a cell can hold: text (plain or a named code
// such as Date, Muscle, Side), yes/no, and optional numbers, yes/no and times.
func supported(t reflect.Type) bool {
	switch t.Kind() {
	case reflect.String, reflect.Bool:
		return true
	case reflect.Pointer:
		e := t.Elem()
		return e == clockType || e.Kind() == reflect.Int || e.Kind() == reflect.Int64 || e.Kind() == reflect.Bool || e.Kind() == reflect.Float64
	}
	return false
}

// column is one position of a file's header line: the column's name and the
// struct field it fills, or unnamed.
type column struct {
	name  string
	field int
	text  bool
}

// unnamed marks a header cell left empty, as spreadsheets do for a stray
// trailing column; it is tolerated as long as its cells are empty too.
const unnamed = -1

// columns maps a file's header line onto fields and reports every problem with
// it, so one look at the errors tells what to rename.
func (t table) columns(header []string) ([]column, []model.Message) {
	var problems []model.Message
	cols := make([]column, len(header))
	seen := map[string]bool{}
	for pos, raw := range header {
		name := strings.ToLower(strings.TrimSpace(raw))
		i, known := t.field[name]
		switch {
		case name == "":
			cols[pos] = column{field: unnamed}
			continue
		case !known:
			problems = append(problems, model.X("{{.File}}: unknown column \"{{.Column}}\"", x{"File": t.file, "Column": strings.TrimSpace(raw)}))
		case seen[name]:
			problems = append(problems, model.X("{{.File}}: column \"{{.Column}}\" appears more than once", x{"File": t.file, "Column": name}))
		}
		seen[name] = true
		cols[pos] = column{name: name, field: i, text: t.text[name]}
	}
	for _, name := range t.required {
		if !seen[name] {
			problems = append(problems, model.X("{{.File}}: the required column \"{{.Column}}\" is missing", x{"File": t.file, "Column": name}))
		}
	}
	return cols, problems
}
