package ui

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2/lang"

	"github.com/crampdiary/crampdiary/model"
	"github.com/crampdiary/crampdiary/model/experiment"
	"github.com/crampdiary/crampdiary/model/insights"
)

// -update rewrites translations/en.json with every key the module uses:
// go test -tags ci ./ui -run EnglishTranslations -update
var updateEnglish = flag.Bool("update", false, "rewrite translations/en.json with every key in use")

const englishFile = "translations/en.json"

// pluralForms are the forms each language needs for a counted sentence, after
// the CLDR plural rules that go-i18n applies: Russian says 1 ночь, 2 ночи, 5 ночей.
var pluralForms = map[string][]string{
	"en": {"one", "other"},
	"de": {"one", "other"},
	"ru": {"one", "few", "many", "other"},
}

// i18nReserved are the words go-i18n reads as a message's own fields: one of
// them as a top-level key makes it refuse the whole file.
var i18nReserved = map[string]bool{"id": true, "description": true, "hash": true, "leftdelim": true,
	"rightdelim": true, "zero": true, "one": true, "two": true, "few": true, "many": true, "other": true}

// Every translation file loads into Fyne; one bad entry would leave the whole
// language untranslated, with only a line in the log.
func TestTranslationFilesLoad(t *testing.T) {
	if err := lang.AddTranslationsFS(translations, "translations"); err != nil {
		t.Fatal(err)
	}
	files, _ := filepath.Glob("translations/*.json")
	for _, file := range files {
		for key := range readTranslations(t, file) {
			if i18nReserved[strings.ToLower(key)] {
				t.Errorf("%s: %q is a word go-i18n reserves and cannot be a key", file, key)
			}
		}
	}
}

// Every string the program shows must have an English entry, so a translator
// working from en.json sees it: lang.L literals in every package, counted
// sentences, and the fixed texts the model supplies (template and factor
// names, dates).
func TestEnglishTranslationsCoverEveryString(t *testing.T) {
	en := readTranslations(t, englishFile)
	src := scanModule(t)
	keys := usedKeys(src)
	if *updateEnglish {
		writeEnglish(t, en, keys, src)
		return
	}
	for key, where := range keys {
		v, ok := en[key]
		if !ok {
			t.Errorf("%s: %q is missing from %s (run this test with -update)", where, key, englishFile)
			continue
		}
		if _, forms := v.(map[string]any); src.plural[key] && !forms {
			t.Errorf("%s: %q is counted, so %s needs its plural forms", where, key, englishFile)
		}
	}
}

// A printf verb in a key cannot be reordered by a translator and cannot pick
// a plural form: words take {{.Name}} parameters, counts go through count or
// counted.
func TestKeysHaveNoPrintfVerbs(t *testing.T) {
	for key, where := range usedKeys(scanModule(t)) {
		if printfVerb.MatchString(strings.ReplaceAll(key, "%%", "")) {
			t.Errorf("%s: %q holds a printf verb; use {{.Name}} with lang.L or counted", where, key)
		}
	}
}

// A key nothing in the module says any more is a translator's wasted work.
func TestEnglishTranslationsHaveNoUnusedKey(t *testing.T) {
	src := scanModule(t)
	keys := usedKeys(src)
	for key := range readTranslations(t, englishFile) {
		if _, used := keys[key]; !used && !src.literals[key] {
			t.Errorf("%q in %s is used nowhere in the module (run -update to drop it)", key, englishFile)
		}
	}
}

// Every other language has every English key, the plural forms its language
// needs, the same {{.Name}} placeholders, and no key English lacks.
func TestTranslationsAreComplete(t *testing.T) {
	en := readTranslations(t, englishFile)
	files, _ := filepath.Glob("translations/*.json")
	for _, file := range files {
		code := strings.TrimSuffix(filepath.Base(file), ".json")
		if code == "en" {
			continue
		}
		tr := readTranslations(t, file)
		for key, ev := range en {
			checkEntry(t, file, code, key, ev, tr[key])
		}
		for key := range tr {
			if _, ok := en[key]; !ok {
				t.Errorf("%s: %q is not an English key", file, key)
			}
		}
	}
}

func checkEntry(t *testing.T, file, code, key string, en, v any) {
	t.Helper()
	if v == nil {
		t.Errorf("%s lacks %q", file, key)
		return
	}
	want := placeholders(en)
	forms, plural := v.(map[string]any)
	if _, enPlural := en.(map[string]any); enPlural != plural {
		t.Errorf("%s: %q must be a plural set exactly when English's is", file, key)
		return
	}
	if !plural {
		checkText(t, file, key, v, want)
		return
	}
	needed, known := pluralForms[code]
	if !known {
		needed = []string{"other"}
	}
	for _, form := range needed {
		if forms[form] == nil {
			t.Errorf("%s: %q lacks the plural form %q", file, key, form)
			continue
		}
		checkText(t, file, key+" ("+form+")", forms[form], want)
	}
}

