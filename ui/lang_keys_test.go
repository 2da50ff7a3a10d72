package ui

import (
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// translating names the calls whose first argument is a text to translate,
// across the module: Fyne's lang.L and lang.N, the model's Translate (tr,
// tr.Text, tr.L), the report's and the charts' w.tr, th.tr and T, and ui's
// count helpers. "check", "item" and "titled" are ui-only helpers that wrap lang.L.
var translating = map[string]bool{"L": true, "N": true, "X": true, "XN": true, "tr": true, "Text": true, "T": true, "count": true, "counted": true, "needMore": true, "word": true}

var uiOnly = map[string]bool{"check": true, "item": true, "titled": true}

// counting are the calls that pick a plural form by a count.
var counting = map[string]bool{"N": true, "XN": true, "count": true, "counted": true}

// sourceTexts is what the module's non-test Go files say to translate.
type sourceTexts struct {
	keys     map[string]string // text given to a translating call → where
	plural   map[string]bool   // of those, the ones given to a counting call
	literals map[string]bool   // every string constant in the source
}

// scanModule reads every package of the module, from the folder above ui.
func scanModule(t *testing.T) sourceTexts {
	t.Helper()
	st := sourceTexts{keys: map[string]string{}, plural: map[string]bool{}, literals: map[string]bool{}}
	dirs := map[string][]string{}
	root := ".."
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			if name := d.Name(); path != root && (strings.HasPrefix(name, ".") || name == "testdata" || name == "vendor") {
				return filepath.SkipDir
			}
			return nil
		}
		if strings.HasSuffix(path, ".go") && !strings.HasSuffix(path, "_test.go") {
			dirs[filepath.Dir(path)] = append(dirs[filepath.Dir(path)], path)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	for dir, files := range dirs {
		if err := st.scanPackage(dir, files); err != nil {
			t.Fatal(err)
		}
	}
	return st
}

// scanPackage parses one folder's files together, so a constant defined in
// one file and translated in another is seen.
func (st sourceTexts) scanPackage(dir string, paths []string) error {
	fset := token.NewFileSet()
	consts := map[string]string{}
	files := make([]*ast.File, 0, len(paths))
	for _, p := range paths {
		f, err := parser.ParseFile(fset, p, nil, 0)
		if err != nil {
			return err
		}
		files = append(files, f)
		for k, v := range stringConsts(f) {
			consts[k] = v
		}
	}
	inUI := filepath.Base(dir) == "ui"
	for _, f := range files {
		ast.Inspect(f, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.BasicLit:
				if s, ok := literal(n, nil); ok {
					st.literals[s] = true
				}
			case *ast.CallExpr:
				st.call(fset, n, consts, inUI)
			}
			return true
		})
	}
	return nil
}

func (st sourceTexts) call(fset *token.FileSet, c *ast.CallExpr, consts map[string]string, inUI bool) {
	name := callName(c)
	if name == "plural" && len(c.Args) == 3 { // the report's plural(n, one, many)
		for _, a := range c.Args[1:] {
			if s, ok := literal(a, consts); ok {
				st.keys[s] = fset.Position(c.Pos()).String()
			}
		}
		return
	}
	if len(c.Args) == 0 || !(translating[name] || inUI && uiOnly[name]) {
		return
	}
	if s, ok := literal(c.Args[0], consts); ok && s != "" {
		st.keys[s] = fset.Position(c.Pos()).String()
		if counting[name] {
			st.plural[s] = true
		}
	}
}

func callName(c *ast.CallExpr) string {
	switch fn := c.Fun.(type) {
	case *ast.Ident:
		return fn.Name
	case *ast.SelectorExpr:
		return fn.Sel.Name
	}
	return ""
}

// literal folds a string literal, a sum of them, or a constant of the file.
func literal(e ast.Expr, consts map[string]string) (string, bool) {
	switch e := e.(type) {
	case *ast.BasicLit:
		if e.Kind != token.STRING {
			return "", false
		}
		s, err := strconv.Unquote(e.Value)
		return s, err == nil
	case *ast.BinaryExpr:
		a, ok1 := literal(e.X, consts)
		b, ok2 := literal(e.Y, consts)
		return a + b, ok1 && ok2 && e.Op == token.ADD
	case *ast.ParenExpr:
		return literal(e.X, consts)
	case *ast.Ident:
		s, ok := consts[e.Name]
		return s, ok
	}
	return "", false
}

// stringConsts are the file's top-level string constants and variables, such
// as the CLI's help page, so lang.L(helpText) counts as a use of its text.
func stringConsts(f *ast.File) map[string]string {
	out := map[string]string{}
	for _, d := range f.Decls {
		g, ok := d.(*ast.GenDecl)
		if !ok || (g.Tok != token.CONST && g.Tok != token.VAR) {
			continue
		}
		for _, spec := range g.Specs {
			vs := spec.(*ast.ValueSpec)
			for i, name := range vs.Names {
				if i < len(vs.Values) {
					if s, ok := literal(vs.Values[i], nil); ok {
						out[name.Name] = s
					}
				}
			}
		}
	}
	return out
}
