package devstack_test

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"net/http/httputil"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	v4 "github.com/aws/aws-sdk-go-v2/aws/signer/v4"
	"github.com/aws/aws-sdk-go-v2/service/s3"

	"github.com/precis-news/precis"
	"github.com/precis-news/precis/internal/devstack"
	"github.com/precis-news/precis/shared/api"
)

// rawSigned sends a PUT of body to key signed with the stack's keys, with the headers set,
// over a bare connection: its declared length need not be its body's. It returns S3's
// status and error code.
func rawSigned(t *testing.T, st *devstack.Stack, key string, headers map[string]string, body []byte) (int, string) {
	t.Helper()
	req, err := http.NewRequest(http.MethodPut, st.S3URL+"/"+st.Bucket+"/"+key, nil)
	if err != nil {
		t.Fatal(err)
	}
	for k, v := range headers {
		req.Header.Set(k, v)
	}
	// Signed as the SDK signs a length, and written as declared.
	req.ContentLength, _ = strconv.ParseInt(req.Header.Get("Content-Length"), 10, 64)
	req.Header.Del("Content-Length")
	payload := req.Header.Get("X-Amz-Content-Sha256")
	creds := aws.Credentials{AccessKeyID: devstack.AccessKeyID, SecretAccessKey: devstack.SecretAccessKey}
	if err := v4.NewSigner().SignHTTP(context.Background(), creds, req, payload, "s3", devstack.Region, time.Now()); err != nil {
		t.Fatal(err)
	}
	resp := sendRaw(t, st, req, fmt.Sprintf("Content-Length: %d", req.ContentLength), func(w io.Writer) {
		_, _ = w.Write(body) // the body ends here, whatever was declared
	})
	defer resp.Body.Close()
	return resp.StatusCode, s3Error(t, resp)
}

// sendRaw sends req's method, path and headers over a bare connection to the stack's S3
// endpoint, with framing (a Content-Length or Transfer-Encoding line) as given, writes the
// body with write while the answer is read, and returns the answer: the server may answer
// and close before the body is done, which an HTTP client still writing sees only as a
// reset connection.
func sendRaw(t *testing.T, st *devstack.Stack, req *http.Request, framing string, write func(io.Writer)) *http.Response {
	t.Helper()
	u, _ := url.Parse(st.S3URL)
	conn, err := net.Dial("tcp", u.Host)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { conn.Close() })
	var head bytes.Buffer
	fmt.Fprintf(&head, "%s %s HTTP/1.1\r\nHost: %s\r\n%s\r\n", req.Method, req.URL.RequestURI(), u.Host, framing)
	_ = req.Header.Write(&head)
	head.WriteString("\r\n")
	go func() {
		if _, err := conn.Write(head.Bytes()); err == nil {
			write(conn)
		}
		_ = conn.(*net.TCPConn).CloseWrite()
	}()
	resp, err := http.ReadResponse(bufio.NewReader(conn), req)
	if err != nil {
		t.Fatal(err)
	}
	return resp
}

