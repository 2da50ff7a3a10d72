package tracker

import (
	"bufio"
	"bytes"
	"context"
	"encoding/csv"
	"errors"
	"io"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/crampdiary/crampdiary/model"
)

// CSVMapping names the columns of a CSV file from any other app. Only Date is
// required; an empty name skips that field. Names match case-insensitively.
type CSVMapping struct {
	Date       string // the day (or moment) the row is about
	Steps      string // steps that day
	RunMin     string // minutes run
	SleepStart string // falling asleep: a clock time ("23:40") or a timestamp in Layout
	SleepEnd   string // waking up: the same
	Layout     string // Go layout of Date (and of timestamp sleep times); "" is 2006-01-02
}

const defaultCSVLayout = "2006-01-02"

// ReadCSV reads a CSV file whose columns opts.Mapping names. Wall clocks are
// in opts.Location. A bad row is refused naming its line.
func ReadCSV(ctx context.Context, path string, opts Options, sink Sink) error {
	if opts.Mapping == nil || opts.Mapping.Date == "" {
		return invalid(path, model.X("say which column holds the date before reading a CSV file", nil))
	}
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	return readCSV(ctx, fileWithProgress(f, sink), path, *opts.Mapping, opts.loc(), sink)
}

// csvCols holds the column index of each mapped field; -1 when unmapped.
type csvCols struct{ date, steps, run, sleepStart, sleepEnd int }

func readCSV(ctx context.Context, r io.Reader, path string, m CSVMapping, loc *time.Location, sink Sink) error {
	br := bufio.NewReader(r)
	head, _ := br.Peek(4096)
	cr := csv.NewReader(br)
	cr.Comma = csvComma(head)
	cr.FieldsPerRecord = -1
	cr.ReuseRecord = true
	header, err := cr.Read()
	if err != nil {
		return invalid(path, model.X("no CSV header line ({{.Err}})", x{"Err": errText(err)}))
	}
	cols, err := m.find(header)
	if err != nil {
		return invalid(path, errMessage(err))
	}
	if m.Layout == "" {
		m.Layout = defaultCSVLayout
	}
	src := Source{Format: CSV}
	for {
		rec, err := cr.Read()
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			return invalid(path, model.X("{{.Err}}", x{"Err": errText(err)})) // a csv.ParseError names its line
		}
		line, _ := cr.FieldPos(0)
		if ctx.Err() != nil {
			return ctx.Err()
		}
		if err := m.row(rec, cols, loc, src, sink); err != nil {
			return invalid(path, model.X("line {{.Line}}: {{.Err}}", x{"Line": strconv.Itoa(line), "Err": errMessage(err)}))
		}
	}
}

// csvComma picks the separator the header line uses most: comma, semicolon or tab.
func csvComma(head []byte) rune {
	line, _, _ := bytes.Cut(head, []byte("\n"))
	best, n := ',', bytes.Count(line, []byte(","))
	for _, c := range []rune{';', '\t'} {
		if k := bytes.Count(line, []byte(string(c))); k > n {
			best, n = c, k
		}
	}
	return best
}

func (m CSVMapping) find(header []string) (csvCols, error) {
	idx := func(name string) (int, error) {
		if name == "" {
			return -1, nil
		}
		for i, h := range header {
			if strings.EqualFold(strings.TrimSpace(strings.TrimPrefix(h, "\ufeff")), strings.TrimSpace(name)) {
				return i, nil
			}
		}
		return -1, rowErr(model.X("the header has no column {{.Name}}", x{"Name": strconv.Quote(name)}))
	}
	var c csvCols
	var err error
	for _, f := range []struct {
		dst  *int
		name string
	}{{&c.date, m.Date}, {&c.steps, m.Steps}, {&c.run, m.RunMin}, {&c.sleepStart, m.SleepStart}, {&c.sleepEnd, m.SleepEnd}} {
		if *f.dst, err = idx(f.name); err != nil {
			return c, err
		}
	}
	return c, nil
}

func cell(rec []string, i int) string {
	if i < 0 || i >= len(rec) {
		return ""
	}
	return strings.TrimSpace(rec[i])
}

// CSVHeader returns the column names of a CSV file's first line, so the
// person can say which column holds what.
func CSVHeader(path string) ([]string, error) {
	head, err := readHead(path, 4096)
	if err != nil {
		return nil, err
	}
	cr := csv.NewReader(bytes.NewReader(head))
	cr.Comma = csvComma(head)
	cr.FieldsPerRecord = -1
	rec, err := cr.Read()
	if err != nil {
		return nil, invalid(path, model.X("no CSV header line ({{.Err}})", x{"Err": errText(err)}))
	}
	for i := range rec {
		rec[i] = strings.TrimSpace(strings.TrimPrefix(rec[i], "\ufeff"))
	}
	return rec, nil
}
