// Package nof1 holds the statistics of a personal (N-of-1) experiment: the
// non-overlap of all pairs (NAP) and a randomisation test over every schedule
// the design could have drawn. It knows nothing of diaries; lower scores are better.
package nof1