// TestDeclaredLengthBound sends signed uploads that declare more than the stack takes in one
// request, with a short body: they are refused before anything is allocated for them (a
// declared length of a terabyte once killed the process), and nothing is stored. A 20 MB
// upload still goes through.
func TestDeclaredLengthBound(t *testing.T) {
	st := start(t, devstack.Config{Template: precis.Template})
	over := strconv.Itoa(devstack.MaxRequestBytes + 1)
	for _, c := range []struct {
		name    string
		headers map[string]string
		status  int
		code    string
	}{
		{"content length over the bound", map[string]string{"Content-Length": over, "X-Amz-Content-Sha256": "UNSIGNED-PAYLOAD"}, http.StatusBadRequest, "EntityTooLarge"},
		{"decoded length over the bound", map[string]string{
			"Content-Length": "4", "Content-Encoding": "aws-chunked", "X-Amz-Content-Sha256": "STREAMING-AWS4-HMAC-SHA256-PAYLOAD", "X-Amz-Decoded-Content-Length": over,
		}, http.StatusBadRequest, "EntityTooLarge"},
		{"decoded length negative", map[string]string{
			"Content-Length": "4", "Content-Encoding": "aws-chunked", "X-Amz-Content-Sha256": "STREAMING-AWS4-HMAC-SHA256-PAYLOAD", "X-Amz-Decoded-Content-Length": "-1",
		}, http.StatusBadRequest, "InvalidArgument"},
		{"content length of a terabyte", map[string]string{"Content-Length": strconv.Itoa(1 << 40), "X-Amz-Content-Sha256": "UNSIGNED-PAYLOAD"}, http.StatusBadRequest, "EntityTooLarge"},
		{"decoded length of a terabyte", map[string]string{
			"Content-Length": "4", "Content-Encoding": "aws-chunked", "X-Amz-Content-Sha256": "STREAMING-AWS4-HMAC-SHA256-PAYLOAD", "X-Amz-Decoded-Content-Length": strconv.Itoa(1 << 40),
		}, http.StatusBadRequest, "EntityTooLarge"},
	} {
		t.Run(c.name, func(t *testing.T) {
			key := "articles/bound-" + strings.ReplaceAll(c.name, " ", "-") + ".txt"
			status, code := rawSigned(t, st, key, c.headers, []byte("body"))
			if status != c.status || code != c.code {
				t.Errorf("%d %s, want %d %s", status, code, c.status, c.code)
			}
			if exists(t, st, key) {
				t.Error("stored")
			}
		})
	}
	big := bytes.Repeat([]byte("twenty megabytes. "), 20<<20/18)
	if _, err := st.S3.PutObject(context.Background(), &s3.PutObjectInput{
		Bucket: aws.String(st.Bucket), Key: aws.String("other/big.txt"), Body: bytes.NewReader(big),
	}); err != nil {
		t.Errorf("a %d-byte upload: %v", len(big), err)
	}
}

// TestS3CORS sends the S3 endpoint a preflight and a signed GET from the stack's own page
// (the API's origin, under its loopback names) and from other sites: only the page's origin
// is allowed; another gets no Access-Control-Allow-Origin and its preflight is refused.
func TestS3CORS(t *testing.T) {
	st := start(t, devstack.Config{Template: precis.Template})
	_, port, _ := net.SplitHostPort(strings.TrimPrefix(st.APIURL, "http://"))
	s3Port := st.S3URL[strings.LastIndex(st.S3URL, ":")+1:]
	creds := aws.Credentials{AccessKeyID: devstack.AccessKeyID, SecretAccessKey: devstack.SecretAccessKey}
	for _, c := range []struct {
		origin  string
		allowed bool
	}{
		{st.APIURL, true},
		{"http://localhost:" + port, true},
		{"https://evil.example", false},
		{"http://evil.example:" + port, false},
		{"http://127.0.0.1:" + s3Port, false},
		{"null", false},
	} {
		t.Run(c.origin, func(t *testing.T) {
			want := ""
			if c.allowed {
				want = c.origin
			}
			pre, _ := http.NewRequest(http.MethodOptions, st.S3URL+"/"+st.Bucket+"/articles/a.txt", nil)
			pre.Header.Set("Origin", c.origin)
			pre.Header.Set("Access-Control-Request-Method", http.MethodPut)
			pre.Header.Set("Access-Control-Request-Headers", "content-type")
			resp, err := http.DefaultClient.Do(pre)
			if err != nil {
				t.Fatal(err)
			}
			resp.Body.Close()
			if got := resp.Header.Get("Access-Control-Allow-Origin"); got != want || (resp.StatusCode == http.StatusOK) != c.allowed {
				t.Errorf("preflight: %d, Access-Control-Allow-Origin %q, want %q", resp.StatusCode, got, want)
			}
			if c.allowed && !strings.Contains(resp.Header.Get("Access-Control-Allow-Methods"), http.MethodPut) {
				t.Errorf("preflight allows %q", resp.Header.Get("Access-Control-Allow-Methods"))
			}
			get, _ := http.NewRequest(http.MethodGet, st.S3URL+"/"+st.Bucket+"?list-type=2", nil)
			get.Header.Set("X-Amz-Content-Sha256", "UNSIGNED-PAYLOAD")
			if err := v4.NewSigner().SignHTTP(context.Background(), creds, get, "UNSIGNED-PAYLOAD", "s3", devstack.Region, time.Now()); err != nil {
				t.Fatal(err)
			}
			get.Header.Set("Origin", c.origin)
			resp, err = http.DefaultClient.Do(get)
			if err != nil {
				t.Fatal(err)
			}
			resp.Body.Close()
			if got := resp.Header.Get("Access-Control-Allow-Origin"); resp.StatusCode != http.StatusOK || got != want {
				t.Errorf("GET: %d, Access-Control-Allow-Origin %q, want %q", resp.StatusCode, got, want)
			}
		})
	}
}

