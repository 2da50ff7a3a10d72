// Package model is crampdiary's domain: days and night cramps, the night rule,
// validation, the Store interface and the statistics built on them. It never imports Fyne.
package model
