package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os/signal"
	"time"

	"fyne.io/fyne/v2/lang"

	"github.com/crampdiary/crampdiary/app/internal/proc"
	"github.com/crampdiary/crampdiary/model"
)

// interruptGrace is how long a command gets to notice Ctrl+C and roll its
// transaction back before the diary is closed regardless.
const interruptGrace = 5 * time.Second

// stoppedError is a command cut short by a quit signal; msg says what that
// left undone, in a sentence for the person who sent it.
type stoppedError struct{ msg string }

func (e *stoppedError) Error() string { return e.msg }

// runInterruptible runs fn on the open store s, then closes s. A quit signal
// cancels fn's context. When fn had finished anyway, the run counts as done;
// when it was cut short, the store is still closed, the exit is 1 (its work
// was not done), and the one message says so, fn's own stoppedError if any.
func runInterruptible(s model.Store, fn func(ctx context.Context) error, stderr io.Writer) int {
	ctx, stop := signal.NotifyContext(context.Background(), proc.QuitSignals...)
	defer stop()
	done := make(chan error, 1)
	go func() { done <- fn(ctx) }()

	var err error
	finished := true
	select {
	case err = <-done:
	case <-ctx.Done():
		select {
		case err = <-done:
		case <-time.After(interruptGrace):
			finished = false
		}
	}
	closeErr := s.Close()
	if ctx.Err() != nil && (err != nil || !finished) {
		var se *stoppedError
		if !errors.As(err, &se) {
			se = &stoppedError{lang.L("stopped on request before it finished; the diary was closed cleanly")}
		}
		fmt.Fprintln(stderr, "crampdiary: "+se.msg)
		return proc.ExitError
	}
	if err != nil {
		return proc.Fail(stderr, err)
	}
	if closeErr != nil {
		return proc.Fail(stderr, fmt.Errorf("app: close diary: %w", closeErr))
	}
	return proc.ExitOK
}
