package devstack

import (
	"bufio"
	"bytes"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/xml"
	"errors"
	"fmt"
	"hash"
	"io"
	"net/http"
	"slices"
	"strconv"
	"strings"
	"sync/atomic"
	"time"
)

// The key pair the local stack's S3 accepts, and its own clients sign with.
const (
	AccessKeyID     = "local"
	SecretAccessKey = "local"
)

// SigV4 constants, as S3 uses them.
const (
	sigAlgorithm     = "AWS4-HMAC-SHA256"
	unsignedPayload  = "UNSIGNED-PAYLOAD"
	streamingPayload = "STREAMING-AWS4-HMAC-SHA256-PAYLOAD"
	amzDateFormat    = "20060102T150405Z"
	// maxSkew is how far a header-signed request's time may be from the server's clock.
	maxSkew = 15 * time.Minute
	// maxPresignExpiry is the longest a presigned URL may be valid: seven days.
	maxPresignExpiry = 7 * 24 * 3600
)

// authError is an S3 error response to a request that fails authentication.
type authError struct {
	Status  int
	Code    string
	Message string
}

func (e *authError) Error() string { return e.Code + ": " + e.Message }

func denied(code, format string, args ...any) *authError {
	return &authError{Status: http.StatusForbidden, Code: code, Message: fmt.Sprintf(format, args...)}
}

func malformed(code, format string, args ...any) *authError {
	return &authError{Status: http.StatusBadRequest, Code: code, Message: fmt.Sprintf(format, args...)}
}

// errSignature is S3's answer to a signature computed with another key or over another request.
var errSignature = denied("SignatureDoesNotMatch", "The request signature we calculated does not match the signature you provided. Check your key and signing method.")

// errSigV2 answers a request signed otherwise than with SigV4. (The AWS CLI v1 presigns with
// Signature Version 2 unless its s3.signature_version is s3v4.)
var errSigV2 = malformed("InvalidRequest", "The authorization mechanism you have provided is not supported. Please use %s.", sigAlgorithm)

// signer verifies AWS Signature Version 4 as S3 does, for one key pair and region: in the
// Authorization header or in a presigned URL's query. Everything the signature covers must
// be what was signed: the method, the path (the key), the query, the signed headers (for a
// presigned upload, its Content-Length and Content-Type) and, when the signer gave its hash,
// the body.
type signer struct {
	accessKeyID, secret, region string
	now                         func() time.Time
}

// wrap refuses, with S3's XML error, any request next should not see: unsigned, signed with
// another key or over something else, expired. CORS preflights pass unsigned, as in S3.
func (v signer) wrap(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		// Before anything else: gofakes3 allocates the length a request declares before it
		// reads the body, and the key pair is public.
		if err := boundLength(r); err != nil {
			writeAuthError(w, r, err)
			return
		}
		// A body without a declared length (gofakes3 reads some such whole) is read no
		// further than the bound either.
		bounded := &boundedBody{r: r.Body, left: MaxRequestBytes}
		r.Body = bounded
		if r.Method == http.MethodOptions {
			next.ServeHTTP(w, r)
			return
		}
		body, err := v.verify(r)
		if err != nil {
			writeAuthError(w, r, err)
			return
		}
		checks := []checkedBody{bounded}
		if body != nil {
			// A signed body is checked as it is read: a failed check fails the read, so
			// next stores nothing, and turns next's answer into S3's.
			r.Body = body
			checks = append(checks, body)
		}
		next.ServeHTTP(&checkedWriter{ResponseWriter: w, bodies: checks, r: r}, r)
	})
}

// MaxRequestBytes bounds a request's body, as declared (Content-Length, or the decoded length
// of an aws-chunked upload) and as read: uploads larger than this go in multipart parts
// (8 MiB each by default in the SDKs and the AWS CLI).
const MaxRequestBytes = 64 << 20

// errTooLarge is S3's answer to a body over MaxRequestBytes.
var errTooLarge = malformed("EntityTooLarge", "Your proposed upload exceeds the maximum allowed size of %d bytes.", MaxRequestBytes)

// boundLength refuses a request whose declared lengths exceed MaxRequestBytes, or whose
// decoded length is not a length.
func boundLength(r *http.Request) error {
	if r.ContentLength > MaxRequestBytes {
		return errTooLarge
	}
	vals := r.Header.Values("X-Amz-Decoded-Content-Length")
	if len(vals) == 0 {
		return nil
	}
	n, err := strconv.ParseInt(vals[0], 10, 64)
	switch {
	case len(vals) > 1 || err != nil || n < 0:
		return malformed("InvalidArgument", "x-amz-decoded-content-length must be one whole number of bytes")
	case n > MaxRequestBytes:
		return errTooLarge
	}
	return nil
}

