package main

import (
	"bytes"
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"time"

	"github.com/precis-news/precis/internal/devstack"
	"github.com/precis-news/precis/shared/api"
	"github.com/precis-news/precis/shared/web"
)

// defaultUIAddr is where `precis ui` serves the page: beside precis local's ports.
const defaultUIAddr = "127.0.0.1:8090"

// uploadPath is where the page sends an upload through `precis ui`, which forwards it to the
// presigned URL: the page then connects to its own origin only, and the bucket needs no CORS
// rules for the browser.
const uploadPath = "/_upload/"

// uiCmd serves the page on this machine in front of an API (a deployed one, whose IAM auth
// a browser cannot sign for), forwarding the page's API calls, signed under --aws, and its
// uploads.
func uiCmd(ctx context.Context, args []string, stdout io.Writer) error {
	fs := newFlagSet("ui", "")
	apiURL, useAWS := clientFlags(fs)
	addr := fs.String("addr", defaultUIAddr, "address to serve the page on")
	rest, err := parseInterleaved(fs, args, stdout)
	if err != nil {
		return err
	}
	if len(rest) > 0 {
		return fmt.Errorf("%w: precis ui takes no arguments, got %q", errUsage, rest)
	}
	if u, err := url.Parse(*apiURL); err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return fmt.Errorf("%w: --api must be an http(s) URL, not %q", errUsage, *apiURL)
	}
	client, err := newAPIClient(ctx, *apiURL, *useAWS)
	if err != nil {
		return err
	}
	l, err := net.Listen("tcp", *addr)
	if err != nil {
		return fmt.Errorf("serve the page: %w", err)
	}
	srv := &http.Server{Handler: newUIProxy(client, l.Addr().String()), ReadHeaderTimeout: 10 * time.Second}
	signed := ""
	if *useAWS {
		signed = ", signed with your AWS credentials"
	}
	fmt.Fprintf(stdout, "Précis page  http://%s/\n  API        %s%s\nStop with Ctrl-C.\n", l.Addr(), client.base, signed)
	go func() { _ = srv.Serve(l) }()
	<-ctx.Done()
	stop, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	return srv.Shutdown(stop)
}

// uiProxy serves the page and forwards everything else to the API.
type uiProxy struct {
	api  *apiClient
	addr string // host:port the page is served on
	page http.Handler

	mu      sync.Mutex
	uploads map[string]presigned // by the token of its local path
}

// presigned is an upload URL the API gave, until it expires.
type presigned struct {
	url     string
	headers map[string]string
	expires time.Time
}

func newUIProxy(c *apiClient, addr string) *uiProxy {
	return &uiProxy{api: c, addr: addr, page: web.Handler(web.Options{}), uploads: map[string]presigned{}}
}

func (p *uiProxy) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	// The proxy signs with the user's credentials: it answers its own page only, not a page
	// of another site (Origin) nor a name rebound to this address (Host).
	if !devstack.LoopbackHost(p.addr, r.Host) {
		api.WriteError(w, http.StatusMisdirectedRequest, "wrong_host", "this server answers at "+p.addr+" only")
		return
	}
	if o := r.Header.Get("Origin"); o != "" && o != "http://"+r.Host {
		api.WriteError(w, http.StatusForbidden, "cross_origin", "requests from "+o+" are refused")
		return
	}
	switch {
	case strings.HasPrefix(r.URL.Path, uploadPath):
		p.upload(w, r)
	case r.URL.Path == "/" || strings.HasPrefix(r.URL.Path, web.AssetsPrefix):
		p.page.ServeHTTP(w, r)
	default:
		p.forward(w, r)
	}
}

