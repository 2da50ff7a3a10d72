package sqlstore

import (
	"database/sql/driver"
	"fmt"
	"reflect"
	"strconv"
	"strings"
	"unicode/utf8"
)

// insertJSON writes all rows with one statement: the rows travel as a single
// JSON array bound to one value, and SQLite's json_each spreads them over the
// columns. The driver parses a statement's SQL on every run, so the SQL of
// a few rows costs as much as the rows' own work; here it is parsed once per
// batch. It reports false, having written nothing, when a value cannot make
// that trip exactly (see appendJSON); insert then writes the rows instead.
// A time stamp column takes now, bound beside the array.
func (b *bulk) insertJSON(t bulkTable, rows reflect.Value) (bool, error) {
	b.json = append(b.json[:0], '[')
	for i := range rows.Len() {
		if i > 0 {
			b.json = append(b.json, ',')
		}
		b.json = append(b.json, '[')
		row := rows.Index(i)
		for j, f := range t.fields {
			if j > 0 {
				b.json = append(b.json, ',')
			}
			v, zero := f.ValueOf(b.ctx, row)
			if f.AutoUpdateTime != 0 || f.AutoCreateTime != 0 {
				if f.AutoUpdateTime == 0 && !zero {
					return false, nil // a creation time of its own, kept by insert
				}
				b.json = append(b.json, '0') // the statement takes now instead
				continue
			}
			var ok bool
			if b.json, ok = appendJSON(b.json, v); !ok {
				return false, nil
			}
		}
		b.json = append(b.json, ']')
	}
	b.json = append(b.json, ']')
	return true, b.exec(t.jsonSQL(), string(b.json), b.now)
}

// jsonSQL is the statement of insertJSON: ?1 the rows, ?2 now.
func (t bulkTable) jsonSQL() string {
	if q, ok := t.sql[-1]; ok {
		return q
	}
	cols := make([]string, len(t.fields))
	vals := make([]string, len(t.fields))
	for i, f := range t.fields {
		cols[i] = f.DBName
		vals[i] = fmt.Sprintf("v->>%d", i)
		if f.AutoUpdateTime != 0 || f.AutoCreateTime != 0 {
			vals[i] = "?2"
		}
	}
	// MATERIALIZED renders each row's JSON once, not once per column.
	q := fmt.Sprintf("WITH r(k, v) AS MATERIALIZED (SELECT key, value FROM json_each(?1)) %s %s(%s) SELECT %s FROM r ORDER BY k",
		t.verb, t.name, strings.Join(cols, ","), strings.Join(vals, ","))
	t.sql[-1] = q
	return q
}

// appendJSON writes v as a JSON value that SQLite reads back as exactly what
// the driver would have stored for v. It refuses (false) what might not:
// text that is not UTF-8 or holds a NUL, a number with more than 15
// significant digits (SQLite's own decimal reading is exact only up to
// there), and any type it does not know.
func appendJSON(buf []byte, v any) ([]byte, bool) {
	rv := reflect.ValueOf(v)
	for rv.IsValid() && rv.Kind() == reflect.Pointer {
		if rv.IsNil() {
			return append(buf, "null"...), true
		}
		rv = rv.Elem()
	}
	if !rv.IsValid() {
		return append(buf, "null"...), true
	}
	if val, ok := rv.Interface().(driver.Valuer); ok {
		dv, err := val.Value()
		if err != nil {
			return buf, false
		}
		if dv == nil {
			return append(buf, "null"...), true
		}
		rv = reflect.ValueOf(dv)
	}
	switch rv.Kind() {
	case reflect.String:
		return appendJSONString(buf, rv.String())
	case reflect.Bool:
		if rv.Bool() {
			return append(buf, '1'), true
		}
		return append(buf, '0'), true
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return strconv.AppendInt(buf, rv.Int(), 10), true
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32:
		return strconv.AppendUint(buf, rv.Uint(), 10), true
	case reflect.Float64:
		return appendJSONFloat(buf, rv.Float())
	}
	return buf, false
}

func appendJSONFloat(buf []byte, f float64) ([]byte, bool) {
	s := strconv.FormatFloat(f, 'e', -1, 64) // d.ddde±x: the digits before the e
	mant, _, _ := strings.Cut(strings.TrimPrefix(s, "-"), "e")
	if len(strings.Replace(mant, ".", "", 1)) > 15 || f == 0 && s[0] == '-' {
		return buf, false
	}
	return append(buf, s...), true
}

func appendJSONString(buf []byte, s string) ([]byte, bool) {
	if !utf8.ValidString(s) || strings.IndexByte(s, 0) >= 0 {
		return buf, false
	}
	buf = append(buf, '"')
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == '"' || c == '\\':
			buf = append(buf, '\\', c)
		case c < 0x20:
			buf = append(buf, fmt.Sprintf(`\u%04x`, c)...)
		default:
			buf = append(buf, c)
		}
	}
	return append(buf, '"'), true
}
