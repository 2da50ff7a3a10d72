package csvio

import (
	"context"
	"io"
	"reflect"
	"sort"
	"strings"

	"github.com/crampdiary/crampdiary/model"
	"github.com/crampdiary/crampdiary/model/experiment"
)

// Store is the diary the CSV files come from and go into: its days and
// cramps, and the experiments kept beside them, imported with them in one
// transaction.
type Store interface {
	model.Store
	experiment.Store
	experiment.Importer
}

// experimentColumns is the column order of experiments.csv: one row per
// experiment, keyed by its start date (experiments never share a night). The
// plan columns that do not apply to the design are left empty.
var experimentColumns = []cell{
	{"start", "Start", false}, {"template", "Template", false}, {"title", "Title", false},
	{"usual", "Usual", false}, {"change", "Change", false}, {"outcome", "Outcome", false},
	{"design", "Design", false}, {"nights", "Nights", false}, {"pairs", "Pairs", false},
	{"phase_days", "PhaseDays", false}, {"washout_days", "WashoutDays", false},
	{"baseline_days", "BaselineDays", false}, {"order", "Order", false}, {"seed", "Seed", false},
	{"status", "Status", false}, {"stopped_on", "StoppedOn", false},
}

// experimentNightColumns is the column order of experiment_nights.csv: the
// schedule of every experiment, one row per night, with the answer to "did
// you keep to it?" (empty when unanswered). The condition is a plain string
// so "A" and "B" keep their case (codes are read lower-case), but it is a
// fixed word, not free text.
var experimentNightColumns = []cell{
	{"experiment_start", "Experiment", false}, {"date", "Date", false}, {"condition", "Condition", true},
	{"phase", "Phase", false}, {"washout", "Washout", false}, {"kept", "Kept", false},
}

var (
	experimentTable = newTable(experimentsFile, reflect.TypeFor[experimentRow](), experimentColumns,
		"start", "template", "title", "usual", "change", "outcome", "design", "seed", "status")
	experimentNightTable = newTable(experimentNightsFile, reflect.TypeFor[experimentNightRow](), experimentNightColumns,
		"experiment_start", "date", "condition")
)

// experimentRow is one line of experiments.csv. The model holds the plan as
// one value; the file spreads it over columns a spreadsheet can show.
type experimentRow struct {
	Start        model.Date
	Template     experiment.TemplateID
	Title        string
	Usual        string
	Change       string
	Outcome      experiment.Outcome
	Design       experiment.DesignKind
	Nights       *int
	Pairs        *int
	PhaseDays    *int
	WashoutDays  *int
	BaselineDays *int
	Order        experiment.PhaseOrder
	Seed         *int64
	Status       experiment.Status
	StoppedOn    optionalDate
}

// optionalDate is a date cell that may be empty; model.Date cells may not.
type optionalDate string

// experimentNightRow is one line of experiment_nights.csv.
type experimentNightRow struct {
	Experiment model.Date
	Date       model.Date
	Condition  string
	Phase      *int
	Washout    *bool
	Kept       *bool
}

func experimentRowOf(e experiment.Experiment) experimentRow {
	p := e.Plan
	r := experimentRow{
		Start: e.Start, Template: e.Template, Title: e.Title, Usual: e.Usual, Change: e.Change,
		Outcome: p.Outcome, Design: p.Design, Order: p.Order, Seed: &e.Seed,
		Status: e.Status, StoppedOn: optionalDate(e.StoppedOn),
	}
	if p.Design == experiment.NightByNight {
		r.Nights = &p.Nights
	} else {
		r.Pairs, r.PhaseDays, r.WashoutDays, r.BaselineDays = &p.Pairs, &p.PhaseDays, &p.WashoutDays, &p.BaselineDays
	}
	return r
}

// experimentRows flattens experiments into the rows of both files, in the
// order the store gives them (by start) and each schedule night by night.
func experimentRows(exps []experiment.Experiment) ([]experimentRow, []experimentNightRow) {
	rows := make([]experimentRow, 0, len(exps))
	var nights []experimentNightRow
	for _, e := range exps {
		rows = append(rows, experimentRowOf(e))
		for _, n := range e.Nights {
			phase, washout := n.Phase, n.Washout
			nights = append(nights, experimentNightRow{Experiment: e.Start, Date: n.Date,
				Condition: string(n.Condition), Phase: &phase, Washout: &washout, Kept: n.Kept})
		}
	}
	return rows, nights
}

func (r experimentRow) experiment() experiment.Experiment {
	return experiment.Experiment{
		Template: r.Template, Title: r.Title, Usual: r.Usual, Change: r.Change,
		Plan: experiment.Plan{
			Outcome: r.Outcome, Design: r.Design, Nights: intOr0(r.Nights), Pairs: intOr0(r.Pairs),
			PhaseDays: intOr0(r.PhaseDays), WashoutDays: intOr0(r.WashoutDays),
			BaselineDays: intOr0(r.BaselineDays), Order: r.Order,
		},
		Start: r.Start, Status: r.Status, StoppedOn: model.Date(r.StoppedOn),
	}
}

func intOr0(p *int) int {
	if p == nil {
		return 0
	}
	return *p
}

