package devstack_test

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	v4 "github.com/aws/aws-sdk-go-v2/aws/signer/v4"
	"github.com/aws/aws-sdk-go-v2/credentials"
	"github.com/aws/aws-sdk-go-v2/service/s3"

	"github.com/precis-news/precis"
	"github.com/precis-news/precis/internal/devstack"
)

// s3Error reads an S3 error document: its code, or "" when there is none.
func s3Error(t *testing.T, resp *http.Response) string {
	t.Helper()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	var doc struct {
		XMLName xml.Name `xml:"Error"`
		Code    string
	}
	if resp.StatusCode >= 300 && xml.Unmarshal(body, &doc) != nil {
		t.Errorf("status %d without an S3 error document: %q", resp.StatusCode, body)
	}
	return doc.Code
}

// apiError is an error S3 answered, as the SDK returns it.
type apiError interface{ ErrorCode() string }

// exists reports whether key is in the stack's bucket, as its own client sees it.
func exists(t *testing.T, st *devstack.Stack, key string) bool {
	t.Helper()
	_, err := st.S3.HeadObject(context.Background(), &s3.HeadObjectInput{Bucket: aws.String(st.Bucket), Key: aws.String(key)})
	var apiErr apiError
	if errors.As(err, &apiErr) && apiErr.ErrorCode() == "NotFound" {
		return false
	}
	if err != nil {
		t.Fatal(err)
	}
	return true
}

// send sends req and checks S3's answer, and that key is stored if and only if it succeeded.
func send(t *testing.T, st *devstack.Stack, req *http.Request, key string, status int, code string) {
	t.Helper()
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	if got := s3Error(t, resp); resp.StatusCode != status || got != code {
		t.Errorf("%d %s, want %d %s", resp.StatusCode, got, status, code)
	}
	if got := exists(t, st, key); got != (status == http.StatusOK) {
		t.Errorf("%s stored: %v", key, got)
	}
}

