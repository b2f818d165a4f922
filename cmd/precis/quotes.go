package main

import (
	"context"
	"encoding/json"
	"fmt"
	"github.com/precis-news/precis/shared/article"
	"github.com/precis-news/precis/shared/summarizer/quotes"
	"io"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/precis-news/precis/shared/api"
)

// quotesCmd prints a speaker's quotes across the articles the API holds, newest first.
func quotesCmd(ctx context.Context, args []string, stdout io.Writer) error {
	fs := newFlagSet("quotes", "SPEAKER")
	apiURL, useAWS := clientFlags(fs)
	since := fs.String("since", "", "the earliest date, YYYY-MM-DD, or Nd for N days ago")
	until := fs.String("until", "", "the latest date, YYYY-MM-DD, or Nd for N days ago")
	limit := fs.Int("limit", 20, "print at most N quotes")
	asJSON := fs.Bool("json", false, "print the API's JSON (the speaker and every quote printed)")
	names, err := parseInterleaved(fs, args, stdout)
	if err != nil {
		return err
	}
	if len(names) == 0 {
		return fmt.Errorf("%w: quotes takes a speaker's name or key (quote a name with spaces)", errUsage)
	}
	speaker := strings.Join(names, " ") // precis quotes Vladimir Putin
	if *limit < 1 {
		return fmt.Errorf("%w: --limit must be at least 1", errUsage)
	}
	q := url.Values{}
	for name, v := range map[string]string{"since": *since, "until": *until} {
		d, err := dateFlag(v, time.Now())
		if err != nil {
			return fmt.Errorf("%w: --%s: %v", errUsage, name, err)
		}
		if d != "" {
			q.Set(name, d)
		}
	}
	c, err := newAPIClient(ctx, *apiURL, *useAWS)
	if err != nil {
		return err
	}
	var all api.SpeakerQuotes
	for len(all.Quotes) < *limit {
		q.Set("limit", strconv.Itoa(min(*limit-len(all.Quotes), api.MaxLimit)))
		var page api.SpeakerQuotes
		status, err := c.do(ctx, http.MethodGet, "/speakers/"+url.PathEscape(speaker)+"/quotes?"+q.Encode(), nil, &page)
		if status == http.StatusNotFound && len(all.Quotes) == 0 {
			return notQuoted(ctx, c, speaker)
		}
		if err != nil {
			return err
		}
		all.Speaker, all.NextCursor = page.Speaker, page.NextCursor
		all.Quotes = append(all.Quotes, page.Quotes...)
		if page.NextCursor == "" {
			break
		}
		q.Set("cursor", page.NextCursor)
	}
	if *asJSON {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(all)
	}
	printQuotes(stdout, all)
	return nil
}

// dateFlag reads --since or --until: a date, or "Nd" for N days before now.
func dateFlag(v string, now time.Time) (string, error) {
	if v == "" {
		return "", nil
	}
	if days, ok := strings.CutSuffix(v, "d"); ok {
		n, err := strconv.Atoi(days)
		if err != nil || n < 0 || n > 100000 {
			return "", fmt.Errorf("%q is not a number of days", v)
		}
		return now.AddDate(0, 0, -n).UTC().Format(time.DateOnly), nil
	}
	if _, err := time.Parse(time.DateOnly, v); err != nil {
		return "", fmt.Errorf("%q is not a date (YYYY-MM-DD) or a number of days (7d)", v)
	}
	return v, nil
}

// notQuoted explains a speaker the API does not know, with the speakers whose name starts
// the same way.
// A name of several words is tried whole, then by its surname.
func notQuoted(ctx context.Context, c *apiClient, speaker string) error {
	prefixes := []string{speaker}
	// The surname as the summarizer keys it ("Martin Luther King Jr." is "king").
	if id, ok := quotes.SpeakerKey(speaker, article.PersonSpeaker); ok && id.Surname != "" {
		prefixes = append(prefixes, id.Surname)
	}
	for _, prefix := range prefixes {
		var list api.SpeakerList
		if _, lerr := c.do(ctx, http.MethodGet, "/speakers?prefix="+url.QueryEscape(prefix)+"&limit=5", nil, &list); lerr == nil && len(list.Speakers) > 0 {
			var keys []string
			for _, sp := range list.Speakers {
				keys = append(keys, sp.Key)
			}
			return fmt.Errorf("no quotes of %q; did you mean %s?", speaker, strings.Join(keys, ", "))
		}
	}
	return fmt.Errorf("no quotes of %q: nobody quoted has that name or key", speaker)
}

func printQuotes(w io.Writer, sq api.SpeakerQuotes) {
	sp := sq.Speaker
	plural := "s"
	if sp.Quotes == 1 {
		plural = ""
	}
	fmt.Fprintf(w, "%s (%s, %s): %d quote%s in all\n", sp.Name, sp.Key, sp.Type, sp.Quotes, plural)
	for _, q := range sq.Quotes {
		date := q.Published
		if date == "" {
			date = q.CreatedAt.UTC().Format(time.DateOnly)
		}
		title := q.Title
		if title == "" {
			title = "(untitled article)"
		}
		fmt.Fprintf(w, "\n%s  “%s”\n            %s · quote %d · %s\n", date, q.Text, title, q.Rank, q.Key)
	}
	if len(sq.Quotes) == 0 {
		fmt.Fprintln(w, "\nno quotes in those dates")
	} else if sq.NextCursor != "" {
		fmt.Fprintf(w, "\n(the %d newest shown: --limit N for more, --until DATE for older)\n", len(sq.Quotes))
	}
}
