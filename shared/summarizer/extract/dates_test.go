package extract

import (
	"testing"
	"time"

	"github.com/precis-news/precis/shared/summarizer/dates"
)

func TestOrderOf(t *testing.T) {
	tests := []struct {
		lang, url string
		want      dates.Order
	}{
		{"en-US", "", dates.MonthFirst},
		{"en_GB", "", dates.DayFirst},
		{"de", "", dates.DayFirst},
		{"en", "https://www.bbc.co.uk/news/1", dates.DayFirst},
		{"en", "https://example.com/a", dates.OrderUnknown},
		{"", "", dates.OrderUnknown},
	}
	for _, tt := range tests {
		if got := orderOf(tt.lang, tt.url); got != tt.want {
			t.Errorf("orderOf(%q, %q) = %d, want %d", tt.lang, tt.url, got, tt.want)
		}
	}
}

func TestInPageOffset(t *testing.T) {
	utc := time.Date(2019, 11, 19, 1, 19, 34, 0, time.UTC)
	tests := []struct {
		name      string
		t         time.Time
		witnesses []dates.Mention
		want      string
	}{
		{"five hours behind", utc, []dates.Mention{{Day: time.Date(1, 11, 18, 0, 0, 0, 0, time.UTC), Clock: 20*time.Hour + 19*time.Minute, HasClock: true}}, "2019-11-18"},
		{"another minute is another event", utc, []dates.Mention{{Day: time.Date(2019, 11, 18, 0, 0, 0, 0, time.UTC), HasYear: true, Clock: 20*time.Hour + 20*time.Minute, HasClock: true}}, "2019-11-19"},
		{"a day without its time of day is no instant", time.Date(2019, 11, 19, 0, 0, 0, 0, time.UTC), []dates.Mention{{Day: time.Date(2019, 11, 18, 0, 0, 0, 0, time.UTC), HasYear: true, Clock: 19 * time.Hour, HasClock: true}}, "2019-11-19"},
		{"an offset already given is kept", utc.In(time.FixedZone("", 3600)), []dates.Mention{{Day: time.Date(2019, 11, 18, 0, 0, 0, 0, time.UTC), HasYear: true, Clock: 20*time.Hour + 19*time.Minute, HasClock: true}}, "2019-11-19"},
	}
	for _, tt := range tests {
		if got := inPageOffset(tt.t, nil, tt.witnesses).Format("2006-01-02"); got != tt.want {
			t.Errorf("%s: %s, want %s", tt.name, got, tt.want)
		}
	}
}
