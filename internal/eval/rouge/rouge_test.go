package rouge_test

import (
	"math"
	"strings"
	"testing"

	"github.com/precis-news/precis/internal/eval/rouge"
)

func near(a, b float64) bool { return math.Abs(a-b) < 1e-9 }

func TestTokens(t *testing.T) {
	got := strings.Join(rouge.Tokens("The Cats' 3.5 running-dogs, U.S.!"), " ")
	// lowercase, [a-z0-9]+ runs, stems only on tokens longer than 3 characters
	if want := "the cat 3 5 run dog u s"; got != want {
		t.Errorf("Tokens = %q, want %q", got, want)
	}
}

func TestHandComputed(t *testing.T) {
	cases := []struct {
		name         string
		cand, ref    string
		r1, r2, lsum rouge.PRF
	}{
		{
			// unigrams: cand {the, cat, sat, on, mat} ref {the, cat, is, on, the, mat}
			// overlap the, cat, on, mat = 4: P 4/5, R 4/6.
			// bigrams: cand {the cat, cat sat, sat on, on the? no} -> "the cat","cat sat","sat on","on mat"
			// ref "the cat","cat is","is on","on the","the mat": overlap "the cat" = 1: P 1/4, R 1/5.
			// LCS "the cat on mat" = 4: P 4/5, R 4/6.
			name: "unigram and bigram", cand: "the cat sat on mat", ref: "the cat is on the mat",
			r1: rouge.PRF{P: 0.8, R: 4.0 / 6}, r2: rouge.PRF{P: 0.25, R: 0.2}, lsum: rouge.PRF{P: 0.8, R: 4.0 / 6},
		},
		{
			// Lsum over two reference sentences and two candidate sentences:
			// ref1 "a b c d", ref2 "e f"; cand1 "a b x", cand2 "c d e".
			// union LCS of ref1: with cand1 {a,b}, with cand2 {c,d} -> 4 hits.
			// ref2: with cand1 {}, with cand2 {e} -> 1 hit. hits 5, P 5/6, R 5/6.
			// ROUGE-2 runs over the whole text, across the line break: cand ab bx xc cd de,
			// ref ab bc cd de ef: overlap ab cd de = 3 of 5 each.
			name: "multi-sentence Lsum", cand: "a b x\nc d e", ref: "a b c d\ne f",
			r1: rouge.PRF{P: 5.0 / 6, R: 5.0 / 6}, r2: rouge.PRF{P: 0.6, R: 0.6}, lsum: rouge.PRF{P: 5.0 / 6, R: 5.0 / 6},
		},
		{name: "empty candidate", cand: "", ref: "a b"},
		{name: "empty reference", cand: "a b", ref: ""},
	}
	for _, c := range cases {
		s := rouge.Score(c.cand, c.ref)
		for _, pair := range []struct {
			name      string
			got, want rouge.PRF
		}{{"R1", s.R1, c.r1}, {"R2", s.R2, c.r2}, {"Lsum", s.Lsum, c.lsum}} {
			wantF := 0.0
			if pair.want.P+pair.want.R > 0 {
				wantF = 2 * pair.want.P * pair.want.R / (pair.want.P + pair.want.R)
			}
			if !near(pair.got.P, pair.want.P) || !near(pair.got.R, pair.want.R) || !near(pair.got.F, wantF) {
				t.Errorf("%s %s = %+v, want P %.4f R %.4f F %.4f", c.name, pair.name, pair.got, pair.want.P, pair.want.R, wantF)
			}
		}
	}
}

// Lsum differs from plain LCS when the order of sentences differs.
func TestLsumIsSentenceLevel(t *testing.T) {
	s := rouge.Score("c d\na b", "a b\nc d")
	if !near(s.Lsum.F, 1) {
		t.Errorf("Lsum of the same sentences in another order = %v, want 1", s.Lsum.F)
	}
}
