//go:build unix

package app

import (
	"bytes"
	"context"
	"errors"
	"strings"
	"syscall"
	"testing"

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

func TestInterruptClosesTheDiaryAndExitsZero(t *testing.T) {
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
	if code != exitOK || s.closed != 1 {
		t.Fatalf("exit %d, closed %d times; want 0 and 1 (stderr %q)", code, s.closed, errOut.String())
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
