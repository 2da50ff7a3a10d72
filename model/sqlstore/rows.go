package sqlstore

import (
	"database/sql/driver"
	"fmt"
	"time"

	"github.com/crampdiary/crampdiary/model"
)

// dayRow is one row of days. The domain's Day carries no storage tags: the
// column names, the key and the time stamp GORM fills in live here.
type dayRow struct {
	Date string `gorm:"column:date;primaryKey"`

	Steps       *int     `gorm:"column:steps"`
	RunMin      *int     `gorm:"column:run_min"`
	RunHard     *bool    `gorm:"column:run_hard"`
	Strength    *bool    `gorm:"column:strength"`
	StandingH   *float64 `gorm:"column:standing_h"`
	NewShoes    *bool    `gorm:"column:new_shoes"`
	HighHeels   *bool    `gorm:"column:high_heels"`
	LongSitting *bool    `gorm:"column:long_sitting"`
	LateWorkout *bool    `gorm:"column:late_workout"`

	SleepStart   *clock `gorm:"column:sleep_start"`
	SleepEnd     *clock `gorm:"column:sleep_end"`
	SleepQuality *int   `gorm:"column:sleep_quality"`
	Stress       *int   `gorm:"column:stress"`

	AlcoholDrinks *int   `gorm:"column:alcohol_drinks"`
	LateMeal      *bool  `gorm:"column:late_meal"`
	Heat          *bool  `gorm:"column:heat"`
	FluidsGlasses *int   `gorm:"column:fluids_glasses"`
	CaffeineCups  *int   `gorm:"column:caffeine_cups"`
	SaltChange    *bool  `gorm:"column:salt_change"`
	Supplements   string `gorm:"column:supplements"`
	Stretched     *bool  `gorm:"column:stretched"`
	TightBedding  *bool  `gorm:"column:tight_bedding"`

	MedicationChange string `gorm:"column:medication_change"`

	Weakness        *bool `gorm:"column:flag_weakness"`
	Numbness        *bool `gorm:"column:flag_numbness"`
	SwellingOneSide *bool `gorm:"column:flag_swelling"`
	LegColourChange *bool `gorm:"column:flag_colour"`

	StepsSource  string `gorm:"column:steps_source"`
	RunMinSource string `gorm:"column:run_min_source"`
	SleepSource  string `gorm:"column:sleep_source"`

	NightChecked bool   `gorm:"column:night_checked"`
	Notes        string `gorm:"column:notes"`

	UpdatedAt time.Time `gorm:"column:updated_at"`
}

func (dayRow) TableName() string { return "days" }

func dayRowOf(d model.Day) dayRow {
	return dayRow{
		Date: string(d.Date), Steps: d.Steps, RunMin: d.RunMin, RunHard: d.RunHard, Strength: d.Strength,
		StandingH: d.StandingH, NewShoes: d.NewShoes, HighHeels: d.HighHeels, LongSitting: d.LongSitting,
		LateWorkout: d.LateWorkout, SleepStart: clockOf(d.SleepStart), SleepEnd: clockOf(d.SleepEnd),
		SleepQuality: d.SleepQuality, Stress: d.Stress, AlcoholDrinks: d.AlcoholDrinks, LateMeal: d.LateMeal,
		Heat: d.Heat, FluidsGlasses: d.FluidsGlasses, CaffeineCups: d.CaffeineCups, SaltChange: d.SaltChange,
		Supplements: d.Supplements, Stretched: d.Stretched, TightBedding: d.TightBedding,
		MedicationChange: d.MedicationChange, Weakness: d.Weakness, Numbness: d.Numbness,
		SwellingOneSide: d.SwellingOneSide, LegColourChange: d.LegColourChange, StepsSource: d.StepsSource,
		RunMinSource: d.RunMinSource, SleepSource: d.SleepSource, NightChecked: d.NightChecked,
		Notes: d.Notes, UpdatedAt: d.UpdatedAt,
	}
}

