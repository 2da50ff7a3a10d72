package ui

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

// refreshCounter is a label that counts its refreshes.
type refreshCounter struct {
	widget.Label
	n int
}

func newRefreshCounter() *refreshCounter {
	r := &refreshCounter{}
	r.ExtendBaseWidget(r)
	return r
}

func (r *refreshCounter) Refresh() {
	r.n++
	r.Label.Refresh()
}

// A card's new title does not refresh the fields in its quiet box, while a
// change of theme still reaches them.
func TestQuietBoxKeepsACardsRefreshFromItsFields(t *testing.T) {
	test.NewTempApp(t)
	field := newRefreshCounter()
	card := widget.NewCard("", "", newQuietBox(field))
	w := test.NewTempWindow(t, card)
	w.Resize(fyne.NewSize(300, 200))
	field.n = 0
	card.SetTitle("Last night")
	card.SetSubTitle("The night of Monday 23 November")
	if field.n != 0 {
		t.Fatalf("the card's titles refreshed the field %d times", field.n)
	}
	test.ApplyTheme(t, test.NewTheme())
	if field.n == 0 {
		t.Fatal("a change of theme did not reach the field")
	}
}
