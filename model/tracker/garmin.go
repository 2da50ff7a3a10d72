package tracker

import (
	"context"
	"errors"
	"io"
	"io/fs"
	"math"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/muktihari/fit/decoder"
	"github.com/muktihari/fit/kit/datetime"
	"github.com/muktihari/fit/profile/basetype"
	"github.com/muktihari/fit/profile/typedef"
	"github.com/muktihari/fit/profile/untyped/fieldnum"
	"github.com/muktihari/fit/profile/untyped/mesgnum"
	"github.com/muktihari/fit/proto"

	"github.com/crampdiary/crampdiary/model"
)

// ReadGarmin reads a Garmin FIT file, or every .fit file in a folder (such as
// the watch's GARMIN folder copied over USB): runs from Activity files, steps
// from Monitoring files, sleep stages from Sleep files. Monitoring steps are
// running totals per activity type since local midnight, so a folder is read
// whole and its samples put in time order before totals become steps.
func ReadGarmin(ctx context.Context, path string, opts Options, sink Sink) error {
	files, err := fitFiles(path)
	if err != nil {
		return err
	}
	var steps []monitorPoint
	for _, f := range files {
		if err := ctx.Err(); err != nil {
			return err
		}
		g := &fitFile{loc: opts.loc()}
		if err := g.decode(ctx, f); err != nil {
			return err
		}
		g.emit(sink)
		steps = append(steps, g.points...)
	}
	monitoringSteps(steps, sink)
	return nil
}

// fitFiles lists path itself, or the .fit files under the folder path.
func fitFiles(path string) ([]string, error) {
	info, err := os.Stat(path)
	if err != nil {
		return nil, err
	}
	if !info.IsDir() {
		return []string{path}, nil
	}
	var out []string
	err = filepath.WalkDir(path, func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.EqualFold(filepath.Ext(p), ".fit") {
			out = append(out, p)
		}
		return err
	})
	sort.Strings(out)
	return out, err
}

// fitFile gathers what one FIT file says, as its messages are decoded.
type fitFile struct {
	loc      *time.Location
	offset   *time.Location // the zone the watch was in, from a local_timestamp
	last     uint32         // the last full timestamp, for timestamp_16
	sessions []proto.Message
	levels   []sleepLevel
	points   []monitorPoint
}

type sleepLevel struct {
	at    uint32
	level typedef.SleepLevel
}

// monitorPoint is one running total from a Monitoring file.
type monitorPoint struct {
	at     time.Time // in the watch's zone
	kind   typedef.ActivityType
	cycles uint32
}

func (g *fitFile) decode(ctx context.Context, path string) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	dec := decoder.New(f, decoder.WithMesgListener(g), decoder.WithBroadcastOnly())
	for n := 0; dec.Next(); n++ {
		if _, err := dec.DecodeWithContext(ctx); err != nil {
			return fitError(path, err)
		}
	}
	g.finish()
	return nil
}

// fitError turns a decoder error into a sentence about the file.
func fitError(path string, err error) error {
	switch {
	case errors.Is(err, context.Canceled), errors.Is(err, context.DeadlineExceeded):
		return err
	case errors.Is(err, decoder.ErrCRCChecksumMismatch):
		return invalid(path, model.X("FIT file has a bad checksum: copy or export it from the watch again", nil))
	case errors.Is(err, decoder.ErrNotFITFile):
		return invalid(path, model.X("not a FIT file", nil))
	case errors.Is(err, io.ErrUnexpectedEOF), errors.Is(err, io.EOF):
		return invalid(path, model.X("the FIT file is cut short: copy or export it from the watch again", nil))
	}
	return invalid(path, model.X("the FIT file is damaged ({{.Err}}): copy or export it from the watch again", x{"Err": errText(err)}))
}

// OnMesg keeps the messages crampdiary uses; the decoder reuses mesg after.
func (g *fitFile) OnMesg(mesg proto.Message) {
	ts := mesg.FieldValueByNum(fieldnum.MonitoringTimestamp).Uint32() // 253 in every message
	if ts != basetype.Uint32Invalid {
		g.last = ts
	}
	switch mesg.Num {
	case mesgnum.MonitoringInfo:
		g.zone(ts, mesg.FieldValueByNum(fieldnum.MonitoringInfoLocalTimestamp).Uint32())
	case mesgnum.Activity:
		g.zone(ts, mesg.FieldValueByNum(fieldnum.ActivityLocalTimestamp).Uint32())
	case mesgnum.Session:
		if typedef.Sport(mesg.FieldValueByNum(fieldnum.SessionSport).Uint8()) == typedef.SportRunning {
			g.sessions = append(g.sessions, proto.Message{Num: mesg.Num, Fields: append([]proto.Field(nil), mesg.Fields...)})
		}
	case mesgnum.SleepLevel:
		if ts != basetype.Uint32Invalid {
			g.levels = append(g.levels, sleepLevel{ts, typedef.SleepLevel(mesg.FieldValueByNum(fieldnum.SleepLevelSleepLevel).Uint8())})
		}
	case mesgnum.Monitoring:
		g.zone(ts, mesg.FieldValueByNum(fieldnum.MonitoringLocalTimestamp).Uint32())
		g.monitoring(&mesg, ts)
	}
}

