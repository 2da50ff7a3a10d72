package sqlstore

import (
	"errors"
	"fmt"

	"github.com/crampdiary/crampdiary/model"
)

// readErr wraps a failed read of what with model.ErrRead, unless err already
// says what kind of failure it is (invalid input, not found).
func readErr(what string, err error) error { return kindErr(what, model.ErrRead, err) }

// writeErr wraps a failed write of what with model.ErrWrite, likewise.
func writeErr(what string, err error) error { return kindErr(what, model.ErrWrite, err) }

func kindErr(what string, kind, err error) error {
	if errors.Is(err, model.ErrInvalid) || errors.Is(err, model.ErrNotFound) || errors.Is(err, model.ErrDamaged) {
		return fmt.Errorf("sqlstore: %s: %w", what, err)
	}
	return fmt.Errorf("sqlstore: %s: %w: %w", what, kind, err)
}
