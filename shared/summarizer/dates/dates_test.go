package dates

import (
	"testing"
	"time"
)

func TestFind(t *testing.T) {
	tests := []struct {
		in    string
		order Order
		want  string // day, or "" for none
		clock time.Duration
	}{
		{"Published 11:26 pm EST, Tuesday, November 19, 2019", OrderUnknown, "2019-11-19", 23*time.Hour + 26*time.Minute},
		{"publiziert am 30. Juli 2018", DayFirst, "2018-07-30", 0},
		{"le 18 novembre 2019 à 20h58", DayFirst, "2019-11-18", 20*time.Hour + 58*time.Minute},
		{"18 de noviembre de 2019", DayFirst, "2019-11-18", 0},
		{"18 ноября 2019, 20:58", DayFirst, "2019-11-18", 20*time.Hour + 58*time.Minute},
		{"pubblicato il 3 marzo 2020", DayFirst, "2020-03-03", 0},
		{"18.11.2019", OrderUnknown, "2019-11-18", 0},
		{"2019/11/18 20:58:46", OrderUnknown, "2019-11-18", 20*time.Hour + 58*time.Minute + 46*time.Second},
		{"11/18/19", OrderUnknown, "2019-11-18", 0},
		{"03/09/2026", MonthFirst, "2026-03-09", 0},
		{"03/09/2026", DayFirst, "2026-09-03", 0},
		{"03/09/2026", OrderUnknown, "", 0},
		{"Version 2.1.12 is out", DayFirst, "", 0},
		{"Marathon 2019 results", OrderUnknown, "", 0},
		{"31 February 2019", OrderUnknown, "", 0},
		{"Posted Nov 18, 8:19 PM", OrderUnknown, "0001-11-18", 20*time.Hour + 19*time.Minute},
		{"at 11:08 a.m. on Monday, November 18th, 2019", OrderUnknown, "2019-11-18", 11*time.Hour + 8*time.Minute},
	}
	for _, tt := range tests {
		dm, ok := Find(tt.in, tt.order)
		got := ""
		if ok {
			got = dm.Day.Format("2006-01-02")
		}
		if got != tt.want || ok && dm.Clock != tt.clock {
			t.Errorf("Find(%q, %d) = %s %v, want %s %v", tt.in, tt.order, got, dm.Clock, tt.want, tt.clock)
		}
	}
}