// verify checks r's signature. It returns, when the body is signed, the body that checks it
// as it is read.
func (v signer) verify(r *http.Request) (checkedBody, error) {
	q := r.URL.Query()
	auth := r.Header.Get("Authorization")
	presigned := q.Has("X-Amz-Algorithm") || q.Has("X-Amz-Signature") || q.Has("X-Amz-Credential")
	switch {
	case q.Has("AWSAccessKeyId") || q.Has("Signature") || strings.HasPrefix(auth, "AWS "):
		// Signature Version 2, which S3 refuses for buckets made since 2020, and so does this.
		return nil, errSigV2
	case auth != "" && presigned:
		return nil, malformed("InvalidArgument", "Only one auth mechanism allowed; only the X-Amz-Algorithm query parameter or the Authorization header should be specified")
	case presigned:
		return nil, v.verifyQuery(r)
	case auth == "":
		return nil, denied("AccessDenied", "Access Denied")
	}
	return v.verifyHeader(r, auth)
}

// verifyHeader checks a signature in the Authorization header.
func (v signer) verifyHeader(r *http.Request, auth string) (checkedBody, error) {
	rest, ok := strings.CutPrefix(auth, sigAlgorithm+" ")
	if !ok {
		return nil, errSigV2
	}
	fields := map[string]string{}
	for part := range strings.SplitSeq(rest, ",") {
		k, val, _ := strings.Cut(strings.TrimSpace(part), "=")
		fields[k] = val
	}
	credential, signedHeaders, signature := fields["Credential"], fields["SignedHeaders"], fields["Signature"]
	if credential == "" || signedHeaders == "" || signature == "" {
		return nil, malformed("AuthorizationHeaderMalformed", "The authorization header is malformed; it needs Credential, SignedHeaders and Signature.")
	}
	date := r.Header.Get("X-Amz-Date")
	t, err := time.Parse(amzDateFormat, date)
	if err != nil {
		return nil, denied("AccessDenied", "AWS authentication requires a valid Date or x-amz-date header")
	}
	if d := v.now().Sub(t); d > maxSkew || d < -maxSkew {
		return nil, denied("RequestTimeTooSkewed", "The difference between the request time and the current time is too large.")
	}
	scope, err := v.scope(credential, t, "AuthorizationHeaderMalformed")
	if err != nil {
		return nil, err
	}
	payload := r.Header.Get("X-Amz-Content-Sha256")
	var want []byte
	switch {
	case payload == "":
		return nil, malformed("InvalidRequest", "Missing required header for this request: x-amz-content-sha256")
	case payload == unsignedPayload:
	case payload == streamingPayload:
		if r.Method != http.MethodPut {
			return nil, malformed("InvalidRequest", "%s is only for uploads", streamingPayload)
		}
	default:
		want, err = hex.DecodeString(payload)
		if err != nil || len(want) != sha256.Size {
			return nil, malformed("InvalidArgument", "x-amz-content-sha256 must be UNSIGNED-PAYLOAD, %s or a valid sha256 value.", streamingPayload)
		}
	}
	key, err := v.check(r, date, scope, signedHeaders, payload, signature, "")
	switch {
	case err != nil:
		return nil, err
	case want != nil:
		return &hashedBody{r: r.Body, h: sha256.New(), want: want}, nil
	case payload == streamingPayload:
		// Each chunk is signed with the previous chunk's signature, from this one on.
		return &chunkedBody{src: bufio.NewReader(r.Body), closer: r.Body, key: key, date: date, scope: scope, prev: strings.ToLower(signature)}, nil
	}
	return nil, nil
}

