package redflag

import (
	"slices"
	"testing"

	"github.com/crampdiary/crampdiary/model"
)

func TestVisible(t *testing.T) {
	flags := []Flag{
		{ID: Weakness, Since: "2024-06-10"},
		{ID: MostNights, Since: "2024-06-20"},
	}
	tests := []struct {
		name string
		d    Dismissals
		want []ID
	}{
		{"nothing dismissed", nil, []ID{Weakness, MostNights}},
		{"dismissed while holding", Dismissals{Weakness: "2024-06-12"}, []ID{MostNights}},
		{"dismissed the day it began", Dismissals{MostNights: "2024-06-20"}, []ID{Weakness}},
		{"holds again after the dismissal", Dismissals{MostNights: "2024-06-19"}, []ID{Weakness, MostNights}},
		{"another flag dismissed", Dismissals{Rising: "2024-06-29"}, []ID{Weakness, MostNights}},
		{"all dismissed", Dismissals{Weakness: "2024-06-29", MostNights: "2024-06-29"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []ID
			for _, f := range Visible(flags, tt.d) {
				got = append(got, f.ID)
			}
			if !slices.Equal(got, tt.want) {
				t.Fatalf("visible %v, want %v", got, tt.want)
			}
		})
	}
}

// A dismissal lasts while the flag keeps holding, and ends when it stops and
// starts again, evaluated on the diary day by day.
func TestDismissalComesBackWhenTheFlagHoldsAgain(t *testing.T) {
	days := []model.Day{{Date: "2024-06-01", Weakness: ptr(true)}}
	d := Dismissals{Weakness: "2024-06-02"}
	visibleOn := func(today model.Date) bool {
		return len(Visible(Find(days, nil, today), d)) > 0
	}
	if f := Visible(Find(days, nil, "2024-06-01"), nil); len(f) != 1 || f[0].Since != "2024-06-01" {
		t.Fatalf("before the dismissal: %+v, want weakness since 2024-06-01", f)
	}
	if visibleOn("2024-06-02") {
		t.Fatal("weakness shown on the day it was dismissed")
	}
	days = append(days, model.Day{Date: "2024-06-10", Weakness: ptr(true)})
	if visibleOn("2024-06-10") || visibleOn("2024-06-23") {
		t.Fatal("a dismissed flag came back while it kept holding")
	}
	if f := Find(days, nil, "2024-06-24"); len(f) != 0 {
		t.Fatalf("weakness still holds 14 days after the last note: %+v", f)
	}
	days = append(days, model.Day{Date: "2024-06-26", Weakness: ptr(true)})
	if !visibleOn("2024-06-26") {
		t.Fatal("a dismissed flag stayed hidden after it started again")
	}
}
