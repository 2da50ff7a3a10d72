package app

import (
	"context"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"
	"time"

	"fyne.io/fyne/v2/lang"

	"github.com/crampdiary/crampdiary/model"
)

// interruptGrace is how long a command gets to notice Ctrl+C and roll its
// transaction back before the diary is closed regardless.
const interruptGrace = 5 * time.Second

// quitSignals are the requests to stop that end crampdiary cleanly, exit 0.
var quitSignals = []os.Signal{os.Interrupt, syscall.SIGTERM}

// runInterruptible runs fn on the open store s, then closes s. Ctrl+C or
// SIGTERM cancels fn's context; the store is still closed and the exit is 0,
// since stopping on request is not a failure.
func runInterruptible(s model.Store, fn func(ctx context.Context) error, stderr io.Writer) int {
	ctx, stop := signal.NotifyContext(context.Background(), quitSignals...)
	defer stop()
	done := make(chan error, 1)
	go func() { done <- fn(ctx) }()

	var err error
	select {
	case err = <-done:
	case <-ctx.Done():
		select {
		case err = <-done:
		case <-time.After(interruptGrace):
		}
	}
	closeErr := s.Close()
	if ctx.Err() != nil {
		fmt.Fprintln(stderr, "crampdiary: "+lang.L("stopped on request; the diary was closed cleanly"))
		return exitOK
	}
	if err != nil {
		return fail(stderr, err)
	}
	if closeErr != nil {
		return fail(stderr, fmt.Errorf("app: close diary: %w", closeErr))
	}
	return exitOK
}
