//go:build !ci

package report

const requireTools = false
