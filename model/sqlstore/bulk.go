package sqlstore

import (
	"context"
	"database/sql"
	"fmt"
	"reflect"
	"strings"
	"sync"
	"time"

	"gorm.io/gorm"
	"gorm.io/gorm/schema"
)

// bulk writes many rows inside one transaction with plain SQL of a few rows
// per statement. Through GORM's CreateInBatches (200 rows a statement, built
// by reflection each time) a 64 MB days.csv took 53 s, 49 of them in the
// driver's binding, whose cost grows with the square of a statement's values.
type bulk struct {
	ctx   context.Context
	pool  gorm.ConnPool
	now   time.Time
	stmts map[string]*sql.Stmt
	args  []any
	json  []byte
}

// valuesPerStatement keeps each statement to about 250 bound values. The
// driver parses the SQL anew on every run and binds each value by a search
// over all of them: fewer, longer statements parse less per row, while the
// search grows with the square of the values. 250 measured best.
const valuesPerStatement = 250

func newBulk(tx *gorm.DB, now time.Time) *bulk {
	return &bulk{ctx: tx.Statement.Context, pool: tx.Statement.ConnPool, now: now, stmts: map[string]*sql.Stmt{}}
}

// exec runs query with args, preparing it the first time it is seen.
func (b *bulk) exec(query string, args ...any) error {
	st, ok := b.stmts[query]
	if !ok {
		var err error
		if st, err = b.pool.PrepareContext(b.ctx, query); err != nil {
			return err
		}
		b.stmts[query] = st
	}
	_, err := st.ExecContext(b.ctx, args...)
	return err
}

func (b *bulk) close() {
	for _, st := range b.stmts {
		st.Close()
	}
}

// bulkTable is how bulk writes one model type: its table, its columns (all
// but an auto-increment id), and the statement for n rows once built.
type bulkTable struct {
	verb   string
	name   string
	fields []*schema.Field
	sql    map[int]string
}

var schemaCache sync.Map

// bulkTableOf reads the columns of a row type's table (dayRow, crampRow) from
// its GORM schema, so the writes here stay in step with the row's tags. replace makes a row
// replace the stored one with the same key, every column of it.
func bulkTableOf(model any, replace bool) (bulkTable, error) {
	s, err := schema.Parse(model, &schemaCache, schema.NamingStrategy{})
	if err != nil {
		return bulkTable{}, fmt.Errorf("read columns of %T: %w", model, err)
	}
	t := bulkTable{verb: "INSERT INTO", name: s.Table, sql: map[int]string{}}
	if replace {
		t.verb = "INSERT OR REPLACE INTO"
	}
	for _, f := range s.Fields {
		if f.DBName == "" || (f.PrimaryKey && f.DBName == "id") {
			continue
		}
		t.fields = append(t.fields, f)
	}
	return t, nil
}

// insert writes rows, a slice of t's model: as JSON in one statement when
// every value allows, else a few rows per statement.
func (b *bulk) insert(t bulkTable, rows reflect.Value) error {
	if done, err := b.insertJSON(t, rows); done || err != nil {
		return err
	}
	per := max(1, valuesPerStatement/len(t.fields))
	for i := 0; i < rows.Len(); i += per {
		n := min(per, rows.Len()-i)
		b.args = b.args[:0]
		for j := range n {
			b.args = t.appendValues(b.ctx, b.args, rows.Index(i+j), b.now)
		}
		if err := b.exec(t.insertSQL(n), b.args...); err != nil {
			return err
		}
	}
	return nil
}

// appendValues adds the column values of one row; a time stamp GORM would
// fill in (updated_at always, created_at when unset) gets now.
func (t bulkTable) appendValues(ctx context.Context, args []any, row reflect.Value, now time.Time) []any {
	for _, f := range t.fields {
		v, zero := f.ValueOf(ctx, row)
		if f.AutoUpdateTime != 0 || (f.AutoCreateTime != 0 && zero) {
			v = now
		}
		args = append(args, v)
	}
	return args
}

func (t bulkTable) insertSQL(rows int) string {
	if q, ok := t.sql[rows]; ok {
		return q
	}
	cols := make([]string, len(t.fields))
	for i, f := range t.fields {
		cols[i] = f.DBName
	}
	one := "(" + strings.TrimSuffix(strings.Repeat("?,", len(t.fields)), ",") + ")"
	q := fmt.Sprintf("%s %s(%s) VALUES %s", t.verb, t.name, strings.Join(cols, ","),
		strings.TrimSuffix(strings.Repeat(one+",", rows), ","))
	t.sql[rows] = q
	return q
}
