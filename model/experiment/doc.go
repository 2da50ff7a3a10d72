// Package experiment judges the person's self-experiments: it scores the
// diary's nights against an experiment's schedule, tests the difference with
// model/nof1, and words the verdict. It works over package model, which never
// imports it.
package experiment
