package tracker

import (
	"io"
	"os"
	"sync/atomic"
)

// Counting is a Sink that passes records on to Sink and counts them, so a
// progress line or bar can say how far a long file has been read. Its
// methods read the progress from any goroutine.
type Counting struct {
	Sink
	n           atomic.Int64
	read, total atomic.Int64 // bytes of the export, when its reader tells them
}

// Steps counts and passes r on.
func (c *Counting) Steps(r Steps) { c.n.Add(1); c.Sink.Steps(r) }

// Sleep counts and passes r on.
func (c *Counting) Sleep(r Sleep) { c.n.Add(1); c.Sink.Sleep(r) }

// Run counts and passes r on.
func (c *Counting) Run(r Run) { c.n.Add(1); c.Sink.Run(r) }

// Records is how many records have passed so far.
func (c *Counting) Records() int64 { return c.n.Load() }

// Share is the part of the export read so far, from 0 to 1, for the formats
// read as one stream of known length (an Apple Health export, a CSV file);
// known is false for the others, which are read as databases or many files.
func (c *Counting) Share() (share float64, known bool) {
	total := c.total.Load()
	if total <= 0 {
		return 0, false
	}
	return min(1, float64(c.read.Load())/float64(total)), true
}

func (c *Counting) setTotal(n int64) { c.total.Store(n) }
func (c *Counting) addRead(n int64)  { c.read.Add(n) }

// progressSink is a Sink that keeps how much of its export has been read.
type progressSink interface {
	setTotal(n int64)
	addRead(n int64)
}

// fileWithProgress is withProgress for the whole of f.
func fileWithProgress(f *os.File, sink Sink) io.Reader {
	var size int64
	if st, err := f.Stat(); err == nil {
		size = st.Size()
	}
	return withProgress(f, size, sink)
}

// withProgress returns r, total bytes long, telling sink how much of it has
// been read when sink keeps that (a Counting does).
func withProgress(r io.Reader, total int64, sink Sink) io.Reader {
	p, ok := sink.(progressSink)
	if !ok || total <= 0 {
		return r
	}
	p.setTotal(total)
	return &progressReader{r: r, p: p}
}

type progressReader struct {
	r io.Reader
	p progressSink
}

func (pr *progressReader) Read(b []byte) (int, error) {
	n, err := pr.r.Read(b)
	pr.p.addRead(int64(n))
	return n, err
}
