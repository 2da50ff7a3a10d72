package model_test

import (
	"testing"

	"github.com/crampdiary/crampdiary/model"
	"github.com/crampdiary/crampdiary/model/clocktest"
)

// The diary's today over the edges of the day, a leap day, a year end and
// both DST changes in Europe and the USA.
func TestDiaryTodayAtTheHardInstants(t *testing.T) {
	for _, in := range clocktest.Instants(t) {
		if got := model.DiaryToday(in.At); got != in.Today {
			t.Errorf("%s (%s): DiaryToday = %s, want %s", in.Name, in.At.Format("2006-01-02 15:04:05 MST"), got, in.Today)
		}
	}
}
