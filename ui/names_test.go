package ui

import "testing"

func TestCountAndDigits(t *testing.T) {
	for n, want := range map[int]string{1: "1 cramp", 2: "2 cramps", 0: "0 cramps"} {
		if got := count("{{.Count}} cramps", n); got != want {
			t.Errorf("count(%d) = %q, want %q", n, got, want)
		}
	}
	for n, want := range map[int]string{0: "0", 999: "999", 1000: "1,000", 12345: "12,345", 100000: "100,000"} {
		if got := groupDigits(n); got != want {
			t.Errorf("groupDigits(%d) = %q", n, got)
		}
	}
}

func TestParseDuration(t *testing.T) {
	good := map[string]int{"90s": 90, "90 s": 90, "2": 120, "2 min": 120, "1:30": 90, "0:45": 45, "1.5": 90, "10 minutes": 600, "1,5 min": 90}
	for in, want := range good {
		got, err := parseDuration(in)
		if err != nil || got == nil || *got != want {
			t.Errorf("parseDuration(%q) = %v, %v; want %d", in, got, err, want)
		}
	}
	for _, in := range []string{"abc", "1:75", "-3", "two"} {
		if _, err := parseDuration(in); err == nil {
			t.Errorf("parseDuration(%q) accepted", in)
		}
	}
	for _, secs := range []int{5, 59, 60, 90, 125, 600, 3600} {
		back, err := parseDuration(formatDuration(&secs))
		if err != nil || *back != secs {
			t.Errorf("%d s -> %q -> %v", secs, formatDuration(&secs), back)
		}
	}
}