// zone sets the watch's zone from a pair of UTC and local timestamps.
func (g *fitFile) zone(utc, local uint32) {
	if utc == basetype.Uint32Invalid || local == basetype.Uint32Invalid || g.offset != nil {
		return
	}
	// zones are whole quarter hours; the two stamps may be a few seconds apart
	off := int(math.Round(float64(int64(local)-int64(utc))/900)) * 900
	g.offset = fixedZone(off)
}

func (g *fitFile) monitoring(mesg *proto.Message, ts uint32) {
	kind := typedef.ActivityType(mesg.FieldValueByNum(fieldnum.MonitoringActivityType).Uint8())
	if kind != typedef.ActivityTypeWalking && kind != typedef.ActivityTypeRunning {
		return // cycles of other types are pedal turns or strokes, not steps
	}
	cycles := mesg.FieldValueByNum(fieldnum.MonitoringCycles).Uint32()
	if cycles == basetype.Uint32Invalid {
		return
	}
	if ts == basetype.Uint32Invalid {
		t16 := mesg.FieldValueByNum(fieldnum.MonitoringTimestamp16).Uint16()
		if t16 == basetype.Uint16Invalid || g.last == 0 {
			return
		}
		ts = g.last + uint32(t16-uint16(g.last))
		g.last = ts
	}
	g.points = append(g.points, monitorPoint{at: datetime.ToTime(ts), kind: kind, cycles: cycles})
}

// finish puts the file's times in the watch's zone, or the person's zone when
// the file does not say.
func (g *fitFile) finish() {
	if g.offset == nil {
		g.offset = g.loc
	}
	for i := range g.points {
		g.points[i].at = g.points[i].at.In(g.offset)
	}
}

func (g *fitFile) emit(sink Sink) {
	src := Source{Format: Garmin, Device: "Garmin", Worn: true}
	for i := range g.sessions {
		s := &g.sessions[i]
		start := s.FieldValueByNum(fieldnum.SessionStartTime).Uint32()
		elapsed := s.FieldValueByNum(fieldnum.SessionTotalElapsedTime).Uint32()
		timer := s.FieldValueByNum(fieldnum.SessionTotalTimerTime).Uint32()
		if start == basetype.Uint32Invalid || timer == basetype.Uint32Invalid {
			continue
		}
		if elapsed == basetype.Uint32Invalid || elapsed < timer {
			elapsed = timer
		}
		t := datetime.ToTime(start).In(g.offset)
		r := Run{Start: t, End: t.Add(time.Duration(elapsed) * time.Millisecond), Duration: time.Duration(timer) * time.Millisecond, Source: src}
		if d := s.FieldValueByNum(fieldnum.SessionTotalDistance).Uint32(); d != basetype.Uint32Invalid {
			r.DistanceM = float64(d) / 100
		}
		sink.Run(r)
	}
	g.emitSleep(sink, src)
}

// emitSleep turns sleep_level messages, each the level from its time to the
// next, into stages. The last level has no end and is left out.
func (g *fitFile) emitSleep(sink Sink, src Source) {
	for i := 0; i+1 < len(g.levels); i++ {
		var stage SleepStage
		switch g.levels[i].level {
		case typedef.SleepLevelLight, typedef.SleepLevelDeep, typedef.SleepLevelRem:
			stage = Asleep
		case typedef.SleepLevelAwake:
			stage = Awake
		default:
			continue
		}
		a, b := datetime.ToTime(g.levels[i].at), datetime.ToTime(g.levels[i+1].at)
		if b.After(a) {
			sink.Sleep(Sleep{Start: a.In(g.offset), End: b.In(g.offset), Stage: stage, Source: src})
		}
	}
}

// monitoringSteps turns running totals into steps. Garmin keeps one total per
// activity type and starts it again at local midnight; a total lower than the
// one before on the same day is a restart too (a reset watch).
func monitoringSteps(points []monitorPoint, sink Sink) {
	sort.SliceStable(points, func(i, j int) bool { return points[i].at.Before(points[j].at) })
	type key struct {
		y    int
		yd   int
		kind typedef.ActivityType
	}
	totals := map[key]uint32{}
	var prev time.Time
	src := Source{Format: Garmin, Device: "Garmin", Worn: true}
	for _, p := range points {
		y, m, d := p.at.Date()
		midnight := time.Date(y, m, d, 0, 0, 0, 0, p.at.Location())
		k := key{y, p.at.YearDay(), p.kind}
		before, seen := totals[k]
		totals[k] = p.cycles
		n := p.cycles
		if seen && p.cycles >= before {
			n = p.cycles - before
		}
		start := prev
		if start.Before(midnight) {
			start = midnight
		}
		prev = p.at
		if n > 0 && p.at.After(start) {
			sink.Steps(Steps{Start: start, End: p.at, Count: int(n), Source: src})
		}
	}
}
