//go:build ci

package report

// In CI a missing pdftotext is a failure, so the PDF check can never be
// skipped silently; on a developer's machine it is a skip.
const requireTools = true