func (r dayRow) day() model.Day {
	return model.Day{
		Date: model.Date(r.Date), Steps: r.Steps, RunMin: r.RunMin, RunHard: r.RunHard, Strength: r.Strength,
		StandingH: r.StandingH, NewShoes: r.NewShoes, HighHeels: r.HighHeels, LongSitting: r.LongSitting,
		LateWorkout: r.LateWorkout, SleepStart: r.SleepStart.model(), SleepEnd: r.SleepEnd.model(),
		SleepQuality: r.SleepQuality, Stress: r.Stress, AlcoholDrinks: r.AlcoholDrinks, LateMeal: r.LateMeal,
		Heat: r.Heat, FluidsGlasses: r.FluidsGlasses, CaffeineCups: r.CaffeineCups, SaltChange: r.SaltChange,
		Supplements: r.Supplements, Stretched: r.Stretched, TightBedding: r.TightBedding,
		MedicationChange: r.MedicationChange, Weakness: r.Weakness, Numbness: r.Numbness,
		SwellingOneSide: r.SwellingOneSide, LegColourChange: r.LegColourChange, StepsSource: r.StepsSource,
		RunMinSource: r.RunMinSource, SleepSource: r.SleepSource, NightChecked: r.NightChecked,
		Notes: r.Notes, UpdatedAt: r.UpdatedAt,
	}
}

func daysOf(rows []dayRow) []model.Day {
	days := make([]model.Day, len(rows))
	for i, r := range rows {
		days[i] = r.day()
	}
	return days
}

// crampRow is one row of cramps.
type crampRow struct {
	ID     uint   `gorm:"column:id;primaryKey"`
	Night  string `gorm:"column:night"`
	Time   *clock `gorm:"column:time"`
	Muscle string `gorm:"column:muscle"`
	Side   string `gorm:"column:side"`

	DurationS    *int   `gorm:"column:duration_s"`
	Intensity    *int   `gorm:"column:intensity"`
	Soreness     *int   `gorm:"column:soreness"`
	Relief       string `gorm:"column:relief"`
	SleepLostMin *int   `gorm:"column:sleep_lost_min"`
	Notes        string `gorm:"column:notes"`

	CreatedAt time.Time `gorm:"column:created_at"`
}

func (crampRow) TableName() string { return "cramps" }

func crampRowOf(c model.Cramp) crampRow {
	return crampRow{
		ID: c.ID, Night: string(c.Night), Time: clockOf(c.Time), Muscle: string(c.Muscle), Side: string(c.Side),
		DurationS: c.DurationS, Intensity: c.Intensity, Soreness: c.Soreness, Relief: c.Relief,
		SleepLostMin: c.SleepLostMin, Notes: c.Notes, CreatedAt: c.CreatedAt,
	}
}

func (r crampRow) cramp() model.Cramp {
	return model.Cramp{
		ID: r.ID, Night: model.Date(r.Night), Time: r.Time.model(), Muscle: model.Muscle(r.Muscle),
		Side: model.Side(r.Side), DurationS: r.DurationS, Intensity: r.Intensity, Soreness: r.Soreness,
		Relief: r.Relief, SleepLostMin: r.SleepLostMin, Notes: r.Notes, CreatedAt: r.CreatedAt,
	}
}

func crampsOf(rows []crampRow) []model.Cramp {
	cramps := make([]model.Cramp, len(rows))
	for i, r := range rows {
		cramps[i] = r.cramp()
	}
	return cramps
}

// clock is a model.Clock as the database keeps it: text "HH:MM".
type clock model.Clock

// Value stores c as "HH:MM".
func (c clock) Value() (driver.Value, error) { return model.Clock(c).String(), nil }

// Scan reads "HH:MM" text back.
func (c *clock) Scan(src any) error {
	var s string
	switch v := src.(type) {
	case string:
		s = v
	case []byte:
		s = string(v)
	default:
		return fmt.Errorf("sqlstore: scan clock from %T", src)
	}
	parsed, err := model.ParseClock(s)
	if err != nil {
		return err
	}
	*c = clock(parsed)
	return nil
}

// GormDataType tells GORM the column holds text.
func (clock) GormDataType() string { return "text" }

func clockOf(p *model.Clock) *clock {
	if p == nil {
		return nil
	}
	c := clock(*p)
	return &c
}

func (c *clock) model() *model.Clock {
	if c == nil {
		return nil
	}
	m := model.Clock(*c)
	return &m
}
