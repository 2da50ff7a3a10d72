package app

import (
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// wallClockAllowed are the only functions in the module, tests included, that
// may read the computer's clock (time.Now, time.Since, time.Until), and why.
// Everything else takes "now" from an injected clock, so the fake clock and
// the tests decide what day it is.
var wallClockAllowed = map[string]string{
	"app/clock_real.go:diaryClock":                    "the real clock itself",
	"app/clock_fake.go:diaryClock":                    "where the fake clock starts running",
	"app/clock.go:runningFrom":                        "the fake clock runs on with monotonic time",
	"app/desktop/ipc.go:answerShow":                   "a socket deadline is a timeout, not the diary's time",
	"app/desktop/ipc.go:askToShow":                    "a socket deadline is a timeout, not the diary's time",
	"app/desktop/gui.go:handOver":                     "the hand-over wait is a timeout",
	"app/clock_test.go:TestRunningFromMovesForward":   "elapsed time of the fake clock",
	"model/sqlstore/bench_test.go:BenchmarkSaveDay":   "the latency of each save",
	"model/sqlstore/bench_test.go:BenchmarkSaveCramp": "the latency of each save",
}

var wallClockFuncs = map[string]bool{"Now": true, "Since": true, "Until": true}

func TestOnlyTheCompositionRootReadsTheWallClock(t *testing.T) {
	root := moduleRoot(t)
	found := map[string]bool{}
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && path != root && (strings.HasPrefix(d.Name(), ".") || d.Name() == "testdata" || d.Name() == "vendor") {
			return filepath.SkipDir
		}
		if d.IsDir() || !strings.HasSuffix(path, ".go") {
			return nil
		}
		rel, _ := filepath.Rel(root, path)
		for _, fn := range wallClockReaders(t, path) {
			found[filepath.ToSlash(rel)+":"+fn] = true
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	for where := range found {
		if _, ok := wallClockAllowed[where]; !ok {
			t.Errorf("%s reads the wall clock; take now from the injected clock instead", where)
		}
	}
	for where := range wallClockAllowed {
		if !found[where] {
			t.Errorf("%s is allowed to read the wall clock but no longer does; drop it from the list", where)
		}
	}
}

// wallClockReaders names the functions in the file at path that use
// time.Now, time.Since or time.Until.
func wallClockReaders(t *testing.T, path string) []string {
	t.Helper()
	f, err := parser.ParseFile(token.NewFileSet(), path, nil, parser.SkipObjectResolution)
	if err != nil {
		t.Fatalf("parse %s: %v", path, err)
	}
	timeName := ""
	for _, imp := range f.Imports {
		if imp.Path.Value == `"time"` {
			timeName = "time"
			if imp.Name != nil {
				timeName = imp.Name.Name
			}
		}
	}
	if timeName == "" {
		return nil
	}
	var out []string
	for _, decl := range f.Decls {
		name := "(package level)"
		if fd, ok := decl.(*ast.FuncDecl); ok {
			name = fd.Name.Name
		}
		ast.Inspect(decl, func(n ast.Node) bool {
			if sel, ok := n.(*ast.SelectorExpr); ok {
				if x, ok := sel.X.(*ast.Ident); ok && x.Name == timeName && wallClockFuncs[sel.Sel.Name] {
					out = append(out, name)
				}
			}
			return true
		})
	}
	return out
}

// moduleRoot is the folder holding go.mod, above the package being tested.
func moduleRoot(t *testing.T) string {
	t.Helper()
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Fatal("no go.mod above the test")
		}
		dir = parent
	}
}
