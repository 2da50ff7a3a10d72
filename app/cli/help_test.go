package cli

import (
	"strings"
	"testing"

	"github.com/crampdiary/crampdiary/app/internal/datadir"
)

func TestHelpNamesEveryCommandAndTheDataRules(t *testing.T) {
	var b strings.Builder
	writeHelp(&b)
	for _, want := range []string{"export DIR", "import DIR", "demo", "check", "help", "--data-dir", datadir.EnvDataDir, datadir.DiaryFile, "0700"} {
		if !strings.Contains(b.String(), want) {
			t.Errorf("help does not mention %q", want)
		}
	}
}
