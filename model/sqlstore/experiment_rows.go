package sqlstore

import (
	"time"

	"github.com/crampdiary/crampdiary/model"
	"github.com/crampdiary/crampdiary/model/experiment"
)

// experimentRow is one row of experiments. The model keeps the plan as one
// value and the schedule beside it; these rows are the file's flat view.
type experimentRow struct {
	ID           uint      `gorm:"column:id;primaryKey"`
	Template     string    `gorm:"column:template"`
	Title        string    `gorm:"column:title"`
	Usual        string    `gorm:"column:usual"`
	Change       string    `gorm:"column:change"`
	Outcome      string    `gorm:"column:outcome"`
	Design       string    `gorm:"column:design"`
	Nights       int       `gorm:"column:nights"`
	Pairs        int       `gorm:"column:pairs"`
	PhaseDays    int       `gorm:"column:phase_days"`
	WashoutDays  int       `gorm:"column:washout_days"`
	BaselineDays int       `gorm:"column:baseline_days"`
	PhaseOrder   string    `gorm:"column:phase_order"`
	Seed         int64     `gorm:"column:seed"`
	Start        string    `gorm:"column:start"`
	Status       string    `gorm:"column:status"`
	StoppedOn    *string   `gorm:"column:stopped_on"`
	CreatedAt    time.Time `gorm:"column:created_at"`
}

func (experimentRow) TableName() string { return "experiments" }

// nightRow is one night of an experiment's schedule.
type nightRow struct {
	ExperimentID uint   `gorm:"column:experiment_id;primaryKey"`
	Date         string `gorm:"column:date;primaryKey"`
	Condition    string `gorm:"column:condition"`
	Phase        int    `gorm:"column:phase"`
	Washout      bool   `gorm:"column:washout"`
	Kept         *bool  `gorm:"column:kept"`
}

func (nightRow) TableName() string { return "experiment_nights" }

func rowOf(e experiment.Experiment) experimentRow {
	r := experimentRow{
		ID: e.ID, Template: string(e.Template), Title: e.Title, Usual: e.Usual, Change: e.Change,
		Outcome: string(e.Plan.Outcome), Design: string(e.Plan.Design), Nights: e.Plan.Nights,
		Pairs: e.Plan.Pairs, PhaseDays: e.Plan.PhaseDays, WashoutDays: e.Plan.WashoutDays,
		BaselineDays: e.Plan.BaselineDays, PhaseOrder: string(e.Plan.Order),
		Seed: e.Seed, Start: string(e.Start), Status: string(e.Status), CreatedAt: e.CreatedAt,
	}
	if e.StoppedOn != "" {
		stopped := string(e.StoppedOn)
		r.StoppedOn = &stopped
	}
	return r
}

// experiment turns a row back into the model, without its nights.
func (r experimentRow) experiment() experiment.Experiment {
	e := experiment.Experiment{
		ID: r.ID, Template: experiment.TemplateID(r.Template), Title: r.Title, Usual: r.Usual, Change: r.Change,
		Plan: experiment.Plan{
			Outcome: experiment.Outcome(r.Outcome), Design: experiment.DesignKind(r.Design), Nights: r.Nights,
			Pairs: r.Pairs, PhaseDays: r.PhaseDays, WashoutDays: r.WashoutDays,
			BaselineDays: r.BaselineDays, Order: experiment.PhaseOrder(r.PhaseOrder),
		},
		Seed: r.Seed, Start: model.Date(r.Start), Status: experiment.Status(r.Status), CreatedAt: r.CreatedAt,
	}
	if r.StoppedOn != nil {
		e.StoppedOn = model.Date(*r.StoppedOn)
	}
	return e
}

func nightRowsOf(id uint, nights []experiment.Night) []nightRow {
	rows := make([]nightRow, len(nights))
	for i, n := range nights {
		rows[i] = nightRow{ExperimentID: id, Date: string(n.Date), Condition: string(n.Condition),
			Phase: n.Phase, Washout: n.Washout, Kept: n.Kept}
	}
	return rows
}

func (r nightRow) night() experiment.Night {
	return experiment.Night{Date: model.Date(r.Date), Condition: experiment.Condition(r.Condition),
		Phase: r.Phase, Washout: r.Washout, Kept: r.Kept}
}
