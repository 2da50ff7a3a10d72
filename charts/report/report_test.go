package report

import (
	"fmt"
	"image"
	"math"
	"regexp"
	"strings"
	"testing"

	"github.com/crampdiary/crampdiary/model"
	"github.com/crampdiary/crampdiary/model/locale"
)

// tally is what the test counts itself from the stored rows, without Summarize.
type tally struct {
	nights, logged, crampNights, cramps int
	worst                               int // worst intensity, -1 when none recorded
	meds                                []string
}

func count(days []model.Day, cramps []model.Cramp, from, to model.Date) tally {
	in := func(d model.Date) bool { return string(d) >= string(from) && string(d) <= string(to) }
	tl := tally{worst: -1}
	for d := from; string(d) <= string(to); d = d.AddDays(1) {
		tl.nights++
	}
	logged, crampNights := map[model.Date]bool{}, map[model.Date]bool{}
	for _, d := range days {
		if in(d.Date) && d.NightChecked {
			logged[d.Date] = true
		}
		if in(d.Date) && d.MedicationChange != "" {
			tl.meds = append(tl.meds, locale.For("en").ShortDate(d.Date.Time())+" "+d.MedicationChange)
		}
	}
	for _, c := range cramps {
		if !in(c.Night) {
			continue
		}
		tl.cramps++
		logged[c.Night], crampNights[c.Night] = true, true
		if c.Intensity != nil && *c.Intensity > tl.worst {
			tl.worst = *c.Intensity
		}
	}
	tl.logged, tl.crampNights = len(logged), len(crampNights)
	return tl
}

// perSeven is n per 7 logged nights as the page prints it.
func (tl tally) perSeven(n int) string {
	return fmt.Sprintf("%.1f", math.Round(float64(n)*7/float64(tl.logged)*10)/10)
}

// grab returns the submatches of pattern in text, failing the test when absent.
func grab(t *testing.T, text, pattern string) []string {
	t.Helper()
	m := regexp.MustCompile(`(?m)` + pattern).FindStringSubmatch(text)
	if m == nil {
		t.Fatalf("the PDF text has no line matching %q:\n%s", pattern, text)
	}
	return m[1:]
}

func TestPDFFiguresMatchTheStoredRows(t *testing.T) {
	for _, seed := range []uint64{1, 2, 3} {
		t.Run(fmt.Sprint("seed ", seed), func(t *testing.T) {
			db, days, cramps := storedDiary(t, seed)
			from, to := model.MustDate("2025-02-10"), model.MustDate("2025-03-09")
			pdfPath, _ := writeBoth(t, db, from, to)
			text := pdfText(t, pdfPath)
			now := count(days, cramps, from, to)
			prev := count(days, cramps, model.MustDate("2025-01-13"), model.MustDate("2025-02-09"))
			t.Logf("this period %+v, previous %+v", now, prev)

			want := []string{fmt.Sprint(now.logged), fmt.Sprint(now.nights), fmt.Sprint(prev.logged), fmt.Sprint(prev.nights)}
			assertEqual(t, "nights logged", grab(t, text, `^Nights logged\s+(\d+) of (\d+)\s+(\d+) of (\d+)\s*$`), want)
			assertEqual(t, "nights not logged", grab(t, text, `^Nights not logged\s+(\d+)\s+(\d+)\s*$`),
				[]string{fmt.Sprint(now.nights - now.logged), fmt.Sprint(prev.nights - prev.logged)})
			assertEqual(t, "cramp nights", grab(t, text, `^Nights with cramps\s+(\d+)\s+(\d+)\s*$`),
				[]string{fmt.Sprint(now.crampNights), fmt.Sprint(prev.crampNights)})
			assertEqual(t, "cramps", grab(t, text, `^Cramps\s+(\d+)\s+(\d+)\s*$`),
				[]string{fmt.Sprint(now.cramps), fmt.Sprint(prev.cramps)})
			assertEqual(t, "cramp nights per 7", grab(t, text, `^Nights with cramps per 7 logged nights\s+(\S+)\s+(\S+)\s+\S+`),
				[]string{now.perSeven(now.crampNights), prev.perSeven(prev.crampNights)})
			assertEqual(t, "cramps per 7", grab(t, text, `^Cramps per 7 logged nights\s+(\S+)\s+(\S+)\s+\S+`),
				[]string{now.perSeven(now.cramps), prev.perSeven(prev.cramps)})
			if now.worst >= 0 {
				assertEqual(t, "worst intensity", grab(t, text, `worst (\d+), on a scale of 0 to 10`), []string{fmt.Sprint(now.worst)})
			}
			for _, med := range now.meds {
				if !regexp.MustCompile(`(?m)^` + strings.ReplaceAll(regexp.QuoteMeta(med), " ", `\s+`) + `\s*$`).MatchString(text) {
					t.Errorf("medication change %q is not listed:\n%s", med, text)
				}
			}
			for _, med := range prev.meds {
				if strings.Contains(text, med[len("2025-01-01 "):]) {
					t.Errorf("medication change %q from the previous period is listed", med)
				}
			}
			assertPageBasics(t, text, "10 February 2025 to 9 March 2025, 28 nights")
		})
	}
}

func assertEqual(t *testing.T, what string, got, want []string) {
	t.Helper()
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("%s: the PDF says %q, the stored rows give %q", what, got, want)
	}
}

// assertPageBasics checks what every report must show, and that it is one page.
func assertPageBasics(t *testing.T, text, period string) {
	t.Helper()
	for _, s := range []string{"Night leg cramp diary", period, "Self-reported diary. Not a diagnosis.", "Made on 10 March 2025"} {
		if !strings.Contains(text, s) {
			t.Errorf("the PDF text lacks %q:\n%s", s, text)
		}
	}
	if n := pdfPages(text); n != 1 {
		t.Errorf("the PDF has %d pages, want 1", n)
	}
}

func TestChangeAgreesWithTheRoundedRates(t *testing.T) {
	db, _, _ := storedDiary(t, 1)
	pdfPath, _ := writeBoth(t, db, model.MustDate("2025-02-10"), model.MustDate("2025-03-09"))
	text := pdfText(t, pdfPath)
	for _, label := range []string{"Nights with cramps per 7 logged nights", "Cramps per 7 logged nights"} {
		m := grab(t, text, `^`+label+`\s+(\S+)\s+(\S+)\s+(.+?)\s*$`)
		var this, prev float64
		fmt.Sscan(m[0], &this)
		fmt.Sscan(m[1], &prev)
		want := (Writer{}).change(this - prev)
		if m[2] != want {
			t.Errorf("%s: %s against %s printed as %q, want %q", label, m[0], m[1], m[2], want)
		}
	}
}

func TestPNGPageHasSizeAndContent(t *testing.T) {
	db, _, _ := storedDiary(t, 1)
	_, pngPath := writeBoth(t, db, model.MustDate("2025-02-10"), model.MustDate("2025-03-09"))
	img := decodePNG(t, pngPath)
	title := pxRect(margin, margin, 80, 8)
	if s := inkShare(img, title); s < 0.05 {
		t.Errorf("the title area is %.1f%% ink, want the title drawn there", s*100)
	}
	if s := inkShare(img, img.Bounds()); s < 0.02 || s > 0.5 {
		t.Errorf("the page is %.1f%% ink; it looks blank or flooded", s*100)
	}
	corner := image.Rect(0, 0, 60, 60)
	if s := inkShare(img, corner); s != 0 {
		t.Errorf("the margin corner has ink (%.1f%%)", s*100)
	}
}
