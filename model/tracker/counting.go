package tracker

import "sync/atomic"

// Counting is a Sink that passes records on to Sink and counts them, so a
// progress line or bar can say how far a long file has been read. Records
// reads the count from any goroutine.
type Counting struct {
	Sink
	n atomic.Int64
}

// Steps counts and passes r on.
func (c *Counting) Steps(r Steps) { c.n.Add(1); c.Sink.Steps(r) }

// Sleep counts and passes r on.
func (c *Counting) Sleep(r Sleep) { c.n.Add(1); c.Sink.Sleep(r) }

// Run counts and passes r on.
func (c *Counting) Run(r Run) { c.n.Add(1); c.Sink.Run(r) }

// Records is how many records have passed so far.
func (c *Counting) Records() int64 { return c.n.Load() }
