package ui

import (
	"errors"
	"image"
	"sync"
	"sync/atomic"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/widget"

	"github.com/crampdiary/crampdiary/charts"
)

// minChartSide is the smallest side, in pixels, the charts package draws.
const minChartSide = 120

// renderFunc draws a chart at a pixel size; it runs off the UI thread.
type renderFunc func(s charts.Size, th charts.Theme) (*image.RGBA, error)

// chartView shows one chart, redrawn at the pixel size it is given whenever it
// is resized or its data changes. Drawing happens on a goroutine and only the
// finished image reaches the widget, through fyne.Do, so the window never stalls.
type chartView struct {
	widget.BaseWidget
	img     *canvas.Image
	msg     *widget.Label
	minH    float32
	scale   func() float32
	theme   func() charts.Theme
	draw    renderFunc
	gen     atomic.Uint64 // the newest request; older results are dropped
	pending *sync.WaitGroup
	deliver *sync.Mutex // one result reaches the widgets at a time, whatever the driver
	last    fyne.Size
}

func newChartView(minH float32, scale func() float32, theme func() charts.Theme, pending *sync.WaitGroup, deliver *sync.Mutex) *chartView {
	v := &chartView{img: canvas.NewImageFromImage(nil), msg: widget.NewLabel(""), minH: minH,
		scale: scale, theme: theme, pending: pending, deliver: deliver}
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

func (v *chartView) MinSize() fyne.Size { return fyne.NewSize(280, v.minH) }

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

// redraw starts drawing at the current size; the theme is read here, on the UI thread.
func (v *chartView) redraw() {
	if v.draw == nil || v.last.Width < 1 || v.last.Height < 1 {
		return
	}
	gen := v.gen.Add(1)
	scale := v.scale()
	size := charts.Size{W: int(v.last.Width * scale), H: int(v.last.Height * scale), Scale: float64(scale)}
	if size.W < minChartSide || size.H < minChartSide {
		return // mid-layout sizes: nothing readable fits, the next resize draws
	}
	th, draw := v.theme(), v.draw
	v.pending.Add(1)
	go func() {
		defer v.pending.Done()
		img, err := draw(size, th)
		fyne.DoAndWait(func() {
			// The GL driver runs this on the main thread; Fyne's test driver runs it
			// here, so the lock keeps concurrent results from racing in the widgets.
			v.deliver.Lock()
			defer v.deliver.Unlock()
			if v.gen.Load() == gen {
				v.show(img, err)
			}
		})
	}()
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
