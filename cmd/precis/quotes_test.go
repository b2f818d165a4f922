package main

import (
	"bytes"
	"context"
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/s3"

	"github.com/precis-news/precis/internal/devstack"
	"github.com/precis-news/precis/shared/api"
)

// Two articles quoting the same minister, one by full name and one by surname only: precis
// quotes finds both through the local stack, by either name.
func TestQuotesCommand(t *testing.T) {
	ctx := context.Background()
	st := startStack(t)
	processed := make(chan devstack.Processed, 10)
	st.OnProcessed(func(p devstack.Processed) { processed <- p })
	articles := map[string]string{
		"articles/cli/budget.md": "# Budget passes\n\nThe finance minister, Anna Kowalska, defended the budget in parliament on Monday after a long debate about schools and roads.\n\n" +
			"\"This budget builds schools, roads and hospitals for every region of the country,\" Kowalska said.\n\n" +
			"Opposition leaders said they would vote against the plan when it returns to the chamber next month.",
		"articles/cli/roads.md": "# Roads first\n\nWork on the national road network will start in the spring, the government said on Tuesday after the budget vote.\n\n" +
			"\"The roads come first, and the money is already there for them,\" Kowalska said in the capital.\n\n" +
			"Contractors will be chosen by tender over the winter, according to the ministry's published schedule.",
	}
	for key, body := range articles {
		if _, err := st.S3.PutObject(ctx, &s3.PutObjectInput{Bucket: aws.String(st.Bucket), Key: aws.String(key), Body: bytes.NewReader([]byte(body))}); err != nil {
			t.Fatal(err)
		}
	}
	for range articles {
		select {
		case <-processed:
		case <-time.After(30 * time.Second):
			t.Fatal("uploads not processed")
		}
	}
	apiURL := st.APIURL
	for _, name := range []string{"Anna Kowalska", "kowalska", "anna-kowalska"} {
		out, err := runCLI([]string{"quotes", "--api", apiURL, name}, "")
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		for _, want := range []string{"Anna Kowalska (anna-kowalska, person): 2 quotes in all", "“This budget builds schools", "“The roads come first", "Budget passes · quote 1 · articles/cli/budget.md"} {
			if !strings.Contains(out, want) {
				t.Errorf("%s: output lacks %q:\n%s", name, want, out)
			}
		}
	}
	out, err := runCLI([]string{"quotes", "--api", apiURL, "--json", "--limit", "1", "Kowalska"}, "")
	var sq api.SpeakerQuotes
	if err != nil || json.Unmarshal([]byte(out), &sq) != nil || len(sq.Quotes) != 1 || sq.NextCursor == "" || sq.Speaker.Quotes != 2 {
		t.Errorf("--json --limit 1: %v\n%s", err, out)
	}
	for _, c := range []struct {
		args []string
		exit int
		says string
	}{
		{[]string{"quotes", "--api", apiURL, "Nobody Atall"}, exitError, `no quotes of "Nobody Atall": nobody quoted has that name or key`},
		// A full name nobody is quoted by is suggested the speakers of its surname.
		{[]string{"quotes", "--api", apiURL, "Maria Kowalska"}, exitError, "did you mean anna-kowalska?"},
		{[]string{"quotes", "--api", apiURL, "Maria Kowalska Jr."}, exitError, "did you mean anna-kowalska?"},
		{[]string{"quotes", "--api", apiURL, "--since", "monday", "Kowalska"}, exitUsage, "--since"},
		{[]string{"quotes", "--api", apiURL, "--limit", "0", "Kowalska"}, exitUsage, "--limit"},
		{[]string{"quotes", "--api", apiURL}, exitUsage, "speaker"},
	} {
		_, err := runCLI(c.args, "")
		if exitCode(err) != c.exit || err == nil || !strings.Contains(err.Error(), c.says) {
			t.Errorf("%q: exit %d (%v), want %d saying %q", c.args, exitCode(err), err, c.exit, c.says)
		}
	}
	// Dates bound the quotes: none after the articles' upload.
	out, err = runCLI([]string{"quotes", "--api", apiURL, "--since", time.Now().AddDate(0, 0, 2).Format(time.DateOnly), "Kowalska"}, "")
	if err != nil || !strings.Contains(out, "no quotes in those dates") {
		t.Errorf("--since the day after tomorrow: %v\n%s", err, out)
	}
}

func TestDateFlag(t *testing.T) {
	now := time.Date(2026, 3, 10, 12, 0, 0, 0, time.UTC)
	for _, c := range []struct {
		in, want string
		ok       bool
	}{
		{"", "", true},
		{"2026-03-01", "2026-03-01", true},
		{"7d", "2026-03-03", true},
		{"0d", "2026-03-10", true},
		{"-1d", "", false},
		{"d", "", false},
		{"monday", "", false},
		{"2026-02-30", "", false},
	} {
		got, err := dateFlag(c.in, now)
		if got != c.want || (err == nil) != c.ok {
			t.Errorf("dateFlag(%q) = %q, %v; want %q, ok %v", c.in, got, err, c.want, c.ok)
		}
	}
}
