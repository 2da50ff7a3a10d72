package model

// Translate is a lookup such as Fyne's lang.L, which this package cannot
// import: it translates text and fills its {{.Name}} placeholders from data.
// English texts are its keys; a nil Translate keeps them as they are.
type Translate func(text string, data ...any) string

// Text translates s, or returns it as it is when tr is nil.
func (tr Translate) Text(s string) string {
	if tr == nil {
		return s
	}
	return tr(s)
}
