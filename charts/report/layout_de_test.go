package report

import (
	"path/filepath"
	"strings"
	"testing"
)

// longGerman is among the longest words a German report can carry: a
// compound with no place to break.
const longGerman = "Unterschenkelmuskelkrampfhäufigkeitsaufzeichnung"

// germanCrowded is the crowded period in German words, with the longest
// compounds in every free text.
func germanCrowded(t *testing.T) Input {
	in := crowded(t)
	in.Name = "Hildegard " + longGerman + longGerman
	for i := range in.Days {
		if in.Days[i].MedicationChange != "" {
			in.Days[i].MedicationChange = "Dosis geändert: " + strings.Repeat(longGerman+" ", 4)
		}
	}
	for i := range in.RedFlags {
		in.RedFlags[i] = strings.Repeat(longGerman, 3)
		in.Experiments[i] = "Magnesiumeinnahmeexperiment " + strings.Repeat(longGerman+" ", 5)
	}
	return in
}

// The longest German words stay inside the content area and no two texts on
// one line run into each other, with the real German file and with every
// label made longer still.
func TestLongGermanWordsStayInTheirBoxes(t *testing.T) {
	de := fileWriter(t, "de")
	longer := de
	longer.T = func(key string, data ...any) string { return de.T(key, data...) + " " + longGerman }
	for name, w := range map[string]Writer{"german": de, "german, every text longer": longer} {
		t.Run(name, func(t *testing.T) {
			p, err := w.Build(germanCrowded(t))
			if err != nil {
				t.Fatal(err)
			}
			fonts, _ := loadFonts()
			type span struct {
				text        string
				left, right float64
			}
			lines := map[float64][]span{}
			for _, tx := range p.texts {
				right := tx.X + fonts.width(tx.Text, tx.Size, tx.Bold)
				if tx.X < margin-0.01 || right > margin+contentW+0.01 || tx.Y > pageH-margin {
					t.Errorf("%q at %.1f..%.1f leaves the content area", tx.Text, tx.X, right)
				}
				for _, o := range lines[tx.Y] {
					if tx.X < o.right+0.5 && o.left < right+0.5 {
						t.Errorf("%q (%.1f..%.1f) runs into %q (%.1f..%.1f)", tx.Text, tx.X, right, o.text, o.left, o.right)
					}
				}
				lines[tx.Y] = append(lines[tx.Y], span{tx.Text, tx.X, right})
			}
			if name == "german" { // the real German labels keep every word
				for _, label := range []string{"Nächte mit Krämpfen pro 7 eingetragene Nächte", "Verlorener Schlaf", "Tagebuch nächtlicher Beinkrämpfe"} {
					if !strings.Contains(pageText(p), label) {
						t.Errorf("%q is cut on the page:\n%s", label, pageText(p))
					}
				}
			}
			pdfPath := filepath.Join(t.TempDir(), "de.pdf")
			writePage(t, p, pdfPath)
			if n := pdfPages(pdfText(t, pdfPath)); n != 1 {
				t.Errorf("the German PDF has %d pages", n)
			}
		})
	}
}
