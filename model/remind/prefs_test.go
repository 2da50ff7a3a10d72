package remind

import (
	"errors"
	"testing"

	"github.com/crampdiary/crampdiary/model"
)

// memPrefs keeps preferences in maps, as fyne.Preferences does in memory.
type memPrefs struct {
	str   map[string]string
	num   map[string]int
	flag  map[string]bool
	flags map[string][]bool
}

func newMemPrefs() *memPrefs {
	return &memPrefs{str: map[string]string{}, num: map[string]int{}, flag: map[string]bool{}, flags: map[string][]bool{}}
}

func fallback[T any](m map[string]T, key string, def T) T {
	if v, ok := m[key]; ok {
		return v
	}
	return def
}

func (p *memPrefs) StringWithFallback(k, def string) string        { return fallback(p.str, k, def) }
func (p *memPrefs) IntWithFallback(k string, def int) int          { return fallback(p.num, k, def) }
func (p *memPrefs) BoolWithFallback(k string, def bool) bool       { return fallback(p.flag, k, def) }
func (p *memPrefs) BoolListWithFallback(k string, d []bool) []bool { return fallback(p.flags, k, d) }
func (p *memPrefs) SetString(k, v string)                          { p.str[k] = v }
func (p *memPrefs) SetInt(k string, v int)                         { p.num[k] = v }
func (p *memPrefs) SetBool(k string, v bool)                       { p.flag[k] = v }
func (p *memPrefs) SetBoolList(k string, v []bool)                 { p.flags[k] = v }

func TestSettingsRoundTrip(t *testing.T) {
	p := newMemPrefs()
	if s, err := LoadSettings(p); err != nil || s != Defaults() {
		t.Fatalf("nothing stored: %+v, %v", s, err)
	}
	want := Settings{Bedtime: 23*60 + 15, LeadMin: 45, SnoozeMin: 10, LogOn: true, Days: [7]bool{1: true, 5: true}}
	if err := SaveSettings(p, want); err != nil {
		t.Fatal(err)
	}
	if got, err := LoadSettings(p); err != nil || got != want {
		t.Fatalf("read back %+v, %v\nwant        %+v", got, err, want)
	}
	if p.str[PrefBedtime] != "23:15" {
		t.Fatalf("bedtime stored as %q", p.str[PrefBedtime])
	}
}

func TestBrokenReminderPreferencesGiveTheDefaults(t *testing.T) {
	p := newMemPrefs()
	p.SetString(PrefBedtime, "late")
	if s, err := LoadSettings(p); err == nil || s != Defaults() {
		t.Fatalf("bad bedtime: %+v, %v", s, err)
	}
	p.SetString(PrefBedtime, "23:00")
	p.SetInt(PrefSnooze, 0)
	if s, err := LoadSettings(p); !errors.Is(err, model.ErrInvalid) || s != Defaults() {
		t.Fatalf("zero snooze: %+v, %v", s, err)
	}
	if err := SaveSettings(p, Settings{Bedtime: 25 * 60}); !errors.Is(err, model.ErrInvalid) {
		t.Fatalf("saving bad settings: %v", err)
	}
}
