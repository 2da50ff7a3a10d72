package locale

// languages holds the words of each supported language, after CLDR.
var languages = map[string]*names{
	"en": {
		months:        [12]string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"},
		monthsOf:      [12]string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"},
		monthsShort:   [12]string{"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"},
		weekdays:      [7]string{"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"},
		weekdaysShort: [7]string{"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"},
		group:         ",", decimal: ".",
		longDate: "{D} {M} {Y}", shortDate: "{D} {Mon} {Y}",
		longWeekday: "{W} {D} {M}", shortWeekday: "{Wd} {D} {Mon} {Y}",
	},
	"de": {
		months:        [12]string{"Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"},
		monthsOf:      [12]string{"Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"},
		monthsShort:   [12]string{"Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.", "Okt.", "Nov.", "Dez."},
		weekdays:      [7]string{"Sonntag", "Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag"},
		weekdaysShort: [7]string{"So", "Mo", "Di", "Mi", "Do", "Fr", "Sa"},
		group:         ".", decimal: ",",
		longDate: "{D}. {M} {Y}", shortDate: "{D}. {Mon} {Y}",
		longWeekday: "{W}, {D}. {M}", shortWeekday: "{Wd}, {D}. {Mon} {Y}",
	},
	"ru": {
		months:        [12]string{"январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь", "ноябрь", "декабрь"},
		monthsOf:      [12]string{"января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"},
		monthsShort:   [12]string{"янв.", "февр.", "мар.", "апр.", "мая", "июн.", "июл.", "авг.", "сент.", "окт.", "нояб.", "дек."},
		weekdays:      [7]string{"воскресенье", "понедельник", "вторник", "среда", "четверг", "пятница", "суббота"},
		weekdaysShort: [7]string{"вс", "пн", "вт", "ср", "чт", "пт", "сб"},
		group:         "\u00a0", decimal: ",",
		longDate: "{D} {M} {Y}", shortDate: "{D} {Mon} {Y}",
		longWeekday: "{W}, {D} {M}", shortWeekday: "{Wd}, {D} {Mon} {Y}",
	},
}
