package desktop

import (
	"bufio"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/godbus/dbus/v5"
)

// busConfig is a private session bus that lets the test own any name.
const busConfig = `<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:dir=%s</listen>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>`

// privateBus starts a real dbus-daemon for the test and returns its address;
// the test is skipped where dbus-daemon is not installed.
func privateBus(t *testing.T) string {
	t.Helper()
	daemon, err := exec.LookPath("dbus-daemon")
	if err != nil {
		t.Skip("no dbus-daemon:", err)
	}
	dir := t.TempDir()
	conf := filepath.Join(dir, "bus.conf")
	if err := os.WriteFile(conf, fmt.Appendf(nil, busConfig, dir), 0o600); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(daemon, "--config-file="+conf, "--nofork", "--print-address")
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = cmd.Process.Kill(); _ = cmd.Wait() })
	addr, err := bufio.NewReader(out).ReadString('\n') // the daemon prints it once listening
	if err != nil {
		t.Fatal(err)
	}
	return strings.TrimSpace(addr)
}

func connect(t *testing.T, addr string) *dbus.Conn {
	t.Helper()
	conn, err := dbus.Connect(addr)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = conn.Close() })
	return conn
}

// fakeDaemon answers as a notification daemon does and records the calls.
type fakeDaemon struct {
	mu    sync.Mutex
	calls []string
	last  uint32
}

func (d *fakeDaemon) Notify(app string, replaces uint32, icon, summary, body string,
	actions []string, hints map[string]dbus.Variant, timeout int32) (uint32, *dbus.Error) {
	d.mu.Lock()
	defer d.mu.Unlock()
	entry, _ := hints["desktop-entry"].Value().(string)
	d.calls = append(d.calls, fmt.Sprintf("Notify %s replaces=%d icon=%s %q entry=%s timeout=%d",
		app, replaces, filepath.Base(icon), summary, entry, timeout))
	if replaces != 0 {
		return replaces, nil
	}
	d.last++
	return d.last, nil
}

func (d *fakeDaemon) CloseNotification(id uint32) *dbus.Error {
	d.mu.Lock()
	defer d.mu.Unlock()
	d.calls = append(d.calls, fmt.Sprintf("CloseNotification %d", id))
	return nil
}

func TestDBusNotifierReplacesAndWithdraws(t *testing.T) {
	addr := privateBus(t)
	server := connect(t, addr)
	d := &fakeDaemon{}
	if err := server.Export(d, notifyPath, notifyName); err != nil {
		t.Fatal(err)
	}
	if _, err := server.RequestName(notifyName, dbus.NameFlagDoNotQueue); err != nil {
		t.Fatal(err)
	}
	n := newDBusNotifier(connect(t, addr), "/cache/icon.png")
	for _, step := range []func() error{
		func() error { return n.Show("first", "a") },
		func() error { return n.Show("second", "b") },
		n.Withdraw,
		n.Withdraw, // nothing on screen: no call
		func() error { return n.Show("third", "c") },
	} {
		if err := step(); err != nil {
			t.Fatal(err)
		}
	}
	want := []string{
		`Notify crampdiary replaces=0 icon=icon.png "first" entry=io.github.crampdiary timeout=0`,
		`Notify crampdiary replaces=1 icon=icon.png "second" entry=io.github.crampdiary timeout=0`,
		`CloseNotification 1`,
		`Notify crampdiary replaces=0 icon=icon.png "third" entry=io.github.crampdiary timeout=0`,
	}
	d.mu.Lock()
	defer d.mu.Unlock()
	if !slices.Equal(d.calls, want) {
		t.Fatalf("calls:\n%s\nwant:\n%s", strings.Join(d.calls, "\n"), strings.Join(want, "\n"))
	}
}

func TestDBusNotifierWithoutADaemonSaysSo(t *testing.T) {
	n := newDBusNotifier(connect(t, privateBus(t)), "")
	if err := n.Show("title", "body"); err == nil || !strings.Contains(err.Error(), "show the reminder notification") {
		t.Fatalf("no daemon: %v", err)
	}
}
