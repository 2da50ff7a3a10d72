package ui

import (
	"embed"

	"fyne.io/fyne/v2/lang"
)

//go:embed translations
var translations embed.FS

// LoadTranslations registers the embedded translation files with Fyne.
func LoadTranslations() error {
	return lang.AddTranslationsFS(translations, "translations")
}
