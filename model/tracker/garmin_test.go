package tracker

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/muktihari/fit/encoder"
	"github.com/muktihari/fit/profile/mesgdef"
	"github.com/muktihari/fit/profile/typedef"
	"github.com/muktihari/fit/proto"
)

// writeFIT encodes mesgs, after a file_id of type kind, into dir/name.
func writeFIT(tb testing.TB, dir, name string, kind typedef.File, mesgs ...proto.Message) string {
	tb.Helper()
	all := append([]proto.Message{mesgdef.NewFileId(nil).SetType(kind).SetManufacturer(typedef.ManufacturerGarmin).ToMesg(nil)}, mesgs...)
	path := filepath.Join(dir, name)
	f, err := os.Create(path)
	if err != nil {
		tb.Fatal(err)
	}
	if err := encoder.New(f).Encode(&proto.FIT{Messages: all}); err != nil {
		tb.Fatal(err)
	}
	if err := f.Close(); err != nil {
		tb.Fatal(err)
	}
	return path
}

func atOffset(tb testing.TB, s string) time.Time {
	tb.Helper()
	t, err := time.Parse("2006-01-02 15:04 -07:00", s)
	if err != nil {
		tb.Fatal(err)
	}
	return t
}

func monitoringInfo(t time.Time, offset time.Duration) proto.Message {
	return mesgdef.NewMonitoringInfo(nil).SetTimestamp(t).SetLocalTimestamp(t.Add(offset)).ToMesg(nil)
}

func monitor(t time.Time, kind typedef.ActivityType, cycles uint32) proto.Message {
	return mesgdef.NewMonitoring(nil).SetTimestamp(t).SetActivityType(kind).SetCycles(cycles).ToMesg(nil)
}

func TestGarminMonitoring(t *testing.T) {
	dir := t.TempDir()
	const walk, run = typedef.ActivityTypeWalking, typedef.ActivityTypeRunning
	writeFIT(t, dir, "M1.FIT", typedef.FileMonitoringB,
		monitoringInfo(atOffset(t, "2024-06-01 00:00 +02:00"), 2*time.Hour),
		monitor(atOffset(t, "2024-06-01 06:00 +02:00"), walk, 100),
		monitor(atOffset(t, "2024-06-01 07:00 +02:00"), run, 50),
		// timestamp_16 only, as watches write most samples: 08:00 local.
		mesgdef.NewMonitoring(nil).SetTimestamp16(uint16(atOffset(t, "2024-06-01 08:00 +02:00").Unix()-631065600)).
			SetActivityType(walk).SetCycles(300).ToMesg(nil),
		monitor(atOffset(t, "2024-06-01 08:30 +02:00"), typedef.ActivityTypeCycling, 5000), // pedal turns, not steps
	)
	writeFIT(t, dir, "M2.FIT", typedef.FileMonitoringB,
		monitoringInfo(atOffset(t, "2024-06-01 12:00 +02:00"), 2*time.Hour),
		monitor(atOffset(t, "2024-06-01 12:00 +02:00"), walk, 500), // the total goes on across files
		monitor(atOffset(t, "2024-06-01 13:00 +02:00"), walk, 30),  // the watch was reset
		monitor(atOffset(t, "2024-06-01 23:59 +02:00"), walk, 900),
		monitor(atOffset(t, "2024-06-02 00:15 +02:00"), walk, 20), // a new day starts from zero
	)
	var c Collect
	if err := ReadGarmin(context.Background(), dir, Options{}, &c); err != nil {
		t.Fatal(err)
	}
	days := stepsByDay(&c)
	if days["2024-06-01"] != 1450 || days["2024-06-02"] != 20 || len(days) != 2 {
		t.Fatalf("steps by day = %v, want 1450 and 20", days)
	}
	first := c.StepRecords[0]
	if clock(first.Start) != "2024-06-01 00:00 +02:00" || clock(first.End) != "2024-06-01 06:00 +02:00" || !first.Source.Worn {
		t.Fatalf("first steps %s to %s", clock(first.Start), clock(first.End))
	}
}

func TestGarminActivityAndSleep(t *testing.T) {
	dir := t.TempDir()
	start := atOffset(t, "2024-06-01 07:10 +02:00")
	writeFIT(t, dir, "run.fit", typedef.FileActivity,
		mesgdef.NewSession(nil).SetTimestamp(start.Add(time.Hour)).SetStartTime(start).SetSport(typedef.SportRunning).
			SetTotalTimerTime(1800000).SetTotalElapsedTime(1900000).SetTotalDistance(500000).ToMesg(nil),
		mesgdef.NewSession(nil).SetTimestamp(start.Add(3*time.Hour)).SetStartTime(start.Add(2*time.Hour)).SetSport(typedef.SportCycling).
			SetTotalTimerTime(1800000).ToMesg(nil),
		mesgdef.NewActivity(nil).SetTimestamp(start.Add(3*time.Hour)).SetLocalTimestamp(start.Add(5*time.Hour+3*time.Second)).ToMesg(nil),
	)
	level := func(s string, l typedef.SleepLevel) proto.Message {
		return mesgdef.NewSleepLevel(nil).SetTimestamp(atOffset(t, s)).SetSleepLevel(l).ToMesg(nil)
	}
	writeFIT(t, dir, "sleep.fit", typedef.File(49),
		level("2024-06-01 21:00 +00:00", typedef.SleepLevelLight),
		level("2024-06-01 23:00 +00:00", typedef.SleepLevelDeep),
		level("2024-06-02 01:00 +00:00", typedef.SleepLevelAwake),
		level("2024-06-02 01:10 +00:00", typedef.SleepLevelRem),
		level("2024-06-02 04:00 +00:00", typedef.SleepLevelAwake),
	)
	var c Collect
	if err := ReadGarmin(context.Background(), dir, Options{Location: mustZone(t, "Europe/Berlin")}, &c); err != nil {
		t.Fatal(err)
	}
	if len(c.RunRecords) != 1 {
		t.Fatalf("runs = %v", c.RunRecords)
	}
	r := c.RunRecords[0]
	if clock(r.Start) != "2024-06-01 07:10 +02:00" || r.Duration != 30*time.Minute || r.End.Sub(r.Start) != 1900*time.Second || r.DistanceM != 5000 {
		t.Fatalf("run = %+v from %s", r, clock(r.Start))
	}
	var sleep []string
	for _, s := range c.SleepRecords {
		sleep = append(sleep, fmt.Sprintf("%s %s %d", clock(s.Start), clock(s.End), s.Stage))
	}
	want := []string{
		"2024-06-01 23:00 +02:00 2024-06-02 01:00 +02:00 0",
		"2024-06-02 01:00 +02:00 2024-06-02 03:00 +02:00 0",
		"2024-06-02 03:00 +02:00 2024-06-02 03:10 +02:00 2",
		"2024-06-02 03:10 +02:00 2024-06-02 06:00 +02:00 0",
	}
	if fmt.Sprint(sleep) != fmt.Sprint(want) {
		t.Fatalf("sleep =\n%q\nwant\n%q", sleep, want)
	}
}

