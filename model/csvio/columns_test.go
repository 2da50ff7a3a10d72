package csvio

import (
	"reflect"
	"testing"

	"github.com/crampdiary/crampdiary/model"
)

// A field added to the model must not silently stay out of the backup.
func TestColumnsCoverEveryModelField(t *testing.T) {
	tests := []struct {
		row     reflect.Type
		cols    []cell
		skipped []string
	}{
		{reflect.TypeFor[model.Day](), dayColumns, []string{"UpdatedAt"}},
		{reflect.TypeFor[model.Cramp](), crampColumns, []string{"ID", "CreatedAt"}},
	}
	for _, tt := range tests {
		declared := map[string]bool{}
		for _, c := range tt.cols {
			declared[c.field] = true
		}
		for _, f := range tt.skipped {
			declared[f] = true
		}
		for i := range tt.row.NumField() {
			if f := tt.row.Field(i); !declared[f.Name] {
				t.Errorf("%s field %s has no column", tt.row.Name(), f.Name)
			}
		}
	}
}
