package tracker

import (
	"archive/zip"
	"bytes"
	"context"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"unicode/utf8"

	"github.com/crampdiary/crampdiary/model"
)

// Detect tells which export format the file or folder at path is, from its
// content: a FIT header, SQLite table names, zip entry names, Fitbit file names
// or a CSV header. Something else is refused with an error wrapping
// model.ErrInvalid.
func Detect(path string) (Format, error) {
	info, err := os.Stat(path)
	if err != nil {
		return "", err
	}
	if info.IsDir() {
		return detectDir(path)
	}
	head, err := readHead(path, 512)
	if err != nil {
		return "", err
	}
	switch {
	case isFIT(head):
		return Garmin, nil
	case bytes.HasPrefix(head, []byte(sqliteMagic)):
		return detectSQLite(path)
	case bytes.HasPrefix(head, []byte("PK\x03\x04")):
		return detectZip(path)
	case isAppleXML(head):
		return AppleHealth, nil
	case fitbitName(filepath.Base(path)) != "":
		return Fitbit, nil
	case looksLikeCSV(head):
		return CSV, nil
	}
	return "", invalid(path, model.X("not an export crampdiary knows: expected Apple Health, Health Connect, Garmin FIT, Gadgetbridge, Fitbit or CSV", nil))
}

// isFIT checks the FIT file header: its size (12 or 14) and ".FIT" at byte 8.
func isFIT(head []byte) bool {
	return len(head) >= 12 && (head[0] == 12 || head[0] == 14) && string(head[8:12]) == ".FIT"
}

func isAppleXML(head []byte) bool {
	return bytes.Contains(head, []byte("<HealthData")) || bytes.Contains(head, []byte("<!DOCTYPE HealthData"))
}

// looksLikeCSV accepts text (no NUL bytes, a UTF-8 first line) whose first
// line has a comma, semicolon or tab.
func looksLikeCSV(head []byte) bool {
	line, _, _ := bytes.Cut(head, []byte("\n"))
	return bytes.IndexByte(head, 0) < 0 && utf8.Valid(line) && bytes.ContainsAny(line, ",;\t")
}

func detectSQLite(path string) (Format, error) {
	db, err := openReadOnly(path)
	if err != nil {
		return "", err
	}
	defer db.Close()
	have, err := tables(context.Background(), db)
	if err != nil {
		return "", invalid(path, model.X("the database cannot be read ({{.Err}})", x{"Err": errText(err)}))
	}
	switch {
	case isHealthConnect(have):
		return HealthConnect, nil
	case isGadgetbridge(have):
		return Gadgetbridge, nil
	}
	return "", invalid(path, model.X("an SQLite database, but neither a Health Connect nor a Gadgetbridge export", nil))
}

func detectZip(path string) (Format, error) {
	z, err := zip.OpenReader(path)
	if err != nil {
		return "", invalid(path, model.X("the zip is cut short or damaged: download or export it again", nil))
	}
	defer z.Close()
	for _, f := range z.File {
		name := f.Name
		base := strings.ToLower(filepath.Base(name))
		switch {
		case base == hcEntry:
			return HealthConnect, nil
		case base == "export.xml":
			return AppleHealth, nil
		case fitbitName(filepath.Base(name)) != "":
			return Fitbit, nil
		}
	}
	return "", invalid(path, model.X("a zip that holds no Apple Health, Health Connect or Fitbit export", nil))
}

// detectDir looks a few folders deep for FIT files or Fitbit JSON files.
func detectDir(root string) (Format, error) {
	var found Format
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			if strings.Count(strings.TrimPrefix(p, root), string(filepath.Separator)) > 4 {
				return fs.SkipDir
			}
			return nil
		}
		switch {
		case strings.EqualFold(filepath.Ext(p), ".fit"):
			found = Garmin
		case fitbitName(d.Name()) != "":
			found = Fitbit
		default:
			return nil
		}
		return fs.SkipAll
	})
	if err != nil {
		return "", err
	}
	if found == "" {
		return "", invalid(root, model.X("a folder with no Garmin FIT files and no Fitbit export in it", nil))
	}
	return found, nil
}
