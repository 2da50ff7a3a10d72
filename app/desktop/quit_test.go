package desktop

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
)

// goneApp is a Fyne app whose toolkit has already shut down.
type goneApp struct{ fyne.App }

func (goneApp) Quit() { panic("NotInitialized: The GLFW library is not initialized") }

func TestSignalAfterFyneQuitIsNotACrash(t *testing.T) {
	g, errOut := newTestGUI(t)
	g.app = goneApp{g.app}
	g.quitFromSignal()
	if !strings.Contains(errOut.String(), "ignored a failure in the window toolkit while quitting") {
		t.Fatalf("stderr %q", errOut.String())
	}
}
