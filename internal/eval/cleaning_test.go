package eval_test

import (
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/precis-news/precis/internal/eval"
	"github.com/precis-news/precis/internal/fixture"
)

// The hand-checked metadata files are well formed: a page id, a headline and a real day or
// none; no page is in both the tuning and the held-out set.
func TestHandCheckedMetadata(t *testing.T) {
	seen := map[string]string{}
	for _, set := range []struct {
		name string
		rows []eval.PageMeta
	}{{"tuning", eval.HandCheckedMetadata()}, {"held-out", eval.HeldOutMetadata()}} {
		if len(set.rows) < 30 {
			t.Fatalf("%s: %d rows", set.name, len(set.rows))
		}
		id := regexp.MustCompile(`^[0-9a-f]{64}$`)
		for _, r := range set.rows {
			if !id.MatchString(r.ID) || r.Title == "" {
				t.Errorf("%s: bad row %+v", set.name, r)
			}
			if _, err := time.Parse("2006-01-02", r.Date); r.Date != "" && err != nil {
				t.Errorf("%s: %.8s: date %q", set.name, r.ID, r.Date)
			}
			if other, ok := seen[r.ID]; ok {
				t.Errorf("%s: %.8s is also in %s", set.name, r.ID, other)
			}
			seen[r.ID] = set.name
		}
	}
}

// The page-by-page cleaning report covers every subset and method, and scores metadata.
func TestCleaningReportOnASlice(t *testing.T) {
	pages, err := eval.ExtractionPages(fixture.Path(t, "eval/html-extraction"), 0)
	if err != nil {
		t.Fatal(err)
	}
	var slice []eval.Page
	for i := 0; i < len(pages); i += 3 {
		slice = append(slice, pages[i])
	}
	rep := eval.Cleaning(slice)
	if len(rep.Rows) != 12 {
		t.Fatalf("%d rows", len(rep.Rows))
	}
	for _, r := range rep.Rows {
		if r.Pages == 0 || r.F1 <= 0 || r.F1 > 1 {
			t.Errorf("row %+v", r)
		}
	}
	if rep.Metadata.Pages == 0 || rep.Metadata.Title == 0 {
		t.Errorf("metadata %+v", rep.Metadata)
	}
	if rep.MetadataHeldOut.Pages == 0 || rep.MetadataHeldOut.Title == 0 {
		t.Errorf("held-out metadata %+v", rep.MetadataHeldOut)
	}
	var b strings.Builder
	rep.Write(&b)
	if !strings.Contains(b.String(), "| scraped text, cleaned |") || !strings.Contains(b.String(), "(held-out): title") {
		t.Errorf("table:\n%s", b.String())
	}
}
