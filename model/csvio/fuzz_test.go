package csvio_test

import (
	"context"
	"errors"
	"testing"

	"github.com/crampdiary/crampdiary/model"
	"github.com/crampdiary/crampdiary/model/csvio"
)

// FuzzImport feeds arbitrary file pairs to an import into a diary that already
// holds data. A rejected import must leave the diary exactly as it was; an
// accepted one must survive another export and import unchanged.
//
//	go test -fuzz=FuzzImport ./model/csvio
func FuzzImport(f *testing.F) {
	seeds := [][2]string{
		{dayHeaderLine + "\n2024-06-10,8400,35,1,0,7.5,0,0,1,0,23:15,06:40,3,2,0,0,1,9,2,0,\"magnesium, 300 mg\",1,0,,1,\"a \"\"b\"\"\nc\"\n",
			crampHeaderLine + "\n2024-06-10,02:40,calf,left,90,7,2,\"toes up, walked\",20,\"x, y\"\n2024-06-11,,foot,both,,,,,,\n"},
		{"\uFEFFnotes,date,heat\r\n\"two\r\nlines\",2024-06-01,yes\r\n", "side,muscle,night\r\nleft,calf,2024-06-02\r\n"},
		{"date,steps\n2024-06-01,12k\n2024-06-02,5\n", "night,muscle,side\n2024-06-02,calf,up\n"},
		{"date,stepz\n", "night,muscle,side\n"},
		{"date\n2024-06-01\n2024-06-01\n", "night,time,muscle,side\n2024-06-15,23:30,calf,left\n"},
		{"date,standing_h,sleep_start,sleep_end\n2024-06-03,1e1,1:05,23:00\n", "night,muscle,side\n\"2024-06-03\",thigh,right\n"},
		{"date,notes,supplements\n2024-06-01,'=1+1,''\n2024-06-02,\"=HYPERLINK(\"\"x\"\")\",'x\n", "night,muscle,side,relief\n2024-06-01,calf,left,-5\n"},
		{"", ""},
	}
	for _, s := range seeds {
		f.Add(s[0], s[1])
	}
	f.Fuzz(func(t *testing.T, days, cramps string) {
		ctx := context.Background()
		s := mustOpen(t)
		mustFill(t, s)
		before := takeSnapshot(t, s)
		err := csvio.ImportAt(ctx, s, writeFiles(t, days, cramps), testNow)
		if err != nil {
			if !errors.Is(err, model.ErrInvalid) {
				t.Fatalf("import failed without ErrInvalid: %v", err)
			}
			if after := takeSnapshot(t, s); !before.equal(after) {
				t.Fatalf("rejected import changed the diary: %v", err)
			}
			return
		}
		first := takeSnapshot(t, s)
		dir := writeFiles(t, string(first.daysCSV), string(first.crampsCSV))
		if err := csvio.ImportAt(ctx, s, dir, testNow); err != nil {
			t.Fatalf("re-import of an export failed: %v\n%s\n%s", err, first.daysCSV, first.crampsCSV)
		}
		if again := takeSnapshot(t, s); !first.equal(again) {
			t.Fatalf("re-import changed the diary:\n%s\n%s\nwas:\n%s\n%s", again.daysCSV, again.crampsCSV, first.daysCSV, first.crampsCSV)
		}
	})
}
