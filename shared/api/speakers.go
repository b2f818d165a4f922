package api

import (
	"context"
	"crypto/hmac"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/precis-news/precis/shared/article"
)

// Speakers is what the speaker routes read (the DynamoDB store does it).
type Speakers interface {
	Speakers(ctx context.Context, prefix string, limit int) ([]article.Speaker, error)
	SpeakerQuotes(ctx context.Context, key string, q article.SpeakerQuery) (article.Speaker, []article.QuoteEntry, string, error)
}

// Bounds of the speaker routes' parameters.
const (
	// MaxSpeakerBytes bounds a speaker's key or name in a path, and a prefix.
	MaxSpeakerBytes  = 200
	maxSpeakerCursor = 1024
)

// SpeakerList is the body of GET /speakers: speakers whose key (or bare surname) starts with
// the prefix, in key order.
type SpeakerList struct {
	Speakers []article.Speaker `json:"speakers"`
}

// SpeakerQuotes is the body of GET /speakers/{speaker}/quotes: the speaker the path resolved
// to, and a page of its quotes, newest first.
type SpeakerQuotes struct {
	Speaker    article.Speaker      `json:"speaker"`
	Quotes     []article.QuoteEntry `json:"quotes"`
	NextCursor string               `json:"next_cursor,omitempty"`
}

// pageLimit reads the limit parameter, or writes the error.
func pageLimit(w http.ResponseWriter, r *http.Request) (int, bool) {
	limit := DefaultLimit
	if q := r.URL.Query(); q.Has("limit") { // given empty, refused like any bad value
		k, err := strconv.Atoi(q.Get("limit"))
		if err != nil || k < 1 || k > MaxLimit {
			writeError(w, http.StatusBadRequest, "bad_limit", fmt.Sprintf("limit must be a whole number from 1 to %d", MaxLimit))
			return 0, false
		}
		limit = k
	}
	return limit, true
}

func (s *server) speakers(w http.ResponseWriter, r *http.Request) {
	raw := r.URL.Query().Get("prefix")
	prefix := article.NormalizeKey(raw)
	if prefix == "" || len(raw) > MaxSpeakerBytes {
		writeError(w, http.StatusBadRequest, "bad_prefix", fmt.Sprintf("prefix must be the start of a name, 1 to %d bytes with a letter or digit", MaxSpeakerBytes))
		return
	}
	limit, ok := pageLimit(w, r)
	if !ok {
		return
	}
	sps, err := s.store.Speakers(r.Context(), prefix, limit)
	if err != nil {
		s.internal(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, SpeakerList{Speakers: nonNil(sps)})
}

// speakerCursor is where a page of a speaker's quotes ended, for the key asked for.
type speakerCursor struct {
	Key   string `json:"k"`
	After string `json:"a"`
}

func (s *server) speakerQuotes(w http.ResponseWriter, r *http.Request) {
	raw := r.PathValue("speaker")
	key := article.NormalizeKey(raw)
	if key == "" || len(raw) > MaxSpeakerBytes {
		writeError(w, http.StatusBadRequest, "bad_speaker", fmt.Sprintf("speaker must be a speaker's key or name, 1 to %d bytes", MaxSpeakerBytes))
		return
	}
	q := r.URL.Query()
	sq := article.SpeakerQuery{Since: q.Get("since"), Until: q.Get("until")}
	for name, v := range map[string]string{"since": sq.Since, "until": sq.Until} {
		if _, err := time.Parse(time.DateOnly, v); q.Has(name) && err != nil {
			writeError(w, http.StatusBadRequest, "bad_"+name, name+" must be a date, YYYY-MM-DD")
			return
		}
	}
	var ok bool
	if sq.Limit, ok = pageLimit(w, r); !ok {
		return
	}
	// The path is a speaker's key, a name written as the key is made ("Vladimir Putin"), or a
	// name the summarizer makes a key of ("Mr. Putin", "Ukraine's Ministry of Defence").
	keys := []string{key}
	if s.cfg.SpeakerKeys != nil {
		for _, k := range s.cfg.SpeakerKeys(raw) {
			if !slices.Contains(keys, k) {
				keys = append(keys, k)
			}
		}
	}
	if q.Has("cursor") {
		var cur speakerCursor
		if err := s.unsign(q.Get("cursor"), maxSpeakerCursor, &cur); err != nil || !slices.Contains(keys, cur.Key) || cur.After == "" {
			writeError(w, http.StatusBadRequest, "bad_cursor", "the cursor is not one this API issued for this speaker")
			return
		}
		keys, sq.After = []string{cur.Key}, cur.After
	}
	var (
		sp   article.Speaker
		es   []article.QuoteEntry
		next string
		err  error
	)
	for _, key = range keys {
		if sp, es, next, err = s.store.SpeakerQuotes(r.Context(), key, sq); err != nil || sp.Key != "" {
			break
		}
	}
	if errors.Is(err, article.ErrBadQuery) {
		writeError(w, http.StatusBadRequest, "bad_query", err.Error())
		return
	}
	if err != nil {
		s.internal(w, r, err)
		return
	}
	if sp.Key == "" {
		writeError(w, http.StatusNotFound, "not_found", "no speaker with that key")
		return
	}
	out := SpeakerQuotes{Speaker: sp, Quotes: nonNil(es)}
	if next != "" {
		out.NextCursor = s.sign(speakerCursor{Key: key, After: next})
	}
	writeJSON(w, http.StatusOK, out)
}

// sign makes an opaque, signed cursor of v: changing any byte of it invalidates it.
func (s *server) sign(v any) string {
	b, _ := json.Marshal(v)
	payload := base64.RawURLEncoding.EncodeToString(b)
	return payload + "." + s.mac(payload)
}

// unsign decodes a cursor sign made, of at most maxLen bytes, into v.
func (s *server) unsign(c string, maxLen int, v any) error {
	payload, sig, ok := strings.Cut(c, ".")
	if !ok || len(c) > maxLen || !hmac.Equal([]byte(sig), []byte(s.mac(payload))) {
		return errors.New("bad signature")
	}
	b, err := base64.RawURLEncoding.DecodeString(payload)
	if err != nil {
		return err
	}
	return json.Unmarshal(b, v)
}
