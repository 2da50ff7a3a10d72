package tracker

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"maps"
	"slices"
	"time"

	"github.com/crampdiary/crampdiary/model"
)

// Gadgetbridge stores what it fetched from a band in one SQLite database
// (Settings > Database management > Export DB). Sample timestamps are UTC
// epoch seconds (the Xiaomi sleep tables milliseconds) with no zone, so the
// person's zone gives them wall clocks.
//
// Raw activity kinds of Mi Band 2 and later Huami bands in MI_BAND_ACTIVITY_SAMPLE,
// from Gadgetbridge's MiBand2SampleProvider: 9 light sleep, 11 deep sleep; 0
// (no change) and 10 (a measurement glitch) continue the kind before them.
// The first Mi Band used other kinds and is not read for sleep.
const (
	huamiNoChange   = 0
	huamiIgnore     = 10
	huamiLightSleep = 9
	huamiDeepSleep  = 11
)

// Xiaomi sleep stages in XIAOMI_SLEEP_STAGE_SAMPLE, from Gadgetbridge's
// XiaomiSampleProvider: 2 deep, 3 light, 4 REM; anything else is taken as awake.
func xiaomiStage(code int) SleepStage {
	if code >= 2 && code <= 4 {
		return Asleep
	}
	return Awake
}

// ReadGadgetbridge reads steps and sleep from a Gadgetbridge database export:
// minute samples of Mi Band and Amazfit (Huami) bands and of Xiaomi bands, and
// the Xiaomi sleep sessions and stages.
func ReadGadgetbridge(ctx context.Context, path string, opts Options, sink Sink) error {
	db, err := openReadOnly(path)
	if err != nil {
		return err
	}
	defer db.Close()
	have, err := tables(ctx, db)
	if err != nil {
		return wrapRead(path, "sqlite_master", err)
	}
	if !isGadgetbridge(have) {
		return invalid(path, model.X("not a Gadgetbridge export: it has no Mi Band, Amazfit or Xiaomi samples", nil))
	}
	g := gbReader{ctx: ctx, db: db, loc: opts.loc(), sink: sink}
	if g.names, err = gbDeviceNames(ctx, db, have); err != nil {
		return invalid(path, model.X("its device list cannot be read ({{.Err}})", x{"Err": errText(err)}))
	}
	for _, table := range []string{"MI_BAND_ACTIVITY_SAMPLE", "XIAOMI_ACTIVITY_SAMPLE"} {
		if !have[lower(table)] {
			continue
		}
		if err := g.activity(table, table == "MI_BAND_ACTIVITY_SAMPLE"); err != nil {
			return wrapRead(path, table, err)
		}
	}
	if have["xiaomi_sleep_time_sample"] {
		if err := g.xiaomiSleep(have["xiaomi_sleep_stage_sample"]); err != nil {
			return wrapRead(path, "XIAOMI_SLEEP_TIME_SAMPLE", err)
		}
	}
	return nil
}

func isGadgetbridge(have map[string]bool) bool {
	return have["mi_band_activity_sample"] || have["xiaomi_activity_sample"] || have["xiaomi_sleep_time_sample"]
}

// wrapRead explains a failure while reading table; cancellation passes through.
func wrapRead(path, table string, err error) error {
	if errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded) {
		return err
	}
	if table == "sqlite_master" {
		return invalid(path, model.X("the database is damaged or cut short ({{.Err}}): export it again", x{"Err": errText(err)}))
	}
	return invalid(path, model.X("table {{.Table}} cannot be read ({{.Err}})", x{"Table": table, "Err": errText(err)}))
}

type gbReader struct {
	ctx   context.Context
	db    *sql.DB
	loc   *time.Location
	sink  Sink
	names map[int64]string
}

func (g *gbReader) source(device int64) Source {
	return Source{Format: Gadgetbridge, Device: g.names[device], Worn: true}
}

