package report

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"text/template"

	"github.com/crampdiary/crampdiary/model"
)

// fileTranslator translates with one of the window's translation files, read
// directly: this package cannot import ui, which imports it.
func fileTranslator(t *testing.T, code string) func(string, ...any) string {
	t.Helper()
	raw, err := os.ReadFile(filepath.Join("..", "..", "ui", "translations", code+".json"))
	if err != nil {
		t.Fatal(err)
	}
	var texts map[string]any
	if err := json.Unmarshal(raw, &texts); err != nil {
		t.Fatal(err)
	}
	return func(key string, data ...any) string {
		out := key
		switch v := texts[key].(type) {
		case string:
			out = v
		case map[string]any:
			out, _ = v["other"].(string)
		}
		var b strings.Builder
		tmpl, err := template.New(key).Parse(out)
		if err != nil {
			t.Fatalf("%s: %q: %v", code, key, err)
		}
		var d any
		if len(data) > 0 {
			d = data[0]
		}
		if err := tmpl.Execute(&b, d); err != nil {
			t.Fatalf("%s: %q: %v", code, key, err)
		}
		return b.String()
	}
}

// The embedded Go fonts carry Cyrillic and the German letters: a Russian or
// German report embeds its font and reads back as the translated words, with
// no English heading left.
func TestReportInRussianAndGermanReadsBack(t *testing.T) {
	cases := map[string][]string{
		"ru": {"Дневник ночных судорог ног", "Ночи и судороги", "Где, как долго, как сильно", "Записано ночей", "ночей: 28", "икра 5", "Дневник со слов самого человека. Это не диагноз."},
		"de": {"Tagebuch nächtlicher Beinkrämpfe", "Nächte und Krämpfe", "Wo, wie lange, wie stark", "Eingetragene Nächte", "28 Nächte", "Wade 5", "Selbst geführtes Tagebuch. Keine Diagnose."},
	}
	english := []string{"Night leg cramp diary", "Nights and cramps", "Where, how long, how strong", "Nights logged", "Not a diagnosis", "Medication changes", "Red flags", "28 nights", "calf"}
	db, _, _ := storedDiary(t, 1)
	for code, want := range cases {
		t.Run(code, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "report.pdf")
			w := Writer{T: fileTranslator(t, code)}
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
