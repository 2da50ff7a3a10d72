package charts

import (
	"errors"
	"image"
	"image/color"
	"strings"
	"testing"

	"github.com/crampdiary/crampdiary/model"
)

type chartFunc func(Nights, Size, Theme) (*image.RGBA, error)

var allCharts = map[string]chartFunc{
	"timeline": Timeline, "weekly": Weekly, "withwithout": WithWithout, "where": Where,
}

var testSize = Size{W: 900, H: 360, Scale: 1}

func TestChartsAreRealImages(t *testing.T) {
	n := demoNights(t, 365, 365)
	for name, draw := range allCharts {
		for _, s := range []Size{testSize, {W: 1800, H: 720, Scale: 2}} {
			img, err := draw(n, s, DarkTheme())
			if err != nil {
				t.Fatalf("%s at %v: %v", name, s, err)
			}
			back := roundTrip(t, img)
			if b := back.Bounds(); b.Dx() != s.W || b.Dy() != s.H {
				t.Errorf("%s: decoded image is %dx%d, asked %dx%d", name, b.Dx(), b.Dy(), s.W, s.H)
			}
			if v := lumaVariance(back); v < 50 {
				t.Errorf("%s at %v: pixel variance %.1f, the image looks blank", name, s, v)
			}
		}
	}
}

func TestChartsChangeWithData(t *testing.T) {
	base := demoNights(t, 120, 120)
	changed := demoNights(t, 120, 120)
	for i := 0; i < len(changed.Nights); i += 3 {
		nt := &changed.Nights[i]
		nt.Logged, nt.Cramps = true, nt.Cramps+2
		if nt.Day != nil {
			nt.Day.LateMeal, nt.Day.Heat = ptr(!isTrue(nt.Day.LateMeal)), ptr(true)
			nt.Heat = true
		}
		changed.Cramps = append(changed.Cramps, model.Cramp{Night: nt.Date, Muscle: model.Thigh, Side: model.Both})
	}
	for name, draw := range allCharts {
		a, errA := draw(base, testSize, LightTheme())
		b, errB := draw(changed, testSize, LightTheme())
		if errA != nil || errB != nil {
			t.Fatalf("%s: %v, %v", name, errA, errB)
		}
		if diff := differentPixels(a, b); diff < 500 {
			t.Errorf("%s: only %d pixels changed with the data", name, diff)
		}
		same, _ := draw(base, testSize, LightTheme())
		if diff := differentPixels(a, same); diff != 0 {
			t.Errorf("%s: the same data drew %d different pixels", name, diff)
		}
	}
}

func TestChartsFollowTheTheme(t *testing.T) {
	n := demoNights(t, 60, 60)
	for name, draw := range allCharts {
		light, _ := draw(n, testSize, LightTheme())
		dark, _ := draw(n, testSize, DarkTheme())
		if light == nil || dark == nil {
			t.Fatalf("%s did not draw", name)
		}
		if got := light.RGBAAt(1, 1); !sameColour(got, LightTheme().Background) {
			t.Errorf("%s light corner is %v, want the background", name, got)
		}
		if got := dark.RGBAAt(1, 1); !sameColour(got, DarkTheme().Background) {
			t.Errorf("%s dark corner is %v, want the background", name, got)
		}
	}
}

func TestNeedMoreData(t *testing.T) {
	empty := NightsFrom(nil, nil, "2026-03-01", "2026-03-14")
	short := logNights("2026-03-01", []int{1, 0})
	noCramps := logNights("2026-03-01", make([]int, 20))
	noFactors := logNights("2026-03-01", []int{1, 0, 1, 0, 1, 0, 1, 0}) // days answer no yes/no question
	tests := []struct {
		name string
		draw chartFunc
		n    Nights
		want string
	}{
		{"empty timeline", Timeline, empty, "Log at least 3 nights"},
		{"short timeline", Timeline, short, "Log at least 3 nights"},
		{"short weekly", Weekly, short, "Log at least 7 nights"},
		{"short with/without", WithWithout, short, "Log at least 7 nights"},
		{"unanswered factors", WithWithout, noFactors, "yes/no questions"},
		{"empty where", Where, empty, "No cramps are logged"},
		{"no cramps where", Where, noCramps, "No cramps are logged"},
	}
	for _, tt := range tests {
		img, err := tt.draw(tt.n, testSize, LightTheme())
		var need *NeedMoreData
		if img != nil || !errors.Is(err, ErrTooLittleData) || !errors.As(err, &need) {
			t.Errorf("%s: got %v, %v; want a *NeedMoreData", tt.name, img != nil, err)
			continue
		}
		if !strings.Contains(need.Msg, tt.want) || !strings.HasSuffix(need.Msg, ".") {
			t.Errorf("%s: message %q, want a sentence with %q", tt.name, need.Msg, tt.want)
		}
	}
}

func TestBadSize(t *testing.T) {
	n := demoNights(t, 30, 30)
	for _, s := range []Size{{W: 0, H: 0}, {W: 50, H: 400}, {W: 1000, H: 9000}} {
		for name, draw := range allCharts {
			_, err := draw(n, s, LightTheme())
			if err == nil || errors.Is(err, ErrTooLittleData) {
				t.Errorf("%s at %dx%d: err %v, want a size error", name, s.W, s.H, err)
			}
		}
	}
	if img, err := Timeline(n, Size{W: 400, H: 300, Scale: 0}, Theme{}); err != nil || img == nil {
		t.Errorf("zero Scale and an empty Theme: %v; want the defaults", err)
	}
}

func TestTranslator(t *testing.T) {
	th := LightTheme()
	th.T = func(s string) string { return "«" + s + "»" }
	_, err := Timeline(Nights{}, testSize, th)
	var need *NeedMoreData
	if !errors.As(err, &need) || !strings.HasPrefix(need.Msg, "«Log") {
		t.Errorf("translated message = %v", err)
	}
}

// lumaVariance is the variance of the pixels' grey levels: 0 for a blank image.
func lumaVariance(img image.Image) float64 {
	var sum, sq, n float64
	b := img.Bounds()
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			g := float64(color.GrayModel.Convert(img.At(x, y)).(color.Gray).Y)
			sum, sq, n = sum+g, sq+g*g, n+1
		}
	}
	m := sum / n
	return sq/n - m*m
}

func differentPixels(a, b *image.RGBA) int {
	d := 0
	for i := 0; i+3 < len(a.Pix); i += 4 {
		if a.Pix[i] != b.Pix[i] || a.Pix[i+1] != b.Pix[i+1] || a.Pix[i+2] != b.Pix[i+2] {
			d++
		}
	}
	return d
}

func sameColour(got color.RGBA, want color.Color) bool {
	w := color.RGBAModel.Convert(want).(color.RGBA)
	return got == w
}

func isTrue(b *bool) bool { return b != nil && *b }

// The UI draws its charts on background goroutines at the same time.
func TestChartsDrawConcurrently(t *testing.T) {
	n := demoNights(t, 200, 200)
	errs := make(chan error, 2*len(allCharts))
	for range 2 {
		for _, draw := range allCharts {
			go func() {
				_, err := draw(n, testSize, DarkTheme())
				errs <- err
			}()
		}
	}
	for range 2 * len(allCharts) {
		if err := <-errs; err != nil {
			t.Error(err)
		}
	}
}
