// Package assets holds the files built into the crampdiary binary, so the app
// runs from a single executable with nothing to install beside it.
package assets

import (
	_ "embed"

	"fyne.io/fyne/v2"
)

// The icon is drawn by assets/internal/genicon; rerun it to change the picture.
//
//go:embed icon.png
var iconPNG []byte

// Icon is the app icon, used for the window, the tray and the desktop entry.
var Icon fyne.Resource = fyne.NewStaticResource("icon.png", iconPNG)
