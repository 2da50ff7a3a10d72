package ui

import (
	"embed"
	"strings"
	"sync"

	"fyne.io/fyne/v2/lang"

	"github.com/crampdiary/crampdiary/model/locale"
)

//go:embed translations
var translations embed.FS

var (
	loadOnce sync.Once
	loadErr  error
)

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
	// Fyne chooses its language when files are added: the first load does it,
	// and files already loaded are added again to make it choose anew.
	first := false
	loadOnce.Do(func() { loadErr, first = lang.AddTranslationsFS(translations, "translations"), true })
	if loadErr != nil {
		return loadErr
	}
	if !first {
		if err := lang.AddTranslationsFS(translations, "translations"); err != nil {
			return err
		}
	}
	tag := sys
	if code != "" && languageChoosable() && locale.For(sys).Language() != code {
		// The region stays: English chosen in Germany still starts weeks on Monday.
		tag = code
		if _, region, ok := strings.Cut(locale.For(sys).Tag(), "-"); ok {
			tag += "-" + region
		}
	}
	setLocale(tag)
	return nil
}

// LoadTranslations registers the embedded translation files with Fyne, once.
func LoadTranslations() error {
	loadOnce.Do(func() { loadErr = lang.AddTranslationsFS(translations, "translations") })
	return loadErr
}

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
