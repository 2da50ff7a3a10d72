package ui

import (
	"errors"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/crampdiary/crampdiary/model"
	"github.com/crampdiary/crampdiary/model/redflag"
)

// flagBanner shows, calmly, the red flags the diary holds that the person has
// not dismissed: what was seen, why it matters, and to talk to a clinician.
type flagBanner struct {
	env     *env
	box     *fyne.Container // what Today shows: the list, inset like the cards under it
	list    *fyne.Container
	visible []redflag.Flag
	dismiss map[redflag.ID]*widget.Button
}

func newFlagBanner(e *env) *flagBanner {
	b := &flagBanner{env: e, list: container.NewVBox()}
	b.box = container.NewPadded(b.list)
	b.box.Hide()
	return b
}

// load re-evaluates the flags on today's diary and redraws the banner.
func (b *flagBanner) load() error {
	today := b.env.today()
	flags, err := redflag.Load(b.env.ctx(), b.env.store, today)
	if err != nil {
		return err
	}
	// An unreadable dismissal list must not hide a flag: show them all.
	dismissed, err := redflag.LoadDismissals(b.env.ctx(), b.env.store)
	if err != nil && !errors.Is(err, model.ErrInvalid) {
		return err
	}
	b.visible = redflag.Visible(flags, dismissed)
	b.rebuild()
	return nil
}

func (b *flagBanner) rebuild() {
	b.list.Objects = nil
	b.dismiss = map[redflag.ID]*widget.Button{}
	if len(b.visible) == 0 {
		b.box.Hide()
		return
	}
	heading := widget.NewLabelWithStyle(lang.L("Worth talking to a clinician about"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	b.list.Add(container.NewBorder(nil, nil, widget.NewIcon(theme.InfoIcon()), nil, heading))
	for _, f := range b.visible {
		b.list.Add(b.card(f))
	}
	b.list.Add(widget.NewSeparator())
	b.box.Show()
	b.box.Refresh()
}

func (b *flagBanner) card(f redflag.Flag) fyne.CanvasObject {
	w := words()
	title := widget.NewLabelWithStyle(w.Say(f.Title), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	text := wrappedLabel(w.Say(f.Seen) + " " + w.Say(f.Why))
	id := f.ID
	btn := widget.NewButton(lang.L("Dismiss"), func() { b.onDismiss(id) })
	b.dismiss[id] = btn
	return container.NewBorder(nil, nil, nil, container.NewVBox(btn), container.NewVBox(title, text))
}

// onDismiss hides a flag until it stops holding and starts again.
func (b *flagBanner) onDismiss(id redflag.ID) {
	if err := redflag.SaveDismissal(b.env.ctx(), b.env.store, id, b.env.today()); err != nil {
		b.env.showError(err)
		return
	}
	if err := b.load(); err != nil {
		b.env.showError(err)
	}
}
