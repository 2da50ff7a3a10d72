package tracker

import (
	"context"
	"fmt"

	"github.com/crampdiary/crampdiary/model"
)

// reader reads one export at path into sink.
type reader func(ctx context.Context, path string, opts Options, sink Sink) error

// readers maps each format to its reader.
var readers = map[Format]reader{
	AppleHealth: func(ctx context.Context, path string, _ Options, sink Sink) error {
		return ReadAppleHealthFile(ctx, path, sink)
	},
	HealthConnect: ReadHealthConnect,
	Gadgetbridge:  ReadGadgetbridge,
	Garmin:        ReadGarmin,
	Fitbit:        ReadFitbit,
	CSV:           ReadCSV,
}

// Read detects the format of path and reads it into sink. Nothing is written
// anywhere; a bad file is refused with an error wrapping model.ErrInvalid.
func Read(ctx context.Context, path string, opts Options, sink Sink) (Format, error) {
	f, err := Detect(path)
	if err != nil {
		return "", err
	}
	r, ok := readers[f]
	if !ok {
		return f, fmt.Errorf("%w: %s: %s exports cannot be read yet", model.ErrInvalid, path, f)
	}
	return f, r(ctx, path, opts, sink)
}
