package ui

import (
	"errors"
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/crampdiary/crampdiary/model"
)

// formDialog is a dialog whose Save keeps it open until the input is valid,
// so a typo never costs the person what they already typed. Escape typed with
// no field focused is Cancel; with enterSaves, so is Enter Save.
type formDialog struct {
	dlg       *dialog.CustomDialog
	saveBtn   *widget.Button
	cancelBtn *widget.Button
	extra     []fyne.CanvasObject
	// unsaved, when set, reports whether Cancel would throw typing away;
	// Cancel then asks first.
	unsaved    func() bool
	onClosed   func()
	enterSaves bool
	win        fyne.Window
}

func newFormDialog(e *env, title string, body fyne.CanvasObject, save func() error, extra ...fyne.CanvasObject) *formDialog {
	f := &formDialog{extra: extra, win: e.win}
	cancel := widget.NewButtonWithIcon(lang.L("Cancel"), theme.CancelIcon(), f.onCancel)
	f.cancelBtn = cancel
	f.saveBtn = widget.NewButtonWithIcon(lang.L("Save"), theme.DocumentSaveIcon(), func() {
		if err := save(); err != nil {
			e.showError(err)
			return
		}
		f.dlg.Hide()
	})
	f.saveBtn.Importance = widget.HighImportance
	buttons := append(append([]fyne.CanvasObject{}, extra...), layout.NewSpacer(), cancel, f.saveBtn)
	f.dlg = dialog.NewCustomWithoutButtons(title, container.NewBorder(nil, container.NewHBox(buttons...), nil, nil, body), e.win)
	return f
}

func (f *formDialog) show(size fyne.Size) {
	f.dlg.Resize(size)
	f.dlg.Show()
	var enter func()
	if f.enterSaves {
		enter = f.saveBtn.OnTapped
	}
	release := takeKeys(f.win.Canvas(), enter, f.onCancel)
	f.dlg.SetOnClosed(func() {
		release()
		if f.onClosed != nil {
			f.onClosed()
		}
	})
}

// onCancel closes the dialog, asking first when typing would be lost.
func (f *formDialog) onCancel() {
	if f.unsaved == nil || !f.unsaved() {
		f.dlg.Hide()
		return
	}
	askUnsaved(f.win, lang.L("You have changes here that are not saved yet."),
		lang.L("Save them"), lang.L("Discard them"),
		func() { f.saveBtn.OnTapped() },
		func() {
			f.unsaved = nil
			f.dlg.Hide()
		})
}

// takeKeys gives Enter and Escape, typed while no field has the focus, to the
// dialog just shown on canvas c (nil leaves a key alone), as long as that
// dialog is on top; release hands the keys back.
func takeKeys(c fyne.Canvas, enter, escape func()) (release func()) {
	prev := c.OnTypedKey()
	depth := len(c.Overlays().List())
	c.SetOnTypedKey(func(ev *fyne.KeyEvent) {
		if len(c.Overlays().List()) == depth {
			switch {
			case (ev.Name == fyne.KeyReturn || ev.Name == fyne.KeyEnter) && enter != nil:
				enter()
				return
			case ev.Name == fyne.KeyEscape && escape != nil:
				escape()
				return
			}
		}
		if prev != nil {
			prev(ev)
		}
	})
	return func() { c.SetOnTypedKey(prev) }
}

// formEntry is an Entry that gives Escape to its form (Cancel): a focused
// Fyne entry keeps every key to itself.
type formEntry struct {
	widget.Entry
	onEscape func()
}

func newFormEntry(placeholder string, multiLine bool) *formEntry {
	e := &formEntry{}
	e.MultiLine = multiLine
	e.Wrapping = fyne.TextWrap(fyne.TextTruncateClip)
	e.PlaceHolder = placeholder
	e.ExtendBaseWidget(e)
	return e
}

