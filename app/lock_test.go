package app

import (
	"errors"
	"testing"
)

func TestLockIsExclusiveAndReleased(t *testing.T) {
	dir := t.TempDir()
	first, err := tryLock(dir)
	if err != nil {
		t.Fatalf("first lock: %v", err)
	}
	if _, err := tryLock(dir); !errors.Is(err, errBusy) {
		t.Fatalf("second lock = %v, want errBusy", err)
	}
	first.release()
	again, err := tryLock(dir)
	if err != nil {
		t.Fatalf("lock after release: %v", err)
	}
	again.release()
}
