//go:build unix

package csvio_test

import (
	"bufio"
	"context"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/crampdiary/crampdiary/model"
	"github.com/crampdiary/crampdiary/model/csvio"
)

// The import targets (issue 9): a days.csv just under the 64 MB limit in at
// most 300 MB of memory, and a million rows in at most 20 s on 2 cores.
//
//	LANG=en_US.UTF-8 go test -tags ci -run '^$' -bench Import -benchmem -benchtime 1x -count 3 ./model/csvio
//
// Each benchmark reports peak-heap-MB, the largest live Go heap seen while it
// ran (sampled every 2 ms, so a short spike can be missed by a little);
// peak-rss-MB, the process's high-water mark of resident memory, which also
// counts SQLite's own allocations and the test binary (Linux only); cpu-s,
// the processor time used by the whole process, which on a shared machine
// says more than the elapsed time; and rows/s.

// BenchmarkImportDays64MB imports a days.csv of full rows, one date each
// counting forward from the year 1, until the file reaches 63.9 MB.
func BenchmarkImportDays64MB(b *testing.B) {
	dir := b.TempDir()
	rows := writeBenchFile(b, filepath.Join(dir, "days.csv"), dayHeaderLine, 64<<20-100<<10, benchDayRow)
	writeBenchFile(b, filepath.Join(dir, "cramps.csv"), crampHeaderLine, 0, nil)
	benchImport(b, dir, rows)
}

// BenchmarkImportMillionCramps imports a million cramps, four a night, into
// 250,000 nights that the import creates.
func BenchmarkImportMillionCramps(b *testing.B) {
	dir := b.TempDir()
	writeBenchFile(b, filepath.Join(dir, "days.csv"), dayHeaderLine, 0, nil)
	rows := writeBenchFile(b, filepath.Join(dir, "cramps.csv"), crampHeaderLine, 1_000_000, benchCrampRow)
	benchImport(b, dir, rows)
}

// BenchmarkReadDays64MB is the floor for BenchmarkImportDays64MB: the same
// file only read by encoding/csv, nothing decoded, checked or stored.
func BenchmarkReadDays64MB(b *testing.B) {
	dir := b.TempDir()
	path := filepath.Join(dir, "days.csv")
	rows := writeBenchFile(b, path, dayHeaderLine, 64<<20-100<<10, benchDayRow)
	peak := watchHeap()
	b.ResetTimer()
	for range b.N {
		f, err := os.Open(path)
		if err != nil {
			b.Fatal(err)
		}
		r := csv.NewReader(bufio.NewReader(f))
		r.ReuseRecord = true
		for {
			if _, err := r.Read(); errors.Is(err, io.EOF) {
				break
			} else if err != nil {
				b.Fatal(err)
			}
		}
		f.Close()
	}
	b.StopTimer()
	reportRates(b, rows, peak())
}

func benchImport(b *testing.B, dir string, rows int) {
	b.Helper()
	peak := watchHeap()
	cpu0 := cpuTime()
	b.ResetTimer()
	for range b.N {
		b.StopTimer()
		s := mustOpen(b)
		b.StartTimer()
		if err := csvio.ImportAt(context.Background(), s, dir, testNow); err != nil {
			b.Fatalf("import: %.500v", err)
		}
		b.StopTimer()
		if err := s.Close(); err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
	}
	b.StopTimer()
	b.ReportMetric((cpuTime()-cpu0).Seconds()/float64(b.N), "cpu-s")
	reportRates(b, rows, peak())
}

// cpuTime is the processor time this process has used, user and system.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

func reportRates(b *testing.B, rows int, peakBytes uint64) {
	b.Helper()
	b.ReportMetric(float64(peakBytes)/(1<<20), "peak-heap-MB")
	if kb, ok := peakRSS(); ok {
		b.ReportMetric(float64(kb)/1024, "peak-rss-MB")
	}
	b.ReportMetric(float64(rows)*float64(b.N)/b.Elapsed().Seconds(), "rows/s")
}

// writeBenchFile writes header and then rows made by row(i) until the file
// holds limit bytes (when limit is over 1 MB) or limit rows, and returns the
// number of rows.
func writeBenchFile(tb testing.TB, path, header string, limit int, row func(i int) string) int {
	tb.Helper()
	f, err := os.Create(path)
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	w := bufio.NewWriter(f)
	size, _ := w.WriteString(header + "\n")
	n := 0
	for ; row != nil; n++ {
		if (limit > 1<<20 && size >= limit) || (limit <= 1<<20 && n >= limit) {
			break
		}
		k, _ := w.WriteString(row(n))
		size += k
	}
	if err := w.Flush(); err != nil {
		tb.Fatal(err)
	}
	return n
}

var benchStart = time.Date(1, 1, 1, 0, 0, 0, 0, time.UTC)

func benchDate(i int) model.Date { return model.DateOf(benchStart.AddDate(0, 0, i)) }

// benchDayRow is a full day; its texts start with a sign now and then, so
// the formula guard has work to do.
func benchDayRow(i int) string {
	return fmt.Sprintf("%s,%d,35,1,0,7.5,0,0,1,0,23:15,06:40,3,2,0,0,1,9,2,0,\"magnesium, 300 mg\",1,0,%s,1,0,0,0,0,\"Hill run, \"\"felt it\"\" in the calves\"\n",
		benchDate(i), 8000+i%5000, []string{"", "'-5 pills"}[i%2])
}

func benchCrampRow(i int) string {
	return fmt.Sprintf("%s,02:%02d,calf,left,90,7,2,\"toes up, walked\",20,woke me\n", benchDate(i/4), i%4*10)
}

// watchHeap samples the live heap until the returned func is called, which
// gives the largest figure seen.
func watchHeap() func() uint64 {
	runtime.GC()
	debug.FreeOSMemory()
	// Writing 5 resets the kernel's high-water mark of resident memory, so
	// peakRSS sees this run and not the writing of the file before it.
	os.WriteFile("/proc/self/clear_refs", []byte("5"), 0o600)
	sample := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
	var (
		mu   sync.Mutex
		peak uint64
	)
	stop := make(chan struct{})
	done := make(chan struct{})
	go func() {
		defer close(done)
		tick := time.NewTicker(2 * time.Millisecond)
		defer tick.Stop()
		for {
			metrics.Read(sample)
			mu.Lock()
			peak = max(peak, sample[0].Value.Uint64())
			mu.Unlock()
			select {
			case <-stop:
				return
			case <-tick.C:
			}
		}
	}()
	return func() uint64 {
		close(stop)
		<-done
		mu.Lock()
		defer mu.Unlock()
		return peak
	}
}

// peakRSS reads the high-water mark of resident memory, in kB, from Linux.
func peakRSS() (int, bool) {
	status, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0, false
	}
	for _, line := range strings.Split(string(status), "\n") {
		if rest, ok := strings.CutPrefix(line, "VmHWM:"); ok {
			kb, err := strconv.Atoi(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(rest), "kB")))
			return kb, err == nil
		}
	}
	return 0, false
}