// TestPresignedUploadSignature PUTs to presigned URLs, made by the SDK's presigner as the API
// makes them (one key, one content type, one length), what their holder may and may not send.
func TestPresignedUploadSignature(t *testing.T) {
	st := start(t, devstack.Config{Template: precis.Template})
	ctx := context.Background()
	body := []byte("An article of a known length.\n")
	presign := func(t *testing.T, key string, opts ...func(*s3.PresignOptions)) *http.Request {
		t.Helper()
		p, err := s3.NewPresignClient(st.S3, opts...).PresignPutObject(ctx, &s3.PutObjectInput{
			Bucket: aws.String(st.Bucket), Key: aws.String(key),
			ContentType: aws.String("text/plain"), ContentLength: aws.Int64(int64(len(body))),
		}, s3.WithPresignExpires(time.Minute))
		if err != nil {
			t.Fatal(err)
		}
		req, err := http.NewRequest(http.MethodPut, p.URL, bytes.NewReader(body))
		if err != nil {
			t.Fatal(err)
		}
		req.Header.Set("Content-Type", "text/plain")
		return req
	}
	withBody := func(req *http.Request, b []byte) {
		req.Body, req.ContentLength = io.NopCloser(bytes.NewReader(b)), int64(len(b))
	}
	otherKeys := func(id, secret string) func(*s3.PresignOptions) {
		return s3.WithPresignClientFromClientOptions(func(o *s3.Options) {
			o.Credentials = credentials.NewStaticCredentialsProvider(id, secret, "")
		})
	}
	for i, c := range []struct {
		name   string
		key    string // default: one per case
		opts   []func(*s3.PresignOptions)
		change func(req *http.Request)
		status int
		code   string
	}{
		{name: "as signed", status: http.StatusOK},
		{name: "as signed, a key to escape", key: "articles/presigned/a b+c=d&e (été)!*'~.txt", status: http.StatusOK},
		{name: "longer body", status: http.StatusForbidden, code: "SignatureDoesNotMatch", change: func(req *http.Request) {
			withBody(req, append(bytes.Clone(body), " and more"...))
		}},
		{name: "shorter body", status: http.StatusForbidden, code: "SignatureDoesNotMatch", change: func(req *http.Request) {
			withBody(req, body[:5])
		}},
		{name: "no length (chunked)", status: http.StatusForbidden, code: "SignatureDoesNotMatch", change: func(req *http.Request) {
			req.Body, req.ContentLength = io.NopCloser(io.MultiReader(bytes.NewReader(body))), -1
		}},
		{name: "other content type", status: http.StatusForbidden, code: "SignatureDoesNotMatch", change: func(req *http.Request) {
			req.Header.Set("Content-Type", "text/html")
		}},
		{name: "other key", status: http.StatusForbidden, code: "SignatureDoesNotMatch", change: func(req *http.Request) {
			req.URL.Path, req.URL.RawPath = "/"+st.Bucket+"/text/evil.txt", ""
		}},
		{name: "other method", status: http.StatusForbidden, code: "SignatureDoesNotMatch", change: func(req *http.Request) {
			req.Method = http.MethodPost
		}},
		{name: "extra query parameter", status: http.StatusForbidden, code: "SignatureDoesNotMatch", change: func(req *http.Request) {
			req.URL.RawQuery += "&acl="
		}},
		{name: "unsigned x-amz header", status: http.StatusForbidden, code: "AccessDenied", change: func(req *http.Request) {
			req.Header.Set("X-Amz-Acl", "public-read")
		}},
		{name: "bad signature", status: http.StatusForbidden, code: "SignatureDoesNotMatch", change: func(req *http.Request) {
			q := req.URL.Query()
			sig := []byte(q.Get("X-Amz-Signature"))
			sig[len(sig)-1] ^= 1
			q.Set("X-Amz-Signature", string(sig))
			req.URL.RawQuery = q.Encode()
		}},
		{name: "no signature", status: http.StatusForbidden, code: "AccessDenied", change: func(req *http.Request) {
			req.URL.RawQuery = ""
		}},
		{name: "signature parameter only", status: http.StatusBadRequest, code: "AuthorizationQueryParametersError", change: func(req *http.Request) {
			req.URL.RawQuery = url.Values{"X-Amz-Signature": {req.URL.Query().Get("X-Amz-Signature")}}.Encode()
		}},
		{name: "signature version 2", status: http.StatusBadRequest, code: "InvalidRequest", change: func(req *http.Request) {
			req.URL.RawQuery = url.Values{"AWSAccessKeyId": {devstack.AccessKeyID}, "Signature": {"c2ln"}, "Expires": {"4102444800"}}.Encode()
		}},
		{name: "signature version 2 header", status: http.StatusBadRequest, code: "InvalidRequest", change: func(req *http.Request) {
			req.URL.RawQuery = ""
			req.Header.Set("Authorization", "AWS "+devstack.AccessKeyID+":c2ln")
		}},
		{name: "other secret", opts: []func(*s3.PresignOptions){otherKeys(devstack.AccessKeyID, "guess")}, status: http.StatusForbidden, code: "SignatureDoesNotMatch"},
		{name: "other access key", opts: []func(*s3.PresignOptions){otherKeys("AKIDOTHER", devstack.SecretAccessKey)}, status: http.StatusForbidden, code: "InvalidAccessKeyId"},
	} {
		t.Run(c.name, func(t *testing.T) {
			key := c.key
			if key == "" {
				key = "articles/presigned/" + string(rune('a'+i)) + ".txt"
			}
			req := presign(t, key, c.opts...)
			if c.change != nil {
				c.change(req)
			}
			send(t, st, req, key, c.status, c.code)
			if exists(t, st, "text/evil.txt") {
				t.Error("text/evil.txt stored")
			}
		})
	}
}

// TestExpiredPresignedURL presigns with the SDK's signer as of two hours ago for one minute.
func TestExpiredPresignedURL(t *testing.T) {
	st := start(t, devstack.Config{Template: precis.Template})
	for _, c := range []struct {
		name    string
		signed  time.Time
		expires string
		status  int
		code    string
	}{
		{"valid", time.Now(), "60", http.StatusOK, ""},
		{"expired", time.Now().Add(-2 * time.Hour), "60", http.StatusForbidden, "AccessDenied"},
		{"from the future", time.Now().Add(time.Hour), "7200", http.StatusForbidden, "AccessDenied"},
		{"longer than a week", time.Now(), "604801", http.StatusBadRequest, "AuthorizationQueryParametersError"},
	} {
		t.Run(c.name, func(t *testing.T) {
			req, err := http.NewRequest(http.MethodGet, st.S3URL+"/"+st.Bucket+"?list-type=2&X-Amz-Expires="+c.expires, nil)
			if err != nil {
				t.Fatal(err)
			}
			creds := aws.Credentials{AccessKeyID: devstack.AccessKeyID, SecretAccessKey: devstack.SecretAccessKey}
			signed, _, err := v4.NewSigner().PresignHTTP(context.Background(), creds, req, "UNSIGNED-PAYLOAD", "s3", devstack.Region, c.signed)
			if err != nil {
				t.Fatal(err)
			}
			resp, err := http.Get(signed)
			if err != nil {
				t.Fatal(err)
			}
			defer resp.Body.Close()
			if code := s3Error(t, resp); resp.StatusCode != c.status || code != c.code {
				t.Errorf("%d %s, want %d %s", resp.StatusCode, code, c.status, c.code)
			}
		})
	}
}

