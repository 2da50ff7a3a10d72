package ui

import (
	"testing"

	"github.com/crampdiary/crampdiary/model"
)

// WordsFor speaks a language apart from the window's: Russian picks one,
// few or many by the count as CLDR says, German its own dates and numbers.
func TestWordsForAnotherLanguage(t *testing.T) {
	ru, err := WordsFor("ru")
	if err != nil {
		t.Fatal(err)
	}
	want := map[int]string{1: "1 ночь", 2: "2 ночи", 5: "5 ночей", 11: "11 ночей", 21: "21 ночь", 22: "22 ночи", 25: "25 ночей", 111: "111 ночей"}
	for n, w := range want {
		if got := ru.Say(model.XN("{{.Count}} nights", n, nil)); got != w {
			t.Errorf("ru %d nights = %q, want %q", n, got, w)
		}
	}
	de, err := WordsFor("de")
	if err != nil {
		t.Fatal(err)
	}
	if got := de.Say(model.X("Made on {{.Date}}", map[string]any{"Date": model.MustDate("2026-11-30")})); got != "Erstellt am 30. November 2026" {
		t.Errorf("de date = %q", got)
	}
	if _, err := WordsFor("xx"); err == nil {
		t.Error("a language without a file was accepted")
	}
}

func TestLanguagesAreTheTranslationFiles(t *testing.T) {
	got := Languages()
	if len(got) != 3 || got[0] != "de" || got[1] != "en" || got[2] != "ru" {
		t.Errorf("Languages() = %v", got)
	}
}
