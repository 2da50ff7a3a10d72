package cli

import (
	"errors"
	"testing"
)

func TestParseArgs(t *testing.T) {
	tests := []struct {
		name string
		args []string
		want invocation
	}{
		{"window", nil, invocation{days: 120, seed: 1}},
		{"window with data dir", []string{"--data-dir", "/d"}, invocation{dataDir: "/d", days: 120, seed: 1}},
		{"export", []string{"export", "out"}, invocation{command: "export", dir: "out", days: 120, seed: 1}},
		{"data dir before command", []string{"--data-dir=/d", "check"}, invocation{dataDir: "/d", command: "check", days: 120, seed: 1}},
		{"data dir after folder", []string{"import", "in", "--data-dir", "/d"}, invocation{dataDir: "/d", command: "import", dir: "in", days: 120, seed: 1}},
		{"demo days and seed", []string{"demo", "--days", "30", "-seed", "7"}, invocation{command: "demo", days: 30, seed: 7}},
		{"window hidden in the tray", []string{"--data-dir", "/d", "--hidden"}, invocation{dataDir: "/d", hidden: true, days: 120, seed: 1}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := parseArgs(tt.args)
			if err != nil {
				t.Fatalf("parseArgs(%q): %v", tt.args, err)
			}
			if got != tt.want {
				t.Errorf("parseArgs(%q) = %+v, want %+v", tt.args, got, tt.want)
			}
		})
	}
}

func TestParseArgsRejects(t *testing.T) {
	tests := []struct {
		name string
		args []string
		help bool
	}{
		{"unknown command", []string{"frobnicate"}, false},
		{"export without folder", []string{"export"}, false},
		{"import with two folders", []string{"import", "a", "b"}, false},
		{"check with argument", []string{"check", "x"}, false},
		{"days zero", []string{"demo", "--days", "0"}, false},
		{"days too many", []string{"demo", "--days", "99999"}, false},
		{"days not a number", []string{"demo", "--days", "many"}, false},
		{"days on export", []string{"export", "out", "--days", "3"}, false},
		{"unknown flag", []string{"--colour"}, false},
		{"help command", []string{"help"}, true},
		{"dash h", []string{"-h"}, true},
		{"double dash help", []string{"--help"}, true},
		{"help after command", []string{"export", "--help"}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := parseArgs(tt.args)
			var uerr *usageError
			switch {
			case tt.help && !errors.Is(err, errHelp):
				t.Errorf("parseArgs(%q) = %v, want errHelp", tt.args, err)
			case !tt.help && !errors.As(err, &uerr):
				t.Errorf("parseArgs(%q) = %v, want a usage error", tt.args, err)
			}
		})
	}
}
