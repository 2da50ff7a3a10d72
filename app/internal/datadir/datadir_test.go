package datadir

import (
	"os"
	"path/filepath"
	"runtime"
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
	got, err := Resolve(flagDir, env)
	if err != nil || got != flagDir {
		t.Fatalf("with flag and env: got %q, %v; want %q", got, err, flagDir)
	}
	got, err = Resolve("", env)
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
	got, err := Resolve("rel", func(string) string { return "" })
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
	got, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	if want := "/cfg/fyne/" + AppID; got != want {
		t.Errorf("Default() = %q, want %q", got, want)
	}
}