func (g *gbReader) at(sec int64) time.Time { return time.Unix(sec, 0).In(g.loc) }

// gbDeviceNames maps DEVICE._id to the name the person gave the band, or its
// model name.
func gbDeviceNames(ctx context.Context, db *sql.DB, have map[string]bool) (map[int64]string, error) {
	names := map[int64]string{}
	if !have["device"] {
		return names, nil
	}
	cols, err := columns(ctx, db, "DEVICE")
	if err != nil {
		return nil, err
	}
	alias := pick(cols, "''", "ALIAS")
	rows, err := db.QueryContext(ctx, fmt.Sprintf(
		`SELECT _id, COALESCE(NULLIF(%s, ''), NAME, '') FROM DEVICE`, alias))
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	for rows.Next() {
		var id int64
		var name string
		if err := rows.Scan(&id, &name); err != nil {
			return nil, err
		}
		names[id] = name
	}
	return names, rows.Err()
}

// sleepRun joins consecutive sleep minutes of one device into one record.
type sleepRun struct {
	device     int64
	start, end int64 // epoch seconds; end 0 when no run is open
}

// gbDevice is what the reading of one band's minutes carries along.
type gbDevice struct {
	run      sleepRun
	lastKind int
}

// activity reads one minute-sample table in the order of its primary key
// (TIMESTAMP, DEVICE_ID), so SQLite need not sort it. Steps become one record
// a minute; with huami set, runs of sleep minutes become sleep records.
func (g *gbReader) activity(table string, huami bool) error {
	rows, err := g.db.QueryContext(g.ctx, `SELECT TIMESTAMP, DEVICE_ID, COALESCE(STEPS, 0), COALESCE(RAW_KIND, 0) FROM `+table+
		` ORDER BY TIMESTAMP, DEVICE_ID`)
	if err != nil {
		return err
	}
	defer rows.Close()
	devices := map[int64]*gbDevice{}
	var cur *gbDevice
	curID := int64(-1)
	for n := 0; rows.Next(); n++ {
		if n&4095 == 0 && g.ctx.Err() != nil {
			return g.ctx.Err()
		}
		var ts, device, steps, kind int64
		if err := rows.Scan(&ts, &device, &steps, &kind); err != nil {
			return err
		}
		if device != curID {
			if cur = devices[device]; cur == nil {
				cur = &gbDevice{lastKind: -1}
				devices[device] = cur
			}
			curID = device
		}
		if steps > 0 {
			t := g.at(ts)
			g.sink.Steps(Steps{Start: t, End: t.Add(time.Minute), Count: int(steps), Source: g.source(device)})
		}
		if !huami {
			continue
		}
		k := int(kind)
		if k == huamiNoChange || k == huamiIgnore {
			k = cur.lastKind
		} else {
			cur.lastKind = k
		}
		g.sleepMinute(&cur.run, device, ts, k == huamiLightSleep || k == huamiDeepSleep)
	}
	if err := rows.Err(); err != nil {
		return err
	}
	ids := slices.Sorted(maps.Keys(devices))
	for _, id := range ids {
		g.flushSleep(&devices[id].run)
	}
	return nil
}

// sleepMinute extends the open run with the minute at ts, or closes it.
func (g *gbReader) sleepMinute(run *sleepRun, device, ts int64, asleep bool) {
	switch {
	case !asleep:
		g.flushSleep(run)
	case run.end != 0 && ts <= run.end+60: // a missing minute does not wake anyone
		run.end = ts + 60
	default:
		g.flushSleep(run)
		*run = sleepRun{device: device, start: ts, end: ts + 60}
	}
}

func (g *gbReader) flushSleep(run *sleepRun) {
	if run.end == 0 {
		return
	}
	g.sink.Sleep(Sleep{Start: g.at(run.start), End: g.at(run.end), Stage: Asleep, Source: g.source(run.device)})
	*run = sleepRun{}
}
