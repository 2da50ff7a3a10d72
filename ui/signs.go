package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/crampdiary/crampdiary/model"
)

// signChecks asks about the warning signs a clinician should hear about; the
// night panel and the cramp form both show them for the same night.
type signChecks struct {
	weakness, numbness, swelling, colour *widget.Check
}

func newSignChecks() *signChecks {
	return &signChecks{
		weakness: widget.NewCheck(lang.L("Weakness in the leg"), nil),
		numbness: widget.NewCheck(lang.L("Numbness or pins and needles"), nil),
		swelling: widget.NewCheck(lang.L("One leg swollen"), nil),
		colour:   widget.NewCheck(lang.L("Leg colour or warmth changed"), nil),
	}
}

func (s *signChecks) content() fyne.CanvasObject {
	return container.NewVBox(
		widget.NewLabelWithStyle(lang.L("Anything unusual in the legs?"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}),
		container.NewGridWithColumns(2, s.weakness, s.numbness, s.swelling, s.colour))
}

// checks names each box by the column it fills.
func (s *signChecks) checks() map[string]*widget.Check {
	return map[string]*widget.Check{"flag_weakness": s.weakness, "flag_numbness": s.numbness, "flag_swelling": s.swelling, "flag_colour": s.colour}
}

// ticked is which boxes are ticked; fmt prints it in key order.
func (s *signChecks) ticked() map[string]bool {
	out := map[string]bool{}
	for name, c := range s.checks() {
		out[name] = c.Checked
	}
	return out
}

func (s *signChecks) show(n model.NightSigns) {
	showBool(s.weakness, n.Weakness)
	showBool(s.numbness, n.Numbness)
	showBool(s.swelling, n.SwellingOneSide)
	showBool(s.colour, n.LegColourChange)
}

func (s *signChecks) read() model.NightSigns {
	return model.NightSigns{Weakness: readBool(s.weakness), Numbness: readBool(s.numbness),
		SwellingOneSide: readBool(s.swelling), LegColourChange: readBool(s.colour)}
}
