// Package api serves article summaries over HTTP: one net/http ServeMux, run by the API
// Lambda function through the API Gateway adapter and served directly by local tools.
//
//	GET  /healthz
//	GET  /summaries/{id}[?sentences=N]
//	GET  /summaries/{id}/text               the cleaned text, cut at MaxTextBytes
//	GET  /summaries?key=KEY[&sentences=N]
//	GET  /summaries[?limit=N&cursor=C]      newest first
//	POST /articles                          a presigned upload URL
//	GET  /speakers?prefix=P[&limit=N]       speakers with their quote counts (speakers.go)
//	GET  /speakers/{speaker}/quotes[?since=D&until=D&limit=N&cursor=C]  newest first
//	GET  /openapi.json
//	GET  /                                  the page for people (package web)
package api

import (
	"bytes"
	"context"
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	_ "embed"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"mime"
	"net/http"
	"net/url"
	"path"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/precis-news/precis/shared/article"
	"github.com/precis-news/precis/shared/web"
)

// Store is what the API reads.
type Store interface {
	Get(ctx context.Context, id string) (article.Record, error)
	List(ctx context.Context, limit int, after *article.Position) ([]article.Record, *article.Position, error)
	Speakers
}

// Uploads presigns uploads.
type Uploads interface {
	PresignPut(ctx context.Context, bucket, key, contentType string, size int64, expiry time.Duration) (string, error)
}

// Objects is what the API does with the bucket: presign uploads, and read the start of a
// cleaned text (objects.S3 does both).
type Objects interface {
	Uploads
	GetPrefix(ctx context.Context, bucket, key string, limit int64) ([]byte, bool, error)
}

// Config is the API's configuration.
type Config struct {
	Bucket, InputPrefix string
	// MaxUploadBytes bounds presigned uploads (default article.DefaultMaxBytes).
	MaxUploadBytes int64
	// UploadExpiry is how long a presigned URL works (default 5 minutes).
	UploadExpiry time.Duration
	// CursorKey signs listing cursors so that they cannot be forged.
	CursorKey []byte
	// UploadOrigins are the origins of the presigned upload URLs, which the page may send to.
	UploadOrigins []string
	// SpeakerKeys gives the keys the summarizer makes of a speaker's name ("Mr. Putin" is
	// "putin", "Ukraine's Ministry of Defence" is "ukraine-defense-ministry"): a speaker asked
	// for by a name that is no key as written is looked up by them too. Nil: the name is read
	// as a key only.
	SpeakerKeys func(name string) []string
}

// Limits of the API's parameters.
const (
	DefaultLimit = 20
	MaxLimit     = 100
	maxBody      = 4 << 10
	// MaxTextBytes bounds the cleaned text served: JSON escaping at most sextuples it
	// ("<" is "\u003c"), which stays well under a Lambda response's 6 MB.
	MaxTextBytes = 512 << 10
)

// AllowedContentTypes are the upload types accepted, with the key suffix each is stored
// under: the summarize function is triggered by these suffixes only (template.yaml).
var AllowedContentTypes = []string{"text/plain", "text/html", "text/markdown"}

var suffixes = map[string]string{"text/plain": ".txt", "text/html": ".html", "text/markdown": ".md"}

// Route is one endpoint: the OpenAPI document is checked against this table.
type Route struct {
	Method, Path string
}

// Routes are the endpoints the handler serves.
var Routes = []Route{
	{"GET", "/healthz"},
	{"GET", "/summaries/{id}"},
	{"GET", "/summaries/{id}/text"},
	{"GET", "/summaries"},
	{"POST", "/articles"},
	{"GET", "/speakers"},
	{"GET", "/speakers/{speaker}/quotes"},
	{"GET", "/openapi.json"},
}

//go:embed openapi.json
var openAPI []byte

// OpenAPI is the OpenAPI 3 document of the API.
func OpenAPI() []byte { return openAPI }

type server struct {
	store   Store
	uploads Objects
	cfg     Config
	log     *slog.Logger
}

