//go:build !unix

package sqlstore

// logInUse cannot look at SQLite's locks here. On Windows SQLite opens its
// files without FILE_SHARE_DELETE, so renaming a log in use fails anyway.
func logInUse(string) bool { return false }
