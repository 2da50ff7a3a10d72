package experiment

// Template is a ready-made experiment: what A and B nights ask, why the
// change is worth testing, and a default plan that can reach p <= Alpha.
type Template struct {
	ID     TemplateID
	Title  string
	Usual  string // what to do on A nights or phases: carry on as usual
	Change string // what to do on B nights or phases
	Why    string
	Plan   Plan
}

// nightly suits evening changes that are gone by the next evening. 14 nights
// (3,432 schedules) could reach p = 1/3,432, but in simulation they found a
// strong effect (cramp nights 60% without the change, 15% with it) only about
// one time in four, and "no difference seen" after such a test misleads.
// Four weeks find it about three times in four.
func nightly() Plan {
	return Plan{Outcome: OutcomeCrampNights, Design: NightByNight, Nights: 28}
}

// weekPhases suits changes that take days to act or wear off. Five pairs are
// the fewest whose 32 orders can reach p <= 0.05 (four give 1/16); a week per
// phase puts every weekday, with its own habits, in both conditions.
func weekPhases(washout int) Plan {
	return Plan{Outcome: OutcomeCrampNights, Design: Phases, Pairs: 5, PhaseDays: 7, WashoutDays: washout, Order: OrderRandom}
}

// Defaults are the plans of each design that a template's plan completes: a
// template fills the fields of its own design, and these fill the other's,
// so switching design in the planner shows a plan that can run.
func Defaults() (nightByNight, phases Plan) { return nightly(), weekPhases(0) }

var templates = []Template{
	{
		ID: TemplateSteadyLoad, Title: "Steady leg load",
		Change: "Keep the load on your lower legs even from day to day: about the same steps, no hill or speed sessions, no sudden long walks.",
		Usual:  "Walk, run and stand as you normally would.",
		Why: "Cramps often follow a day or two after a jump in walking, running or standing. A steadier load takes days to show and lingers after you stop, " +
			"so it is tested in week-long phases, and the first two days of each are left out of the comparison.",
		Plan: weekPhases(2),
	},
	{
		ID: TemplateSleepWindow, Title: "Fixed sleep window",
		Change: "Go to bed and get up at the same times every day, weekends included, within about half an hour.",
		Usual:  "Go to bed and get up whenever you normally would.",
		Why: "Short or irregular sleep often comes with cramp-heavy weeks. A regular rhythm takes a few days to settle, " +
			"so it is tested in week-long phases, and the first night of each is left out of the comparison.",
		Plan: weekPhases(1),
	},
	{
		ID: TemplateNoAlcohol, Title: "Evenings without alcohol",
		Change: "No alcohol this evening.",
		Usual:  "An ordinary evening: drink as you normally do, and no more to make up for the other nights.",
		Why: "Evenings with drinks are a trigger many people report. Their effect is mostly over by the next evening, " +
			"so the nights can be switched one by one, which gives an answer in two weeks.",
		Plan: nightly(),
	},
	{
		ID: TemplateWaterSalt, Title: "Steady water and salt",
		Change: "Drink water steadily through the day and eat regular meals with your usual salt, instead of long gaps and then a lot at once.",
		Usual:  "Eat and drink as you normally do.",
		Why: "Running low on fluids after heat, sweat or a long gap may play a part in night cramps. Whether it does for you shows night by night. " +
			"If a clinician has asked you to limit fluids or salt, keep to that and choose another experiment.",
		Plan: nightly(),
	},
	{
		ID: TemplateBedtimeStretch, Title: "Calf stretch at bedtime",
		Change: "Before bed, stretch each calf: face a wall, one foot back with the heel down and the knee straight, and hold about 30 seconds a side.",
		Usual:  "Go to bed without the calf stretch.",
		Why: "Studies of bedtime stretching disagree: one saw fewer cramps, another no difference. " +
			"Switching the stretch on and off night by night shows whether it helps you.",
		Plan: nightly(),
	},
	{
		ID: TemplateEarlierWorkouts, Title: "Earlier workouts",
		Change: "Finish hard leg exercise, such as runs, leg training or long hikes, at least three hours before bed.",
		Usual:  "Exercise at your usual times.",
		Why: "A hard leg session close to bedtime may leave the muscles ready to cramp. Training habits follow the week and shift over days, " +
			"so this is tested in week-long phases, and the first night of each is left out of the comparison.",
		Plan: weekPhases(1),
	},
	{
		ID: TemplateCustom, Title: "Your own change",
		Usual: "Carry on as usual.",
		Why: "Test any single change you can switch on and off. Night by night suits changes made in the evening; " +
			"phases suit changes that take days to act or wear off.",
		Plan: nightly(),
	},
}

// Templates lists every template, custom last, for the planner to offer.
func Templates() []Template {
	out := make([]Template, len(templates))
	copy(out, templates)
	return out
}

// TemplateByID returns the template named id.
func TemplateByID(id TemplateID) (Template, bool) {
	for _, t := range templates {
		if t.ID == id {
			return t, true
		}
	}
	return Template{}, false
}

// CustomTemplate is the custom template with the person's own texts; an empty
// usual keeps "Carry on as usual."
func CustomTemplate(title, usual, change string) Template {
	t, _ := TemplateByID(TemplateCustom)
	t.Title, t.Change = title, change
	if usual != "" {
		t.Usual = usual
	}
	return t
}