// TypedKey hands Escape to the form, every other key to the entry.
func (e *formEntry) TypedKey(ev *fyne.KeyEvent) {
	if ev.Name == fyne.KeyEscape && e.onEscape != nil {
		e.onEscape()
		return
	}
	e.Entry.TypedKey(ev)
}

// focusOn points err's focus at w, the widget on screen, when a reader of its
// embedded entry made it.
func focusOn(w fyne.Focusable, err error) error {
	var in *inputError
	if errors.As(err, &in) {
		in.target = w
	}
	return err
}

// formErrors is every problem of a form, in the order of its fields; the
// first field to fix gets the focus.
type formErrors []error

func (fe formErrors) Error() string {
	lines := make([]string, len(fe))
	for i, e := range fe {
		lines[i] = "• " + userMessage(e)
	}
	return strings.Join(lines, "\n")
}

func (fe formErrors) Unwrap() []error { return fe }

// formProblems collects a form's problems, its own (a word that is not a
// number) and the diary's rules (model validation), by field, so they are
// listed at once in the order the person sees the fields.
type formProblems struct {
	order []string // the model's field names, in the form's order
	found map[string]error
	other []error // of fields the form does not show, said first
}

func newFormProblems(order ...string) *formProblems {
	return &formProblems{order: order, found: map[string]error{}}
}

// add keeps the first problem of field.
func (p *formProblems) add(field string, err error) {
	if _, ok := p.found[field]; !ok && err != nil {
		p.found[field] = err
	}
}

// addRules adds what model validation said, for the fields without a problem yet.
func (p *formProblems) addRules(err error) {
	var all model.FieldErrors
	var one *model.FieldError
	list := []*model.FieldError{}
	switch {
	case errors.As(err, &all):
		list = all
	case errors.As(err, &one):
		list = append(list, one)
	case err != nil:
		p.other = append(p.other, err)
	}
	for _, fe := range list {
		if slices.Contains(p.order, fe.Field) {
			p.add(fe.Field, fe)
		} else {
			p.other = append(p.other, fe)
		}
	}
}

// err is nil, the one problem, or formErrors.
func (p *formProblems) err() error {
	all := append([]error{}, p.other...)
	for _, f := range p.order {
		if e, ok := p.found[f]; ok {
			all = append(all, e)
		}
	}
	switch len(all) {
	case 0:
		return nil
	case 1:
		return all[0]
	}
	return formErrors(all)
}

// showProblems tells what went wrong beside the error icon, never under it:
// Fyne's own error dialog lays a long message over its icon.
// closed runs when the person has read it.
func showProblems(win fyne.Window, msg string, closed func()) {
	text := widget.NewLabel(msg)
	text.Wrapping = fyne.TextWrapWord
	icon := widget.NewIcon(theme.ErrorIcon())
	body := container.NewBorder(nil, nil, container.NewVBox(icon), nil, text)
	d := dialog.NewCustom(lang.L("Please check"), lang.L("OK"), body, win)
	width := min(float32(520), win.Canvas().Size().Width*0.9)
	d.Resize(fyne.NewSize(width, wrappedHeight(msg, width-icon.MinSize().Width-6*theme.Padding())+4*theme.Padding()))
	d.Show()
	release := takeKeys(win.Canvas(), d.Hide, d.Hide) // Enter or Escape, once read
	d.SetOnClosed(func() {
		release()
		closed()
	})
}

// wrappedHeight is about how tall msg stands, wrapped at width: a wrapped
// label only knows its height once it has been laid out.
func wrappedHeight(msg string, width float32) float32 {
	lines := 0
	for _, line := range strings.Split(msg, "\n") {
		w := fyne.MeasureText(line, theme.TextSize(), fyne.TextStyle{}).Width
		lines += 1 + int(w/max(width, 1))
	}
	return float32(lines)*(fyne.MeasureText("M", theme.TextSize(), fyne.TextStyle{}).Height+theme.LineSpacing()) + 2*theme.InnerPadding()
}
