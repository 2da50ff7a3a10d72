package sqlstore

import (
	"reflect"
	"testing"
	"time"

	"github.com/crampdiary/crampdiary/model"
)

// fillEvery sets every field of the struct v points to a value that is not
// its zero, so a field the mapping forgets shows as a difference.
func fillEvery(t *testing.T, v any) {
	t.Helper()
	rv := reflect.ValueOf(v).Elem()
	for i := range rv.NumField() {
		f := rv.Field(i)
		if f.Kind() == reflect.Pointer {
			f.Set(reflect.New(f.Type().Elem()))
			f = f.Elem()
		}
		switch {
		case f.Type() == reflect.TypeFor[time.Time]():
			f.Set(reflect.ValueOf(time.Date(2024, 6, 10, 8, 0, 0, 0, time.UTC)))
		case f.Kind() == reflect.String:
			f.SetString("x" + rv.Type().Field(i).Name)
		case f.Kind() == reflect.Bool:
			f.SetBool(true)
		case f.CanInt():
			f.SetInt(int64(i + 1))
		case f.CanUint():
			f.SetUint(uint64(i + 1))
		case f.CanFloat():
			f.SetFloat(float64(i) + 0.5)
		default:
			t.Fatalf("fillEvery: field %s of type %s", rv.Type().Field(i).Name, f.Type())
		}
	}
}

// Every field of a day and a cramp must reach its row and come back.
func TestRowsKeepEveryField(t *testing.T) {
	var d model.Day
	fillEvery(t, &d)
	if got := dayRowOf(d).day(); !reflect.DeepEqual(got, d) {
		t.Errorf("day through dayRow:\n got %+v\nwant %+v", got, d)
	}
	var c model.Cramp
	fillEvery(t, &c)
	if got := crampRowOf(c).cramp(); !reflect.DeepEqual(got, c) {
		t.Errorf("cramp through crampRow:\n got %+v\nwant %+v", got, c)
	}
	if n, m := reflect.TypeFor[dayRow]().NumField(), reflect.TypeFor[model.Day]().NumField(); n != m {
		t.Errorf("dayRow has %d fields, model.Day %d", n, m)
	}
	if n, m := reflect.TypeFor[crampRow]().NumField(), reflect.TypeFor[model.Cramp]().NumField(); n != m {
		t.Errorf("crampRow has %d fields, model.Cramp %d", n, m)
	}
}
