package desktop

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/crampdiary/crampdiary/app/internal/datadir"
	"github.com/crampdiary/crampdiary/app/internal/proc"
)

func TestSecondStartAsksTheFirstToShow(t *testing.T) {
	dir := t.TempDir()
	// A socket left by a crash must not stop the next start from listening.
	if err := os.WriteFile(filepath.Join(dir, datadir.SockFile), nil, 0o600); err != nil {
		t.Fatal(err)
	}
	shown := make(chan struct{}, 1)
	ln, err := listenShow(dir, func() { shown <- struct{}{} })
	if err != nil {
		t.Fatalf("listenShow: %v", err)
	}
	defer ln.Close()
	if err := askToShow(dir); err != nil {
		t.Fatalf("askToShow: %v", err)
	}
	select {
	case <-shown:
	default:
		t.Fatal("onShow was not called before the reply")
	}
}

func TestAskToShowWithNobodyListening(t *testing.T) {
	if err := askToShow(t.TempDir()); err == nil {
		t.Fatal("askToShow succeeded with no running copy")
	}
}

func TestHandOverToTheRunningWindow(t *testing.T) {
	dir := t.TempDir()
	ln, err := listenShow(dir, func() {})
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	var errOut strings.Builder
	if code := handOver(dir, &errOut); code != proc.ExitOK || !strings.Contains(errOut.String(), "already running") {
		t.Fatalf("handOver: exit %d, stderr %q", code, errOut.String())
	}
}
