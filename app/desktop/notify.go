package desktop

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"sync"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"github.com/godbus/dbus/v5"

	"github.com/crampdiary/crampdiary/app/internal/datadir"
	"github.com/crampdiary/crampdiary/assets"
)

// notifier shows the one reminder notification crampdiary keeps on screen.
type notifier interface {
	// Show puts up title and body, replacing the notification shown before.
	Show(title, body string) error
	// Withdraw takes the shown notification off the screen, if there is one.
	Withdraw() error
	// Close lets go of the desktop's notification service.
	Close() error
}

// newDesktopNotifier talks to the desktop's notification service over D-Bus,
// which can replace and withdraw a notification; fyne's SendNotification can
// do neither, so it is only the fallback where there is no session bus.
func newDesktopNotifier(a fyne.App) notifier {
	if _, ok := a.(desktop.App); !ok {
		return fyneNotifier{a} // the test driver: nothing to reach over D-Bus
	}
	conn, err := dbus.ConnectSessionBus()
	if err != nil {
		return fyneNotifier{a}
	}
	return newDBusNotifier(conn, iconPath())
}

// fyneNotifier sends through fyne, which cannot take a notification back.
type fyneNotifier struct{ app fyne.App }

func (n fyneNotifier) Show(title, body string) error {
	n.app.SendNotification(fyne.NewNotification(title, body))
	return nil
}

func (fyneNotifier) Withdraw() error { return nil }
func (fyneNotifier) Close() error    { return nil }

// The freedesktop notification service (Desktop Notifications Specification 1.2).
const (
	notifyName  = "org.freedesktop.Notifications"
	notifyPath  = dbus.ObjectPath("/org/freedesktop/Notifications")
	notifyAppID = "crampdiary"
	// notifyWait bounds a call, as the tray's Snooze waits for it on the UI thread.
	notifyWait = 2 * time.Second
)

// dbusNotifier keeps the id the service gave the last notification, so the
// next one replaces it and a withdrawal closes it.
type dbusNotifier struct {
	conn *dbus.Conn
	icon string // a file path or icon name; "" for none

	mu sync.Mutex
	id uint32 // the notification on screen; 0 for none
}

func newDBusNotifier(conn *dbus.Conn, icon string) *dbusNotifier {
	return &dbusNotifier{conn: conn, icon: icon}
}

func (n *dbusNotifier) Show(title, body string) error {
	n.mu.Lock()
	defer n.mu.Unlock()
	ctx, cancel := context.WithTimeout(context.Background(), notifyWait)
	defer cancel()
	hints := map[string]dbus.Variant{
		"desktop-entry": dbus.MakeVariant(datadir.AppID),
		"urgency":       dbus.MakeVariant(byte(1)), // normal
	}
	var id uint32
	// expire_timeout 0: a reminder stays until it is acted on or withdrawn.
	err := n.conn.Object(notifyName, notifyPath).CallWithContext(ctx, notifyName+".Notify", 0,
		notifyAppID, n.id, n.icon, title, body, []string{}, hints, int32(0)).Store(&id)
	if err != nil {
		return fmt.Errorf("app: show the reminder notification: %w", err)
	}
	n.id = id
	return nil
}

func (n *dbusNotifier) Withdraw() error {
	n.mu.Lock()
	defer n.mu.Unlock()
	if n.id == 0 {
		return nil
	}
	ctx, cancel := context.WithTimeout(context.Background(), notifyWait)
	defer cancel()
	id := n.id
	n.id = 0 // one already closed by the person is gone either way
	err := n.conn.Object(notifyName, notifyPath).CallWithContext(ctx, notifyName+".CloseNotification", 0, id).Err
	if err != nil {
		return fmt.Errorf("app: withdraw the reminder notification %d: %w", id, err)
	}
	return nil
}

func (n *dbusNotifier) Close() error {
	if err := n.conn.Close(); err != nil {
		return fmt.Errorf("app: close the notification connection: %w", err)
	}
	return nil
}

// iconPath writes the app icon where the notification service can read it;
// "" (no icon) if it cannot.
func iconPath() string {
	dir, err := os.UserCacheDir()
	if err != nil {
		return ""
	}
	p := filepath.Join(dir, "crampdiary", "icon.png")
	if err := os.MkdirAll(filepath.Dir(p), 0o700); err != nil {
		return ""
	}
	if err := os.WriteFile(p, assets.Icon.Content(), 0o600); err != nil {
		return ""
	}
	return p
}