// verifyQuery checks a presigned URL's signature.
func (v signer) verifyQuery(r *http.Request) error {
	q := r.URL.Query()
	for _, p := range []string{"X-Amz-Algorithm", "X-Amz-Credential", "X-Amz-Signature", "X-Amz-Date", "X-Amz-SignedHeaders", "X-Amz-Expires"} {
		if len(q[p]) != 1 || q.Get(p) == "" {
			return malformed("AuthorizationQueryParametersError", "Query-string authentication version 4 requires the X-Amz-Algorithm, X-Amz-Credential, X-Amz-Signature, X-Amz-Date, X-Amz-SignedHeaders, and X-Amz-Expires parameters.")
		}
	}
	if q.Get("X-Amz-Algorithm") != sigAlgorithm {
		return malformed("AuthorizationQueryParametersError", "X-Amz-Algorithm only supports %q", sigAlgorithm)
	}
	date := q.Get("X-Amz-Date")
	t, err := time.Parse(amzDateFormat, date)
	if err != nil {
		return malformed("AuthorizationQueryParametersError", "X-Amz-Date must be in the ISO8601 Long Format \"yyyyMMdd'T'HHmmss'Z'\"")
	}
	expires, err := strconv.Atoi(q.Get("X-Amz-Expires"))
	if err != nil || expires < 0 || expires > maxPresignExpiry {
		return malformed("AuthorizationQueryParametersError", "X-Amz-Expires must be a number of seconds from 0 to %d", maxPresignExpiry)
	}
	now := v.now()
	if now.After(t.Add(time.Duration(expires) * time.Second)) {
		return denied("AccessDenied", "Request has expired")
	}
	if t.After(now.Add(maxSkew)) {
		return denied("AccessDenied", "Request is not valid yet")
	}
	scope, err := v.scope(q.Get("X-Amz-Credential"), t, "AuthorizationQueryParametersError")
	if err != nil {
		return err
	}
	_, err = v.check(r, date, scope, q.Get("X-Amz-SignedHeaders"), unsignedPayload, q.Get("X-Amz-Signature"), "X-Amz-Signature")
	return err
}

// scope checks a credential (key/date/region/s3/aws4_request) against the key pair, the
// region and the request's date, and returns its scope.
func (v signer) scope(credential string, t time.Time, malformedCode string) (string, error) {
	parts := strings.Split(credential, "/")
	if len(parts) != 5 {
		return "", malformed(malformedCode, "The credential %q is malformed; expecting \"<YOUR-AKID>/YYYYMMDD/REGION/SERVICE/aws4_request\".", credential)
	}
	if parts[0] != v.accessKeyID {
		return "", denied("InvalidAccessKeyId", "The AWS Access Key Id you provided does not exist in our records.")
	}
	switch {
	case parts[1] != t.Format("20060102"):
		return "", malformed(malformedCode, "The credential's date %q does not match the request's date %q.", parts[1], t.Format("20060102"))
	case parts[2] != v.region:
		return "", malformed(malformedCode, "The region %q is wrong; expecting %q", parts[2], v.region)
	case parts[3] != "s3":
		return "", malformed(malformedCode, "The service %q is wrong; expecting \"s3\"", parts[3])
	case parts[4] != "aws4_request":
		return "", malformed(malformedCode, "The credential's terminator %q is wrong; expecting \"aws4_request\"", parts[4])
	}
	return strings.Join(parts[1:], "/"), nil
}

// check computes the signature of r's canonical request and compares it with signature.
// skipParam is the query parameter that carries the signature, if any. It returns the
// signing key.
func (v signer) check(r *http.Request, date, scope, signedHeaders, payload, signature, skipParam string) ([]byte, error) {
	names := strings.Split(signedHeaders, ";")
	if !slices.Contains(names, "host") || !slices.IsSorted(names) {
		return nil, denied("AccessDenied", "SignedHeaders must be sorted and include host")
	}
	// Headers S3 would act on must be signed: a presigned upload cannot gain an ACL or
	// metadata its signer did not give it.
	for name := range r.Header {
		if n := strings.ToLower(name); strings.HasPrefix(n, "x-amz-") && !slices.Contains(names, n) && (skipParam != "" || n != "x-amz-content-sha256") {
			return nil, denied("AccessDenied", "There were headers present in the request which were not signed: %s", n)
		}
	}
	var canon strings.Builder
	canon.WriteString(r.Method + "\n")
	canon.WriteString(uriEncode(r.URL.Path, false) + "\n")
	canon.WriteString(canonicalQuery(r.URL.RawQuery, skipParam) + "\n")
	for _, n := range names {
		canon.WriteString(n + ":" + headerValue(r, n) + "\n")
	}
	canon.WriteString("\n" + signedHeaders + "\n" + payload)
	sum := sha256.Sum256([]byte(canon.String()))
	toSign := sigAlgorithm + "\n" + date + "\n" + scope + "\n" + hex.EncodeToString(sum[:])
	key := []byte("AWS4" + v.secret)
	for _, part := range strings.Split(scope, "/") {
		key = hmacSHA256(key, part)
	}
	if !signatureIs(key, toSign, signature) {
		return nil, errSignature
	}
	return key, nil
}

// signatureIs reports whether signature is toSign's, in hex.
func signatureIs(key []byte, toSign, signature string) bool {
	want := hex.EncodeToString(hmacSHA256(key, toSign))
	return hmac.Equal([]byte(want), []byte(strings.ToLower(signature)))
}

