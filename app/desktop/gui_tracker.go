package desktop

import (
	"context"
	"fmt"
	"sync"
	"time"

	"fyne.io/fyne/v2"

	"github.com/crampdiary/crampdiary/model"
	"github.com/crampdiary/crampdiary/model/remind"
	"github.com/crampdiary/crampdiary/model/tracker"
	"github.com/crampdiary/crampdiary/ui"
)

// sourcesLead is how long before the evening reminder the remembered phone
// and watch exports are read, so the reminder opens on today's steps.
const sourcesLead = 15 * time.Minute

// sourceReader reads the remembered exports into the open diary: once when
// the window starts, and once a day shortly before the evening reminder.
// It fills empty fields and never replaces typing (tracker.ReadRemembered).
type sourceReader struct {
	g       *gui
	store   model.Store
	lastDay model.Date // the diary day of the last read before the reminder
	mu      sync.Mutex // one read at a time
	cancel  context.CancelFunc
	wg      sync.WaitGroup
	ctx     context.Context
	first   chan struct{} // closed when the read at start has ended
}

// startTrackerSources starts reading the remembered exports.
func (g *gui) startTrackerSources() *sourceReader {
	ctx, cancel := context.WithCancel(context.Background())
	r := &sourceReader{g: g, store: g.store, ctx: ctx, cancel: cancel, first: make(chan struct{})}
	r.wg.Add(1)
	go func() {
		defer r.wg.Done()
		defer close(r.first)
		r.read()
	}()
	r.eveningDue(g.clock()) // started in the evening: the read at start is that evening's
	if g.remindEvery > 0 {
		r.wg.Add(1)
		go r.loop(g.remindEvery)
	}
	return r
}

// stop cancels a read under way and waits for it, so the diary can close.
func (r *sourceReader) stop() {
	r.cancel()
	r.wg.Wait()
}

// loop checks on the reminder's pace whether the evening read is due. The
// ticker paces the check; the time it compares is the diary's clock.
func (r *sourceReader) loop(every time.Duration) {
	defer r.wg.Done()
	t := time.NewTicker(every)
	defer t.Stop()
	for {
		select {
		case <-r.ctx.Done():
			return
		case <-t.C:
			if r.eveningDue(r.g.clock()) {
				r.read()
			}
		}
	}
}

// eveningDue reports, once per diary day, that the evening reminder is
// less than sourcesLead away (or has passed).
func (r *sourceReader) eveningDue(now time.Time) bool {
	s, _ := remind.LoadSettings(r.g.app.Preferences())
	remindAt := int(s.Bedtime) - s.LeadMin - int(sourcesLead/time.Minute)
	day := model.DiaryToday(now)
	clock := int(model.ClockOf(now))
	if day == r.lastDay || clock < (remindAt+24*60)%(24*60) {
		return false
	}
	r.lastDay = day
	return true
}

// read reads every remembered source and, when something was filled, tells
// the window.
func (r *sourceReader) read() {
	r.mu.Lock()
	defer r.mu.Unlock()
	now := r.g.clock()
	logf := func(format string, args ...any) { fmt.Fprintf(r.g.stderr, "crampdiary: "+format+"\n", args...) }
	filled, err := tracker.ReadRemembered(r.ctx, r.store, tracker.Options{Location: now.Location()}, model.DateOf(now), logf)
	if err != nil {
		if r.ctx.Err() == nil {
			logf("read the remembered phone and watch exports: %v", err)
		}
		return
	}
	if msg := ui.TrackerNotice(filled); msg != "" {
		fyne.Do(func() {
			if r.g.main != nil && r.g.store == r.store {
				r.g.main.DiaryChanged()
				r.g.main.Notify(msg)
			}
		})
	}
}