// TestHeaderSignature sends requests signed in the Authorization header: by SDK clients with
// the wrong keys or none, and by the SDK's signer over another body or at another time.
func TestHeaderSignature(t *testing.T) {
	st := start(t, devstack.Config{Template: precis.Template})
	ctx := context.Background()
	client := func(p aws.CredentialsProvider) *s3.Client {
		return s3.New(s3.Options{
			Region: devstack.Region, BaseEndpoint: aws.String(st.S3URL), UsePathStyle: true, Credentials: p,
			RetryMaxAttempts: 1, RequestChecksumCalculation: aws.RequestChecksumCalculationWhenRequired,
		})
	}
	for _, c := range []struct {
		name  string
		creds aws.CredentialsProvider
		code  string
	}{
		{"the stack's keys", credentials.NewStaticCredentialsProvider(devstack.AccessKeyID, devstack.SecretAccessKey, ""), ""},
		{"other secret", credentials.NewStaticCredentialsProvider(devstack.AccessKeyID, "guess", ""), "SignatureDoesNotMatch"},
		{"other access key", credentials.NewStaticCredentialsProvider("AKIDOTHER", devstack.SecretAccessKey, ""), "InvalidAccessKeyId"},
		{"anonymous", aws.AnonymousCredentials{}, "AccessDenied"},
	} {
		t.Run(c.name, func(t *testing.T) {
			key := "other/" + strings.ReplaceAll(c.name, " ", "-") + ".txt"
			_, err := client(c.creds).PutObject(ctx, &s3.PutObjectInput{Bucket: aws.String(st.Bucket), Key: aws.String(key), Body: strings.NewReader("x")})
			code := ""
			var apiErr apiError
			if errors.As(err, &apiErr) {
				code = apiErr.ErrorCode()
			} else if err != nil {
				t.Fatal(err)
			}
			if code != c.code {
				t.Errorf("PutObject: %q (%v), want %q", code, err, c.code)
			}
			if got := exists(t, st, key); got != (c.code == "") {
				t.Errorf("stored: %v", got)
			}
		})
	}

	// Signed by the SDK's signer, as its clients sign, then changed.
	sum := func(b string) string { s := sha256.Sum256([]byte(b)); return hex.EncodeToString(s[:]) }
	for _, c := range []struct {
		name         string
		signedBody   string
		sentBody     string
		signedAt     time.Time
		status       int
		code         string
		withoutShaHd bool
		// payload, when set, is the signed payload hash instead of signedBody's.
		payload string
	}{
		{name: "as signed", signedBody: "body", sentBody: "body", signedAt: time.Now(), status: http.StatusOK},
		{name: "other body of that length", signedBody: "body", sentBody: "BODY", signedAt: time.Now(), status: http.StatusBadRequest, code: "XAmzContentSHA256Mismatch"},
		{name: "signed an hour ago", signedBody: "body", sentBody: "body", signedAt: time.Now().Add(-time.Hour), status: http.StatusForbidden, code: "RequestTimeTooSkewed"},
		{name: "no payload hash", signedBody: "body", sentBody: "body", signedAt: time.Now(), status: http.StatusBadRequest, code: "InvalidRequest", withoutShaHd: true},
		{name: "unsigned payload", sentBody: "body", signedAt: time.Now(), status: http.StatusOK, payload: "UNSIGNED-PAYLOAD"},
		// Stored as sent, the trailer's framing would corrupt the object.
		{name: "payload with a trailer", sentBody: "4\r\nbody\r\n0\r\n\r\n", signedAt: time.Now(), status: http.StatusBadRequest, code: "InvalidArgument", payload: "STREAMING-UNSIGNED-PAYLOAD-TRAILER"},
	} {
		t.Run(c.name, func(t *testing.T) {
			key := "other/signed-" + strings.ReplaceAll(c.name, " ", "-") + ".txt"
			req, err := http.NewRequest(http.MethodPut, st.S3URL+"/"+st.Bucket+"/"+key, strings.NewReader(c.sentBody))
			if err != nil {
				t.Fatal(err)
			}
			payload := c.payload
			if payload == "" {
				payload = sum(c.signedBody)
			}
			if !c.withoutShaHd {
				req.Header.Set("X-Amz-Content-Sha256", payload)
			}
			creds := aws.Credentials{AccessKeyID: devstack.AccessKeyID, SecretAccessKey: devstack.SecretAccessKey}
			if err := v4.NewSigner().SignHTTP(ctx, creds, req, payload, "s3", devstack.Region, c.signedAt); err != nil {
				t.Fatal(err)
			}
			send(t, st, req, key, c.status, c.code)
		})
	}

	// Unsigned requests of every kind, as curl sends them; a HEAD's error has no body.
	for _, m := range []string{http.MethodGet, http.MethodPut, http.MethodDelete, http.MethodPost, http.MethodHead} {
		req, err := http.NewRequest(m, st.S3URL+"/"+st.Bucket+"/articles/unsigned.txt", strings.NewReader("x"))
		if err != nil {
			t.Fatal(err)
		}
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		code := "AccessDenied"
		if m != http.MethodHead {
			code = s3Error(t, resp)
		}
		resp.Body.Close()
		if resp.StatusCode != http.StatusForbidden || code != "AccessDenied" {
			t.Errorf("unsigned %s: %d %s", m, resp.StatusCode, code)
		}
	}
	if exists(t, st, "articles/unsigned.txt") {
		t.Error("an unsigned PUT was stored")
	}
}