// forward sends the request to the API, signed when the client signs, and relays the answer;
// a new upload's URL is replaced by a local one.
func (p *uiProxy) forward(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, 64<<10))
	if err != nil {
		api.WriteError(w, http.StatusRequestEntityTooLarge, "bad_body", "the request body is too large")
		return
	}
	req, err := http.NewRequestWithContext(r.Context(), r.Method, p.api.base+r.URL.RequestURI(), bytes.NewReader(body))
	if err != nil {
		api.WriteError(w, http.StatusBadRequest, "bad_request", err.Error())
		return
	}
	for _, h := range []string{"Content-Type", "Accept"} {
		if v := r.Header.Get(h); v != "" {
			req.Header.Set(h, v)
		}
	}
	if err := p.api.sign(r.Context(), req, body); err != nil {
		api.WriteError(w, http.StatusBadGateway, "signing", err.Error())
		return
	}
	resp, err := p.api.http.Do(req)
	if err != nil {
		api.WriteError(w, http.StatusBadGateway, "unreachable", fmt.Sprintf("the API at %s does not answer: %v", p.api.base, err))
		return
	}
	defer resp.Body.Close()
	raw, err := io.ReadAll(io.LimitReader(resp.Body, 16<<20))
	if err != nil {
		api.WriteError(w, http.StatusBadGateway, "unreachable", "the API's answer was cut: "+err.Error())
		return
	}
	if r.Method == http.MethodPost && r.URL.Path == "/articles" && resp.StatusCode == http.StatusCreated {
		if raw, err = p.localUpload(raw); err != nil {
			api.WriteError(w, http.StatusBadGateway, "bad_answer", err.Error())
			return
		}
	}
	if ct := resp.Header.Get("Content-Type"); ct != "" {
		w.Header().Set("Content-Type", ct)
	}
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(resp.StatusCode)
	_, _ = w.Write(raw)
}

// localUpload keeps the presigned URL of the API's answer and puts a local path in its place.
func (p *uiProxy) localUpload(raw []byte) ([]byte, error) {
	var up api.Upload
	if err := json.Unmarshal(raw, &up); err != nil || up.UploadURL == "" {
		return nil, fmt.Errorf("the API's answer to POST /articles has no upload URL: %v", err)
	}
	var b [16]byte
	_, _ = rand.Read(b[:])
	token := hex.EncodeToString(b[:])
	now := time.Now()
	p.mu.Lock()
	for t, u := range p.uploads {
		if now.After(u.expires) {
			delete(p.uploads, t)
		}
	}
	p.uploads[token] = presigned{url: up.UploadURL, headers: up.Headers, expires: up.ExpiresAt}
	p.mu.Unlock()
	up.UploadURL = uploadPath + token
	return json.Marshal(up)
}

// upload forwards the page's PUT to the presigned URL it stands for, once.
func (p *uiProxy) upload(w http.ResponseWriter, r *http.Request) {
	token := strings.TrimPrefix(r.URL.Path, uploadPath)
	p.mu.Lock()
	u, ok := p.uploads[token]
	delete(p.uploads, token)
	p.mu.Unlock()
	if r.Method != http.MethodPut {
		api.WriteError(w, http.StatusMethodNotAllowed, "method_not_allowed", "uploads are PUT")
		return
	}
	if !ok || time.Now().After(u.expires) {
		api.WriteError(w, http.StatusNotFound, "unknown_upload", "no such upload, or it expired: upload the file again")
		return
	}
	req, err := http.NewRequestWithContext(r.Context(), http.MethodPut, u.url, r.Body)
	if err != nil {
		api.WriteError(w, http.StatusBadGateway, "bad_answer", err.Error())
		return
	}
	req.ContentLength = r.ContentLength
	for k, v := range u.headers {
		if !strings.EqualFold(k, "Content-Length") { // set by ContentLength, as the page sent it
			req.Header.Set(k, v)
		}
	}
	resp, err := p.api.http.Do(req)
	if err != nil {
		api.WriteError(w, http.StatusBadGateway, "upload", "the upload to the bucket failed: "+err.Error())
		return
	}
	defer resp.Body.Close()
	_, _ = io.Copy(io.Discard, io.LimitReader(resp.Body, 64<<10))
	if resp.StatusCode >= 300 {
		api.WriteError(w, resp.StatusCode, "upload", fmt.Sprintf("the bucket refused the upload (HTTP %d)", resp.StatusCode))
		return
	}
	w.WriteHeader(http.StatusOK)
}
