package quotes_test

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/precis-news/precis/shared/article"
	"github.com/precis-news/precis/shared/summarizer/quotes"
	"github.com/precis-news/precis/shared/summarizer/text"
)

// worstCase builds the input that stresses speaker lookup most: n paragraphs, each a quote
// attributed to a different "Mr. Sxxxxxx" (same first letter and length, so that every name
// is a near-miss candidate for every other), a pronoun quote and a description, between
// filler paragraphs.
func worstCase(n int) []text.Paragraph {
	var blocks []article.Block
	for i := range n {
		name := surname(i)
		blocks = append(blocks,
			article.Block{Text: fmt.Sprintf("“We will not accept the terms of the agreement as they stand,” Mr. %s said on Monday. “Nobody here will,” he added, and the party spokesman said, “Never.”", name)},
			article.Block{Text: "The talks continued late into the night in the capital, where delegations from several countries met behind closed doors to discuss the budget, the border and the schedule of the next round."},
		)
	}
	return text.Segment(blocks)
}

// surname spells i as a seven-letter name starting with S, each letter doubled, so that any
// two names differ in at least two letters and none is a misspelling of another.
func surname(i int) string {
	b := []byte("Saaaaaa")
	for k := 5; k > 0; k -= 2 {
		b[k], b[k+1] = byte('a'+i%26), byte('a'+i%26)
		i /= 26
	}
	return string(b)
}

// BenchmarkWorstCase measures Extract on 1×, 4× and 16× the quote-and-name paragraphs:
// ns/op should grow in proportion.
func BenchmarkWorstCase(b *testing.B) {
	for _, mult := range []int{1, 4, 16} {
		paras := worstCase(500 * mult)
		size := 0
		for _, p := range paras {
			size += len(p.Text)
		}
		b.Run(fmt.Sprintf("x%d-%dKB", mult, size>>10), func(b *testing.B) {
			b.SetBytes(int64(size))
			b.ReportAllocs()
			for b.Loop() {
				quotes.Extract(paras)
			}
		})
	}
}

func TestWorstCaseAttributesEveryQuote(t *testing.T) {
	got := quotes.Extract(worstCase(50))
	want := map[string]int{}
	for i := range 50 {
		want[surname(i)] = 2
	}
	for _, q := range got {
		if strings.HasPrefix(q.Text, "We will not") || strings.HasPrefix(q.Text, "Nobody") {
			want[strings.Fields(q.Speaker)[0]]--
		}
	}
	for name, n := range want {
		if n != 0 {
			t.Errorf("%s: %d quotes unattributed or misattributed", name, n)
		}
	}
}

func TestExtractStopsWhenCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	for _, n := range []int{1, 600} {
		if qs, err := quotes.ExtractContext(ctx, worstCase(n)); !errors.Is(err, context.Canceled) || qs != nil {
			t.Errorf("%d paragraphs: %d quotes, error %v; want context.Canceled", n, len(qs), err)
		}
	}
	// A deadline that passes during the work: the k-th check of the context fails.
	for k := 1; k <= 8; k++ {
		if _, err := quotes.ExtractContext(&expiring{Context: context.Background(), checks: k}, worstCase(600)); !errors.Is(err, context.DeadlineExceeded) {
			t.Errorf("deadline at check %d: error %v", k, err)
		}
	}
	if qs, err := quotes.ExtractContext(context.Background(), worstCase(600)); err != nil || len(qs) != 1800 {
		t.Errorf("%d quotes, error %v; want 1800", len(qs), err)
	}
}

// expiring is a context whose deadline passes at its checks-th call of Err.
type expiring struct {
	context.Context
	checks int
}

func (c *expiring) Err() error {
	if c.checks--; c.checks <= 0 {
		return context.DeadlineExceeded
	}
	return nil
}
