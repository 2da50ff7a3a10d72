// Package insights is the pattern finder: it compares the cramp-night rate of
// the checked nights with and without each logged factor, within the same
// weeks, and says which differences are worth testing with an experiment. It
// works over model, which never imports it (docs/insights-method.md).
package insights
