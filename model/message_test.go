package model

import (
	"errors"
	"testing"
	"time"
)

// Words writes a message's facts the reader's way: dates and numbers by the
// language, nested messages in the same language, plural forms from N.
func TestWordsSayFormatsFactsByLanguage(t *testing.T) {
	d := MustDate("2026-11-30")
	recent := RecentDate{Date: d, Today: MustDate("2026-12-01")}
	old := RecentDate{Date: d, Today: MustDate("2027-01-02")}
	n := func(key string, count int, data ...any) string { // counts as a translator would
		if count == 1 {
			return "one:" + fill(key, data[0].(map[string]any))
		}
		return "other:" + fill(key, data[0].(map[string]any))
	}
	tests := []struct {
		w    Words
		m    Message
		want string
	}{
		{Words{}, X("on {{.D}}", map[string]any{"D": d}), "on 30 November 2026"},
		{Words{Lang: "ru"}, X("on {{.D}}", map[string]any{"D": d}), "on 30 ноября 2026"},
		{Words{Lang: "de"}, X("on {{.D}}", map[string]any{"D": d}), "on 30. November 2026"},
		{Words{Lang: "de"}, X("on {{.D}}", map[string]any{"D": recent}), "on 30. November"},
		{Words{Lang: "de"}, X("on {{.D}}", map[string]any{"D": old}), "on 30. November 2026"},
		{Words{Lang: "de"}, X("{{.V}} and {{.N}}", map[string]any{"V": Decimal{2.5, 1}, "N": 12000}), "2,5 and 12.000"},
		{Words{Lang: "en"}, X("{{.N}} of {{.M}}", map[string]any{"N": 3660, "M": 12000}), "3660 of 12,000"},
		{Words{N: n}, XN("{{.Count}} nights", 1, nil), "one:1 nights"},
		{Words{N: n}, X("lasted {{.L}}", map[string]any{"L": XN("{{.Count}} minutes", 5, nil)}), "lasted other:5 minutes"},
		{Words{}, XN("log {{.Count}} more nights with it", 1, nil), "log 1 more night with it"},
		{Words{}, XN("{{.Count}} days after", 4, nil), "4 days after"},
		{Words{Lang: "de"}, X("p = {{.P}}", map[string]any{"P": Significant{0.031, 2}}), "p = 0,031"},
		{Words{}, X("p = {{.P}}", map[string]any{"P": Significant{0.00029, 2}}), "p = 0.00029"},
		{Words{Lang: "ru"}, X("at {{.T}}", map[string]any{"T": time.Date(2026, 3, 8, 0, 0, 0, 0, time.UTC)}), "at 8 марта 2026"},
	}
	for _, tt := range tests {
		if got := tt.w.Say(tt.m); got != tt.want {
			t.Errorf("Say(%q) in %q = %q, want %q", tt.m.Key, tt.w.Lang, got, tt.want)
		}
	}
}

// A MessageError reads as before in English, is still its sentinel, and
// says its sentence through the translator.
func TestMessageErrorSaysItsSentence(t *testing.T) {
	var err error = &MessageError{Err: ErrInvalid, Text: X("{{.Path}}: {{.Problem}}",
		map[string]any{"Path": "export.zip", "Problem": X("not a FIT file", nil)})}
	if err.Error() != "invalid: export.zip: not a FIT file" || !errors.Is(err, ErrInvalid) {
		t.Fatalf("error %q", err)
	}
	var said Sayer
	if !errors.As(err, &said) {
		t.Fatal("not a Sayer")
	}
	w := Words{L: func(key string, data ...any) string { return "«" + fill(key, data[0].(map[string]any)) + "»" }}
	if got := said.Say(w); got != "«export.zip: «not a FIT file»»" {
		t.Errorf("Say = %q", got)
	}
}
