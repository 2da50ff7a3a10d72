package insights

import (
	"fmt"

	"github.com/crampdiary/crampdiary/model"
)

// Verdict is what the finder dares to say about one factor. Each is a
// hypothesis for the person to test, never a finding about their body. It is
// a code, not words: Code is what `crampdiary insights --json` prints, Name
// what the command line's table shows, and the window words it itself
// (ui/insightstab.go).
type Verdict uint8

// The verdicts, in the order a person can act on them.
const (
	// LikelyPattern: more cramp nights with the factor, q <= 0.10, at
	// least 5 nights on each side and 3 cramp nights with the factor.
	LikelyPattern Verdict = iota + 1
	// LikelyProtective mirrors it for a factor with fewer cramp nights
	// (stretching, say): q <= 0.10, 5 nights on each side, and 3 cramp nights
	// without the factor, so the lower rate is set against a real baseline.
	LikelyProtective
	// ChangedOnce: the factor changed only once (on for one stretch of
	// the diary, off for the rest), and the cramp nights differ between the
	// two stretches. Cramps wax and wane on their own, so such a difference
	// cannot be told from the passing of time; Need says so.
	ChangedOnce
	// NoSign: the factor was tested and the rates do not differ beyond chance.
	NoSign
	// NotEnoughData: the diary cannot tell yet; Need says what to log.
	NotEnoughData
)

// verdictCodes are the codes of `crampdiary insights --json`: a promise to
// scripts, so they never change once shipped.
var verdictCodes = map[Verdict]string{
	LikelyPattern: "likely pattern", LikelyProtective: "likely protective", ChangedOnce: "changed once",
	NoSign: "no sign", NotEnoughData: "not enough data",
}

// Code is the verdict's stable name for scripts, "" for the zero Verdict.
func (v Verdict) Code() string { return verdictCodes[v] }

// String is the Code, so a verdict prints readably in logs and test failures.
func (v Verdict) String() string { return v.Code() }

// MarshalText writes the Code, so JSON carries "likely pattern", not a number.
func (v Verdict) MarshalText() ([]byte, error) {
	if c, ok := verdictCodes[v]; ok {
		return []byte(c), nil
	}
	return nil, fmt.Errorf("insights: verdict %d has no code", v)
}

// UnmarshalText reads a Code back.
func (v *Verdict) UnmarshalText(b []byte) error {
	for k, c := range verdictCodes {
		if c == string(b) {
			*v = k
			return nil
		}
	}
	return fmt.Errorf("insights: unknown verdict %q", b)
}

// Name is the verdict in a few words for the command line's table, the one
// place those words are kept; tr is the command's translator.
func (v Verdict) Name(tr model.Translate) string {
	switch v {
	case LikelyPattern:
		return tr.Text("likely pattern")
	case LikelyProtective:
		return tr.Text("likely protective")
	case ChangedOnce:
		return tr.Text("changed once")
	case NoSign:
		return tr.Text("no sign")
	}
	return tr.Text("not enough data")
}
