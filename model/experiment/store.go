package experiment

import (
	"context"

	"github.com/crampdiary/crampdiary/model"
)

// Store keeps the experiments beside the diary's days and cramps (model.Store),
// in the same file. Every write is one transaction: it is saved whole or not at all.
type Store interface {
	// Experiments returns every experiment with its schedule, earliest start first.
	Experiments(ctx context.Context) ([]Experiment, error)
	// Experiment returns one experiment with its schedule, or an error
	// wrapping model.ErrNotFound.
	Experiment(ctx context.Context, id uint) (Experiment, error)
	// CreateExperiment stores a new experiment (see New) with its schedule
	// and sets e.ID and e.CreatedAt. It refuses, wrapping model.ErrInvalid, an
	// experiment that fails Validate, is not active, starts more than a day
	// in the past, or shares a night or its start with another experiment.
	CreateExperiment(ctx context.Context, e *Experiment) error
	// SetAdherence records the answer to "did you keep to it?" for night d of
	// experiment id; nil clears it. A night not in the experiment (or after
	// its stop) or still to come is refused with model.ErrInvalid.
	SetAdherence(ctx context.Context, id uint, d model.Date, kept *bool) error
	// StopExperiment ends experiment id early; last is the last night that
	// counts, no later than today and before the planned end (see
	// Experiment.Stop). The schedule is kept, so the stop shows in the results.
	StopExperiment(ctx context.Context, id uint, last model.Date) error
	// DeleteExperiment removes an experiment and its schedule; the diary's
	// days and cramps stay. model.ErrNotFound if absent.
	DeleteExperiment(ctx context.Context, id uint) error
}

// Importer writes a whole diary, its experiments with its days and cramps, in
// one transaction: a bad row of any kind leaves the diary as it was.
// Experiments are matched by start date: one in exps replaces the stored
// experiment with that start (plan, seed, schedule, answers, status), others
// are added, and experiments not named stay as they were.
type Importer interface {
	// ImportWithExperiments is model.Store.Import that also writes exps, in
	// the same transaction.
	ImportWithExperiments(ctx context.Context, days []model.Day, cramps []model.Cramp, exps []Experiment) error
	// ImportStreamWithExperiments is model.Store.ImportStream that writes
	// exps first, then whatever fill hands to w, in one transaction. If exps,
	// fill or any batch fails, nothing is written.
	ImportStreamWithExperiments(ctx context.Context, fill func(w model.ImportWriter) error, exps []Experiment) error
}
