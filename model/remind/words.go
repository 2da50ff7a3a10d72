package remind

import "github.com/crampdiary/crampdiary/model"

// Translate is a lookup such as Fyne's lang.L, which this package cannot
// import. The English texts below are its keys, written out in calls to
// Translate.L so ui's translation test finds them; a nil Translate keeps them
// as they are.
type Translate func(text string, data ...any) string

// L is text in the person's language.
func (tr Translate) L(text string) string {
	if tr == nil {
		return text
	}
	return tr(text)
}

// X is text in the person's language with its {{.Name}} placeholders filled from data.
func (tr Translate) X(text string, data map[string]any) string {
	if tr == nil {
		return model.X(text, data).String()
	}
	return tr(text, data)
}

// Label is the tray menu text of a due reminder of kind k.
func (k Kind) Label(tr Translate) string {
	if k == Stretch {
		return tr.L("Stretch now")
	}
	return tr.L("Log today")
}

// SnoozeLabel is the tray menu text that snoozes every due reminder.
func SnoozeLabel(minutes int, tr Translate) string {
	return tr.X("Snooze {{.Minutes}} min", map[string]any{"Minutes": minutes})
}

// Notification is what the desktop notification says.
type Notification struct {
	Title, Body string
}

// NotificationFor is the one desktop notification for the reminders that
// came due together; a late one says when it was meant to come.
func NotificationFor(due []Reminder, tr Translate) Notification {
	var log, stretch, late bool
	first := due[0].Due
	for _, r := range due {
		log = log || r.Kind == Log
		stretch = stretch || r.Kind == Stretch
		late = late || r.Late
		if r.Due.Before(first) {
			first = r.Due
		}
	}
	var n Notification
	switch {
	case log && stretch:
		n.Title = tr.L("Before bed: fill in today and stretch")
		n.Body = tr.L("Note how today went, then take a few minutes for the calf and hamstring stretch.")
	case stretch:
		n.Title = tr.L("Time for your bedtime stretch")
		n.Body = tr.L("A few minutes of gentle calf and hamstring stretching before bed.")
	default:
		n.Title = tr.L("Time to fill in today")
		n.Body = tr.L("Note how today went before bed. It takes about a minute.")
	}
	if stretch {
		// The sleep-position card travels with the bedtime reminder.
		n.Body += " " + tr.L("In bed, keep your feet from pointing down: a pillow under the knees or ankles, covers loose.")
	}
	if late {
		n.Body += " " + tr.X("This was due at {{.Time}}.", map[string]any{"Time": first.Format("15:04")})
	}
	return n
}
