package eval

import (
	"hash/fnv"
	"strings"
)

// The scorer's paragraph part is fitted on half of each extractive collection (BBC), whose
// articles keep their paragraphs: what highlights written one sentence per paragraph cannot
// teach. The half is fixed by a hash of the article's path inside its collection, so it does
// not depend on the folder's name, the order of reading or a limit; the harness reports on
// the other half only.

// FittedOn reports whether an extractive dataset's article (by ID, "<dataset>/<path>") is in
// the half the scorer is fitted on.
func FittedOn(id string) bool {
	_, path, _ := strings.Cut(id, "/")
	h := fnv.New64a()
	h.Write([]byte(path))
	return h.Sum64()%2 == 0
}

// Halves splits an extractive dataset into the part the scorer is fitted on and the part it
// is not.
func Halves(ds Dataset) (fitted, heldOut Dataset) {
	fitted, heldOut = ds, ds
	fitted.Articles, heldOut.Articles = nil, nil
	for _, a := range ds.Articles {
		if FittedOn(a.ID) {
			fitted.Articles = append(fitted.Articles, a)
		} else {
			heldOut.Articles = append(heldOut.Articles, a)
		}
	}
	fitted.Part, heldOut.Part = "fitted half", "held-out half"
	return fitted, heldOut
}

// Label is the dataset's name with the part of it read, as reports show it.
func (d Dataset) Label() string {
	if d.Part == "" {
		return d.Name
	}
	return d.Name + " (" + d.Part + ")"
}

// LoadExtractive reads an extractive dataset whole (both halves): articles/<category>/<n>.txt
// with a headline, and summaries made of the article's own sentences.
func LoadExtractive(root string, limit int) (Dataset, error) { return loadDataset(root, limit) }
