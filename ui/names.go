package ui

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2/lang"

	"github.com/crampdiary/crampdiary/model"
)

// Display names for the model's codes; the codes themselves stay in English in
// the file and the CSV, the names follow the person's language.

func muscleName(m model.Muscle) string {
	return map[model.Muscle]string{
		model.Calf: lang.L("Calf"), model.Foot: lang.L("Foot"), model.Hamstring: lang.L("Hamstring"),
		model.Thigh: lang.L("Thigh"), model.OtherArea: lang.L("Elsewhere"),
	}[m]
}

func sideName(s model.Side) string {
	return map[model.Side]string{model.Left: lang.L("Left"), model.Right: lang.L("Right"), model.Both: lang.L("Both")}[s]
}

func muscleOptions() []string {
	out := make([]string, len(model.Muscles))
	for i, m := range model.Muscles {
		out[i] = muscleName(m)
	}
	return out
}

func sideOptions() []string {
	out := make([]string, len(model.Sides))
	for i, s := range model.Sides {
		out[i] = sideName(s)
	}
	return out
}

func muscleByName(name string) model.Muscle {
	for _, m := range model.Muscles {
		if muscleName(m) == name {
			return m
		}
	}
	return ""
}

func sideByName(name string) model.Side {
	for _, s := range model.Sides {
		if sideName(s) == name {
			return s
		}
	}
	return ""
}

func sorenessOptions() []string {
	return []string{lang.L("None"), lang.L("Mild"), lang.L("Moderate"), lang.L("Severe")}
}

// crampSummary is one line about a cramp, e.g. "02:40 · Calf, left · 7/10 · 2 min".
func crampSummary(c model.Cramp) string {
	parts := []string{}
	if c.Time != nil {
		parts = append(parts, c.Time.String())
	} else {
		parts = append(parts, lang.L("time not noted"))
	}
	parts = append(parts, muscleName(c.Muscle)+", "+strings.ToLower(sideName(c.Side)))
	if c.Intensity != nil {
		parts = append(parts, fmt.Sprintf("%d/10", *c.Intensity))
	}
	if c.DurationS != nil {
		parts = append(parts, formatDuration(c.DurationS))
	}
	if c.SleepLostMin != nil && *c.SleepLostMin > 0 {
		parts = append(parts, count("{{.Count}} min awake", *c.SleepLostMin))
	}
	return strings.Join(parts, " · ")
}

// groupDigits writes 12345 as "12,345" (or "12.345", "12 345" in the
// person's language) so step counts read at a glance.
func groupDigits(n int) string {
	return uiLocale().Int(n)
}
