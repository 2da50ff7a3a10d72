package ui

import (
	"os"
	"runtime"
	"strings"
	"sync"

	"fyne.io/fyne/v2/lang"
)

// Fyne 2.7 picks the language once from the system's locale list (on Linux and
// the BSDs: LC_ALL, LC_MESSAGES, LANG and LANGUAGE, as gettext reads them) and
// again each time translations are added; it has no setter. So a chosen
// language is put into LANGUAGE, which gettext lets override the others, and
// the translations are added again. Windows and macOS read the locale from the
// system, not the environment, and keep the system's language.

// localeVars are the variables gettext reads, the first set one winning.
var localeVars = []string{"LC_ALL", "LC_MESSAGES", "LANG"}

// systemEnv is the environment as the program started, before any choice.
var systemEnv = sync.OnceValue(func() map[string]*string {
	out := map[string]*string{}
	for _, k := range append(localeVars, "LANGUAGE") {
		if v, ok := os.LookupEnv(k); ok {
			out[k] = &v
		}
	}
	return out
})

// languageChoosable tells whether this system lets the program choose its
// language apart from the system's.
func languageChoosable() bool {
	switch runtime.GOOS {
	case "windows", "darwin", "ios", "android", "js":
		return false
	}
	return true
}

// systemTag is the system's language tag, such as "en-GB", as it was before
// any choice.
var systemTag = sync.OnceValue(func() string {
	systemEnv()
	return lang.SystemLocale().String()
})

// setLanguageEnv puts code ("ru") in front of the system's languages, or puts
// the system's back when code is "".
func setLanguageEnv(code string) {
	orig := systemEnv()
	for _, k := range append(localeVars, "LANGUAGE") {
		if v := orig[k]; v != nil {
			os.Setenv(k, *v)
		} else {
			os.Unsetenv(k)
		}
	}
	if code == "" {
		return
	}
	os.Setenv("LANGUAGE", code)
	// gettext ignores LANGUAGE under the C locale, so that one is replaced.
	for _, k := range localeVars {
		if v := os.Getenv(k); v != "" {
			if v == "C" || v == "POSIX" || strings.HasPrefix(v, "C.") {
				os.Setenv(k, code)
			}
			return
		}
	}
}
