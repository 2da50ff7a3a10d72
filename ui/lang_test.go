package ui

import (
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/crampdiary/crampdiary/model"
	"github.com/crampdiary/crampdiary/model/experiment"
)

// -update rewrites translations/en.json with every key the window uses:
// go test -tags ci ./ui -run EnglishTranslations -update
var updateEnglish = flag.Bool("update", false, "rewrite translations/en.json with every key in use")

const englishFile = "translations/en.json"

// Every string the window shows must have an English entry, so a translator
// working from en.json sees it: lang.L literals, counted nouns, and the fixed
// texts the model supplies (template and factor names, the reminders' words).
func TestEnglishTranslationsCoverEveryString(t *testing.T) {
	en := readEnglish(t)
	keys := usedKeys(t)
	if *updateEnglish {
		writeEnglish(t, en, keys)
		return
	}
	for key, where := range keys {
		if _, ok := en[key]; !ok {
			t.Errorf("%s: %q is missing from %s (run this test with -update)", where, key, englishFile)
		}
	}
}

func readEnglish(t *testing.T) map[string]any {
	t.Helper()
	raw, err := os.ReadFile(englishFile)
	if err != nil {
		t.Fatal(err)
	}
	var en map[string]any
	if err := json.Unmarshal(raw, &en); err != nil {
		t.Fatalf("%s: %v", englishFile, err)
	}
	return en
}

// usedKeys maps every key in use to where it comes from.
func usedKeys(t *testing.T) map[string]string {
	t.Helper()
	keys := map[string]string{}
	call := regexp.MustCompile(`(?:lang\.L\(|lang\.N\(|tr\.L\(|count\(|counted\(|check\(|item\()("(?:[^"\\]|\\.)*")`)
	files, _ := filepath.Glob("*.go")
	// The reminders word their notification and tray items through tr.L.
	remindFiles, _ := filepath.Glob("../model/remind/*.go")
	files = append(files, remindFiles...)
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
			keys[key] = f
		}
	}
	for _, tmpl := range experiment.Templates() {
		for _, text := range []string{tmpl.Title, tmpl.Usual, tmpl.Change, tmpl.Why} {
			if text != "" {
				keys[text] = "model template " + string(tmpl.ID)
			}
		}
	}
	for _, in := range model.Insights(nil, nil, "2026-01-01") {
		keys[in.Label] = "model factor " + string(in.Factor)
	}
	// Dates are spelled through lang.L too: longDate and the calendar header.
	for d := time.Sunday; d <= time.Saturday; d++ {
		keys[d.String()], keys[d.String()[:3]] = "longDate", "calendar"
	}
	for m := time.January; m <= time.December; m++ {
		keys[m.String()] = "longDate"
	}
	return keys
}

// writeEnglish keeps existing entries (plural forms included) and adds the
// missing keys as themselves; a new counted noun needs its "one" form by hand.
func writeEnglish(t *testing.T, en map[string]any, keys map[string]string) {
	t.Helper()
	out := map[string]any{}
	for key := range keys {
		if v, ok := en[key]; ok {
			out[key] = v
		} else {
			out[key] = key
		}
	}
	for key, v := range en {
		if _, ok := v.(map[string]any); ok { // plural forms are kept even if unused
			out[key] = v
		}
	}
	sorted := make([]string, 0, len(out))
	for k := range out {
		sorted = append(sorted, k)
	}
	sort.Strings(sorted)
	raw, err := json.MarshalIndent(out, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(englishFile, append(raw, '\n'), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("wrote %d keys to %s", len(sorted), englishFile)
}
