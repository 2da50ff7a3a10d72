package sqlstore

import (
	"fmt"

	"github.com/crampdiary/crampdiary/model"
)

// AppID is crampdiary's PRAGMA application_id, stored by SQLite at offset 68
// of the file header: the ASCII of "CRMP" (0x43524D50). Any SQLite tool (and
// file(1)) can then tell a diary from another program's database.
const AppID = 0x43524D50

// diaryTables are the tables every crampdiary schema has had since version 1;
// they identify a diary written before AppID existed.
var diaryTables = []string{"days", "cramps", "settings"}

// checkIdentity refuses a file that is not crampdiary's: one that names
// another program in its application id, or names none and holds tables that
// are not a diary's. An SQLite file with no tables at all holds nothing to
// lose and becomes a diary.
func checkIdentity(path string, f facts) error {
	switch {
	case f.appID == AppID:
		return nil
	case f.appID != 0:
		return foreignErr(path, fmt.Sprintf("it belongs to the program with SQLite application id 0x%08X", uint32(f.appID)))
	case len(f.tables) == 0 && f.version == 0:
		return nil
	case f.version >= 1 && hasAll(f.tables, diaryTables):
		return nil
	default:
		return foreignErr(path, "its tables are not a diary's")
	}
}

func foreignErr(path, why string) error {
	return fmt.Errorf("%w: %s: this is not a crampdiary diary; it was left untouched (%s)", model.ErrForeign, path, why)
}

func hasAll(have map[string]bool, want []string) bool {
	for _, t := range want {
		if !have[t] {
			return false
		}
	}
	return true
}
