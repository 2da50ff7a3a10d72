package archtest

import (
	"os/exec"
	"strings"
	"testing"
)

const module = "github.com/crampdiary/crampdiary"

// forbidden says which packages must not depend on which, with the reason;
// a dependency counts whether it is direct or through other packages.
var forbidden = []struct {
	from, to, why string
}{
	{module + "/model", "fyne.io/fyne/v2", "the domain is tested fast and alone, without a window"},
	{module + "/charts", "fyne.io/fyne/v2", "charts and the report are drawn without a window"},
	{module + "/ui", module + "/app", "the window is wired by app, never the other way round"},
	{module + "/app/cli", module + "/app/desktop", "the command line is given the window by app (cli.Window), so a command never loads the tray or the reminders"},
	{module + "/app/desktop", module + "/app/cli", "the window and the command line share only app/internal; app joins them"},
}

// pending are arrows that still point the wrong way, each with the work it
// waits on. The test fails once one is fixed, so the entry goes too.
var pending = map[string]string{}

// under reports whether pkg is root or a package below it.
func under(pkg, root string) bool {
	return pkg == root || strings.HasPrefix(pkg, root+"/")
}

// deps lists each package of the module with everything it depends on,
// built with the given tags (test files are not counted).
func deps(t *testing.T, tags string) map[string][]string {
	t.Helper()
	cmd := exec.Command("go", "list", "-tags", tags, "-f", `{{.ImportPath}}{{range .Deps}} {{.}}{{end}}`, module+"/...")
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("go list: %v", err)
	}
	m := map[string][]string{}
	for _, line := range strings.Split(strings.TrimSpace(string(out)), "\n") {
		f := strings.Fields(line)
		m[f[0]] = f[1:]
	}
	return m
}

// violations lists every "a depends on b" that forbidden rules out.
func violations(graph map[string][]string) []string {
	var bad []string
	for pkg, ds := range graph {
		for _, rule := range forbidden {
			if !under(pkg, rule.from) {
				continue
			}
			for _, d := range ds {
				if under(d, rule.to) {
					bad = append(bad, pkg+" depends on "+d)
				}
			}
		}
	}
	return bad
}

func TestArrowsPointOneWay(t *testing.T) {
	seen := map[string]bool{}
	for _, tags := range []string{"", "ci", "fakeclock"} {
		graph := deps(t, tags)
		if _, ok := graph[module+"/model"]; !ok {
			t.Fatalf("go list -tags %q did not list %s/model", tags, module)
		}
		for _, v := range violations(graph) {
			seen[v] = true
			if _, ok := pending[v]; !ok {
				t.Errorf("tags %q: %s, which the layout rules out: %s", tags, v, why(v))
			}
		}
	}
	for v, work := range pending {
		if !seen[v] {
			t.Errorf("%s no longer holds (%s): remove it from pending", v, work)
		}
	}
}

// why gives the reason of the rule a violation breaks.
func why(v string) string {
	pkg, dep, _ := strings.Cut(v, " depends on ")
	for _, rule := range forbidden {
		if under(pkg, rule.from) && under(dep, rule.to) {
			return rule.why
		}
	}
	return ""
}

func TestViolationsAreFound(t *testing.T) {
	graph := map[string][]string{
		module + "/model/insights": {"fmt", "fyne.io/fyne/v2/lang"},
		module + "/ui":             {module + "/app/remind"},
		module + "/app":            {module + "/ui", "fyne.io/fyne/v2"},
		module + "/modelx":         {"fyne.io/fyne/v2"},
	}
	if got := violations(graph); len(got) != 2 {
		t.Errorf("found %d violations, want 2 (model/insights, ui): %q", len(got), got)
	}
	graph[module+"/ui"] = append(graph[module+"/ui"], module+"/app/other")
	if got := violations(graph); len(got) != 3 {
		t.Errorf("a second dependency of ui on app was not counted: %q", got)
	}
	graph[module+"/app/desktop"] = []string{module + "/app/internal/proc", module + "/app/cli"}
	if got := violations(graph); len(got) != 4 {
		t.Errorf("the window depending on the command line was not counted: %q", got)
	}
}
