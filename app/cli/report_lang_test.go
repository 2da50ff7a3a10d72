package cli

import (
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/crampdiary/crampdiary/model"
	"github.com/crampdiary/crampdiary/model/locale"
)

// "report --lang" writes the doctor's page in another language than the
// terminal's: its headings translated, none left in English, and the dates
// as that language writes them ("14 июня 2027", "14. Juni 2027").
func TestReportInAnotherLanguage(t *testing.T) {
	if _, err := exec.LookPath("pdftotext"); err != nil {
		t.Skip("pdftotext is not installed (poppler-utils)")
	}
	dir := t.TempDir()
	if code, _, errOut := runCLI(t, dir, "demo", "--days", "60"); code != exitOK {
		t.Fatalf("demo: exit %d: %s", code, errOut)
	}
	lastNight := model.DiaryToday(testNow).AddDays(-1)
	cases := map[string][]string{
		"ru": {"Дневник ночных судорог ног", "Ночи и судороги", "Где, как долго, как сильно", "28 ночей", locale.For("ru").LongDate(lastNight.Time()), "июня 2027"},
		"de": {"Tagebuch nächtlicher Beinkrämpfe", "Nächte und Krämpfe", "Wo, wie lange, wie stark", "28 Nächte", locale.For("de").LongDate(lastNight.Time()), "Juni 2027"},
	}
	english := []string{"Night leg cramp diary", "Nights and cramps", "Where, how long, how strong", "Medication changes", "28 nights", "June", string(lastNight)}
	for code, want := range cases {
		t.Run(code, func(t *testing.T) {
			pdf := filepath.Join(t.TempDir(), "r.pdf")
			if c, _, errOut := runCLI(t, dir, "report", "--lang", code, "--out", pdf); c != exitOK {
				t.Fatalf("report --lang %s: exit %d: %s", code, c, errOut)
			}
			out, err := exec.Command("pdftotext", "-layout", "-enc", "UTF-8", pdf, "-").Output()
			if err != nil {
				t.Fatal(err)
			}
			text := strings.Join(strings.Fields(string(out)), " ")
			for _, s := range want {
				if !strings.Contains(text, strings.Join(strings.Fields(s), " ")) {
					t.Errorf("%q is not in the %s report:\n%s", s, code, text)
				}
			}
			for _, s := range english {
				if strings.Contains(text, s) {
					t.Errorf("English %q is left in the %s report", s, code)
				}
			}
		})
	}
	if c, _, errOut := runCLI(t, dir, "report", "--lang", "fr", "--out", filepath.Join(t.TempDir(), "r.pdf")); c != exitUsage || !strings.Contains(errOut, "--lang") {
		t.Errorf("report --lang fr: exit %d, err %q; want a usage error naming --lang", c, errOut)
	}
}
