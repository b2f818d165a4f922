package api

import (
	"errors"
	"net/http"
	"unicode/utf8"

	"github.com/precis-news/precis/shared/article"
)

// Text is the body of GET /summaries/{id}/text: the article's cleaned text, in which its
// sentences and quotes are found verbatim. A longer text is cut at MaxTextBytes (at a
// character boundary) and marked truncated.
type Text struct {
	ID        string         `json:"id"`
	Status    article.Status `json:"status"`
	Text      string         `json:"text"`
	Truncated bool           `json:"truncated"`
}

func (s *server) text(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	if !article.ValidID(id) {
		writeError(w, http.StatusBadRequest, "bad_id", "an id is 32 lower-case hexadecimal characters")
		return
	}
	rec, err := s.store.Get(r.Context(), id)
	if errors.Is(err, article.ErrNotFound) {
		writeError(w, http.StatusNotFound, "not_found", "no article with that id")
		return
	}
	if err != nil {
		s.internal(w, r, err)
		return
	}
	if rec.Status == article.Pending {
		writeJSON(w, http.StatusAccepted, Text{ID: rec.ID, Status: rec.Status})
		return
	}
	if rec.Status != article.Done || rec.TextKey == "" {
		writeError(w, http.StatusNotFound, "no_text", "the article has no cleaned text: it was not summarised")
		return
	}
	body, truncated, err := s.uploads.GetPrefix(r.Context(), rec.Bucket, rec.TextKey, MaxTextBytes)
	if errors.Is(err, article.ErrNotFound) {
		// Replaced or removed since the record was read.
		writeError(w, http.StatusNotFound, "no_text", "the article's cleaned text is gone; ask for its summary again")
		return
	}
	if err != nil {
		s.internal(w, r, err)
		return
	}
	if truncated {
		body = trimPartialRune(body)
	}
	writeJSON(w, http.StatusOK, Text{ID: rec.ID, Status: rec.Status, Text: string(body), Truncated: truncated})
}

// trimPartialRune drops the bytes of a character cut off at the end of b.
func trimPartialRune(b []byte) []byte {
	for i := 0; i < utf8.UTFMax-1 && len(b) > 0; i++ {
		if r, size := utf8.DecodeLastRune(b); r != utf8.RuneError || size != 1 {
			break
		}
		b = b[:len(b)-1]
	}
	return b
}
