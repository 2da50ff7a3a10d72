package nof1

import (
	"math/bits"
	"math/rand/v2"
)

// Streams keep the schedule draw and the Monte-Carlo draws of one seed apart:
// were they the same, the test's first random schedule would be the one drawn.
const (
	streamSchedule = 0x5c4ed01e
	streamTest     = 0x7e57d4a3
)

// rng is a PCG generator with its own bounded draw. PCG's output for a seed is
// fixed by its published algorithm, while math/rand's helpers (IntN, Shuffle)
// may change between Go releases; a stored seed must give the same schedule
// and the same p-value forever.
type rng struct{ src *rand.PCG }

func newRNG(seed int64, stream uint64) *rng {
	return &rng{src: rand.NewPCG(uint64(seed), stream)}
}

// uintn returns a uniform value in [0, n) by Lemire's multiply-and-reject.
func (r *rng) uintn(n uint64) uint64 {
	hi, lo := bits.Mul64(r.src.Uint64(), n)
	if lo < n {
		thresh := -n % n
		for lo < thresh {
			hi, lo = bits.Mul64(r.src.Uint64(), n)
		}
	}
	return hi
}
