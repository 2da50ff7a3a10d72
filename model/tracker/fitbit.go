package tracker

import (
	"archive/zip"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/crampdiary/crampdiary/model"
)

// Fitbit's data export (Google Takeout, Fitbit > "Global Export Data") holds
// JSON files: steps-YYYY-MM-DD.json (one entry a minute), sleep-YYYY-MM-DD.json
// and exercise-N.json. The date in a name is where the file starts, not the
// only day in it.
//
// Zones, as far as public parsers and write-ups agree: minute steps carry UTC
// in "MM/DD/YY hh:mm:ss", so they are moved into the person's zone; sleep
// ("2024-11-30T23:41:30.000") and exercise ("MM/DD/YY hh:mm:ss") start times
// are the wall clock where the person was, so they are read in that zone.
const (
	fitbitMinuteLayout = "01/02/06 15:04:05"
	fitbitSleepLayout  = "2006-01-02T15:04:05.000"
)

// fitbitName tells the kind of a Fitbit export file from its name: "steps",
// "sleep", "exercise", or "" for any other file.
func fitbitName(name string) string {
	lower := strings.ToLower(name)
	if !strings.HasSuffix(lower, ".json") {
		return ""
	}
	for _, kind := range []string{"steps", "sleep", "exercise"} {
		rest, ok := strings.CutPrefix(lower, kind+"-")
		if ok && strings.Trim(strings.TrimSuffix(rest, ".json"), "0123456789-") == "" && len(rest) > len(".json") {
			return kind
		}
	}
	return ""
}

// ReadFitbit reads steps, sleep and runs from a Fitbit export: the Takeout
// zip, its folder, or one of its JSON files.
func ReadFitbit(ctx context.Context, path string, opts Options, sink Sink) error {
	f := fitbitReader{loc: opts.loc(), sink: sink}
	info, err := os.Stat(path)
	if err != nil {
		return err
	}
	if info.IsDir() {
		return f.dir(ctx, path)
	}
	if head, _ := readHead(path, 4); string(head) == "PK\x03\x04" {
		return f.zip(ctx, path)
	}
	return f.file(path, filepath.Base(path))
}

type fitbitReader struct {
	loc  *time.Location
	sink Sink
}

func (f fitbitReader) dir(ctx context.Context, root string) error {
	var files []string
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() && fitbitName(d.Name()) != "" {
			files = append(files, p)
		}
		return err
	})
	if err != nil {
		return err
	}
	if len(files) == 0 {
		return invalid(root, model.X("not a Fitbit export: no steps, sleep or exercise files in it", nil))
	}
	sort.Strings(files)
	for _, p := range files {
		if err := ctx.Err(); err != nil {
			return err
		}
		if err := f.file(p, filepath.Base(p)); err != nil {
			return err
		}
	}
	return nil
}

func (f fitbitReader) zip(ctx context.Context, path string) error {
	z, err := zip.OpenReader(path)
	if err != nil {
		return invalid(path, model.X("the zip is cut short or damaged: download the Takeout archive again", nil))
	}
	defer z.Close()
	found := false
	for _, e := range z.File {
		kind := fitbitName(filepath.Base(e.Name))
		if kind == "" {
			continue
		}
		if err := ctx.Err(); err != nil {
			return err
		}
		found = true
		r, err := e.Open()
		if err != nil {
			return invalid(path, model.X("{{.Name}} is damaged in the zip ({{.Err}})", x{"Name": e.Name, "Err": errText(err)}))
		}
		err = f.parse(r, kind)
		r.Close()
		if err != nil {
			return fitbitErr(path+": "+e.Name, err)
		}
	}
	if !found {
		return invalid(path, model.X("not a Fitbit export: no steps, sleep or exercise files in the zip", nil))
	}
	return nil
}

func (f fitbitReader) file(path, name string) error {
	kind := fitbitName(name)
	if kind == "" {
		return invalid(path, model.X("not a Fitbit export file: expected steps-, sleep- or exercise-….json", nil))
	}
	r, err := os.Open(path)
	if err != nil {
		return err
	}
	defer r.Close()
	if err := f.parse(r, kind); err != nil {
		return fitbitErr(path, err)
	}
	return nil
}

func fitbitErr(where string, err error) error {
	var ue *fitbitEntryError
	if errors.As(err, &ue) {
		return invalid(where, model.X("record {{.Record}}: {{.Err}}", x{"Record": strconv.Itoa(ue.index + 1), "Err": ue.msg}))
	}
	return invalid(where, model.X("not a Fitbit export file ({{.Err}})", x{"Err": errText(err)}))
}

// fitbitEntryError is a bad entry in an otherwise readable file.
type fitbitEntryError struct {
	index int
	msg   string
}

func (e *fitbitEntryError) Error() string { return fmt.Sprintf("record %d: %s", e.index+1, e.msg) }

// parse streams the JSON array in r, one entry at a time.
func (f fitbitReader) parse(r io.Reader, kind string) error {
	dec := json.NewDecoder(r)
	tok, err := dec.Token()
	if err != nil {
		return err
	}
	if d, ok := tok.(json.Delim); !ok || d != '[' {
		return errors.New("the file is not a list of records")
	}
	for i := 0; dec.More(); i++ {
		var msg string
		switch kind {
		case "steps":
			var e fitbitSteps
			if err := dec.Decode(&e); err != nil {
				return err
			}
			msg = f.steps(e)
		case "sleep":
			var e fitbitSleep
			if err := dec.Decode(&e); err != nil {
				return err
			}
			msg = f.sleep(e)
		default:
			var e fitbitExercise
			if err := dec.Decode(&e); err != nil {
				return err
			}
			msg = f.exercise(e)
		}
		if msg != "" {
			return &fitbitEntryError{i, msg}
		}
	}
	_, err = dec.Token()
	return err
}
