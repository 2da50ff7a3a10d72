// Package redflag finds the warning signs in a diary that a clinician should
// hear about, and keeps which of them the person has dismissed. It reads the
// domain of package model and is never imported by it.
package redflag
