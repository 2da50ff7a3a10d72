//go:build unix

package cli

import (
	"bytes"
	"context"
	"errors"
	"os"
	"strings"
	"syscall"
	"testing"

	"github.com/crampdiary/crampdiary/app/internal/proc"
	"github.com/crampdiary/crampdiary/model"
)

// closeCounter is a store that only counts Close calls.
type closeCounter struct {
	model.Store
	closed int
}

func (c *closeCounter) Close() error {
	c.closed++
	return nil
}

func TestQuitSignalsIncludeHangUp(t *testing.T) {
	want := map[os.Signal]bool{os.Interrupt: true, syscall.SIGTERM: true, syscall.SIGHUP: true}
	for _, s := range proc.QuitSignals {
		delete(want, s)
	}
	if len(want) > 0 {
		t.Errorf("proc.QuitSignals %v lacks %v", proc.QuitSignals, want)
	}
}

func TestInterruptClosesTheDiaryAndExitsOne(t *testing.T) {
	s := &closeCounter{}
	var errOut bytes.Buffer
	code := runInterruptible(s, func(ctx context.Context) error {
		// Signal only once runInterruptible listens, as a person pressing Ctrl+C would.
		if err := syscall.Kill(syscall.Getpid(), syscall.SIGTERM); err != nil {
			return err
		}
		<-ctx.Done()
		return ctx.Err()
	}, &errOut)
	if code != exitError || s.closed != 1 || !strings.Contains(errOut.String(), "stopped on request before it finished") {
		t.Fatalf("exit %d, closed %d times; want 1 and 1 (stderr %q)", code, s.closed, errOut.String())
	}
}

// A signal that comes after the work is done changes nothing: one message, exit 0.
func TestSignalAfterTheWorkIsDoneExitsZero(t *testing.T) {
	s := &closeCounter{}
	var errOut bytes.Buffer
	code := runInterruptible(s, func(ctx context.Context) error {
		if err := syscall.Kill(syscall.Getpid(), syscall.SIGHUP); err != nil {
			return err
		}
		<-ctx.Done()
		return nil
	}, &errOut)
	if code != exitOK || s.closed != 1 || errOut.Len() != 0 {
		t.Fatalf("exit %d, closed %d times, stderr %q; want 0, 1 and nothing", code, s.closed, errOut.String())
	}
}

func TestCommandErrorExitsOne(t *testing.T) {
	s := &closeCounter{}
	var errOut bytes.Buffer
	code := runInterruptible(s, func(context.Context) error { return errors.New("app: boom") }, &errOut)
	if code != exitError || s.closed != 1 || !strings.HasPrefix(errOut.String(), "crampdiary: app: boom") {
		t.Fatalf("exit %d, closed %d, stderr %q", code, s.closed, errOut.String())
	}
}