func hmacSHA256(key []byte, data string) []byte {
	m := hmac.New(sha256.New, key)
	m.Write([]byte(data))
	return m.Sum(nil)
}

// headerValue is the canonical value of the header named n (lower case): its values joined
// by commas, trimmed, inner runs of spaces made one. Go's server keeps Host and some framing
// headers outside r.Header.
func headerValue(r *http.Request, n string) string {
	var vals []string
	switch n {
	case "host":
		vals = []string{r.Host}
	case "content-length":
		vals = r.Header.Values(n)
		if len(vals) == 0 && r.ContentLength > 0 {
			vals = []string{strconv.FormatInt(r.ContentLength, 10)}
		}
	case "transfer-encoding":
		vals = r.TransferEncoding
	default:
		vals = r.Header.Values(n)
	}
	for i, s := range vals {
		vals[i] = strings.Join(strings.Fields(s), " ")
	}
	return strings.Join(vals, ",")
}

// canonicalQuery is the query's parameters URI-encoded, sorted by name then value, without
// the one named skip.
func canonicalQuery(raw, skip string) string {
	var params []string
	for part := range strings.SplitSeq(raw, "&") {
		if part == "" {
			continue
		}
		k, val, _ := strings.Cut(part, "=")
		k, val = queryUnescape(k), queryUnescape(val)
		if skip != "" && k == skip {
			continue
		}
		params = append(params, uriEncode(k, true)+"="+uriEncode(val, true))
	}
	slices.Sort(params) // "=" sorts before every encoded character, so names sort first
	return strings.Join(params, "&")
}

// queryUnescape decodes %XX escapes; "+" stays "+", as S3 reads it in signed queries.
func queryUnescape(s string) string {
	var b []byte
	for i := 0; i < len(s); i++ {
		if s[i] == '%' && i+2 < len(s) && isHex(s[i+1]) && isHex(s[i+2]) {
			v, _ := strconv.ParseUint(s[i+1:i+3], 16, 8)
			b = append(b, byte(v))
			i += 2
			continue
		}
		b = append(b, s[i])
	}
	return string(b)
}

func isHex(c byte) bool {
	return '0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F'
}

// uriEncode encodes every byte but the unreserved characters (and "/" unless encodeSlash),
// as SigV4 specifies.
func uriEncode(s string, encodeSlash bool) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case 'A' <= c && c <= 'Z', 'a' <= c && c <= 'z', '0' <= c && c <= '9', c == '-', c == '.', c == '_', c == '~':
			b.WriteByte(c)
		case c == '/' && !encodeSlash:
			b.WriteByte(c)
		default:
			fmt.Fprintf(&b, "%%%02X", c)
		}
	}
	return b.String()
}

// checkedBody is a request body checked as it is read: a read fails when the check does.
type checkedBody interface {
	io.ReadCloser
	// failed is the check's error, once it has failed.
	failed() *authError
}

// failure records a checkedBody's error.
type failure struct{ err atomic.Pointer[authError] }

func (f *failure) failed() *authError { return f.err.Load() }

func (f *failure) fail(err *authError) error {
	f.err.Store(err)
	return err
}

// errPayloadHash is S3's answer to a body that is not what its signer hashed.
var errPayloadHash = malformed("XAmzContentSHA256Mismatch", "The provided 'x-amz-content-sha256' header does not match what was computed.")

// hashedBody is a request body whose SHA-256 must be want: its last read fails otherwise.
type hashedBody struct {
	r    io.ReadCloser
	h    hash.Hash
	want []byte
	failure
}

func (b *hashedBody) Read(p []byte) (int, error) {
	n, err := b.r.Read(p)
	b.h.Write(p[:n])
	if errors.Is(err, io.EOF) && !bytes.Equal(b.h.Sum(nil), b.want) {
		return n, b.fail(errPayloadHash)
	}
	return n, err
}

func (b *hashedBody) Close() error { return b.r.Close() }

// maxChunk bounds the memory a chunk of a streamed upload takes (SDKs send 64 KiB to 8 MiB).
const maxChunk = 16 << 20

// emptySHA256 is the hash of nothing: a chunk's string to sign has it in place of headers.
const emptySHA256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"

var errChunk = malformed("IncompleteBody", "The request body is not a valid aws-chunked stream.")

