// Package remind owns the bedtime reminders (log today, stretch): when they
// are due, the person's settings, the marks kept in the diary, and their words.
//
// It is plain logic with no timers and no Fyne, which is why it sits under
// model: the rules are tested fast and alone, like the rest of the domain,
// and the architecture test keeps Fyne out. What it needs from the desktop
// comes in through small seams: the clock as an argument to Scheduler.Tick,
// the preferences through Prefs (fyne.Preferences satisfies it), the
// translation through Translate (the app passes lang.L), the diary through
// model.Store. The app owns only the desktop wiring (the ticker, the D-Bus
// notification, the tray menu); ui owns only the settings dialog.
package remind
