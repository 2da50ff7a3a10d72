package nof1

// NAP is the non-overlap of all pairs (Parker & Vannest 2009): the share of
// all (a, b) pairs, one score from each condition, in which the b score is
// better, a tie counting one half. Lower scores are better here (fewer
// cramps), so 1 means every b night beat every a night, 0.5 means no
// difference, 0 means every b night was worse. It returns false when either
// side has no scores, since a share of no pairs means nothing.
func NAP(a, b []float64) (float64, bool) {
	if len(a) == 0 || len(b) == 0 {
		return 0, false
	}
	var better float64
	for _, x := range a {
		for _, y := range b {
			switch {
			case y < x:
				better++
			case y == x:
				better += 0.5
			}
		}
	}
	return better / float64(len(a)*len(b)), true
}
