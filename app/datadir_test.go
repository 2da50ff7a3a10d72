package app

import (
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

func TestResolveDataDirOrder(t *testing.T) {
	base := t.TempDir()
	flagDir, envDir := filepath.Join(base, "flag"), filepath.Join(base, "env")
	env := func(k string) string {
		if k == EnvDataDir {
			return envDir
		}
		return ""
	}
	got, err := resolveDataDir(flagDir, env)
	if err != nil || got != flagDir {
		t.Fatalf("with flag and env: got %q, %v; want %q", got, err, flagDir)
	}
	got, err = resolveDataDir("", env)
	if err != nil || got != envDir {
		t.Fatalf("with env only: got %q, %v; want %q", got, err, envDir)
	}
	for _, dir := range []string{flagDir, envDir} {
		info, err := os.Stat(dir)
		if err != nil {
			t.Fatalf("data folder not created: %v", err)
		}
		if runtime.GOOS != "windows" && info.Mode().Perm() != 0o700 {
			t.Errorf("%s has mode %v, want 0700", dir, info.Mode().Perm())
		}
	}
}

func TestResolveDataDirMakesRelativeAbsolute(t *testing.T) {
	t.Chdir(t.TempDir())
	got, err := resolveDataDir("rel", func(string) string { return "" })
	if err != nil {
		t.Fatal(err)
	}
	if !filepath.IsAbs(got) || filepath.Base(got) != "rel" {
		t.Errorf("got %q, want an absolute path ending in rel", got)
	}
}

func TestDefaultDataDirMatchesFyneStorage(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("the expected path is written for Linux")
	}
	t.Setenv("XDG_CONFIG_HOME", "/cfg")
	got, err := defaultDataDir()
	if err != nil {
		t.Fatal(err)
	}
	if want := "/cfg/fyne/" + AppID; got != want {
		t.Errorf("defaultDataDir() = %q, want %q", got, want)
	}
}

func TestHelpNamesEveryCommandAndTheDataRules(t *testing.T) {
	var b strings.Builder
	writeHelp(&b)
	for _, want := range []string{"export DIR", "import DIR", "demo", "check", "help", "--data-dir", EnvDataDir, diaryFile, "0700"} {
		if !strings.Contains(b.String(), want) {
			t.Errorf("help does not mention %q", want)
		}
	}
}
