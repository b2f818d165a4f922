package localstack_test

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"net"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	v4 "github.com/aws/aws-sdk-go-v2/aws/signer/v4"
	"github.com/aws/aws-sdk-go-v2/service/s3"

	"github.com/precis-news/precis/shared/localstack"
)

// rawSigned sends a PUT of body to key signed with the stack's keys, with the headers set,
// over a bare connection: its declared length need not be its body's. It returns S3's
// status and error code.
func rawSigned(t *testing.T, st *localstack.Stack, key string, headers map[string]string, body []byte) (int, string) {
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
	creds := aws.Credentials{AccessKeyID: localstack.AccessKeyID, SecretAccessKey: localstack.SecretAccessKey}
	if err := v4.NewSigner().SignHTTP(context.Background(), creds, req, payload, "s3", localstack.Region, time.Now()); err != nil {
		t.Fatal(err)
	}
	u, _ := url.Parse(st.S3URL)
	conn, err := net.Dial("tcp", u.Host)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	var b bytes.Buffer
	fmt.Fprintf(&b, "PUT %s HTTP/1.1\r\nHost: %s\r\nContent-Length: %d\r\n", req.URL.RequestURI(), u.Host, req.ContentLength)
	_ = req.Header.Write(&b)
	b.WriteString("\r\n")
	b.Write(body)
	if _, err := conn.Write(b.Bytes()); err != nil {
		t.Fatal(err)
	}
	_ = conn.(*net.TCPConn).CloseWrite() // the body ends here, whatever was declared
	resp, err := http.ReadResponse(bufio.NewReader(conn), req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	return resp.StatusCode, s3Error(t, resp)
}

// TestDeclaredLengthBound sends signed uploads that declare more than the stack takes in one
// request, with a short body: they are refused before anything is allocated for them (a
// declared length of a terabyte once killed the process), and nothing is stored. A 20 MB
// upload still goes through.
func TestDeclaredLengthBound(t *testing.T) {
	st := start(t, localstack.Config{})
	over := strconv.Itoa(localstack.MaxRequestBytes + 1)
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
	st := start(t, localstack.Config{})
	_, port, _ := net.SplitHostPort(strings.TrimPrefix(st.APIURL, "http://"))
	s3Port := st.S3URL[strings.LastIndex(st.S3URL, ":")+1:]
	creds := aws.Credentials{AccessKeyID: localstack.AccessKeyID, SecretAccessKey: localstack.SecretAccessKey}
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
			if err := v4.NewSigner().SignHTTP(context.Background(), creds, get, "UNSIGNED-PAYLOAD", "s3", localstack.Region, time.Now()); err != nil {
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
