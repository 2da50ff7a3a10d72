package csvio

// FileNames are the files Export writes into its folder, so a caller can ask
// before replacing ones already there.
func FileNames() []string {
	return []string{daysFile, crampsFile, experimentsFile, experimentNightsFile}
}
