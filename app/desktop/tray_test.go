//go:build linux

package desktop

import (
	"bufio"
	"context"
	"os/exec"
	"strings"
	"testing"
	"time"

	"github.com/godbus/dbus/v5"
)

// startBus runs a private session bus for the test and points the app at it.
func startBus(t *testing.T) string {
	t.Helper()
	bin, err := exec.LookPath("dbus-daemon")
	if err != nil {
		t.Skip("dbus-daemon is not installed")
	}
	cmd := exec.Command(bin, "--session", "--nofork", "--print-address=1")
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatalf("start dbus-daemon: %v", err)
	}
	t.Cleanup(func() {
		_ = cmd.Process.Kill()
		_ = cmd.Wait()
	})
	addr, err := bufio.NewReader(out).ReadString('\n')
	if err != nil {
		t.Fatalf("read bus address: %v", err)
	}
	addr = strings.TrimSpace(addr)
	t.Setenv("DBUS_SESSION_BUS_ADDRESS", addr)
	return addr
}

func TestTrayNeedsAWatcherOnTheBus(t *testing.T) {
	addr := startBus(t)
	// A limit far beyond any answer on a local bus, so a busy machine cannot
	// turn the "yes" below into a timed-out "no".
	const limit = time.Minute
	if trayHostPresent(limit) {
		t.Fatal("tray reported present on a bus without a StatusNotifierWatcher")
	}
	conn, err := dbus.Connect(addr)
	if err != nil {
		t.Fatalf("connect: %v", err)
	}
	defer conn.Close()
	reply, err := conn.RequestName(trayWatcher, dbus.NameFlagDoNotQueue)
	if err != nil || reply != dbus.RequestNameReplyPrimaryOwner {
		t.Fatalf("claim %s: %v %v", trayWatcher, reply, err)
	}
	if !trayHostPresent(limit) {
		t.Fatal("tray not found although a StatusNotifierWatcher owns its name")
	}
}

func TestNoBusMeansNoTray(t *testing.T) {
	t.Setenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/crampdiary-test-bus")
	// The "no" must come from the failed connection, not from the probe's time
	// limit: a deadline far beyond any failed dial tells the two apart without
	// reading the clock.
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	if askWatcher(ctx) {
		t.Fatal("tray reported present without a bus")
	}
	if ctx.Err() != nil {
		t.Fatal("the probe waited for its time limit instead of failing at once without a bus")
	}
}

func TestTrayEnvOverride(t *testing.T) {
	for value, want := range map[string]bool{"on": true, "off": false} {
		got := <-probeTray(func(k string) string {
			if k == EnvTray {
				return value
			}
			return ""
		})
		if got != want {
			t.Errorf("%s=%s: tray %v, want %v", EnvTray, value, got, want)
		}
	}
}