func (r experimentNightRow) night() experiment.Night {
	n := experiment.Night{Date: r.Date, Condition: experiment.Condition(strings.TrimSpace(r.Condition)),
		Phase: intOr0(r.Phase), Kept: r.Kept}
	switch strings.ToLower(string(n.Condition)) {
	case "a", "b":
		n.Condition = experiment.Condition(strings.ToUpper(string(n.Condition)))
	case string(experiment.CondBaseline):
		n.Condition = experiment.CondBaseline
	}
	n.Washout = r.Washout != nil && *r.Washout
	return n
}

// parseExperiments reads both experiment files and joins each schedule to
// its experiment; every experiment is then checked whole. Experiments are
// few, so their rows are gathered before they are joined.
func parseExperiments(ctx context.Context, expIn, nightIn io.Reader, p *problemList) ([]experiment.Experiment, error) {
	var expProblems, nightProblems problemList
	var rows []row[experimentRow]
	err := decodeFile(ctx, experimentTable, expIn, &expProblems, func(line int, v *experimentRow) {
		rows = append(rows, row[experimentRow]{line: line, val: *v})
	}, nil)
	if err != nil {
		return nil, err
	}
	exps, lines, rowProblems := experimentsByStart(rows)
	expProblems.add(rowProblems...)
	var nightRows []row[experimentNightRow]
	err = decodeFile(ctx, experimentNightTable, nightIn, &nightProblems, func(line int, v *experimentNightRow) {
		nightRows = append(nightRows, row[experimentNightRow]{line: line, val: *v})
	}, nil)
	if err != nil {
		return nil, err
	}
	// Past a bad experiment row its nights have nowhere to go, and past a bad
	// night its schedule is short: reporting those too would only bury the cause.
	if expProblems.count() == 0 {
		nightProblems.add(attachNights(exps, nightRows)...)
	}
	bad := expProblems.count()+nightProblems.count() > 0
	p.merge(&expProblems)
	p.merge(&nightProblems)
	if bad {
		return nil, nil
	}
	starts := make([]model.Date, 0, len(exps))
	for start := range exps {
		starts = append(starts, start)
	}
	sort.Slice(starts, func(i, j int) bool { return starts[i] < starts[j] })
	out := make([]experiment.Experiment, 0, len(exps))
	for _, start := range starts {
		e := exps[start]
		sort.Slice(e.Nights, func(i, j int) bool { return e.Nights[i].Date < e.Nights[j].Date })
		if err := e.Validate(); err != nil {
			p.add(rowProblem(experimentsFile, lines[start], err))
			continue
		}
		out = append(out, *e)
	}
	return out, nil
}

// row is one decoded data row and the file line it starts on, so later checks
// can still point at the line to fix.
type row[T any] struct {
	line int
	val  T
}

// experimentsByStart indexes the rows by start date, which must be unique.
func experimentsByStart(rows []row[experimentRow]) (map[model.Date]*experiment.Experiment, map[model.Date]int, []model.Message) {
	exps := map[model.Date]*experiment.Experiment{}
	lines := map[model.Date]int{}
	var problems []model.Message
	for _, r := range rows {
		if prev, dup := lines[r.val.Start]; dup {
			problems = append(problems, at(experimentsFile, r.line, model.X("start {{.Date}} already appears on line {{.Line}}; two experiments cannot start on one night",
				x{"Date": string(r.val.Start), "Line": itoa(prev)})))
			continue
		}
		lines[r.val.Start] = r.line
		if r.val.Seed == nil {
			problems = append(problems, at(experimentsFile, r.line, model.X("seed is empty; it is the number the schedule was drawn with", nil)))
			continue
		}
		if r.val.StoppedOn != "" && !model.Date(r.val.StoppedOn).Valid() {
			problems = append(problems, at(experimentsFile, r.line, model.X("stopped_on \"{{.Value}}\" is not a date YYYY-MM-DD", x{"Value": string(r.val.StoppedOn)})))
			continue
		}
		e := r.val.experiment()
		e.Seed = *r.val.Seed
		exps[r.val.Start] = &e
	}
	return exps, lines, problems
}

// attachNights gives each experiment its nights; a night of an experiment
// not in experiments.csv, or a date given twice, is a problem.
func attachNights(exps map[model.Date]*experiment.Experiment, rows []row[experimentNightRow]) []model.Message {
	var problems []model.Message
	seen := map[[2]model.Date]int{}
	for _, r := range rows {
		key := [2]model.Date{r.val.Experiment, r.val.Date}
		if prev, dup := seen[key]; dup {
			problems = append(problems, at(experimentNightsFile, r.line, model.X("night {{.Date}} of the experiment starting {{.Start}} already appears on line {{.Line}}",
				x{"Date": string(r.val.Date), "Start": string(r.val.Experiment), "Line": itoa(prev)})))
			continue
		}
		seen[key] = r.line
		e, ok := exps[r.val.Experiment]
		if !ok {
			problems = append(problems, at(experimentNightsFile, r.line, model.X("no experiment in {{.File}} starts on {{.Date}}",
				x{"File": experimentsFile, "Date": string(r.val.Experiment)})))
			continue
		}
		e.Nights = append(e.Nights, r.val.night())
	}
	return problems
}
