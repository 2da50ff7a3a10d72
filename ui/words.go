package ui

import (
	"encoding/json"
	"fmt"
	"io/fs"
	"path"
	"strings"

	"fyne.io/fyne/v2/lang"
	"github.com/nicksnyder/go-i18n/v2/i18n"
	"golang.org/x/text/language"

	"github.com/crampdiary/crampdiary/charts/report"
	"github.com/crampdiary/crampdiary/model"
)

// words writes the model's messages in the window's language.
func words() model.Words {
	return model.Words{L: lang.L, N: lang.N, Lang: uiLocale().Tag()}
}

// WordsFor writes the model's messages in the language code ("en", "ru",
// "de"), whatever the window speaks: "" is the window's own language. It
// reads the same translation files as the window, apart from Fyne's one
// global language, so a report can be made for a doctor who reads another.
func WordsFor(code string) (model.Words, error) {
	if code == "" {
		if err := LoadTranslations(); err != nil {
			return model.Words{}, err
		}
		return words(), nil
	}
	tag, err := language.Parse(code)
	if err != nil {
		return model.Words{}, fmt.Errorf("language %q: %w", code, err)
	}
	bundle := i18n.NewBundle(language.English)
	bundle.RegisterUnmarshalFunc("json", json.Unmarshal)
	files, err := fs.Glob(translations, "translations/*.json")
	if err != nil {
		return model.Words{}, err
	}
	found := false
	for _, f := range files {
		raw, err := translations.ReadFile(f)
		if err != nil {
			return model.Words{}, err
		}
		name := path.Base(f)
		if _, err := bundle.ParseMessageFileBytes(raw, name); err != nil {
			return model.Words{}, fmt.Errorf("translations %s: %w", name, err)
		}
		found = found || strings.TrimSuffix(name, ".json") == tag.String()
	}
	if !found {
		return model.Words{}, fmt.Errorf("no translation for the language %q", code)
	}
	loc := i18n.NewLocalizer(bundle, tag.String())
	say := func(key string, count *int, data []any) string {
		cfg := &i18n.LocalizeConfig{DefaultMessage: &i18n.Message{ID: key, Other: key}}
		if len(data) > 0 {
			cfg.TemplateData = data[0]
		}
		if count != nil {
			cfg.PluralCount = *count
		}
		s, err := loc.Localize(cfg)
		if err != nil && s == "" {
			return model.Words{}.Say(model.Message{Key: key, Params: params(data)})
		}
		return s
	}
	return model.Words{
		L:    func(key string, data ...any) string { return say(key, nil, data) },
		N:    func(key string, n int, data ...any) string { return say(key, &n, data) },
		Lang: tag.String(),
	}, nil
}

func params(data []any) map[string]any {
	if len(data) > 0 {
		if m, ok := data[0].(map[string]any); ok {
			return m
		}
	}
	return nil
}

// ReportWriter makes the doctor's report in the language code ("" for the
// window's): its texts, dates and numbers. The Export report dialog and
// "crampdiary report --lang" use it.
func ReportWriter(code string) (report.Writer, error) {
	w, err := WordsFor(code)
	if err != nil {
		return report.Writer{}, err
	}
	return report.Writer{T: w.L, N: w.N, Lang: w.Lang}, nil
}

// Languages are the codes of the languages crampdiary has words for, such
// as "de", "en", "ru": one per translation file.
func Languages() []string {
	files, _ := fs.Glob(translations, "translations/*.json")
	codes := make([]string, len(files))
	for i, f := range files {
		codes[i] = strings.TrimSuffix(path.Base(f), ".json")
	}
	return codes
}
