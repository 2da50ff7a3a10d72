// Package experiment offers the ready-made self-experiments and judges them:
// it scores the diary's nights against an experiment's schedule, tests the
// difference with model/nof1, and words the verdict. It works over package model, which never
// imports it.
package experiment