func TestGarminRefusesBadFiles(t *testing.T) {
	dir := t.TempDir()
	path := writeFIT(t, dir, "bad.fit", typedef.FileActivity)
	b, _ := os.ReadFile(path)
	b[len(b)-1] ^= 0xff
	if err := os.WriteFile(path, b, 0o600); err != nil {
		t.Fatal(err)
	}
	mustInvalid(t, ReadGarmin(context.Background(), path, Options{}, &Collect{}), "bad.fit", "bad checksum")

	good := writeFIT(t, dir, "cut.fit", typedef.FileMonitoringB, monitoringInfo(atOffset(t, "2024-06-01 00:00 +02:00"), 0),
		monitor(atOffset(t, "2024-06-01 06:00 +02:00"), typedef.ActivityTypeWalking, 100))
	b, _ = os.ReadFile(good)
	if err := os.WriteFile(good, b[:len(b)-9], 0o600); err != nil {
		t.Fatal(err)
	}
	mustInvalid(t, ReadGarmin(context.Background(), good, Options{}, &Collect{}), "cut.fit", "cut short")

	text := writeFile(t, "notes.fit", "not a fit file at all")
	mustInvalid(t, ReadGarmin(context.Background(), text, Options{}, &Collect{}), "notes.fit", "not a FIT file")
}

func FuzzFIT(f *testing.F) {
	dir := f.TempDir()
	for _, p := range []string{
		writeFIT(f, dir, "m.fit", typedef.FileMonitoringB, monitoringInfo(time.Unix(1717200000, 0), time.Hour),
			monitor(time.Unix(1717203600, 0), typedef.ActivityTypeWalking, 10)),
		writeFIT(f, dir, "a.fit", typedef.FileActivity, mesgdef.NewSession(nil).SetStartTime(time.Unix(1717200000, 0)).
			SetSport(typedef.SportRunning).SetTotalTimerTime(60000).ToMesg(nil)),
	} {
		b, _ := os.ReadFile(p)
		f.Add(b)
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		path := filepath.Join(t.TempDir(), "f.fit")
		if err := os.WriteFile(path, b, 0o600); err != nil {
			t.Fatal(err)
		}
		var c Collect
		if err := ReadGarmin(context.Background(), path, Options{}, &c); err != nil {
			mustInvalid(t, err, "f.fit")
			return
		}
		for _, s := range c.StepRecords {
			if s.Count <= 0 || !s.End.After(s.Start) {
				t.Fatalf("steps %+v", s)
			}
		}
	})
}

// garminYear writes a year of daily monitoring files: a sample every two
// minutes alternating walking and running totals, most stamped with
// timestamp_16 as watches write them.
func garminYear(tb testing.TB) string {
	dir := tb.TempDir()
	day0 := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
	for d := 0; d < 365; d++ {
		start := day0.AddDate(0, 0, d).Add(-time.Hour) // local midnight at +01:00
		mesgs := []proto.Message{monitoringInfo(start, time.Hour)}
		var totals [2]uint32
		for i := 1; i < 720; i++ {
			t := start.Add(time.Duration(i) * 2 * time.Minute)
			k := i % 2
			totals[k] += uint32(i % 23)
			kind := []typedef.ActivityType{typedef.ActivityTypeWalking, typedef.ActivityTypeRunning}[k]
			m := mesgdef.NewMonitoring(nil).SetActivityType(kind).SetCycles(totals[k])
			if i%60 == 0 {
				m.SetTimestamp(t)
			} else {
				m.SetTimestamp16(uint16(t.Unix() - 631065600))
			}
			mesgs = append(mesgs, m.ToMesg(nil))
		}
		writeFIT(tb, dir, fmt.Sprintf("%03d.FIT", d), typedef.FileMonitoringB, mesgs...)
	}
	return dir
}

func BenchmarkGarminMonitoringYear(b *testing.B) {
	dir := garminYear(b)
	b.ResetTimer()
	for b.Loop() {
		var c countSink
		if err := ReadGarmin(context.Background(), dir, Options{}, &c); err != nil {
			b.Fatal(err)
		}
		if c.steps < 365*600 {
			b.Fatalf("steps records = %d", c.steps)
		}
	}
}
