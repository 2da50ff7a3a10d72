package experiment

// TemplateID names an experiment template. It is stored with each experiment
// and offered by the pattern finder, so a value never changes once shipped.
type TemplateID string

// The templates: the changes of the 7-14 day test, one variable each.
const (
	TemplateSteadyLoad      TemplateID = "steady-load"
	TemplateSleepWindow     TemplateID = "sleep-window"
	TemplateNoAlcohol       TemplateID = "no-alcohol"
	TemplateWaterSalt       TemplateID = "water-salt"
	TemplateBedtimeStretch  TemplateID = "bedtime-stretch"
	TemplateEarlierWorkouts TemplateID = "earlier-workouts"
	TemplateCustom          TemplateID = "custom"
)

// TemplateIDs lists every template id, custom last: a stored experiment names
// one of them. The templates themselves (their texts and default plans) are
// in templates.go; a test keeps the two lists in step.
var TemplateIDs = []TemplateID{
	TemplateSteadyLoad, TemplateSleepWindow, TemplateNoAlcohol, TemplateWaterSalt,
	TemplateBedtimeStretch, TemplateEarlierWorkouts, TemplateCustom,
}
