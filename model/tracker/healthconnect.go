package tracker

import (
	"archive/zip"
	"context"
	"database/sql"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/crampdiary/crampdiary/model"
)

// Android's Health Connect exports (Settings > Health Connect > Export data) a
// zip holding one SQLite database. Times are epoch milliseconds beside the zone
// offset in seconds the record was made in.
const hcEntry = "health_connect_export.db"

// Exercise types stored in the export. The database is written by the Android
// platform, so it holds android.health.connect.datatypes.ExerciseSessionType
// values (running 33, treadmill 34), not the Jetpack client's constants
// (56, 57), which in the platform's numbering are wheelchair and yoga.
var hcRunning = map[int64]bool{33: true, 34: true}

// Sleep stage types (SleepSessionRecord.StageType): 1 awake, 2 sleeping,
// 3 out of bed, 4 light, 5 deep, 6 REM, 7 awake in bed; 0 unknown is skipped.
func hcStage(t int64) (SleepStage, bool) {
	switch t {
	case 2, 4, 5, 6:
		return Asleep, true
	case 1, 3, 7:
		return Awake, true
	}
	return 0, false
}

// hcWorn lists the Device types a person wears: watch, ring, fitness band,
// chest strap.
var hcWorn = map[int64]bool{1: true, 4: true, 6: true, 7: true}

func isHealthConnect(have map[string]bool) bool {
	return have["steps_record_table"] || have["sleep_session_record_table"] || have["exercise_session_record_table"]
}

// ReadHealthConnect reads steps, sleep and runs from a Health Connect export:
// the zip, or the database taken out of it. The person's file is never
// opened for writing; the database in a zip is copied to a private temporary
// file that is removed afterwards.
func ReadHealthConnect(ctx context.Context, path string, opts Options, sink Sink) error {
	dbPath := path
	head, err := readHead(path, 4)
	if err != nil {
		return err
	}
	if string(head) == "PK\x03\x04" {
		tmp, err := extractHC(path)
		if err != nil {
			return err
		}
		defer os.Remove(tmp)
		dbPath = tmp
	}
	db, err := openReadOnly(dbPath)
	if err != nil {
		if dbPath != path {
			return invalid(path, model.X("not a Health Connect export: its {{.Entry}} is not a database", x{"Entry": hcEntry}))
		}
		return err
	}
	defer db.Close()
	have, err := tables(ctx, db)
	if err != nil {
		return wrapRead(path, "sqlite_master", err)
	}
	if !isHealthConnect(have) {
		return invalid(path, model.X("not a Health Connect export", nil))
	}
	h := hcReader{ctx: ctx, db: db, loc: opts.loc(), sink: sink, have: have}
	if err := h.loadSources(); err != nil {
		return wrapRead(path, "application_info_table", err)
	}
	steps := []struct {
		table string
		read  func() error
	}{
		{"steps_record_table", h.steps},
		{"sleep_session_record_table", h.sleep},
		{"exercise_session_record_table", h.runs},
	}
	for _, s := range steps {
		if !have[s.table] {
			continue
		}
		if err := s.read(); err != nil {
			return wrapRead(path, s.table, err)
		}
	}
	return nil
}

// extractHC copies the database out of the export zip into a private
// temporary file and returns its path.
func extractHC(path string) (string, error) {
	z, err := zip.OpenReader(path)
	if err != nil {
		return "", invalid(path, model.X("the zip is cut short or damaged: export it again from Health Connect", nil))
	}
	defer z.Close()
	for _, f := range z.File {
		if strings.EqualFold(filepath.Base(f.Name), hcEntry) {
			return copyEntry(path, f)
		}
	}
	return "", invalid(path, model.X("not a Health Connect export: the zip holds no {{.Entry}}", x{"Entry": hcEntry}))
}

func copyEntry(path string, f *zip.File) (string, error) {
	r, err := f.Open()
	if err != nil {
		return "", invalid(path, model.X("the zip is damaged ({{.Err}}): export it again", x{"Err": errText(err)}))
	}
	defer r.Close()
	tmp, err := os.CreateTemp("", "crampdiary-hc-*.db")
	if err != nil {
		return "", err
	}
	_, err = io.Copy(tmp, r)
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		os.Remove(tmp.Name())
		return "", invalid(path, model.X("the zip is cut short or damaged ({{.Err}}): export it again", x{"Err": errText(err)}))
	}
	return tmp.Name(), nil
}

