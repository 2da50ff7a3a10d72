// Package experiment is the self-experiment: the plan fixed before it starts,
// the schedule drawn with model/nof1, its rules (Validate) and its Store; the
// ready-made templates, what tonight asks, and the analysis and verdict in
// words. It works over package model, which never imports it.
package experiment
