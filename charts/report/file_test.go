package report

import (
	"context"
	"errors"
	"image"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/crampdiary/crampdiary/charts"
	"github.com/crampdiary/crampdiary/model"
	"github.com/crampdiary/crampdiary/model/experiment"
	"github.com/crampdiary/crampdiary/model/locale"
	"github.com/crampdiary/crampdiary/model/sqlstore/storetest"
)

func TestEmptyDiaryMakesAReportThatSaysSo(t *testing.T) {
	db := storetest.MustOpenDB(t, testNow)
	pdfPath, pngPath := writeBoth(t, db, model.MustDate("2025-02-10"), model.MustDate("2025-03-09"))
	text := pdfText(t, pdfPath)
	assertPageBasics(t, text, "10 February 2025 to 9 March 2025, 28 nights")
	for _, s := range []string{"No nights were logged from 10 February 2025 to 9 March 2025", "None noted in this period.", "Too few nights were logged"} {
		if !strings.Contains(strings.Join(strings.Fields(text), " "), s) {
			t.Errorf("the empty report lacks %q:\n%s", s, text)
		}
	}
	decodePNG(t, pngPath)
}

func TestOneNightDiary(t *testing.T) {
	db := storetest.MustOpenDB(t, testNow)
	intensity, dur := 8, 95
	c := model.Cramp{Night: model.MustDate("2025-03-09"), Muscle: model.Calf, Side: model.Left, Intensity: &intensity, DurationS: &dur}
	if err := db.SaveCramp(context.Background(), &c); err != nil {
		t.Fatal(err)
	}
	pdfPath, pngPath := writeBoth(t, db, model.MustDate("2025-03-09"), model.MustDate("2025-03-09"))
	text := pdfText(t, pdfPath)
	assertPageBasics(t, text, "9 March 2025 to 9 March 2025, 1 night")
	assertEqual(t, "nights logged", grab(t, text, `^Nights logged\s+(\d+ of \d+)\s+(\d+ of \d+)`), []string{"1 of 1", "0 of 1"})
	assertEqual(t, "rates", grab(t, text, `^Cramps per 7 logged nights\s+(\S+)\s+(\S+)\s+(\S+)`), []string{"7.0", "–", "–"})
	assertEqual(t, "duration", grab(t, text, `median (.+), longest (.+?)\s{2,}`), []string{"1 min 35 s", "1 min 35 s"})
	assertEqual(t, "intensity", grab(t, text, `median (\d+), worst (\d+)`), []string{"8", "8"})
	decodePNG(t, pngPath)
}

func TestBadRangesAreRefused(t *testing.T) {
	db := storetest.MustOpenDB(t, testNow)
	tests := []struct {
		name, from, to, file, says string
	}{
		{"from after to", "2025-03-09", "2025-03-01", "r.pdf", "after it ends"},
		{"over ten years", "2015-01-01", "2025-03-09", "r.pdf", "at most 3660 nights"},
		{"ends in the future", "2025-03-01", "2025-03-11", "r.png", "after today (2025-03-10)"},
		{"not a date", "2025-02-30", "2025-03-09", "r.pdf", "not a date"},
		{"other extension", "2025-03-01", "2025-03-09", "r.jpg", ".pdf or .png"},
		{"no extension", "2025-03-01", "2025-03-09", "report", ".pdf or .png"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), tt.file)
			err := (Writer{}).WriteFile(context.Background(), db, model.Date(tt.from), model.Date(tt.to), path, testNow)
			var ie *InputError
			if !errors.As(err, &ie) || !errors.Is(err, model.ErrInvalid) || !strings.Contains(err.Error(), tt.says) {
				t.Errorf("WriteFile = %v, want an input error saying %q", err, tt.says)
			}
			if entries, _ := os.ReadDir(filepath.Dir(path)); len(entries) != 0 {
				t.Errorf("a refused report left files: %v", entries)
			}
		})
	}
}

func TestTodayIsAllowedAndUpperCaseExtensionsWork(t *testing.T) {
	db := storetest.MustOpenDB(t, testNow)
	path := filepath.Join(t.TempDir(), "Report.PDF")
	if err := (Writer{}).WriteFile(context.Background(), db, model.MustDate("2015-03-14"), model.MustDate("2025-03-10"), path, testNow); err != nil {
		t.Fatalf("ten years up to today: %v", err)
	}
}

func TestFailedWriteKeepsTheEarlierReport(t *testing.T) {
	path := filepath.Join(t.TempDir(), "report.pdf")
	if err := os.WriteFile(path, []byte("earlier report"), 0o600); err != nil {
		t.Fatal(err)
	}
	boom := errors.New("disk full")
	err := writeAtomic(path, func(w io.Writer) error {
		w.Write([]byte("half a rep"))
		return boom
	})
	if !errors.Is(err, boom) {
		t.Fatalf("writeAtomic = %v, want the write's error", err)
	}
	got, _ := os.ReadFile(path)
	entries, _ := os.ReadDir(filepath.Dir(path))
	if string(got) != "earlier report" || len(entries) != 1 {
		t.Errorf("after a failed write: file %q, folder %v", got, entries)
	}
}

func TestTimelineFailureIsReported(t *testing.T) {
	w := Writer{timeline: func(charts.Nights, charts.Size) (image.Image, error) { return nil, errors.New("no canvas") }}
	_, days, cramps := storedDiary(t, 1)
	_, err := w.Build(Input{Days: days, Cramps: cramps, From: "2025-02-10", To: "2025-03-09", MadeOn: testNow})
	if err == nil || !strings.Contains(err.Error(), "timeline: no canvas") {
		t.Errorf("Build = %v, want the chart's error with context", err)
	}
}

