package ui

import (
	"embed"
	"sync"

	"fyne.io/fyne/v2/lang"
)

//go:embed translations
var translations embed.FS

var (
	loadOnce sync.Once
	loadErr  error
)

// LoadTranslations registers the embedded translation files with Fyne, once.
func LoadTranslations() error {
	loadOnce.Do(func() { loadErr = lang.AddTranslationsFS(translations, "translations") })
	return loadErr
}
