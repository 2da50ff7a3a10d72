package ui

import (
	"testing"
	"time"

	"fyne.io/fyne/v2/lang"

	"github.com/crampdiary/crampdiary/model"
)

// inLanguage switches the window's language for one test and back after it.
func inLanguage(t *testing.T, code string) {
	t.Helper()
	if !languageChoosable() {
		t.Skip("this system keeps the system's language")
	}
	if err := UseLanguage(code); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if err := UseLanguage(""); err != nil {
			t.Error(err)
		}
	})
}

// Russian has three forms for whole numbers, chosen by the last one or two
// digits: 1, 21 and 101 take "one"; 2-4 and 22 "few"; 5-20, 25 and 111 "many".
func TestRussianCountingSentences(t *testing.T) {
	inLanguage(t, "ru")
	want := map[string][]string{
		"{{.Count}} nights with cramps": {"1 ночь с судорогами", "2 ночи с судорогами", "5 ночей с судорогами", "11 ночей с судорогами",
			"21 ночь с судорогами", "22 ночи с судорогами", "25 ночей с судорогами", "111 ночей с судорогами"},
		"{{.Count}} cramps": {"1 судорога", "2 судороги", "5 судорог", "11 судорог", "21 судорога", "22 судороги", "25 судорог", "111 судорог"},
		"{{.Count}} drinks": {"1 порция", "2 порции", "5 порций", "11 порций", "21 порция", "22 порции", "25 порций", "111 порций"},
		"{{.Count}} min awake": {"1 минута без сна", "2 минуты без сна", "5 минут без сна", "11 минут без сна",
			"21 минута без сна", "22 минуты без сна", "25 минут без сна", "111 минут без сна"},
	}
	for key, forms := range want {
		for i, n := range []int{1, 2, 5, 11, 21, 22, 25, 111} {
			if got := count(key, n); got != forms[i] {
				t.Errorf("%q with %d: %q, want %q", key, n, got, forms[i])
			}
		}
	}
}

func TestGermanCountingSentencesAndDates(t *testing.T) {
	inLanguage(t, "de")
	for n, want := range map[int]string{1: "1 Krampf", 2: "2 Krämpfe", 11: "11 Krämpfe", 21: "21 Krämpfe"} {
		if got := count("{{.Count}} cramps", n); got != want {
			t.Errorf("%d cramps: %q, want %q", n, got, want)
		}
	}
	d := model.DateOf(time.Date(2026, 11, 30, 0, 0, 0, 0, time.UTC))
	if got := longDate(d); got != "Montag, 30. November" {
		t.Errorf("longDate = %q", got)
	}
	if got := groupDigits(12000); got != "12.000" {
		t.Errorf("groupDigits = %q", got)
	}
	if got := lang.L("Save"); got != "Speichern" {
		t.Errorf("Save = %q", got)
	}
}

func TestCountedSentenceKeepsItsOtherParameters(t *testing.T) {
	inLanguage(t, "ru")
	got := counted("Steps for {{.Count}} days came from {{.Source}}.", 22, map[string]any{"Source": "Garmin"})
	if want := "Шаги за 22 дня взяты из Garmin."; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

// Back to the system's language, the English words and dates return.
func TestSystemLanguageComesBack(t *testing.T) {
	if err := UseLanguage("ru"); err != nil {
		t.Fatal(err)
	}
	if err := UseLanguage(""); err != nil {
		t.Fatal(err)
	}
	if got := count("{{.Count}} cramps", 1); got != "1 cramp" {
		t.Errorf("after the system's language: %q", got)
	}
	if got := groupDigits(12000); got != "12,000" {
		t.Errorf("groupDigits = %q", got)
	}
}

// A cramp's length is written in the window's language and read back from
// it, so editing a cramp in Russian or German keeps its length.
func TestDurationsReadBackInEveryLanguage(t *testing.T) {
	for lang, want := range map[string]string{"ru": "1 мин 47 с", "de": "1 min 47 s", "en": "1 min 47 s"} {
		inLanguage(t, lang)
		v := 107
		text := formatDuration(&v)
		back, err := parseDuration(text)
		if text != want || err != nil || back == nil || *back != v {
			t.Errorf("%s: 107 s is written %q (want %q) and read back as %v, %v", lang, text, want, back, err)
		}
	}
	for text, want := range map[string]int{"2 мин": 120, "45 с": 45, "1,5 мин": 90, "3 Minuten": 180, "30 Sek": 30} {
		if got, err := parseDuration(text); err != nil || *got != want {
			t.Errorf("%q read as %v, %v; want %d", text, got, err, want)
		}
	}
}