// New returns the API's handler.
func New(st Store, up Objects, cfg Config, log *slog.Logger) http.Handler {
	if cfg.MaxUploadBytes <= 0 {
		cfg.MaxUploadBytes = article.DefaultMaxBytes
	}
	if cfg.UploadExpiry <= 0 {
		cfg.UploadExpiry = 5 * time.Minute
	}
	s := &server{store: st, uploads: up, cfg: cfg, log: log}
	handlers := map[Route]http.HandlerFunc{
		{"GET", "/healthz"}:                   s.health,
		{"GET", "/summaries/{id}"}:            s.summaryByID,
		{"GET", "/summaries/{id}/text"}:       s.text,
		{"GET", "/summaries"}:                 s.summaries,
		{"POST", "/articles"}:                 s.newArticle,
		{"GET", "/speakers"}:                  s.speakers,
		{"GET", "/speakers/{speaker}/quotes"}: s.speakerQuotes,
		{"GET", "/openapi.json"}:              s.openapi,
	}
	mux := http.NewServeMux()
	paths := map[string]bool{}
	for _, r := range Routes {
		mux.HandleFunc(r.Method+" "+r.Path, handlers[r])
		paths[r.Path] = true
	}
	// The same paths with any other method, and any other path, answer in JSON too.
	for p := range paths {
		mux.HandleFunc(p, func(w http.ResponseWriter, r *http.Request) {
			writeError(w, http.StatusMethodNotAllowed, "method_not_allowed", r.Method+" is not allowed on "+p)
		})
	}
	// The page for people (package web), outside Routes: it is not part of the API.
	page := web.Handler(web.Options{UploadOrigins: cfg.UploadOrigins})
	mux.Handle("GET /{$}", page)
	mux.Handle("GET "+web.AssetsPrefix, page)
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		writeError(w, http.StatusNotFound, "not_found", "no such endpoint")
	})
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		// The ServeMux would redirect an unclean path ("/a/../b") with an HTML body; an API
		// answers in JSON, and has nothing to find by dot segments.
		if p := r.URL.Path; p == "" || p[0] != '/' || path.Clean(p) != p {
			writeError(w, http.StatusBadRequest, "bad_path", "the path must be clean and absolute")
			return
		}
		// r.URL.Query drops what it cannot parse ("%zz", "a;b"): a parameter would silently
		// take its default.
		if _, err := url.ParseQuery(r.URL.RawQuery); err != nil {
			writeError(w, http.StatusBadRequest, "bad_query", "the query must be name=value pairs, URL-encoded and separated by &")
			return
		}
		mux.ServeHTTP(w, r)
	})
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("X-Content-Type-Options", "nosniff")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(true)
	_ = enc.Encode(v)
}

// Error is the body of every error response.
type Error struct {
	Error struct {
		Code    string `json:"code"`
		Message string `json:"message"`
	} `json:"error"`
}

func writeError(w http.ResponseWriter, status int, code, msg string) {
	var e Error
	e.Error.Code, e.Error.Message = code, msg
	writeJSON(w, status, e)
}

func (s *server) internal(w http.ResponseWriter, r *http.Request, err error) {
	s.log.ErrorContext(r.Context(), "request failed", "method", r.Method, "path", r.URL.Path, "error", err.Error())
	writeError(w, http.StatusInternalServerError, "internal", "the request could not be served; try again")
}

func (s *server) health(w http.ResponseWriter, _ *http.Request) {
	writeJSON(w, http.StatusOK, map[string]string{"status": "ok"})
}

func (s *server) openapi(w http.ResponseWriter, _ *http.Request) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("X-Content-Type-Options", "nosniff")
	_, _ = w.Write(openAPI)
}

// Summary is the body of a summary response: the article's state, and its result under the
// names `precis summarize --json` prints, each present whatever the state (lists empty, not
// null). Sentences are the stored, ranked ones a summary is served from.
type Summary struct {
	ID     string         `json:"id"`
	Key    string         `json:"key"`
	Status article.Status `json:"status"`
	Reason string         `json:"reason,omitempty"`
	article.Result
	// Text, always nil, hides the result's text: a cleaned body of up to MaxBytes does not
	// fit a Lambda response (6 MB).
	Text      *string   `json:"text,omitempty"`
	CreatedAt time.Time `json:"created_at"`
	UpdatedAt time.Time `json:"updated_at"`
}

func (s *server) summaryByID(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	if !article.ValidID(id) {
		writeError(w, http.StatusBadRequest, "bad_id", "an id is 32 lower-case hexadecimal characters")
		return
	}
	s.serveSummary(w, r, id, "id")
}

