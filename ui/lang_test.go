package ui

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// Every literal passed to lang.L must have an English entry, so a translator
// working from en.json sees every string the window can show.
func TestEnglishTranslationsCoverEveryString(t *testing.T) {
	raw, err := os.ReadFile("translations/en.json")
	if err != nil {
		t.Fatal(err)
	}
	var en map[string]any
	if err := json.Unmarshal(raw, &en); err != nil {
		t.Fatalf("en.json: %v", err)
	}
	call := regexp.MustCompile(`(?:lang\.L\(|count\()("(?:[^"\\]|\\.)*")`)
	files, _ := filepath.Glob("*.go")
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		src, _ := os.ReadFile(f)
		for _, m := range call.FindAllSubmatch(src, -1) {
			key, err := strconv.Unquote(string(m[1]))
			if err != nil {
				t.Fatalf("%s: %s: %v", f, m[1], err)
			}
			if _, ok := en[key]; !ok {
				t.Errorf("%s: %q is missing from translations/en.json", f, key)
			}
		}
	}
}
