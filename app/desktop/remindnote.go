package desktop

import (
	"slices"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"

	"github.com/crampdiary/crampdiary/model/remind"
)

// syncNote brings the notification in line with what is pending: a reminder
// that came puts up one notification about all that is pending, replacing
// the last; once any of what it asks for is done, snoozed or past its day it
// is withdrawn, and the tray keeps whatever is still pending.
func (l *reminderLoop) syncNote() {
	l.noteMu.Lock()
	defer l.noteMu.Unlock()
	if l.note == nil || l.noteDone {
		return
	}
	l.mu.Lock()
	announce, pending := l.announce, l.pending
	l.announce = false
	l.mu.Unlock()
	kinds := kindsOf(pending)
	switch {
	case announce && len(pending) > 0:
		n := remind.NotificationFor(pending, lang.L)
		if err := l.note.Show(n.Title, n.Body); err != nil {
			fyne.LogError("app: remind", err)
		}
		l.noted = kinds
	case len(l.noted) > 0 && !subset(l.noted, kinds):
		l.withdraw()
	}
}

// withdraw takes the notification down. l.noteMu must be held.
func (l *reminderLoop) withdraw() {
	if err := l.note.Withdraw(); err != nil {
		fyne.LogError("app: remind", err)
	}
	l.noted = nil
}

// close withdraws the notification and lets go of the notification service:
// a reminder must not outlive the app that can act on it.
func (l *reminderLoop) close() {
	l.noteMu.Lock()
	defer l.noteMu.Unlock()
	if l.note == nil || l.noteDone {
		return
	}
	l.noteDone = true
	if len(l.noted) > 0 {
		l.withdraw()
	}
	if err := l.note.Close(); err != nil {
		fyne.LogError("app: remind", err)
	}
}

func subset[T comparable](sub, of []T) bool {
	for _, v := range sub {
		if !slices.Contains(of, v) {
			return false
		}
	}
	return true
}
