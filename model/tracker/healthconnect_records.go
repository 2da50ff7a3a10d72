package tracker

import (
	"database/sql"
	"time"
)

func (h *hcReader) steps() error {
	cols, err := h.intervalCols("steps_record_table")
	if err != nil {
		return err
	}
	return h.each(`SELECT `+cols+`, count FROM steps_record_table ORDER BY start_time`, func(s scanner) error {
		var iv interval
		var n int64
		if err := s.Scan(append(iv.dests(), &n)...); err != nil {
			return err
		}
		if n > 0 && iv.end >= iv.start {
			h.sink.Steps(Steps{Start: h.at(iv.start, iv.startOff), End: h.at(iv.end, iv.endOff), Count: int(n), Source: h.source(iv)})
		}
		return nil
	})
}

// hcStageRow is one row of sleep_stages_table.
type hcStageRow struct {
	start, end, typ int64
}

// sleep reads the sessions. A session with stages becomes an in-bed record
// plus its stages; one without is taken as asleep, as Health Connect defines
// a sleep session.
func (h *hcReader) sleep() error {
	stages, err := h.sleepStages()
	if err != nil {
		return err
	}
	cols, err := h.intervalCols("sleep_session_record_table")
	if err != nil {
		return err
	}
	return h.each(`SELECT `+cols+`, row_id FROM sleep_session_record_table ORDER BY start_time`, func(s scanner) error {
		var iv interval
		var id int64
		if err := s.Scan(append(iv.dests(), &id)...); err != nil {
			return err
		}
		if iv.end <= iv.start {
			return nil
		}
		src := h.source(iv)
		start, end := h.at(iv.start, iv.startOff), h.at(iv.end, iv.endOff)
		if len(stages[id]) == 0 {
			h.sink.Sleep(Sleep{Start: start, End: end, Stage: Asleep, Source: src})
			return nil
		}
		h.sink.Sleep(Sleep{Start: start, End: end, Stage: InBed, Source: src})
		for _, st := range stages[id] {
			stage, ok := hcStage(st.typ)
			if ok && st.end > st.start {
				h.sink.Sleep(Sleep{Start: time.UnixMilli(st.start).In(start.Location()),
					End: time.UnixMilli(st.end).In(end.Location()), Stage: stage, Source: src})
			}
		}
		return nil
	})
}

func (h *hcReader) sleepStages() (map[int64][]hcStageRow, error) {
	out := map[int64][]hcStageRow{}
	if !h.have["sleep_stages_table"] {
		return out, nil
	}
	err := h.each(`SELECT parent_key, stage_start_time, stage_end_time, stage_type FROM sleep_stages_table
		ORDER BY parent_key, stage_start_time`, func(s scanner) error {
		var parent int64
		var r hcStageRow
		if err := s.Scan(&parent, &r.start, &r.end, &r.typ); err != nil {
			return err
		}
		out[parent] = append(out[parent], r)
		return nil
	})
	return out, err
}

// runs reads running and treadmill sessions, with the distance the same app
// recorded inside each session where the export has it.
func (h *hcReader) runs() error {
	cols, err := h.intervalCols("exercise_session_record_table")
	if err != nil {
		return err
	}
	dist := "NULL"
	if h.have["distance_record_table"] {
		dist = `(SELECT SUM(d.distance) FROM distance_record_table d WHERE d.app_info_id IS e.app_info_id
			AND d.start_time >= e.start_time AND d.end_time <= e.end_time)`
	}
	q := `SELECT ` + cols + `, exercise_type, ` + dist + ` FROM exercise_session_record_table e ORDER BY start_time`
	return h.each(q, func(s scanner) error {
		var iv interval
		var typ int64
		var meters sql.NullFloat64
		if err := s.Scan(append(iv.dests(), &typ, &meters)...); err != nil {
			return err
		}
		if !hcRunning[typ] || iv.end <= iv.start {
			return nil
		}
		start, end := h.at(iv.start, iv.startOff), h.at(iv.end, iv.endOff)
		h.sink.Run(Run{Start: start, End: end, Duration: end.Sub(start), DistanceM: meters.Float64, Source: h.source(iv)})
		return nil
	})
}