// The page lists every red flag that held when the period ended, with what was seen.
func TestReportListsRedFlags(t *testing.T) {
	db := storetest.MustOpenDB(t, testNow)
	long, yes := 720, true
	if err := db.SaveDay(context.Background(), &model.Day{Date: model.MustDate("2025-03-05"), SwellingOneSide: &yes}); err != nil {
		t.Fatal(err)
	}
	c := model.Cramp{Night: model.MustDate("2025-03-08"), Muscle: model.Calf, Side: model.Right, DurationS: &long}
	if err := db.SaveCramp(context.Background(), &c); err != nil {
		t.Fatal(err)
	}
	pdfPath, _ := writeBoth(t, db, model.MustDate("2025-02-10"), model.MustDate("2025-03-09"))
	text := strings.Join(strings.Fields(pdfText(t, pdfPath)), " ")
	for _, want := range []string{"Red flags", "One leg swollen (since 5 March 2025)", "A cramp lasting over 10 minutes (since 8 March 2025)"} {
		if !strings.Contains(text, want) {
			t.Errorf("the report lacks %q:\n%s", want, text)
		}
	}
}

// An experiment with nights in the period is listed with its verdict.
func TestReportListsExperiments(t *testing.T) {
	db := storetest.MustOpenDB(t, testNow)
	tmpl, _ := experiment.TemplateByID(experiment.TemplateNoAlcohol)
	start := model.DateOf(testNow).AddDays(-1)
	e, err := experiment.New(tmpl, start, tmpl.Plan, 11)
	if err != nil {
		t.Fatal(err)
	}
	if err := db.CreateExperiment(context.Background(), &e); err != nil {
		t.Fatal(err)
	}
	pdfPath, _ := writeBoth(t, db, start.AddDays(-27), start)
	text := strings.Join(strings.Fields(pdfText(t, pdfPath)), " ")
	long := locale.For("en").LongDate
	want := tmpl.Title + " (" + long(start.Time()) + " to " + long(e.End().Time()) + "): inconclusive (still running; too few nights checked)"
	if !strings.Contains(text, "Experiments") || !strings.Contains(text, want) {
		t.Errorf("the report lacks %q:\n%s", want, text)
	}
}

// An experiment stopped on its first evening had no nights, so a period that
// takes in its start has no experiment to list, not one that ends before it begins.
func TestReportLeavesOutAnExperimentStoppedBeforeItsFirstNight(t *testing.T) {
	db := storetest.MustOpenDB(t, testNow)
	ctx := context.Background()
	tmpl, _ := experiment.TemplateByID(experiment.TemplateNoAlcohol)
	start := model.DiaryToday(testNow)
	e, err := experiment.New(tmpl, start, tmpl.Plan, 11)
	if err != nil {
		t.Fatal(err)
	}
	if err := db.CreateExperiment(ctx, &e); err != nil {
		t.Fatal(err)
	}
	if err := db.StopExperiment(ctx, e.ID, start.AddDays(-1)); err != nil {
		t.Fatal(err)
	}
	in, err := (Writer{}).Load(ctx, db, start.AddDays(-27), start, testNow)
	if err != nil {
		t.Fatal(err)
	}
	if in.Experiments == nil || len(in.Experiments) != 0 {
		t.Errorf("experiments listed: %q", in.Experiments)
	}
}

// The report's red flags are those `crampdiary flags` shows at the same
// moment: at 02:00 the calendar day that has just begun is not yet the
// diary's today, so a symptom dated on it does not count.
func TestRedFlagsStopAtTheDiarysToday(t *testing.T) {
	smallHours := time.Date(2025, 3, 10, 2, 0, 0, 0, time.UTC) // the diary's today is 9 March
	db := storetest.MustOpenDB(t, smallHours)
	yes := true
	if err := db.SaveDay(context.Background(), &model.Day{Date: model.MustDate("2025-03-10"), SwellingOneSide: &yes}); err != nil {
		t.Fatal(err)
	}
	in, err := (Writer{}).Load(context.Background(), db, model.MustDate("2025-03-01"), model.MustDate("2025-03-10"), smallHours)
	if err != nil {
		t.Fatal(err)
	}
	if len(in.RedFlags) != 0 {
		t.Errorf("red flags at 02:00 include the new calendar day: %q", in.RedFlags)
	}
}

// The report's verdicts take their first words from experiment.Verdict.Name, the
// same the command line prints, with the figures a clinician weighs.
func TestVerdictLineWords(t *testing.T) {
	p, nap := 0.0123, 0.875
	tests := []struct {
		r    experiment.Result
		want string
	}{
		{experiment.Result{Verdict: experiment.VerdictHelped, P: &p, NAP: &nap}, "helped (p = 0.012, NAP 0.88)"},
		{experiment.Result{Verdict: experiment.VerdictNoDifference, P: &p}, "no difference seen (p = 0.012)"},
		{experiment.Result{Verdict: experiment.VerdictInconclusive, Reasons: []experiment.Reason{experiment.ReasonNotStarted}}, "inconclusive (not started yet)"},
	}
	for _, tt := range tests {
		if got := (Writer{}).verdictLine(tt.r); got != tt.want {
			t.Errorf("verdictLine(%s) = %q, want %q", tt.r.Verdict, got, tt.want)
		}
	}
}
