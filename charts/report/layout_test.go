package report

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// crowded is a period with more of everything than a page can hold.
func crowded(t *testing.T) Input {
	t.Helper()
	_, days, cramps := storedDiary(t, 1)
	long := strings.Repeat("a very long note that keeps going ", 12)
	for i := range days {
		days[i].MedicationChange = fmt.Sprintf("change %d: %s", i, long)
	}
	var flags, experiments []string
	for i := range 12 {
		flags = append(flags, fmt.Sprintf("red flag %d: %s", i, long))
		experiments = append(experiments, fmt.Sprintf("experiment %d: %s", i, long))
	}
	return Input{Days: days, Cramps: cramps, From: "2025-01-13", To: "2025-03-09", MadeOn: testNow,
		Name: strings.Repeat("Name ", 40), RedFlags: flags, Experiments: experiments}
}

func TestCrowdedPeriodStillFitsOnePage(t *testing.T) {
	p, err := (Writer{}).Build(crowded(t))
	if err != nil {
		t.Fatal(err)
	}
	for _, tx := range p.texts {
		w, _ := loadFonts()
		right := tx.X + w.width(tx.Text, tx.Size, tx.Bold)
		if tx.X < margin-0.01 || right > margin+contentW+0.01 || tx.Y > pageH-margin {
			t.Errorf("text %q at %.1f..%.1f, baseline %.1f, leaves the content area", tx.Text, tx.X, right, tx.Y)
		}
		if tx.Y > footerTop && tx.Y < footerTop+1 {
			t.Errorf("text %q runs into the footer", tx.Text)
		}
	}
	if len(p.images) != 1 || p.images[0].H < chartMinH || p.images[0].Y+p.images[0].H > footerTop {
		t.Fatalf("timeline boxes %+v, want one of at least %.0f mm above the footer", p.images, chartMinH)
	}
	all := pageText(p)
	for _, s := range []string{"Red flags", "Experiments", "more in the diary", "Medication changes"} {
		if !strings.Contains(all, s) {
			t.Errorf("the crowded page lacks %q", s)
		}
	}
	pdfPath := filepath.Join(t.TempDir(), "crowded.pdf")
	writePage(t, p, pdfPath)
	if n := pdfPages(pdfText(t, pdfPath)); n != 1 {
		t.Errorf("the crowded PDF has %d pages", n)
	}
}

func TestHooksAreLeftOutWhenNil(t *testing.T) {
	in := crowded(t)
	in.RedFlags, in.Experiments = nil, []string{}
	p, err := (Writer{}).Build(in)
	if err != nil {
		t.Fatal(err)
	}
	all := pageText(p)
	if strings.Contains(all, "Red flags") || !strings.Contains(all, "Experiments None in this period.") {
		t.Errorf("nil red flags must be left out, empty experiments said to be none:\n%s", all)
	}
}

func TestUnicodeTextSurvivesInThePDF(t *testing.T) {
	in := Input{From: "2025-03-01", To: "2025-03-09", MadeOn: testNow, Name: "Zoë Ødegård-Šimić, Пётр\n名前"}
	p, err := (Writer{}).Build(in)
	if err != nil {
		t.Fatal(err)
	}
	pdfPath := filepath.Join(t.TempDir(), "name.pdf")
	writePage(t, p, pdfPath)
	if text := pdfText(t, pdfPath); !strings.Contains(text, "Zoë Ødegård-Šimić, Пётр ??") {
		t.Errorf("the name did not come back from the PDF (characters the font lacks become ?):\n%s", text)
	}
}

func TestNumberFormats(t *testing.T) {
	tests := []struct{ got, want string }{
		{(Writer{}).seconds(45), "45 s"}, {(Writer{}).seconds(59.5), "1 min"}, {(Writer{}).seconds(90), "1 min 30 s"}, {(Writer{}).seconds(120), "2 min"},
		{(Writer{}).minutes(0), "0 min"}, {(Writer{}).minutes(59), "59 min"}, {(Writer{}).minutes(120), "2 h"}, {(Writer{}).minutes(200), "3 h 20 min"},
		{(Writer{}).number(6), "6"}, {(Writer{}).number(6.5), "6.5"}, {(Writer{Lang: "de"}).number(6.5), "6,5"},
		{(Writer{}).rate(1.25), "1.3"}, {(Writer{}).rate(7.0 / 3), "2.3"}, {(Writer{Lang: "ru"}).rate(1.25), "1,3"},
		{(Writer{Lang: "de"}).change(0.4), "+0,4"}, {(Writer{Lang: "de"}).itoa(12000), "12.000"},
		{(Writer{}).change(0.4), "+0.4"}, {(Writer{}).change(-1.25), "−1.3"}, {(Writer{}).change(0.04), "no change"}, {(Writer{}).change(-0.04), "no change"},
		{(Writer{}).count("{{.Count}} nights", 3), "3 nights"},
	}
	for _, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("got %q, want %q", tt.got, tt.want)
		}
	}
}

func TestTranslatorIsUsed(t *testing.T) {
	w := Writer{T: func(s string, _ ...any) string { return "«" + s + "»" }}
	p, err := w.Build(Input{From: "2025-03-01", To: "2025-03-09", MadeOn: testNow})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(pageText(p), "«Self-reported diary. Not a diagnosis.»") {
		t.Errorf("the footer did not go through the translator:\n%s", pageText(p))
	}
}

func pageText(p *Page) string {
	var b strings.Builder
	for _, tx := range p.texts {
		b.WriteString(tx.Text + " ")
	}
	return b.String()
}

func writePage(t *testing.T, p *Page, path string) {
	t.Helper()
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if err := p.WritePDF(f); err != nil {
		t.Fatal(err)
	}
}

func TestShareLinesGivesSpareRoomToLongLists(t *testing.T) {
	cases := []struct {
		room  int
		needs []int
		want  []int
	}{
		{12, []int{4, 1, 1}, []int{4, 1, 1}},   // everything fits
		{9, []int{10, 1, 1}, []int{7, 1, 1}},   // the empty ones leave their share
		{10, []int{8, 8, 1}, []int{4, 4, 1}},   // two long lists split what is left
		{3, []int{5, 5, 5}, []int{2, 2, 2}},    // never fewer than 2 lines
		{20, []int{2, 30, 3}, []int{2, 15, 3}}, // the longest takes the rest
	}
	for _, c := range cases {
		if got := shareLines(c.room, c.needs); fmt.Sprint(got) != fmt.Sprint(c.want) {
			t.Errorf("shareLines(%d, %v) = %v, want %v", c.room, c.needs, got, c.want)
		}
	}
}
