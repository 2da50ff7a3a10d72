package ui

import (
	"embed"
	"fmt"
	"io/fs"
	"strings"
	"sync"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"

	"github.com/crampdiary/crampdiary/model/locale"
)

//go:embed translations
var translations embed.FS

// loaded is what Fyne was given of the translation files. A start parses only
// English, which every language falls back to, and the language it speaks:
// each file costs milliseconds before the window can come up.
var loaded struct {
	sync.Mutex
	files  map[string]bool // by language code: "en", "ru"
	chosen string          // the language Fyne last chose for; "" before any
}

// shown is the language tag whose dates and numbers the window uses: the
// person's choice once ApplyLanguage ran, the system's before.
var shown struct {
	sync.Mutex
	tag string
}

// uiLocale is how dates and numbers are written in the window.
func uiLocale() locale.Locale {
	shown.Lock()
	defer shown.Unlock()
	if shown.tag == "" {
		shown.tag = lang.SystemLocale().String()
	}
	return locale.For(shown.tag)
}

func setLocale(tag string) {
	shown.Lock()
	defer shown.Unlock()
	shown.tag = tag
}

// UseLanguage makes lang.L answer in code ("en", "ru", "de"), or in the
// system's language for "", and dates and numbers follow. Widgets already
// built keep their words: call it before the window is built. The command
// line can call it for "report --lang".
func UseLanguage(code string) error {
	sys := systemTag()
	if languageChoosable() {
		setLanguageEnv(code)
	}
	want, tag := locale.For(sys).Language(), sys
	if code != "" && languageChoosable() && want != code {
		// The region stays: English chosen in Germany still starts weeks on Monday.
		want, tag = code, code
		if _, region, ok := strings.Cut(locale.For(sys).Tag(), "-"); ok {
			tag += "-" + region
		}
	}
	if err := loadTranslations(want); err != nil {
		return err
	}
	setLocale(tag)
	return nil
}

// LoadTranslations gives Fyne the translation files for the language in use,
// the system's until UseLanguage chose another.
func LoadTranslations() error {
	loaded.Lock()
	want := loaded.chosen
	loaded.Unlock()
	if want == "" {
		want = locale.For(systemTag()).Language()
	}
	return loadTranslations(want)
}

// loadTranslations gives Fyne English and want's file, when there is one,
// and makes it choose again when the language changed since it last did:
// Fyne chooses its language each time a file is added.
func loadTranslations(want string) error {
	loaded.Lock()
	defer loaded.Unlock()
	if loaded.files == nil {
		loaded.files = map[string]bool{}
	}
	need := []string{"en"}
	if _, err := fs.Stat(translations, translationFile(want)); want != "en" && err == nil {
		need = append(need, want)
	}
	added := false
	for _, code := range need {
		if loaded.files[code] {
			continue
		}
		if err := addTranslation(code); err != nil {
			return err
		}
		loaded.files[code], added = true, true
	}
	if !added && loaded.chosen != want {
		if err := addTranslation(need[len(need)-1]); err != nil {
			return err
		}
	}
	loaded.chosen = want
	return nil
}

func addTranslation(code string) error {
	data, err := translations.ReadFile(translationFile(code))
	if err != nil {
		return err
	}
	if err := lang.AddTranslationsForLocale(data, fyne.Locale(code)); err != nil {
		return fmt.Errorf("translations %s: %w", translationFile(code), err)
	}
	return nil
}

func translationFile(code string) string { return "translations/" + code + ".json" }

// count renders a counted sentence in the person's language with the plural
// form its language needs: "{{.Count}} cramps" gives "1 cramp", "2 cramps",
// and in Russian "1 судорога", "2 судороги", "5 судорог".
func count(key string, n int) string {
	return counted(key, n, nil)
}

// counted is count for a sentence with more named parameters beside Count,
// such as the {{.Source}} of "Steps for {{.Count}} days came from {{.Source}}."
func counted(key string, n int, data map[string]any) string {
	params := make(map[string]any, len(data)+1)
	for k, v := range data {
		params[k] = v
	}
	params["Count"] = n
	return lang.N(key, n, params)
}

// decimal writes v with prec digits after the person's decimal mark: "7.5", "7,5".
func decimal(v float64, prec int) string { return uiLocale().Decimal(v, prec) }

// signed is decimal with a sign always shown, for a difference: "+0.25", "−0,25".
func signed(v float64, prec int) string {
	if v < 0 {
		return decimal(v, prec)
	}
	return "+" + decimal(v, prec)
}

// percent writes a share from 0 to 1 as a whole percent, without the sign.
func percent(share float64) string { return uiLocale().Decimal(100*share, 0) }
