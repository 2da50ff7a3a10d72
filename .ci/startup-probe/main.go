// Command startup-probe times a window's start for .ci/bench-startup: it
// runs a command and prints, in milliseconds from the exec, when a top-level
// window with the given title is first viewable (mapped) and when its content
// is first not one flat colour (painted), then stops the command. It asks the
// X server directly (every 2 ms for the window, every 4 ms for the top 200
// rows of its pixels), so the figures are not a screenshot tool's start-up apart.
//
//	startup-probe TITLE COMMAND [ARGS...]
package main

/*
#cgo LDFLAGS: -lX11
#include <stdlib.h>
#include <string.h>
#include <X11/Xlib.h>
#include <X11/Xutil.h>

static int ignore(Display *d, XErrorEvent *e) { return 0; }

// blank paints the whole screen one flat colour, so what a window shows
// before it first draws (the screen under it, with no window manager) is
// flat, and not what an earlier window left there.
static void blank(Display *d) {
	Window root = XDefaultRootWindow(d);
	XSetWindowBackground(d, root, BlackPixel(d, DefaultScreen(d)));
	XClearWindow(d, root);
	XSync(d, False);
}
static void quiet(void) { XSetErrorHandler(ignore); }

// find returns a viewable window named name under w, or 0.
static Window find(Display *d, Window w, const char *name, int depth) {
	char *got = NULL;
	if (XFetchName(d, w, &got) && got) {
		int same = strcmp(got, name) == 0;
		XFree(got);
		XWindowAttributes a;
		if (same && XGetWindowAttributes(d, w, &a) && a.map_state == IsViewable) return w;
	}
	if (depth > 3) return 0;
	Window root, parent, *kids = NULL;
	unsigned int n = 0;
	if (!XQueryTree(d, w, &root, &parent, &kids, &n)) return 0;
	Window found = 0;
	for (unsigned int i = 0; i < n && !found; i++) found = find(d, kids[i], name, depth + 1);
	if (kids) XFree(kids);
	return found;
}

// flat reports 1 when every pixel of the top of w (where any window has its
// first widgets) is the same, -1 when it cannot be read.
static int flat(Display *d, Window w) {
	XWindowAttributes a;
	if (!XGetWindowAttributes(d, w, &a) || a.width < 1 || a.height < 1) return -1;
	int h = a.height < 200 ? a.height : 200;
	XImage *img = XGetImage(d, w, 0, 0, a.width, h, AllPlanes, ZPixmap);
	if (!img) return -1;
	unsigned long first = XGetPixel(img, 0, 0);
	int same = 1;
	for (int y = 0; y < h && same; y++)
		for (int x = 0; x < a.width; x++)
			if (XGetPixel(img, x, y) != first) { same = 0; break; }
	XDestroyImage(img);
	return same;
}
*/
import "C"

import (
	"fmt"
	"os"
	"os/exec"
	"syscall"
	"time"
	"unsafe"
)

const limit = 30 * time.Second

func main() {
	if len(os.Args) < 3 {
		fmt.Fprintln(os.Stderr, "usage: startup-probe TITLE COMMAND [ARGS...]")
		os.Exit(2)
	}
	d := C.XOpenDisplay(nil)
	if d == nil {
		fmt.Fprintln(os.Stderr, "startup-probe: cannot open the display")
		os.Exit(2)
	}
	C.quiet()
	name := C.CString(os.Args[1])
	defer C.free(unsafe.Pointer(name))

	cmd := exec.Command(os.Args[2], os.Args[3:]...)
	cmd.Stdout, cmd.Stderr = os.Stderr, os.Stderr // the window's own messages, apart from the figures
	C.blank(d)
	t0 := time.Now()
	if err := cmd.Start(); err != nil {
		fmt.Fprintln(os.Stderr, "startup-probe:", err)
		os.Exit(2)
	}
	defer stop(cmd)
	root := C.XDefaultRootWindow(d)
	var w C.Window
	for w == 0 {
		if time.Since(t0) > limit {
			fail(cmd, "the window never mapped")
		}
		w = C.find(d, root, name, 0)
		if w == 0 {
			time.Sleep(2 * time.Millisecond)
		}
	}
	mapped := time.Since(t0)
	for C.flat(d, w) != 0 {
		if time.Since(t0) > limit {
			fail(cmd, "the window was never painted")
		}
		time.Sleep(4 * time.Millisecond)
	}
	painted := time.Since(t0)
	fmt.Println(mapped.Milliseconds(), painted.Milliseconds())
}

// stop ends the command: SIGTERM, then SIGKILL after 5 s (Fyne's tray can
// hang on the way out).
func stop(cmd *exec.Cmd) {
	_ = cmd.Process.Signal(syscall.SIGTERM)
	done := make(chan struct{})
	go func() { _ = cmd.Wait(); close(done) }()
	select {
	case <-done:
	case <-time.After(5 * time.Second):
		_ = cmd.Process.Kill()
		<-done
	}
}

func fail(cmd *exec.Cmd, msg string) {
	stop(cmd)
	fmt.Fprintln(os.Stderr, "startup-probe:", msg)
	os.Exit(1)
}
