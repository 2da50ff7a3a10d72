package ui

import (
	"errors"
	"image"
	"sync"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/crampdiary/crampdiary/charts"
)

// minChartSide is the smallest side, in pixels, the charts package draws.
const minChartSide = 120

// renderFunc draws a chart at a pixel size; it runs off the UI thread.
type renderFunc func(s charts.Size, th charts.Theme) (*image.RGBA, error)

// uiJobs runs slow work (drawing, reading the diary) off the UI thread and
// hands each result to the UI thread, the only one that touches widgets. The
// work gets everything it needs by value; what it returns is the step that
// shows its result, run through fyne.Do.
//
// Fyne's test driver has no UI thread: its fyne.Do runs the function at once on
// the goroutine that calls it. So tests set hold, and finished steps wait in a
// queue until the test goroutine, standing in for the UI thread, runs them with
// settle.
type uiJobs struct {
	hold bool
	wg   sync.WaitGroup
	mu   sync.Mutex
	done []func() // held steps, in the order their work finished
}

// run calls work on a goroutine of its own, then the step it returns on the UI thread.
func (j *uiJobs) run(work func() (show func())) {
	j.wg.Add(1)
	go func() {
		defer j.wg.Done()
		show := work()
		if !j.hold {
			fyne.Do(show)
			return
		}
		j.mu.Lock()
		j.done = append(j.done, show)
		j.mu.Unlock()
	}()
}

// settle waits for all work and runs the held steps on the calling goroutine,
// again until none is left, as a step can start more work (a chart that gets
// data draws it). Only tests call it.
func (j *uiJobs) settle() {
	for {
		j.wg.Wait()
		j.mu.Lock()
		done := j.done
		j.done = nil
		j.mu.Unlock()
		if len(done) == 0 {
			return
		}
		for _, show := range done {
			show()
		}
	}
}

// chartView shows one chart, redrawn at the pixel size it is given whenever it
// is resized or its data changes. Drawing happens on a goroutine, so the window
// never stalls; every field is read and written on the UI thread only.
type chartView struct {
	widget.BaseWidget
	img   *canvas.Image
	msg   *widget.Label
	minH  float32
	scale func() float32
	theme func() charts.Theme
	draw  renderFunc
	gen   uint64 // the newest drawing asked for; older results are dropped
	jobs  *uiJobs
	last  fyne.Size
}

func newChartView(minH float32, scale func() float32, theme func() charts.Theme, jobs *uiJobs) *chartView {
	v := &chartView{img: canvas.NewImageFromImage(nil), msg: widget.NewLabel(""), minH: minH,
		scale: scale, theme: theme, jobs: jobs}
	v.img.FillMode = canvas.ImageFillStretch
	v.img.ScaleMode = canvas.ImageScaleFastest
	v.msg.Wrapping = fyne.TextWrapWord
	v.msg.Alignment = fyne.TextAlignCenter
	v.msg.Hide()
	v.ExtendBaseWidget(v)
	return v
}

func (v *chartView) CreateRenderer() fyne.WidgetRenderer {
	// The message gets the full width: a wrapping label in a centring
	// container is given no width and breaks after every letter.
	middle := container.NewVBox(layout.NewSpacer(), v.msg, layout.NewSpacer())
	return widget.NewSimpleRenderer(container.NewStack(v.img, middle))
}

func (v *chartView) MinSize() fyne.Size { return fyne.NewSize(280, v.minH*textScale()) }

// textScale is the chosen text size against Fyne's own, 1 at 100%.
func textScale() float32 {
	return theme.TextSize() / theme.DefaultTheme().Size(theme.SizeNameText)
}

// Resize redraws at the new size: a chart scaled up from a smaller image blurs.
func (v *chartView) Resize(s fyne.Size) {
	v.BaseWidget.Resize(s)
	if s != v.last {
		v.last = s
		v.redraw()
	}
}

// setDraw gives the view new content to draw.
func (v *chartView) setDraw(draw renderFunc) {
	v.draw = draw
	v.redraw()
}

// redraw starts drawing at the current size. The size, theme and draw function
// are read here, on the UI thread, and handed to the goroutine by value.
func (v *chartView) redraw() {
	if v.draw == nil || v.last.Width < 1 || v.last.Height < 1 {
		return
	}
	v.gen++
	gen, scale := v.gen, v.scale()
	// Chart text grows with the window's text size (Settings), in pixels that
	// stay the widget's own.
	size := charts.Size{W: int(v.last.Width * scale), H: int(v.last.Height * scale), Scale: float64(scale * textScale())}
	if size.W < minChartSide || size.H < minChartSide {
		return // mid-layout sizes: nothing readable fits, the next resize draws
	}
	th, draw := v.theme(), v.draw
	v.jobs.run(func() func() {
		img, err := draw(size, th)
		return func() {
			if v.gen == gen {
				v.show(img, err)
			}
		}
	})
}

func (v *chartView) show(img *image.RGBA, err error) {
	var need *charts.NeedMoreData
	switch {
	case errors.As(err, &need):
		v.img.Image = nil
		v.msg.SetText(need.Msg)
		v.msg.Show()
	case err != nil:
		v.img.Image = nil
		v.msg.SetText(err.Error())
		v.msg.Show()
	default:
		v.img.Image = img
		v.msg.Hide()
	}
	v.Refresh() // lays out the message that may have just appeared
}
