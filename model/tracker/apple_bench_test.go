package tracker

import (
	"archive/zip"
	"bufio"
	"context"
	"encoding/xml"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"sync"
	"testing"
	"time"

	"github.com/crampdiary/crampdiary/model"
)

// The Apple Health benchmarks read one generated export.xml, made once per
// test binary: 16 MB by default, so a plain `go test -bench .` stays quick;
// CRAMPDIARY_APPLE_MB=200 makes the file of the target (.ci/bench-tracker).
var hkBench struct {
	once sync.Once
	dir  string
	path string
	size int64
	err  error
}

func appleBenchFile(b *testing.B) (string, int64) {
	b.Helper()
	hkBench.once.Do(func() {
		mb := 16
		if v, err := strconv.Atoi(os.Getenv("CRAMPDIARY_APPLE_MB")); err == nil && v > 0 {
			mb = v
		}
		if hkBench.dir, hkBench.err = os.MkdirTemp("", "crampdiary-apple-bench"); hkBench.err != nil {
			return
		}
		hkBench.path = filepath.Join(hkBench.dir, "export.xml")
		f, err := os.Create(hkBench.path)
		if err != nil {
			hkBench.err = err
			return
		}
		defer f.Close()
		if hkBench.err = writeHKExport(f, mb*1_000_000/hkBytesPerDay+1, 42); hkBench.err != nil {
			return
		}
		st, err := f.Stat()
		hkBench.size, hkBench.err = st.Size(), err
	})
	if hkBench.err != nil {
		b.Fatal(hkBench.err)
	}
	return hkBench.path, hkBench.size
}

// hkBytesPerDay is a little less than writeHKExport writes a day (about
// 209 KB), so the file is at least the size asked for.
const hkBytesPerDay = 200_000

func TestMain(m *testing.M) {
	code := m.Run()
	if hkBench.dir != "" {
		os.RemoveAll(hkBench.dir)
	}
	os.Exit(code)
}

// BenchmarkAppleHealthFast is a whole import short of the diary: the export
// read by the scanner into a Summariser, and the values per day made.
func BenchmarkAppleHealthFast(b *testing.B) {
	path, size := appleBenchFile(b)
	peak := watchHeap(b)
	b.SetBytes(size)
	b.ResetTimer()
	for b.Loop() {
		f, err := os.Open(path)
		if err != nil {
			b.Fatal(err)
		}
		s := NewSummariser(model.DefaultCutover)
		if err := ReadAppleHealth(context.Background(), f, s); err != nil {
			b.Fatal(err)
		}
		if len(s.Days()) == 0 {
			b.Fatal("no days")
		}
		f.Close()
	}
	b.StopTimer()
	b.ReportMetric(float64(size)/1e6, "file-MB")
	if mb := peak(); mb > 100 {
		b.Errorf("peak heap %.0f MB, more than the 100 MB allowed", mb)
	}
}

// BenchmarkAppleHealthZip is the same import from an export.zip holding the
// file, as the Health app hands it over: inflating is part of the cost.
func BenchmarkAppleHealthZip(b *testing.B) {
	path, size := appleBenchZip(b)
	peak := watchHeap(b)
	b.SetBytes(size)
	b.ResetTimer()
	for b.Loop() {
		s := NewSummariser(model.DefaultCutover)
		if err := ReadAppleHealthFile(context.Background(), path, s); err != nil {
			b.Fatal(err)
		}
	}
	b.StopTimer()
	peak()
}

var hkBenchZip struct {
	once sync.Once
	path string
	err  error
}

// appleBenchZip zips the generated export.xml once, as the Health app does.
func appleBenchZip(b *testing.B) (string, int64) {
	xmlPath, size := appleBenchFile(b)
	hkBenchZip.once.Do(func() {
		hkBenchZip.path = filepath.Join(hkBench.dir, "export.zip")
		hkBenchZip.err = zipFile(xmlPath, hkBenchZip.path, "apple_health_export/export.xml")
	})
	if hkBenchZip.err != nil {
		b.Fatal(hkBenchZip.err)
	}
	return hkBenchZip.path, size
}

func zipFile(from, to, entry string) error {
	in, err := os.Open(from)
	if err != nil {
		return err
	}
	defer in.Close()
	out, err := os.Create(to)
	if err != nil {
		return err
	}
	z := zip.NewWriter(out)
	w, err := z.Create(entry)
	if err == nil {
		_, err = io.Copy(w, in)
	}
	if err == nil {
		err = z.Close()
	}
	if cerr := out.Close(); err == nil {
		err = cerr
	}
	return err
}

// BenchmarkAppleHealthScan is the scanner alone, into a sink that only
// counts: its memory does not depend on the file at all.
func BenchmarkAppleHealthScan(b *testing.B) {
	path, size := appleBenchFile(b)
	peak := watchHeap(b)
	b.SetBytes(size)
	b.ResetTimer()
	for b.Loop() {
		f, err := os.Open(path)
		if err != nil {
			b.Fatal(err)
		}
		var n tally
		if err := ReadAppleHealth(context.Background(), f, &n); err != nil || n == 0 {
			b.Fatal(err, n)
		}
		f.Close()
	}
	b.StopTimer()
	peak()
}

type tally int

func (n *tally) Steps(Steps) { *n++ }
func (n *tally) Sleep(Sleep) { *n++ }
func (n *tally) Run(Run)     { *n++ }

// BenchmarkAppleHealthEncodingXML is the baseline of the issue: a plain
// encoding/xml token loop over the same file that only sums the steps.
func BenchmarkAppleHealthEncodingXML(b *testing.B) {
	path, size := appleBenchFile(b)
	peak := watchHeap(b)
	b.SetBytes(size)
	b.ResetTimer()
	for b.Loop() {
		f, err := os.Open(path)
		if err != nil {
			b.Fatal(err)
		}
		if sumStepsEncodingXML(b, f) == 0 {
			b.Fatal("no steps")
		}
		f.Close()
	}
	b.StopTimer()
	peak()
}

func sumStepsEncodingXML(b *testing.B, r io.Reader) float64 {
	d := xml.NewDecoder(bufio.NewReader(r))
	total := 0.0
	for {
		tok, err := d.Token()
		if err == io.EOF {
			return total
		}
		if err != nil {
			b.Fatal(err)
		}
		se, ok := tok.(xml.StartElement)
		if !ok || se.Name.Local != "Record" {
			continue
		}
		var typ, val string
		for _, a := range se.Attr {
			switch a.Name.Local {
			case "type":
				typ = a.Value
			case "value":
				val = a.Value
			}
		}
		if typ == "HKQuantityTypeIdentifierStepCount" {
			v, _ := strconv.ParseFloat(val, 64)
			total += v
		}
	}
}

// watchHeap samples runtime.MemStats every few milliseconds until the
// returned function is called, which reports the highest heap in use seen,
// in MB, as the peak-heap-MB metric.
func watchHeap(b *testing.B) func() float64 {
	runtime.GC()
	stop, done := make(chan struct{}), make(chan uint64)
	go func() {
		var ms runtime.MemStats
		var peak uint64
		tick := time.NewTicker(5 * time.Millisecond)
		defer tick.Stop()
		for {
			runtime.ReadMemStats(&ms)
			peak = max(peak, ms.HeapAlloc)
			select {
			case <-stop:
				done <- peak
				return
			case <-tick.C:
			}
		}
	}()
	return func() float64 {
		close(stop)
		mb := float64(<-done) / 1e6
		b.ReportMetric(mb, "peak-heap-MB")
		return mb
	}
}