// apiAnswer sends req and reads the API's JSON error: its status and code ("" when the
// answer is not an error document of the API's shape).
func apiAnswer(t *testing.T, req *http.Request) (int, string) {
	t.Helper()
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var doc api.Error
	if resp.StatusCode >= 300 && (!strings.HasPrefix(resp.Header.Get("Content-Type"), "application/json") || json.NewDecoder(resp.Body).Decode(&doc) != nil) {
		t.Errorf("%s %s: %d %s without a JSON error", req.Method, req.URL, resp.StatusCode, resp.Header.Get("Content-Type"))
	}
	return resp.StatusCode, doc.Error.Code
}

// TestAPIRequestsRefused sends the local API what only another site, or a name rebound to
// its address, sends: each is refused with the API's JSON error, and so are unclean paths
// and bad requests to ReprocessPath. The stack's own names are answered.
func TestAPIRequestsRefused(t *testing.T) {
	st := start(t, devstack.Config{Template: precis.Template})
	_, port, _ := net.SplitHostPort(strings.TrimPrefix(st.APIURL, "http://"))
	for _, c := range []struct {
		name, method, path, host, origin, contentType string
		status                                        int
		code                                          string
	}{
		{name: "own address", method: http.MethodGet, path: "/summaries?limit=2", status: http.StatusOK},
		{name: "localhost", method: http.MethodGet, path: "/summaries?limit=2", host: "localhost:" + port, status: http.StatusOK},
		{name: "rebound name", method: http.MethodGet, path: "/summaries?limit=2", host: "evil.example:" + port, status: http.StatusMisdirectedRequest, code: "wrong_host"},
		{name: "localhost on another port", method: http.MethodGet, path: "/summaries?limit=2", host: "localhost:1", status: http.StatusMisdirectedRequest, code: "wrong_host"},
		{name: "rebound name, reprocess", method: http.MethodPost, path: devstack.ReprocessPath, host: "evil.example:" + port, status: http.StatusMisdirectedRequest, code: "wrong_host"},
		{name: "cross-site reprocess", method: http.MethodPost, path: devstack.ReprocessPath, origin: "https://evil.example", contentType: "text/plain", status: http.StatusForbidden, code: "cross_origin"},
		{name: "reprocess, bad workers", method: http.MethodPost, path: devstack.ReprocessPath + "?workers=0", status: http.StatusBadRequest, code: "bad_workers"},
		{name: "reprocess, GET", method: http.MethodGet, path: devstack.ReprocessPath, status: http.StatusMethodNotAllowed, code: "method_not_allowed"},
		{name: "dot-dot path", method: http.MethodGet, path: "/summaries/../summaries?limit=1", status: http.StatusBadRequest, code: "bad_path"},
		{name: "dot-dot to reprocess", method: http.MethodPost, path: "/local/x/../reprocess", status: http.StatusBadRequest, code: "bad_path"},
	} {
		t.Run(c.name, func(t *testing.T) {
			req, err := http.NewRequest(c.method, st.APIURL, strings.NewReader("x"))
			if err != nil {
				t.Fatal(err)
			}
			req.URL.Opaque, req.URL.RawQuery, _ = strings.Cut(c.path, "?") // sent as written, ".." and all
			if c.host != "" {
				req.Host = c.host
			}
			if c.origin != "" {
				req.Header.Set("Origin", c.origin)
			}
			if c.contentType != "" {
				req.Header.Set("Content-Type", c.contentType)
			}
			if status, code := apiAnswer(t, req); status != c.status || code != c.code {
				t.Errorf("%d %q, want %d %q", status, code, c.status, c.code)
			}
		})
	}
}