type hcReader struct {
	ctx     context.Context
	db      *sql.DB
	loc     *time.Location
	sink    Sink
	have    map[string]bool
	apps    map[int64]string
	devices map[int64]int64 // device_info row → device type
}

// loadSources reads the small app and device tables the records point to.
func (h *hcReader) loadSources() error {
	h.apps, h.devices = map[int64]string{}, map[int64]int64{}
	if h.have["application_info_table"] {
		cols, err := columns(h.ctx, h.db, "application_info_table")
		if err != nil {
			return err
		}
		name := pick(cols, "NULL", "app_name")
		pkg := pick(cols, "NULL", "package_name")
		if err := h.each(fmt.Sprintf(`SELECT row_id, COALESCE(NULLIF(%s, ''), %s, '') FROM application_info_table`, name, pkg),
			func(s scanner) error {
				var id int64
				var n string
				err := s.Scan(&id, &n)
				h.apps[id] = n
				return err
			}); err != nil {
			return err
		}
	}
	if !h.have["device_info_table"] {
		return nil
	}
	cols, err := columns(h.ctx, h.db, "device_info_table")
	if err != nil {
		return err
	}
	typ := pick(cols, "", "device_type", "type")
	if typ == "" {
		return nil
	}
	return h.each(`SELECT row_id, COALESCE(`+typ+`, 0) FROM device_info_table`, func(s scanner) error {
		var id, t int64
		err := s.Scan(&id, &t)
		h.devices[id] = t
		return err
	})
}

type scanner interface{ Scan(...any) error }

// each runs query and calls fn on every row, checking for cancellation.
func (h *hcReader) each(query string, fn func(scanner) error) error {
	rows, err := h.db.QueryContext(h.ctx, query)
	if err != nil {
		return err
	}
	defer rows.Close()
	for n := 0; rows.Next(); n++ {
		if n&4095 == 0 && h.ctx.Err() != nil {
			return h.ctx.Err()
		}
		if err := fn(rows); err != nil {
			return err
		}
	}
	return rows.Err()
}

// interval is the part every interval record shares.
type interval struct {
	start, end       int64
	startOff, endOff sql.NullInt64
	app, device      sql.NullInt64
}

// intervalCols selects the shared columns of table, tolerating versions of
// the export that lack the zone, app or device columns.
func (h *hcReader) intervalCols(table string) (string, error) {
	cols, err := columns(h.ctx, h.db, table)
	if err != nil {
		return "", err
	}
	return strings.Join([]string{"start_time", "end_time",
		pick(cols, "NULL", "start_zone_offset"), pick(cols, "NULL", "end_zone_offset"),
		pick(cols, "NULL", "app_info_id"), pick(cols, "NULL", "device_info_id")}, ", "), nil
}

func (iv *interval) dests() []any {
	return []any{&iv.start, &iv.end, &iv.startOff, &iv.endOff, &iv.app, &iv.device}
}

// at gives the instant ms in the zone offset the record was made in, or in
// the person's zone when the export has none.
func (h *hcReader) at(ms int64, off sql.NullInt64) time.Time {
	t := time.UnixMilli(ms)
	if !off.Valid {
		return t.In(h.loc)
	}
	return t.In(fixedZone(int(off.Int64)))
}

func (h *hcReader) source(iv interval) Source {
	return Source{Format: HealthConnect, Device: h.apps[iv.app.Int64], Worn: iv.device.Valid && hcWorn[h.devices[iv.device.Int64]]}
}

// fixedZone names the zone by its offset, so wall clocks print like "+02:00".
func fixedZone(sec int) *time.Location {
	sign, a := '+', sec
	if sec < 0 {
		sign, a = '-', -sec
	}
	return time.FixedZone(fmt.Sprintf("%c%02d:%02d", sign, a/3600, a%3600/60), sec)
}
