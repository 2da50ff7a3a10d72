package desktop

import (
	"bufio"
	"fmt"
	"io"
	"net"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/crampdiary/crampdiary/app/internal/datadir"
)

// A second copy of the window must not open the diary. Instead it asks the
// running copy, over a unix socket in the data folder, to bring its window up.
// The folder is private (0700), so only the same user can ask.

const (
	showRequest = "show"
	showReply   = "ok"
	// ipcTimeout bounds a socket exchange. Its deadlines read the real clock:
	// they are timeouts, not the diary's time, which the fake clock may move.
	ipcTimeout = 2 * time.Second
)

// listenShow serves show requests, calling onShow for each, until the returned
// listener is closed. Call it only while holding the folder lock.
func listenShow(dir string, onShow func()) (net.Listener, error) {
	path := filepath.Join(dir, datadir.SockFile)
	// Holding the lock proves no live copy owns this socket: it is left over
	// from a crash and would make Listen fail.
	if err := os.Remove(path); err != nil && !os.IsNotExist(err) {
		return nil, fmt.Errorf("app: remove stale socket %s: %w", path, err)
	}
	ln, err := net.Listen("unix", path)
	if err != nil {
		return nil, fmt.Errorf("app: listen on %s: %w", path, err)
	}
	go serveShow(ln, onShow)
	return ln, nil
}

func serveShow(ln net.Listener, onShow func()) {
	for {
		c, err := ln.Accept()
		if err != nil {
			return // the listener was closed on quit
		}
		go answerShow(c, onShow)
	}
}

func answerShow(c net.Conn, onShow func()) {
	defer c.Close()
	_ = c.SetDeadline(time.Now().Add(ipcTimeout))
	line, err := bufio.NewReader(io.LimitReader(c, 64)).ReadString('\n')
	if err != nil || strings.TrimSpace(line) != showRequest {
		return
	}
	onShow()
	_, _ = io.WriteString(c, showReply+"\n")
}

// askToShow asks the copy running on dir to bring its window up.
func askToShow(dir string) error {
	path := filepath.Join(dir, datadir.SockFile)
	c, err := net.DialTimeout("unix", path, ipcTimeout)
	if err != nil {
		return fmt.Errorf("app: reach the running crampdiary at %s: %w", path, err)
	}
	defer c.Close()
	_ = c.SetDeadline(time.Now().Add(ipcTimeout))
	if _, err := io.WriteString(c, showRequest+"\n"); err != nil {
		return fmt.Errorf("app: ask the running crampdiary to show: %w", err)
	}
	line, err := bufio.NewReader(c).ReadString('\n')
	if err != nil || strings.TrimSpace(line) != showReply {
		return fmt.Errorf("app: the running crampdiary did not answer at %s: %v", path, err)
	}
	return nil
}
