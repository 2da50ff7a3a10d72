package tracker

import (
	"bytes"
	"context"
	"io"
	"testing"
)

// The scanner and the encoding/xml reference read the same records from a
// generated export of three weeks, read in small pieces so that every tag
// somewhere straddles a buffer refill.
func TestAppleHealthScannerMatchesEncodingXML(t *testing.T) {
	var gen bytes.Buffer
	if err := writeHKExport(&gen, 21, 7); err != nil {
		t.Fatal(err)
	}
	var fast, ref Collect
	s := newHKScanner(context.Background(), &smallReads{data: gen.Bytes()}, "export.xml", &fast)
	s.buf = make([]byte, 64)
	if err := s.run(); err != nil {
		t.Fatal(err)
	}
	if err := readAppleHealthXML(bytes.NewReader(gen.Bytes()), &ref); err != nil {
		t.Fatal(err)
	}
	if len(fast.StepRecords) == 0 || len(fast.SleepRecords) == 0 || len(fast.RunRecords) != 7 {
		t.Fatalf("generated export read as %d steps, %d sleep, %d runs", len(fast.StepRecords), len(fast.SleepRecords), len(fast.RunRecords))
	}
	if a, b := recordsText(&fast), recordsText(&ref); a != b {
		t.Error("the scanner and encoding/xml read different records")
	}
}

// smallReads returns at most 7 bytes a read.
type smallReads struct{ data []byte }

func (r *smallReads) Read(p []byte) (int, error) {
	if len(r.data) == 0 {
		return 0, io.EOF
	}
	n := copy(p[:min(len(p), 7)], r.data)
	r.data = r.data[n:]
	return n, nil
}
