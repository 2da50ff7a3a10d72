package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/crampdiary/crampdiary/model/experiment"
)

// tonightCard tells the person, on Today, what a running experiment asks of
// tonight, and asks whether last night's plan was kept.
type tonightCard struct {
	env      *env
	box      *fyne.Container
	tonight  *widget.Label
	question *widget.Label
	yesBtn   *widget.Button
	noBtn    *widget.Button
	last     experiment.Tonight // last night's plan, when there is one
}

func newTonightCard(e *env) *tonightCard {
	c := &tonightCard{env: e, box: container.NewVBox(), tonight: wrappedLabel(""), question: wrappedLabel("")}
	c.tonight.TextStyle.Bold = true
	c.yesBtn = widget.NewButton(lang.L("Yes, I kept to it"), func() { c.answer(true) })
	c.noBtn = widget.NewButton(lang.L("No"), func() { c.answer(false) })
	c.box.Hide()
	return c
}

// load finds the experiment nights of tonight and last night.
func (c *tonightCard) load() error {
	exps, err := c.env.store.Experiments(c.env.ctx())
	if err != nil {
		return err
	}
	today := c.env.today()
	now, hasNow := experiment.TonightOf(exps, today)
	last, hasLast := experiment.TonightOf(exps, today.AddDays(-1))
	c.last = last
	c.box.Objects = nil
	if !hasNow && !hasLast {
		c.box.Hide()
		return nil
	}
	c.box.Add(heading(lang.L("Your experiment")))
	if hasNow {
		c.tonight.SetText(lang.L("{{.Title}}, night {{.Night}} of {{.Of}}. Tonight: {{.Ask}}", map[string]any{
			"Title": lang.L(now.Experiment.Title), "Night": now.Number, "Of": now.Of, "Ask": nightAsk(now)}))
		c.box.Add(c.tonight)
	}
	if hasLast {
		c.box.Add(container.NewBorder(nil, nil, nil, container.NewHBox(c.yesBtn, c.noBtn), c.question))
		c.showAnswer()
	}
	c.box.Add(widget.NewSeparator())
	c.box.Show()
	c.box.Refresh()
	return nil
}

// nightAsk is the instruction for a night, saying whether it is the change.
func nightAsk(t experiment.Tonight) string {
	ask := lang.L("as usual") + " (" + lang.L(t.Do) + ")"
	if t.Night.Condition == experiment.CondB {
		ask = lang.L("make the change") + ": " + lang.L(t.Do)
	}
	if t.Night.Washout {
		ask += " " + lang.L("(a washout night: lived as asked, not compared)")
	}
	return ask
}

func (c *tonightCard) showAnswer() {
	q := lang.L("Last night the plan was: {{.Ask}}. Did you keep to it?", map[string]any{"Ask": nightAsk(c.last)})
	if k := c.last.Night.Kept; k != nil {
		answer := lang.L("yes")
		if !*k {
			answer = lang.L("no")
		}
		q += " " + lang.L("(answered: {{.Answer}})", map[string]any{"Answer": answer})
	}
	c.question.SetText(q)
}

func (c *tonightCard) answer(kept bool) {
	if err := c.env.store.SetAdherence(c.env.ctx(), c.last.Experiment.ID, c.last.Night.Date, &kept); err != nil {
		c.env.showError(err)
		return
	}
	c.env.changed()
}
