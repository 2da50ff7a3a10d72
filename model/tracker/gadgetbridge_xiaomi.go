package tracker

import (
	"sort"
	"time"
)

// xiaomiStageAt is one row of XIAOMI_SLEEP_STAGE_SAMPLE: a stage that lasts
// until the next row or the wake-up.
type xiaomiStageAt struct {
	device int64
	ms     int64
	code   int
}

// xiaomiSleep reads the Xiaomi sleep sessions. A session with stages becomes
// an in-bed record plus its stages; one without becomes one asleep record.
func (g *gbReader) xiaomiSleep(withStages bool) error {
	var stages []xiaomiStageAt
	if withStages {
		var err error
		if stages, err = g.xiaomiStages(); err != nil {
			return err
		}
	}
	rows, err := g.db.QueryContext(g.ctx, `SELECT TIMESTAMP, WAKEUP_TIME, DEVICE_ID FROM XIAOMI_SLEEP_TIME_SAMPLE
		ORDER BY DEVICE_ID, TIMESTAMP`)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var from, to, device int64
		if err := rows.Scan(&from, &to, &device); err != nil {
			return err
		}
		if to <= from {
			continue // an unfinished or damaged session says nothing about the night
		}
		g.xiaomiSession(device, from, to, stages)
	}
	return rows.Err()
}

func (g *gbReader) xiaomiStages() ([]xiaomiStageAt, error) {
	rows, err := g.db.QueryContext(g.ctx, `SELECT DEVICE_ID, TIMESTAMP, STAGE FROM XIAOMI_SLEEP_STAGE_SAMPLE
		ORDER BY DEVICE_ID, TIMESTAMP`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []xiaomiStageAt
	for rows.Next() {
		var s xiaomiStageAt
		if err := rows.Scan(&s.device, &s.ms, &s.code); err != nil {
			return nil, err
		}
		out = append(out, s)
	}
	return out, rows.Err()
}

func (g *gbReader) xiaomiSession(device, from, to int64, stages []xiaomiStageAt) {
	src := g.source(device)
	ms := func(v int64) time.Time { return time.UnixMilli(v).In(g.loc) }
	i := sort.Search(len(stages), func(i int) bool {
		s := stages[i]
		return s.device > device || (s.device == device && s.ms >= from)
	})
	j := i
	for j < len(stages) && stages[j].device == device && stages[j].ms < to {
		j++
	}
	if i == j {
		g.sink.Sleep(Sleep{Start: ms(from), End: ms(to), Stage: Asleep, Source: src})
		return
	}
	g.sink.Sleep(Sleep{Start: ms(from), End: ms(to), Stage: InBed, Source: src})
	for k := i; k < j; k++ {
		end := to
		if k+1 < j {
			end = stages[k+1].ms
		}
		if end > stages[k].ms {
			g.sink.Sleep(Sleep{Start: ms(stages[k].ms), End: ms(end), Stage: xiaomiStage(stages[k].code), Source: src})
		}
	}
}
