// Package eval measures the product: ROUGE of our summaries against reference summaries
// next to textbook baselines (Lead, random, TextRank, LexRank) and the greedy oracle; F1 of
// HTML extraction and of plain-text cleaning on hand-checked article bodies; and speed. It
// reads the datasets beside the checkout (../shared/eval) and never copies them.
package eval

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"

	"github.com/precis-news/precis/shared/summarizer/text"
)

// Article is one article of a summarisation dataset.
type Article struct {
	ID string
	// Raw is the file as stored: headline, blank line, body.
	Raw []byte
	// Reference is the reference summary, one sentence per line.
	Reference string
	// RefSentences is the number of reference sentences.
	RefSentences int
	// Source is the outlet, where the dataset says ("cnn", "dm").
	Source string
	// SourceSentences are the article's sentences as the dataset gives them, where it does
	// (one per paragraph): the published baselines' sentences.
	SourceSentences []string
}

// Dataset is a summarisation dataset: a folder with a README, articles/ and summaries/, each
// with the same relative paths.
type Dataset struct {
	Name     string
	Articles []Article
	// Highlights marks references written by people (bullets, not article sentences):
	// scored at three sentences only.
	Highlights bool
	// Part says which part of the collection was read ("": all of it; see Halves).
	Part string
}

// SummarizationDatasets finds every dataset under dir (../shared/eval/summarization), at most
// limit articles each (0: all), spread evenly over the dataset's categories; of an extractive
// one, only the half the scorer was not fitted on (FittedOn).
func SummarizationDatasets(dir string, limit int) ([]Dataset, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, fmt.Errorf("eval: %w", err)
	}
	var out []Dataset
	for _, e := range entries {
		root := filepath.Join(dir, e.Name())
		if st, err := os.Stat(root); err != nil || !st.IsDir() || !exists(filepath.Join(root, "README.md")) || !exists(filepath.Join(root, "articles")) {
			continue
		}
		load := loadDataset
		if isHighlights(root) {
			load = LoadHighlights
		}
		ds, err := load(root, limit)
		if err != nil {
			return nil, err
		}
		if !ds.Highlights {
			_, ds = Halves(ds) // the other half trained the scorer
		}
		out = append(out, ds)
	}
	return out, nil
}

func exists(p string) bool {
	_, err := os.Stat(p)
	return err == nil
}

func loadDataset(root string, limit int) (Dataset, error) {
	ds := Dataset{Name: filepath.Base(root)}
	var paths []string
	err := filepath.WalkDir(filepath.Join(root, "articles"), func(p string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.HasSuffix(p, ".txt") {
			paths = append(paths, p)
		}
		return err
	})
	if err != nil {
		return ds, fmt.Errorf("eval: %s: %w", root, err)
	}
	sort.Strings(paths)
	paths = spread(paths, limit)
	for _, p := range paths {
		rel, _ := filepath.Rel(filepath.Join(root, "articles"), p)
		raw, err := os.ReadFile(p)
		if err != nil {
			return ds, fmt.Errorf("eval: %w", err)
		}
		ref, err := os.ReadFile(filepath.Join(root, "summaries", rel))
		if err != nil {
			continue // an article without its reference is not scored
		}
		sents := referenceSentences(string(raw), string(ref))
		ds.Articles = append(ds.Articles, Article{
			ID: ds.Name + "/" + strings.TrimSuffix(rel, ".txt"), Raw: raw,
			Reference: strings.Join(sents, "\n"), RefSentences: len(sents),
		})
	}
	return ds, nil
}

// spread keeps at most limit paths, taken evenly across the sorted list (and so across the
// categories, which are folders).
func spread(paths []string, limit int) []string {
	if limit <= 0 || limit >= len(paths) {
		return paths
	}
	out := make([]string, 0, limit)
	for i := 0; i < limit; i++ {
		out = append(out, paths[i*len(paths)/limit])
	}
	return out
}

// referenceSentences splits a reference made of article sentences run together with no
// separator, by finding the article's own sentences in it.
func referenceSentences(article, ref string) []string {
	type hit struct{ at, end int }
	var hits []hit
	body := article
	if i := strings.Index(article, "\n\n"); i >= 0 {
		body = article[i+2:]
	}
	for _, para := range strings.Split(body, "\n") {
		for _, s := range text.Sentences(para) {
			sent := para[s.Start:s.End]
			if len(sent) < 4 {
				continue
			}
			if at := strings.Index(ref, sent); at >= 0 {
				hits = append(hits, hit{at, at + len(sent)})
			}
		}
	}
	slices.SortFunc(hits, func(a, b hit) int { return a.at - b.at })
	var out []string
	covered := 0
	for _, h := range hits {
		if h.at < covered {
			continue
		}
		if gap := strings.TrimSpace(ref[covered:h.at]); len(gap) > 10 {
			out = append(out, gap)
		}
		out = append(out, ref[h.at:h.end])
		covered = h.end
	}
	if gap := strings.TrimSpace(ref[covered:]); len(gap) > 10 {
		out = append(out, gap)
	}
	if len(out) == 0 && strings.TrimSpace(ref) != "" {
		out = []string{strings.TrimSpace(ref)}
	}
	return out
}