func (s *server) summaries(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	if q.Has("key") {
		key := q.Get("key")
		if key == "" || len(key) > 1024 {
			writeError(w, http.StatusBadRequest, "bad_key", "key must be an object key of 1 to 1024 bytes")
			return
		}
		if why := s.notSummarised(key); why != "" {
			writeError(w, http.StatusNotFound, "not_found", "no article with that key: "+why)
			return
		}
		s.serveSummary(w, r, article.ID(s.cfg.Bucket, key), "key")
		return
	}
	s.list(w, r)
}

// notSummarised says why an upload under key is never summarised, or "" when it may be:
// only keys under the input prefix with a suffix the function is triggered by are.
func (s *server) notSummarised(key string) string {
	if !strings.HasPrefix(key, s.cfg.InputPrefix) {
		return fmt.Sprintf("only uploads under %s are summarised", s.cfg.InputPrefix)
	}
	var known []string
	for _, suffix := range suffixes {
		if strings.HasSuffix(key, suffix) {
			return ""
		}
		known = append(known, suffix)
	}
	slices.Sort(known)
	return "only uploads ending in " + strings.Join(known, ", ") + " are summarised"
}

// serveSummary answers for the article id, asked for by its "id" or its "key" (for the 404).
func (s *server) serveSummary(w http.ResponseWriter, r *http.Request, id, by string) {
	n := article.DefaultSentences
	// A parameter given empty is refused like any bad value, as the document says.
	if q := r.URL.Query(); q.Has("sentences") {
		k, err := strconv.Atoi(q.Get("sentences"))
		if err != nil || k < 1 || k > article.MaxStoredSentences {
			writeError(w, http.StatusBadRequest, "bad_sentences", fmt.Sprintf("sentences must be a whole number from 1 to %d", article.MaxStoredSentences))
			return
		}
		n = k
	}
	rec, err := s.store.Get(r.Context(), id)
	if errors.Is(err, article.ErrNotFound) {
		writeError(w, http.StatusNotFound, "not_found", "no article with that "+by)
		return
	}
	if err != nil {
		s.internal(w, r, err)
		return
	}
	out := Summary{
		ID: rec.ID, Key: rec.Key, Status: rec.Status, Reason: rec.Reason, CreatedAt: rec.CreatedAt, UpdatedAt: rec.UpdatedAt,
		Result: rec.Result,
	}
	out.Summary, out.Sentences, out.Quotes, out.Keywords = []article.SummarySentence{}, nonNil(out.Sentences), nonNil(out.Quotes), nonNil(out.Keywords)
	status := http.StatusOK
	switch rec.Status {
	case article.Pending:
		status = http.StatusAccepted
	case article.Done:
		out.Summary = nonNil(rec.Summarize(n, 0))
	}
	writeJSON(w, status, out)
}

// nonNil makes a missing list an empty one: clients see [] rather than null.
func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}

// ListItem is one entry of a listing.
type ListItem struct {
	ID        string         `json:"id"`
	Key       string         `json:"key"`
	Status    article.Status `json:"status"`
	Title     string         `json:"title"`
	UpdatedAt time.Time      `json:"updated_at"`
}

// List is the body of a listing.
type List struct {
	Items      []ListItem `json:"items"`
	NextCursor string     `json:"next_cursor,omitempty"`
}

func (s *server) list(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	limit, ok := pageLimit(w, r)
	if !ok {
		return
	}
	var after *article.Position
	if q.Has("cursor") {
		p, err := s.decodeCursor(q.Get("cursor"))
		if err != nil {
			writeError(w, http.StatusBadRequest, "bad_cursor", "the cursor is not one this API issued")
			return
		}
		after = &p
	}
	recs, next, err := s.store.List(r.Context(), limit, after)
	if err != nil {
		s.internal(w, r, err)
		return
	}
	out := List{Items: make([]ListItem, len(recs))}
	for i, rec := range recs {
		out.Items[i] = ListItem{ID: rec.ID, Key: rec.Key, Status: rec.Status, Title: rec.Title, UpdatedAt: rec.UpdatedAt}
	}
	if next != nil {
		out.NextCursor = s.encodeCursor(*next)
	}
	writeJSON(w, http.StatusOK, out)
}

type cursor struct {
	ID string `json:"i"`
	Ns int64  `json:"t"`
}

func (s *server) mac(payload string) string {
	m := hmac.New(sha256.New, s.cfg.CursorKey)
	m.Write([]byte(payload))
	return base64.RawURLEncoding.EncodeToString(m.Sum(nil)[:16])
}

