package desktop

import (
	"context"
	"time"

	"github.com/godbus/dbus/v5"
)

// Fyne's Linux tray talks to a StatusNotifierWatcher over the D-Bus session
// bus. In Fyne 2.7.1, quitting after SetSystemTrayMenu panics when no session
// bus could be reached, and with a bus but no watcher the icon never appears,
// so hiding the window on close would leave no way back to it. The tray is
// therefore only used when a watcher is really there.

const (
	trayWatcher    = "org.kde.StatusNotifierWatcher"
	trayProbeLimit = time.Second
	// EnvTray overrides the probe: "off" never uses the tray, "on" always does.
	EnvTray = "CRAMPDIARY_TRAY"
)

// probeTray starts looking for a tray host and delivers the answer on the
// channel, within trayProbeLimit, so the window need not wait for it to start.
func probeTray(getenv func(string) string) <-chan bool {
	answer := make(chan bool, 1)
	switch getenv(EnvTray) {
	case "off":
		answer <- false
	case "on":
		answer <- true
	default:
		go func() { answer <- trayHostPresent(trayProbeLimit) }()
	}
	return answer
}

// trayHostPresent reports whether the session bus answers within limit and
// names an owner for the StatusNotifierWatcher.
func trayHostPresent(limit time.Duration) bool {
	ctx, cancel := context.WithTimeout(context.Background(), limit)
	defer cancel()
	result := make(chan bool, 1)
	go func() { result <- askWatcher(ctx) }()
	select {
	case ok := <-result:
		return ok
	case <-ctx.Done():
		return false
	}
}

func askWatcher(ctx context.Context) bool {
	// NoAutoStartup: a probe must never launch a bus daemon of its own.
	conn, err := dbus.SessionBusPrivateNoAutoStartup(dbus.WithContext(ctx))
	if err != nil {
		return false
	}
	defer conn.Close()
	if conn.Auth(nil) != nil || conn.Hello() != nil {
		return false
	}
	var owned bool
	call := conn.BusObject().CallWithContext(ctx, "org.freedesktop.DBus.NameHasOwner", 0, trayWatcher)
	return call.Store(&owned) == nil && owned
}
