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

// dayHeader is the column order of days.csv. Every name is the gorm column of a
// model.Day field, so the file, the database and the validation messages all
// speak the same names. Columns added later go before notes, which stays last
// so a long note does not push the other columns out of view in a spreadsheet.
var dayHeader = []string{
	"date", "steps", "run_min", "run_hard", "strength", "standing_h", "new_shoes",
	"high_heels", "long_sitting", "late_workout", "sleep_start", "sleep_end",
	"sleep_quality", "stress", "alcohol_drinks", "late_meal", "heat", "fluids_glasses",
	"caffeine_cups", "salt_change", "supplements", "stretched", "tight_bedding",
	"medication_change", "night_checked",
	"flag_weakness", "flag_numbness", "flag_swelling", "flag_colour",
	"steps_source", "run_min_source", "sleep_source", "notes",
}

// crampHeader is the column order of cramps.csv. The id is left out on purpose:
// it is the diary's own bookkeeping and means nothing in another diary.
var crampHeader = []string{
	"night", "time", "muscle", "side", "duration_s", "intensity", "soreness",
	"relief", "sleep_lost_min", "notes",
}

var (
	dayTable   = newTable(daysFile, reflect.TypeFor[model.Day](), dayHeader, "date")
	crampTable = newTable(crampsFile, reflect.TypeFor[model.Cramp](), crampHeader, "night", "muscle", "side")
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

// newTable maps header onto the fields of rowType by their column names: the
// csv tag of a field, else its gorm column. A plain string field is free text;
// the tag option ",code" marks one that holds a fixed word instead.
// A column without a field, or a field of a type the codec cannot write, is a
// programming mistake in this package, so it stops the program at start-up
// (and in every test) instead of surfacing in a user's import.
func newTable(file string, rowType reflect.Type, header []string, required ...string) table {
	byColumn := map[string]int{}
	code := map[int]bool{}
	for i := range rowType.NumField() {
		col, opt, _ := strings.Cut(rowType.Field(i).Tag.Get("csv"), ",")
		code[i] = opt == "code"
		if col == "" {
			col = gormColumn(rowType.Field(i).Tag.Get("gorm"))
		}
		if col != "" {
			byColumn[col] = i
		}
	}
	t := table{file: file, header: header, required: required, field: map[string]int{}, text: map[string]bool{}}
	for _, name := range header {
		i, ok := byColumn[name]
		if !ok {
			panic(fmt.Sprintf("csvio: %s column %q has no field in %s", file, name, rowType))
		}
		if !supported(rowType.Field(i).Type) {
			panic(fmt.Sprintf("csvio: %s column %q has unsupported type %s", file, name, rowType.Field(i).Type))
		}
		t.field[name] = i
		t.text[name] = rowType.Field(i).Type == reflect.TypeFor[string]() && !code[i]
	}
	return t
}

// gormColumn reads the column name out of a gorm struct tag.
func gormColumn(tag string) string {
	for _, part := range strings.Split(tag, ";") {
		if name, ok := strings.CutPrefix(part, "column:"); ok {
			return name
		}
	}
	return ""
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
func (t table) columns(header []string) ([]column, []string) {
	var problems []string
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
			problems = append(problems, fmt.Sprintf("%s: unknown column %q", t.file, strings.TrimSpace(raw)))
		case seen[name]:
			problems = append(problems, fmt.Sprintf("%s: column %q appears more than once", t.file, name))
		}
		seen[name] = true
		cols[pos] = column{name: name, field: i, text: t.text[name]}
	}
	for _, name := range t.required {
		if !seen[name] {
			problems = append(problems, fmt.Sprintf("%s: the required column %q is missing", t.file, name))
		}
	}
	return cols, problems
}