// chunkedBody is an aws-chunked body (STREAMING-AWS4-HMAC-SHA256-PAYLOAD): each chunk,
// "size;chunk-signature=sig\r\n" then its bytes and "\r\n", is signed with the signature
// before it. Chunks pass on unchanged (gofakes3 decodes them), each once its signature is
// verified.
type chunkedBody struct {
	src               *bufio.Reader
	closer            io.Closer
	key               []byte
	date, scope, prev string
	pending           []byte // verified, not yet read
	done              bool
	failure
}

func (b *chunkedBody) Read(p []byte) (int, error) {
	for len(b.pending) == 0 {
		if b.done {
			return 0, io.EOF
		}
		if err := b.next(); err != nil {
			return 0, err
		}
	}
	n := copy(p, b.pending)
	b.pending = b.pending[n:]
	return n, nil
}

// next reads and verifies the next chunk.
func (b *chunkedBody) next() error {
	line, err := b.src.ReadSlice('\n')
	if err != nil {
		return b.fail(errChunk)
	}
	sizeHex, sig, ok := strings.Cut(strings.TrimSuffix(string(line), "\r\n"), ";chunk-signature=")
	size, err := strconv.ParseInt(sizeHex, 16, 64)
	if !ok || err != nil || size < 0 || size > maxChunk {
		return b.fail(errChunk)
	}
	chunk := make([]byte, len(line)+int(size)+2)
	n := copy(chunk, line)
	if _, err := io.ReadFull(b.src, chunk[n:]); err != nil || !bytes.HasSuffix(chunk, []byte("\r\n")) {
		return b.fail(errChunk)
	}
	sum := sha256.Sum256(chunk[n : n+int(size)])
	toSign := "AWS4-HMAC-SHA256-PAYLOAD\n" + b.date + "\n" + b.scope + "\n" + b.prev + "\n" + emptySHA256 + "\n" + hex.EncodeToString(sum[:])
	if !signatureIs(b.key, toSign, sig) {
		return b.fail(errSignature)
	}
	b.prev, b.pending, b.done = strings.ToLower(sig), chunk, size == 0
	return nil
}

func (b *chunkedBody) Close() error { return b.closer.Close() }

// boundedBody is a request body that fails once it has given more than left bytes.
type boundedBody struct {
	r    io.ReadCloser
	left int64
	failure
}

func (b *boundedBody) Read(p []byte) (int, error) {
	if b.left < 0 {
		return 0, b.fail(errTooLarge)
	}
	if int64(len(p)) > b.left+1 {
		p = p[:b.left+1]
	}
	n, err := b.r.Read(p)
	if b.left -= int64(n); b.left < 0 {
		return 0, b.fail(errTooLarge)
	}
	return n, err
}

func (b *boundedBody) Close() error { return b.r.Close() }

// checkedWriter answers S3's error instead of the handler's answer when a check of the body
// failed while the handler read it.
type checkedWriter struct {
	http.ResponseWriter
	bodies   []checkedBody
	r        *http.Request
	replaced bool
}

// failed is the first failed check's error.
func (w *checkedWriter) failed() *authError {
	for _, b := range w.bodies {
		if err := b.failed(); err != nil {
			return err
		}
	}
	return nil
}

func (w *checkedWriter) WriteHeader(code int) {
	if err := w.failed(); err != nil {
		w.replaced = true
		writeAuthError(w.ResponseWriter, w.r, err)
		return
	}
	w.ResponseWriter.WriteHeader(code)
}

func (w *checkedWriter) Write(p []byte) (int, error) {
	if !w.replaced && w.failed() != nil {
		w.WriteHeader(http.StatusOK) // the handler wrote no header: replace its answer
	}
	if w.replaced {
		return len(p), nil
	}
	return w.ResponseWriter.Write(p)
}

// Unwrap lets http.ResponseController reach the connection's writer.
func (w *checkedWriter) Unwrap() http.ResponseWriter { return w.ResponseWriter }

// writeAuthError answers err as S3 does: its status and, but to HEAD, an XML error document.
func writeAuthError(w http.ResponseWriter, r *http.Request, err error) {
	var ae *authError
	if !errors.As(err, &ae) {
		ae = &authError{Status: http.StatusInternalServerError, Code: "InternalError", Message: err.Error()}
	}
	w.Header().Set("Content-Type", "application/xml")
	w.WriteHeader(ae.Status)
	if r.Method == http.MethodHead {
		return
	}
	doc, _ := xml.Marshal(struct {
		XMLName  xml.Name `xml:"Error"`
		Code     string
		Message  string
		Resource string
	}{Code: ae.Code, Message: ae.Message, Resource: r.URL.Path})
	_, _ = w.Write(append([]byte(xml.Header), doc...))
}
