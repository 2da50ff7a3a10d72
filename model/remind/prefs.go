package remind

import (
	"fmt"

	"github.com/crampdiary/crampdiary/model"
)

// Prefs is where the settings are kept: the machine's preferences, not the
// diary file, as they are about this computer's evenings. fyne.Preferences
// satisfies it; the package names only what it uses, so it needs no Fyne.
type Prefs interface {
	StringWithFallback(key, fallback string) string
	IntWithFallback(key string, fallback int) int
	BoolWithFallback(key string, fallback bool) bool
	BoolListWithFallback(key string, fallback []bool) []bool
	SetString(key, value string)
	SetInt(key string, value int)
	SetBool(key string, value bool)
	SetBoolList(key string, value []bool)
}

// Preference keys of the settings.
const (
	PrefBedtime = "remind.bedtime"    // "HH:MM"
	PrefLeadMin = "remind.lead_min"   // minutes before bedtime
	PrefDays    = "remind.days"       // 7 bools, Sunday first, as Settings.Days
	PrefLog     = "remind.log"        // remind to log the day
	PrefStretch = "remind.stretch"    // remind to stretch
	PrefSnooze  = "remind.snooze_min" // minutes a snooze lasts
)

// LoadSettings reads the settings from p. Values that do not validate (only a
// hand-edited preferences file has them) give the defaults and an error, so
// the reminders and the settings dialog always agree on what is used.
func LoadSettings(p Prefs) (Settings, error) {
	def := Defaults()
	s := def
	bed, err := model.ParseClock(p.StringWithFallback(PrefBedtime, def.Bedtime.String()))
	if err != nil {
		return def, fmt.Errorf("remind: bedtime preference: %w", err)
	}
	s.Bedtime = bed
	s.LeadMin = p.IntWithFallback(PrefLeadMin, def.LeadMin)
	if days := p.BoolListWithFallback(PrefDays, def.Days[:]); len(days) == len(s.Days) {
		copy(s.Days[:], days)
	}
	s.LogOn = p.BoolWithFallback(PrefLog, def.LogOn)
	s.StretchOn = p.BoolWithFallback(PrefStretch, def.StretchOn)
	s.SnoozeMin = p.IntWithFallback(PrefSnooze, def.SnoozeMin)
	if err := s.Validate(); err != nil {
		return def, fmt.Errorf("remind: preferences: %w", err)
	}
	return s, nil
}

// SaveSettings validates s and writes it to p.
func SaveSettings(p Prefs, s Settings) error {
	if err := s.Validate(); err != nil {
		return fmt.Errorf("remind: save settings: %w", err)
	}
	p.SetString(PrefBedtime, s.Bedtime.String())
	p.SetInt(PrefLeadMin, s.LeadMin)
	p.SetBoolList(PrefDays, s.Days[:])
	p.SetBool(PrefLog, s.LogOn)
	p.SetBool(PrefStretch, s.StretchOn)
	p.SetInt(PrefSnooze, s.SnoozeMin)
	return nil
}
