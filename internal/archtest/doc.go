// Package archtest holds no code, only a test that the packages' dependency
// arrows point the way docs/ARCHITECTURE.md says they do.
package archtest
