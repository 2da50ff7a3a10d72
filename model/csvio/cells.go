package csvio

import (
	"errors"
	"math"
	"reflect"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/crampdiary/crampdiary/model"
)

var (
	clockType = reflect.TypeFor[model.Clock]()
	dateType  = reflect.TypeFor[model.Date]()
)

// formatCell writes one field the way the file shows it: an unrecorded value
// is an empty cell, yes/no is 1/0, a time is HH:MM.
func formatCell(v reflect.Value) string {
	if v.Kind() == reflect.Pointer {
		if v.IsNil() {
			return ""
		}
		v = v.Elem()
	}
	if v.Type() == clockType {
		return model.Clock(v.Int()).String()
	}
	switch v.Kind() {
	case reflect.Bool:
		if v.Bool() {
			return "1"
		}
		return "0"
	case reflect.Int, reflect.Int64:
		return strconv.FormatInt(v.Int(), 10)
	case reflect.Float64:
		return strconv.FormatFloat(v.Float(), 'f', -1, 64)
	default: // string kinds; newTable admits nothing else
		return v.String()
	}
}

// parseCell reads raw into dst, the field of column c. The error is a sentence
// that names the column and the offending text.
func parseCell(c column, raw string, dst reflect.Value) error {
	col := c.name
	if !utf8.ValidString(raw) {
		return cellErr(model.X("{{.Column}} is not UTF-8 text; save the file as UTF-8", x{"Column": col}))
	}
	t := dst.Type()
	switch {
	// The reader hands out cells that share their line's memory: a kept text
	// is cloned so the row it came from is not held for the whole import.
	case c.text:
		dst.SetString(strings.Clone(freeText(unguardFormula(raw))))
		return nil
	case t.Kind() == reflect.String && t.Name() == "string": // a fixed word kept as written
		dst.SetString(strings.Clone(freeText(raw)))
		return nil
	case t == dateType:
		return parseDate(col, raw, dst)
	case t.Kind() == reflect.String: // a code such as muscle or side; Validate judges it
		dst.SetString(strings.Clone(strings.ToLower(strings.TrimSpace(raw))))
		return nil
	}
	raw = strings.TrimSpace(raw)
	if raw == "" {
		dst.SetZero() // not recorded; for night_checked that means not checked
		return nil
	}
	if t.Kind() != reflect.Pointer {
		return parseValue(col, raw, dst)
	}
	p := reflect.New(t.Elem())
	if err := parseValue(col, raw, p.Elem()); err != nil {
		return err
	}
	dst.Set(p)
	return nil
}

// freeText keeps notes as written but settles line ends on "\n": a spreadsheet
// may save "\r\n" inside a cell, and the export must read back the same.
func freeText(raw string) string {
	raw = strings.ReplaceAll(raw, "\r\n", "\n")
	return strings.ReplaceAll(raw, "\r", "\n")
}

func parseDate(col, raw string, dst reflect.Value) error {
	raw = strings.TrimSpace(raw)
	if raw == "" {
		return cellErr(model.X("{{.Column}} is empty; every row needs one (YYYY-MM-DD)", x{"Column": col}))
	}
	d, err := model.ParseDate(raw)
	if err != nil {
		return cellErr(model.X("{{.Column}} \"{{.Value}}\" is not a date YYYY-MM-DD", x{"Column": col, "Value": raw}))
	}
	dst.SetString(string(d))
	return nil
}

// parseValue reads a non-empty cell into a time, yes/no, whole number or number.
func parseValue(col, raw string, dst reflect.Value) error {
	if dst.Type() == clockType {
		c, err := model.ParseClock(raw)
		if err != nil {
			return cellErr(model.X("{{.Column}} \"{{.Value}}\" is not a time HH:MM on a 24-hour clock", x{"Column": col, "Value": raw}))
		}
		dst.SetInt(int64(c))
		return nil
	}
	switch dst.Kind() {
	case reflect.Bool:
		b, err := parseYesNo(raw)
		if err != nil {
			return cellErr(model.X("{{.Column}} \"{{.Value}}\" is not 1 (yes) or 0 (no)", x{"Column": col, "Value": raw}))
		}
		dst.SetBool(b)
	case reflect.Int, reflect.Int64:
		n, err := strconv.ParseInt(raw, 10, dst.Type().Bits())
		if err != nil {
			return cellErr(model.X("{{.Column}} \"{{.Value}}\" is not a whole number", x{"Column": col, "Value": raw}))
		}
		dst.SetInt(n)
	default: // Float64
		f, err := strconv.ParseFloat(raw, 64)
		// NaN slips past every range check, so it is refused here.
		if err != nil || math.IsNaN(f) || math.IsInf(f, 0) {
			return cellErr(model.X("{{.Column}} \"{{.Value}}\" is not a number", x{"Column": col, "Value": raw}))
		}
		dst.SetFloat(f)
	}
	return nil
}

var errNotYesNo = errors.New("not yes or no")

// parseYesNo takes 1/0 as exported, and the words a spreadsheet or a person
// is likely to type instead.
func parseYesNo(raw string) (bool, error) {
	switch strings.ToLower(raw) {
	case "1", "yes", "y", "true":
		return true, nil
	case "0", "no", "n", "false":
		return false, nil
	}
	return false, errNotYesNo
}

// formulaStarts are the first characters that make a spreadsheet run a cell
// as a formula (the OWASP advice on CSV injection), and the apostrophe that
// guardFormula itself puts in front, so a text that begins with one survives too.
const formulaStarts = "=+-@\t\r'"

// guardFormula puts an apostrophe before free text that a spreadsheet would run as
// a formula: a note "=HYPERLINK(...)" is shown, never followed. Text that
// already starts with an apostrophe gets one more, so unguardFormula can tell the two
// apart and an export reads back exactly.
func guardFormula(s string) string {
	if s != "" && strings.IndexByte(formulaStarts, s[0]) >= 0 {
		return "'" + s
	}
	return s
}

// unguardFormula undoes guardFormula: it drops one leading apostrophe when what follows
// starts with one of formulaStarts. Any other apostrophe is the person's own.
func unguardFormula(s string) string {
	if len(s) >= 2 && s[0] == '\'' && strings.IndexByte(formulaStarts, s[1]) >= 0 {
		return s[1:]
	}
	return s
}