func checkText(t *testing.T, file, key string, v any, want []string) {
	t.Helper()
	s, ok := v.(string)
	if !ok || strings.TrimSpace(s) == "" {
		t.Errorf("%s: %q is empty", file, key)
		return
	}
	if got := placeholders(s); !slices.Equal(got, want) {
		t.Errorf("%s: %q has placeholders %v, English has %v", file, key, got, want)
	}
	// Keys still filled by fmt.Sprintf keep their verbs, in the same order.
	if got, want := printfVerb.FindAllString(s, -1), printfVerb.FindAllString(key, -1); !slices.Equal(got, want) {
		t.Errorf("%s: %q has printf verbs %v, English has %v", file, key, got, want)
	}
}

var printfVerb = regexp.MustCompile(`%[-+#0]*[0-9]*(?:\.[0-9]+)?[a-zA-Z%]`)

var placeholder = regexp.MustCompile(`{{\s*\.(\w+)\s*}}`)

// placeholders are the distinct {{.Name}} names in a text or plural set.
func placeholders(v any) []string {
	var texts []string
	switch v := v.(type) {
	case string:
		texts = []string{v}
	case map[string]any:
		if s, ok := v["other"].(string); ok {
			texts = []string{s}
		}
	}
	seen := map[string]bool{}
	for _, s := range texts {
		for _, m := range placeholder.FindAllStringSubmatch(s, -1) {
			seen[m[1]] = true
		}
	}
	out := make([]string, 0, len(seen))
	for k := range seen {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

func readTranslations(t *testing.T, file string) map[string]any {
	t.Helper()
	raw, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	var m map[string]any
	if err := json.Unmarshal(raw, &m); err != nil {
		t.Fatalf("%s: %v", file, err)
	}
	return m
}

// usedKeys maps every key in use to where it comes from: the texts given to
// translating calls, and the model's fixed texts that reach lang.L through a
// variable.
func usedKeys(src sourceTexts) map[string]string {
	keys := map[string]string{}
	for k, v := range src.keys {
		keys[k] = v
	}
	for _, tmpl := range experiment.Templates() {
		for _, text := range []string{tmpl.Title, tmpl.Usual, tmpl.Change, tmpl.Why} {
			if text != "" {
				keys[text] = "model template " + string(tmpl.ID)
			}
		}
	}
	for _, in := range insights.Find(nil, nil, "2026-01-01") {
		keys[in.Label], keys[in.Short] = "model factor "+string(in.Factor), "model factor "+string(in.Factor)
		if in.Dose != nil {
			for _, b := range in.Dose.Bands {
				keys[b.Label] = "model dose " + in.Dose.Measure
			}
		}
	}
	// The command line's table words the verdicts through the same file.
	for v := insights.LikelyPattern; v <= insights.NotEnoughData; v++ {
		v.Name(func(s string, _ ...any) string { keys[s] = "model verdict " + v.Code(); return s })
	}
	// Codes that the report and the command line translate as they are.
	for _, m := range model.Muscles {
		if !i18nReserved[string(m)] { // "other" cannot be a key; see i18nReserved
			keys[string(m)] = "report muscle"
		}
	}
	for _, sd := range model.Sides {
		keys[string(sd)] = "report side"
	}
	for _, st := range []experiment.State{experiment.StatePlanned, experiment.StateRunning, experiment.StateFinished, experiment.StateStopped} {
		keys[string(st)] = "experiment state (command line)"
	}
	// The Charts tab's ranges are labels in a table.
	for _, r := range chartRanges {
		keys[r.label] = "charts range"
	}
	// Fyne's calendar (the date picker of Charts and the report) names the
	// weekdays with these; Fyne's own Russian swaps Tuesday and Thursday.
	for d := time.Sunday; d <= time.Saturday; d++ {
		day := strings.ToLower(d.String())
		keys[day], keys[day+".short"] = "Fyne calendar", "Fyne calendar"
	}
	// The history's weekday filter and the calendar spell names through lang.L.
	for d := time.Sunday; d <= time.Saturday; d++ {
		keys[d.String()], keys[d.String()[:3]] = "history", "calendar"
	}
	for m := time.January; m <= time.December; m++ {
		keys[m.String()], keys[m.String()[:3]] = "calendar", "chart ticks"
	}
	return keys
}

// writeEnglish keeps existing entries (plural forms included) and adds the
// missing keys as themselves; a new counted sentence gets a plural set whose
// "one" form needs writing by hand.
func writeEnglish(t *testing.T, en map[string]any, keys map[string]string, src sourceTexts) {
	t.Helper()
	out := map[string]any{}
	for key := range keys {
		switch v, ok := en[key]; {
		case ok:
			out[key] = v
		case src.plural[key]:
			out[key] = map[string]any{"one": key, "other": key}
		default:
			out[key] = key
		}
	}
	for key, v := range en {
		if _, kept := out[key]; !kept && src.literals[key] && !i18nReserved[strings.ToLower(key)] {
			out[key] = v // reached through a variable the scan cannot follow
		}
	}
	// As the file is kept: "<" and "&" as they are, not escaped for HTML.
	var raw bytes.Buffer
	enc := json.NewEncoder(&raw)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(out); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(englishFile, raw.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("wrote %d keys to %s", len(out), englishFile)
}
