package eval

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// Highlight datasets (CNN/DailyMail) differ from extractive ones (BBC): the references are
// bullets written by journalists, one per line, which no article sentence matches; the
// articles have no headline and give one sentence per paragraph; a manifest lists them. They
// are scored at three sentences only, the length their published figures use.

// highlightsManifest marks a highlights dataset's folder.
const highlightsManifest = "manifest.tsv"

// isHighlights reports whether root is a highlights dataset.
func isHighlights(root string) bool { return exists(filepath.Join(root, highlightsManifest)) }

// LoadHighlights reads a highlights dataset: articles/<id>.txt (one sentence per paragraph)
// and summaries/<id>.txt (one highlight per line), at most limit articles spread evenly.
func LoadHighlights(root string, limit int) (Dataset, error) {
	ds := Dataset{Name: filepath.Base(root), Highlights: true}
	entries, err := os.ReadDir(filepath.Join(root, "articles"))
	if err != nil {
		return ds, fmt.Errorf("eval: %s: %w", root, err)
	}
	var names []string
	for _, e := range entries {
		if !e.IsDir() && strings.HasSuffix(e.Name(), ".txt") {
			names = append(names, e.Name())
		}
	}
	sort.Strings(names)
	names = spread(names, limit)
	sources := manifestSources(filepath.Join(root, highlightsManifest))
	for _, name := range names {
		raw, err := os.ReadFile(filepath.Join(root, "articles", name))
		if err != nil {
			return ds, fmt.Errorf("eval: %w", err)
		}
		ref, err := os.ReadFile(filepath.Join(root, "summaries", name))
		if err != nil {
			continue // an article without its highlights is not scored
		}
		var lines []string
		for _, l := range strings.Split(string(ref), "\n") {
			if l = strings.TrimSpace(l); l != "" {
				lines = append(lines, l)
			}
		}
		if len(lines) == 0 {
			continue
		}
		id := strings.TrimSuffix(name, ".txt")
		ds.Articles = append(ds.Articles, Article{
			ID: ds.Name + "/" + id, Raw: raw, Source: sources[id],
			Reference: strings.Join(lines, "\n"), RefSentences: len(lines),
			SourceSentences: paragraphs(string(raw)),
		})
	}
	return ds, nil
}

// manifestSources maps each id of a manifest to its source column ("cnn", "dm"); a missing
// or malformed manifest gives an empty map (sources are only used to break scores down).
func manifestSources(path string) map[string]string {
	out := map[string]string{}
	b, err := os.ReadFile(path)
	if err != nil {
		return out
	}
	lines := strings.Split(string(b), "\n")
	if len(lines) == 0 {
		return out
	}
	cols := strings.Split(lines[0], "\t")
	src := -1
	for i, c := range cols {
		if c == "source" {
			src = i
		}
	}
	for _, l := range lines[1:] {
		f := strings.Split(l, "\t")
		if src > 0 && len(f) > src {
			out[f[0]] = f[src]
		}
	}
	return out
}

// paragraphs splits text at blank lines: the dataset's own sentences.
func paragraphs(s string) []string {
	var out []string
	for _, p := range strings.Split(strings.ReplaceAll(s, "\r\n", "\n"), "\n\n") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}
