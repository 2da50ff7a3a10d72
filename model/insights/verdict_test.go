package insights

import (
	"encoding/json"
	"testing"
)

// The codes are a promise to scripts reading `insights --json`, and the table's
// words are kept apart from them: translating the words must not move a code.
func TestVerdictCodesAreStableAndApartFromWords(t *testing.T) {
	want := map[Verdict]string{
		LikelyPattern: "likely pattern", LikelyProtective: "likely protective", ChangedOnce: "changed once",
		NoSign: "no sign", NotEnoughData: "not enough data",
	}
	shout := func(s string, _ ...any) string { return "<" + s + ">" }
	for v, code := range want {
		raw, err := json.Marshal(v)
		if err != nil || string(raw) != `"`+code+`"` {
			t.Errorf("%d marshals as %s, %v; want %q", v, raw, err, code)
		}
		var back Verdict
		if err := json.Unmarshal(raw, &back); err != nil || back != v {
			t.Errorf("%s reads back as %d, %v", raw, back, err)
		}
		if got := v.Name(shout); got != "<"+code+">" {
			t.Errorf("%s: table words %q, want them through the translator", code, got)
		}
	}
	if _, err := json.Marshal(Verdict(0)); err == nil {
		t.Error("the zero verdict marshalled; a verdict never set must not pass for one")
	}
	var v Verdict
	if err := json.Unmarshal([]byte(`"maybe"`), &v); err == nil {
		t.Error("an unknown code was read as a verdict")
	}
}
