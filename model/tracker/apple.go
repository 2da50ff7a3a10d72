package tracker

import (
	"archive/zip"
	"compress/flate"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path"
	"path/filepath"
	"strings"

	"github.com/crampdiary/crampdiary/model"
)

// ReadAppleHealth reads an Apple Health export.xml from r and passes its
// steps, sleep records and running workouts to sink as it reads them, in
// constant memory whatever the size of the file. It stops when ctx is
// cancelled and returns ctx's error.
//
// A file it refuses gives a *FileError wrapping ErrNotExport, ErrCutShort or
// ErrDamaged (and so model.ErrInvalid), with a sentence that names the file
// and the line. Records passed to sink before an error must be discarded.
func ReadAppleHealth(ctx context.Context, r io.Reader, sink Sink) error {
	return newHKScanner(ctx, r, "export.xml", sink).run()
}

// ReadAppleHealthFile reads the export.zip the Health app makes, streaming
// the export.xml inside it (never unpacked to disk), or an export.xml
// itself. Errors are those of ReadAppleHealth, naming the file at path.
func ReadAppleHealthFile(ctx context.Context, path string, sink Sink) error {
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("opening the Health export: %w", err)
	}
	defer f.Close()
	name := filepath.Base(path)
	var magic [4]byte
	if _, err := io.ReadFull(f, magic[:]); err == nil && string(magic[:]) == "PK\x03\x04" {
		return readAppleZip(ctx, f, name, sink)
	}
	if _, err := f.Seek(0, io.SeekStart); err != nil {
		return fmt.Errorf("reading %s: %w", name, err)
	}
	return newHKScanner(ctx, fileWithProgress(f, sink), name, sink).run()
}

func readAppleZip(ctx context.Context, f *os.File, name string, sink Sink) error {
	st, err := f.Stat()
	if err != nil {
		return fmt.Errorf("reading %s: %w", name, err)
	}
	z, err := zip.NewReader(f, st.Size())
	if err != nil {
		return fileError(name, 0, ErrCutShort, model.X(
			"{{.File}} is not a complete zip file: it was probably cut short while it was copied or downloaded. {{.Again}}", x{"File": name, "Again": hkAgain}))
	}
	entry := appleEntry(z)
	if entry == nil {
		return fileError(name, 0, ErrNotExport, model.X(
			"{{.File}} is a zip file without an export.xml in it, so it is not an Apple Health export. {{.Again}}", x{"File": name, "Again": hkAgain}))
	}
	rc, err := entry.Open()
	if err != nil {
		return fileError(name, 0, ErrDamaged, model.X(
			"{{.File}} is damaged: its export.xml cannot be opened ({{.Err}}). {{.Again}}", x{"File": name, "Err": errText(err), "Again": hkAgain}))
	}
	defer rc.Close()
	size := int64(min(entry.UncompressedSize64, 1<<62))
	return newHKScanner(ctx, withProgress(rc, size, sink), name+" ("+entry.Name+")", sink).run()
}

// appleEntry finds the export in the zip: apple_health_export/export.xml,
// or else any export.xml (a zip the person made again after unpacking).
func appleEntry(z *zip.Reader) *zip.File {
	var other *zip.File
	for _, e := range z.File {
		switch {
		case e.Name == "apple_health_export/export.xml":
			return e
		case other == nil && strings.EqualFold(path.Base(e.Name), "export.xml"):
			other = e
		}
	}
	return other
}

// hkZipDamage reports a zip entry whose data is corrupt.
func hkZipDamage(err error) bool {
	var corrupt flate.CorruptInputError
	return errors.Is(err, zip.ErrChecksum) || errors.Is(err, zip.ErrFormat) || errors.As(err, &corrupt)
}