// TestStreamedUploadSignature sends an aws-chunked upload signed as SDKs stream them: the
// seed signature by the SDK's signer, each chunk's by its stream signer, chained. A chunk
// changed or left out after signing is refused and nothing is stored.
func TestStreamedUploadSignature(t *testing.T) {
	st := start(t, devstack.Config{Template: precis.Template})
	ctx := context.Background()
	creds := aws.Credentials{AccessKeyID: devstack.AccessKeyID, SecretAccessKey: devstack.SecretAccessKey}
	chunks := [][]byte{[]byte("The first chunk, "), []byte("the second"), []byte(" and the last.")}
	for _, c := range []struct {
		name   string
		change func(signed [][]byte) [][]byte // the chunks sent, from those signed
		status int
		code   string
	}{
		{name: "as signed", status: http.StatusOK},
		{name: "a chunk changed", status: http.StatusForbidden, code: "SignatureDoesNotMatch", change: func(signed [][]byte) [][]byte {
			sent := slices.Clone(signed)
			sent[1] = []byte("the SECOND")
			return sent
		}},
		{name: "a chunk left out", status: http.StatusForbidden, code: "SignatureDoesNotMatch", change: func(signed [][]byte) [][]byte {
			return [][]byte{signed[0], signed[2]}
		}},
	} {
		t.Run(c.name, func(t *testing.T) {
			key := "other/streamed-" + strings.ReplaceAll(c.name, " ", "-") + ".txt"
			sent := chunks
			if c.change != nil {
				sent = c.change(chunks)
			}
			now := time.Now()
			// The frame of each chunk: its size, then its signature, known only after the seed's.
			frame := func(size int) int {
				return len(strconv.FormatInt(int64(size), 16)) + len(";chunk-signature=") + 64 + 4 + size
			}
			encoded, decoded := frame(0), 0
			for _, ch := range sent {
				encoded += frame(len(ch))
				decoded += len(ch)
			}
			req, err := http.NewRequest(http.MethodPut, st.S3URL+"/"+st.Bucket+"/"+key, nil)
			if err != nil {
				t.Fatal(err)
			}
			req.ContentLength = int64(encoded)
			req.Header.Set("Content-Encoding", "aws-chunked")
			req.Header.Set("X-Amz-Content-Sha256", "STREAMING-AWS4-HMAC-SHA256-PAYLOAD")
			req.Header.Set("X-Amz-Decoded-Content-Length", strconv.Itoa(decoded))
			if err := v4.NewSigner().SignHTTP(ctx, creds, req, "STREAMING-AWS4-HMAC-SHA256-PAYLOAD", "s3", devstack.Region, now); err != nil {
				t.Fatal(err)
			}
			_, seedHex, _ := strings.Cut(req.Header.Get("Authorization"), "Signature=")
			seed, err := hex.DecodeString(seedHex)
			if err != nil {
				t.Fatal(err)
			}
			stream := v4.NewStreamSigner(creds, "s3", devstack.Region, seed)
			var sigs [][]byte // of the chunks signed, then of the final empty one
			for _, ch := range append(slices.Clone(chunks), nil) {
				sig, err := stream.GetSignature(ctx, nil, ch, now)
				if err != nil {
					t.Fatal(err)
				}
				sigs = append(sigs, sig)
			}
			var body bytes.Buffer
			for i, ch := range append(slices.Clone(sent), nil) {
				sig := sigs[len(sigs)-1]
				if ch != nil {
					sig = sigs[i]
				}
				fmt.Fprintf(&body, "%x;chunk-signature=%x\r\n%s\r\n", len(ch), sig, ch)
			}
			req.Body = io.NopCloser(&body)
			send(t, st, req, key, c.status, c.code)
			if c.status == http.StatusOK {
				out, err := st.S3.GetObject(ctx, &s3.GetObjectInput{Bucket: aws.String(st.Bucket), Key: aws.String(key)})
				if err != nil {
					t.Fatal(err)
				}
				got, _ := io.ReadAll(out.Body)
				out.Body.Close()
				if want := bytes.Join(chunks, nil); !bytes.Equal(got, want) {
					t.Errorf("stored %q, want %q", got, want)
				}
			}
		})
	}
}