// encodeCursor makes an opaque, signed cursor: changing any byte of it invalidates it.
func (s *server) encodeCursor(p article.Position) string {
	return s.sign(cursor{ID: p.ID, Ns: p.UpdatedNs})
}

func (s *server) decodeCursor(c string) (article.Position, error) {
	var cur cursor
	if err := s.unsign(c, 256, &cur); err != nil || !article.ValidID(cur.ID) || cur.Ns <= 0 {
		return article.Position{}, errors.New("bad payload")
	}
	return article.Position{ID: cur.ID, UpdatedNs: cur.Ns}, nil
}

// NewArticle is the body of POST /articles.
type NewArticle struct {
	Filename    string `json:"filename"`
	ContentType string `json:"content_type"`
	Size        int64  `json:"size"`
}

// decodeExactly decodes body, one JSON object, into v, and reports whether its keys are all
// among names as written: encoding/json also takes "Size" for "size", which the document's
// additionalProperties: false refuses.
func decodeExactly(body []byte, v any, names ...string) bool {
	dec := json.NewDecoder(bytes.NewReader(body))
	dec.DisallowUnknownFields()
	if dec.Decode(v) != nil || dec.Decode(&struct{}{}) != io.EOF {
		return false
	}
	var fields map[string]json.RawMessage
	if json.Unmarshal(body, &fields) != nil {
		return false
	}
	for k := range fields {
		if !slices.Contains(names, k) {
			return false
		}
	}
	return true
}

// Upload is the answer to POST /articles: where and how to PUT the article.
type Upload struct {
	ID        string            `json:"id"`
	Key       string            `json:"key"`
	UploadURL string            `json:"upload_url"`
	Method    string            `json:"method"`
	Headers   map[string]string `json:"headers"`
	ExpiresAt time.Time         `json:"expires_at"`
}

var unsafeName = regexp.MustCompile(`[^A-Za-z0-9._-]+`)

func (s *server) newArticle(w http.ResponseWriter, r *http.Request) {
	if mt, _, err := mime.ParseMediaType(r.Header.Get("Content-Type")); err != nil || mt != "application/json" {
		writeError(w, http.StatusUnsupportedMediaType, "bad_content_type", "send the request as application/json")
		return
	}
	var in NewArticle
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, maxBody))
	if err != nil || !decodeExactly(body, &in, "filename", "content_type", "size") {
		writeError(w, http.StatusBadRequest, "bad_body", "the body must be a JSON object with filename, content_type and size")
		return
	}
	// Exactly one of the documented types: the presigned URL signs it as given, and the
	// document (NewArticle.content_type) allows no parameters or other spellings.
	if !slices.Contains(AllowedContentTypes, in.ContentType) {
		writeError(w, http.StatusBadRequest, "bad_content_type", "content_type must be one of "+strings.Join(AllowedContentTypes, ", "))
		return
	}
	if in.Size < 1 || in.Size > s.cfg.MaxUploadBytes {
		writeError(w, http.StatusBadRequest, "bad_size", fmt.Sprintf("size must be from 1 to %d bytes", s.cfg.MaxUploadBytes))
		return
	}
	name := strings.Trim(unsafeName.ReplaceAllString(in.Filename, "-"), "-.")
	if name == "" {
		name = "article"
	}
	if len(name) > 100 {
		name = name[len(name)-100:]
	}
	if suffix := suffixes[in.ContentType]; !strings.HasSuffix(name, suffix) {
		name += suffix
	}
	var nonce [8]byte
	_, _ = rand.Read(nonce[:])
	key := s.cfg.InputPrefix + hex.EncodeToString(nonce[:]) + "/" + name
	url, err := s.uploads.PresignPut(r.Context(), s.cfg.Bucket, key, in.ContentType, in.Size, s.cfg.UploadExpiry)
	if err != nil {
		s.internal(w, r, err)
		return
	}
	writeJSON(w, http.StatusCreated, Upload{
		ID: article.ID(s.cfg.Bucket, key), Key: key, UploadURL: url, Method: http.MethodPut,
		Headers:   map[string]string{"Content-Type": in.ContentType, "Content-Length": strconv.FormatInt(in.Size, 10)},
		ExpiresAt: time.Now().Add(s.cfg.UploadExpiry).UTC(),
	})
}