// TestOneReprocessAtATime holds a re-processing run in its first DynamoDB request (the
// stack's DynamoDB is the embedded one behind a gate) and starts a second: it is refused
// with 409 and the API's JSON error; once the first has ended, a run starts again.
func TestOneReprocessAtATime(t *testing.T) {
	var held atomic.Bool
	release := make(chan struct{})
	entered := make(chan struct{}, 1)
	db := devstack.EmbeddedDynamoDB()
	gate := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if held.Load() {
			select {
			case entered <- struct{}{}:
			default:
			}
			<-release
		}
		db.ServeHTTP(w, r)
	}))
	t.Cleanup(gate.Close)
	st := start(t, devstack.Config{Template: precis.Template, DynamoDBEndpoint: gate.URL})
	var once sync.Once
	open := func() { once.Do(func() { close(release) }) }
	t.Cleanup(open) // before the stack's stop

	ctx := context.Background()
	done := make(chan devstack.Processed, 1)
	st.OnProcessed(func(p devstack.Processed) { done <- p })
	if _, err := st.S3.PutObject(ctx, &s3.PutObjectInput{
		Bucket: aws.String(st.Bucket), Key: aws.String("articles/one.txt"), Body: strings.NewReader("One sentence of news. And another one here."),
	}); err != nil {
		t.Fatal(err)
	}
	<-done
	reprocess := func() *http.Response {
		resp, err := http.Post(st.APIURL+devstack.ReprocessPath, "application/json", nil)
		if err != nil {
			t.Fatal(err)
		}
		return resp
	}
	held.Store(true)
	first := reprocess()
	defer first.Body.Close()
	select {
	case <-entered:
	case <-time.After(30 * time.Second):
		t.Fatal("the run made no DynamoDB request")
	}
	second, err := http.NewRequest(http.MethodPost, st.APIURL+devstack.ReprocessPath, nil)
	if err != nil {
		t.Fatal(err)
	}
	if status, code := apiAnswer(t, second); status != http.StatusConflict || code != "reprocess_running" {
		t.Errorf("second run: %d %q, want 409 reprocess_running", status, code)
	}
	held.Store(false)
	open()
	if _, err := io.Copy(io.Discard, first.Body); err != nil {
		t.Fatal(err)
	}
	again := reprocess()
	defer again.Body.Close()
	if again.StatusCode != http.StatusOK {
		t.Errorf("a run after the first: %d", again.StatusCode)
	}
}

// TestUndeclaredLengthBound sends signed requests whose body has no declared length (HTTP
// chunked) and goes on past the bound, to handlers gofakes3 reads whole: each is refused with
// EntityTooLarge once the bound is read.
func TestUndeclaredLengthBound(t *testing.T) {
	st := start(t, devstack.Config{Template: precis.Template})
	creds := aws.Credentials{AccessKeyID: devstack.AccessKeyID, SecretAccessKey: devstack.SecretAccessKey}
	for _, c := range []struct{ name, method, query string }{
		{"complete multipart upload", http.MethodPost, "?uploadId=none"},
		{"bucket versioning", http.MethodPut, "?versioning"},
	} {
		t.Run(c.name, func(t *testing.T) {
			body := io.LimitReader(neverEnding('<'), devstack.MaxRequestBytes+1<<20)
			req, err := http.NewRequest(c.method, st.S3URL+"/"+st.Bucket+"/articles/undeclared.txt"+c.query, io.NopCloser(body))
			if err != nil {
				t.Fatal(err)
			}
			if c.query == "?versioning" {
				req.URL.Path = "/" + st.Bucket
			}
			req.ContentLength = -1
			req.Header.Set("X-Amz-Content-Sha256", "UNSIGNED-PAYLOAD")
			if err := v4.NewSigner().SignHTTP(context.Background(), creds, req, "UNSIGNED-PAYLOAD", "s3", devstack.Region, time.Now()); err != nil {
				t.Fatal(err)
			}
			resp := sendRaw(t, st, req, "Transfer-Encoding: chunked", func(w io.Writer) {
				cw := httputil.NewChunkedWriter(w)
				_, _ = io.Copy(cw, body) // fails once the server has answered and closed
				_ = cw.Close()
				_, _ = io.WriteString(w, "\r\n")
			})
			defer resp.Body.Close()
			if code := s3Error(t, resp); resp.StatusCode != http.StatusBadRequest || code != "EntityTooLarge" {
				t.Errorf("%d %s, want 400 EntityTooLarge", resp.StatusCode, code)
			}
		})
	}
}

// neverEnding is an endless body of one byte.
type neverEnding byte

func (b neverEnding) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = byte(b)
	}
	return len(p), nil
}
