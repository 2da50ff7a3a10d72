package report

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/nicksnyder/go-i18n/v2/i18n"
	"golang.org/x/text/language"

	"github.com/crampdiary/crampdiary/model"
)

// fileWriter makes reports with one of the window's translation files, read
// by go-i18n as the window reads them: this package cannot import ui, which
// imports it.
func fileWriter(t *testing.T, code string) Writer {
	t.Helper()
	bundle := i18n.NewBundle(language.English)
	bundle.RegisterUnmarshalFunc("json", json.Unmarshal)
	if _, err := bundle.LoadMessageFile(filepath.Join("..", "..", "ui", "translations", code+".json")); err != nil {
		t.Fatal(err)
	}
	loc := i18n.NewLocalizer(bundle, code)
	say := func(key string, n *int, data []any) string {
		cfg := &i18n.LocalizeConfig{DefaultMessage: &i18n.Message{ID: key, Other: key}}
		if len(data) > 0 {
			cfg.TemplateData = data[0]
		}
		if n != nil {
			cfg.PluralCount = *n
		}
		s, _ := loc.Localize(cfg) // a key the file lacks stays English, which the test sees
		return s
	}
	return Writer{
		T:    func(key string, data ...any) string { return say(key, nil, data) },
		N:    func(key string, n int, data ...any) string { return say(key, &n, data) },
		Lang: code,
	}
}

// The embedded Go fonts carry Cyrillic and the German letters: a Russian or
// German report embeds its font and reads back as the translated words, with
// no English heading left.
func TestReportInRussianAndGermanReadsBack(t *testing.T) {
	cases := map[string][]string{
		"ru": {"Дневник ночных судорог ног", "Ночи и судороги", "Где, как долго, как сильно", "Записано ночей", "с 10 февраля 2025 по 9 марта 2025, 28 ночей", "Составлено 10 марта 2025", "икра 5", "Дневник со слов самого человека. Это не диагноз."},
		"de": {"Tagebuch nächtlicher Beinkrämpfe", "Nächte und Krämpfe", "Wo, wie lange, wie stark", "Eingetragene Nächte", "10. Februar 2025 bis 9. März 2025, 28 Nächte", "Erstellt am 10. März 2025", "Wade 5", "Selbst geführtes Tagebuch. Keine Diagnose."},
	}
	english := []string{"Night leg cramp diary", "Nights and cramps", "Where, how long, how strong", "Nights logged", "Not a diagnosis", "Medication changes", "Red flags", "28 nights", "calf", "February", "March"}
	db, _, _ := storedDiary(t, 1)
	for code, want := range cases {
		t.Run(code, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "report.pdf")
			w := fileWriter(t, code)
			if err := w.WriteFile(context.Background(), db, model.MustDate("2025-02-10"), model.MustDate("2025-03-09"), path, testNow); err != nil {
				t.Fatal(err)
			}
			raw, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Contains(raw, []byte("/FontFile2")) {
				t.Error("the PDF embeds no TrueType font")
			}
			text := strings.Join(strings.Fields(pdfText(t, path)), " ")
			for _, s := range want {
				if !strings.Contains(text, s) {
					t.Errorf("%q is not in the PDF text:\n%s", s, text)
				}
			}
			for _, s := range english {
				if strings.Contains(text, s) {
					t.Errorf("English %q is left in the %s PDF", s, code)
				}
			}
		})
	}
}

// Every letter of Russian and German has a glyph, in both weights, so no
// word falls back to a box.
func TestFontsCarryCyrillicAndGermanLetters(t *testing.T) {
	fs, err := loadFonts()
	if err != nil {
		t.Fatal(err)
	}
	letters := "абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯäöüßÄÖÜ«»„“–—№\u00a0"
	for _, bold := range []bool{false, true} {
		f := fs.font(bold)
		for _, r := range letters {
			if g, err := f.GlyphIndex(nil, r); err != nil || g == 0 {
				t.Errorf("bold %v: no glyph for %q", bold, r)
			}
		}
	}
}
