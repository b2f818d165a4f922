package main

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	v4 "github.com/aws/aws-sdk-go-v2/aws/signer/v4"
	"github.com/aws/aws-sdk-go-v2/config"

	"github.com/precis-news/precis/shared/api"
	"github.com/precis-news/precis/shared/article"
	"github.com/precis-news/precis/shared/summarizer/decode"
)

// apiClient talks to the Précis HTTP API: the local stack's, or a deployed one's, whose
// requests are signed with the caller's AWS credentials (the API uses IAM auth).
type apiClient struct {
	base   string
	http   *http.Client
	signer *v4.Signer
	aws    aws.Config // set when signing
}

// clientFlags are the flags upload and get share.
func clientFlags(fs *flag.FlagSet) (apiURL *string, useAWS *bool) {
	def := os.Getenv("PRECIS_API_URL")
	if def == "" {
		def = defaultAPIURL
	}
	apiURL = fs.String("api", def, "API base URL (the local stack's, or the deployed stack's ApiUrl output); PRECIS_API_URL")
	useAWS = fs.Bool("aws", false, "sign requests with your AWS credentials (a deployed API with IAM auth)")
	return apiURL, useAWS
}

func newAPIClient(ctx context.Context, base string, useAWS bool) (*apiClient, error) {
	c := &apiClient{base: strings.TrimSuffix(base, "/"), http: &http.Client{Timeout: 60 * time.Second}}
	if useAWS {
		cfg, err := config.LoadDefaultConfig(ctx)
		if err != nil {
			return nil, fmt.Errorf("AWS configuration: %w", err)
		}
		if cfg.Region == "" {
			return nil, fmt.Errorf("no AWS region: set AWS_REGION")
		}
		c.aws, c.signer = cfg, v4.NewSigner()
	}
	return c, nil
}

// do sends a request to the API and decodes its JSON answer into out, returning the status.
func (c *apiClient) do(ctx context.Context, method, path string, body []byte, out any) (int, error) {
	req, err := http.NewRequestWithContext(ctx, method, c.base+path, bytes.NewReader(body))
	if err != nil {
		return 0, err
	}
	if body != nil {
		req.Header.Set("Content-Type", "application/json")
	}
	if err := c.sign(ctx, req, body); err != nil {
		return 0, err
	}
	resp, err := c.http.Do(req)
	if errors.Is(err, syscall.ECONNREFUSED) {
		return 0, fmt.Errorf("nothing answers at %s: start the local stack with `precis local`, or give a deployed API with --api or PRECIS_API_URL: %w", c.base, err)
	}
	if err != nil {
		return 0, err
	}
	defer resp.Body.Close()
	raw, err := io.ReadAll(io.LimitReader(resp.Body, 16<<20))
	if err != nil {
		return resp.StatusCode, fmt.Errorf("read the answer: %w", err)
	}
	if resp.StatusCode >= 400 {
		var e struct {
			Error struct{ Code, Message string }
		}
		if json.Unmarshal(raw, &e) == nil && e.Error.Message != "" {
			return resp.StatusCode, fmt.Errorf("%s %s: %s (%s)", method, path, e.Error.Message, e.Error.Code)
		}
		return resp.StatusCode, fmt.Errorf("%s %s: status %d", method, path, resp.StatusCode)
	}
	if out != nil {
		if err := json.Unmarshal(raw, out); err != nil {
			return resp.StatusCode, fmt.Errorf("%s %s: not the API's JSON: %w", method, path, err)
		}
	}
	return resp.StatusCode, nil
}

// sign signs req, whose body is body, with SigV4 for API Gateway when the client signs.
func (c *apiClient) sign(ctx context.Context, req *http.Request, body []byte) error {
	if c.signer == nil {
		return nil
	}
	creds, err := c.aws.Credentials.Retrieve(ctx)
	if err != nil {
		return fmt.Errorf("AWS credentials: %w", err)
	}
	sum := sha256.Sum256(body)
	if err := c.signer.SignHTTP(ctx, creds, req, hex.EncodeToString(sum[:]), "execute-api", c.aws.Region, time.Now()); err != nil {
		return fmt.Errorf("sign the request: %w", err)
	}
	return nil
}

// uploadTypes maps the file name extensions precis upload accepts to the content type sent
// to the API, which stores each type under the key suffix that template.yaml's notification
// filters summarise (.txt, .html, .md). A name without an extension is sent as plain text.
var uploadTypes = map[string]string{
	"": "text/plain", ".txt": "text/plain", ".text": "text/plain",
	".html": "text/html", ".htm": "text/html",
	".md": "text/markdown", ".markdown": "text/markdown",
}

// errNotArticle marks a file precis upload refuses because the bucket would not summarise it.
var errNotArticle = errors.New("not uploaded")

// uploadType is the content type to upload name as, or an error wrapping errNotArticle (and
// article.ErrUnsupportedFormat or ErrNoText for the content) saying why it is refused: under
// any other name the API would store it with a .txt suffix, to fail.
func uploadType(name string, body []byte) (string, error) {
	ext := strings.ToLower(filepath.Ext(name))
	ct, ok := uploadTypes[ext]
	if !ok {
		return "", fmt.Errorf("%s: %w: only text (.txt), HTML (.html, .htm) and Markdown (.md) articles are summarised, not %s files", name, errNotArticle, ext)
	}
	if _, err := decode.Decode(body); err != nil {
		return "", fmt.Errorf("%s: %w: the summarizer would refuse it: %w", name, errNotArticle, err)
	}
	return ct, nil
}

// uploadCmd uploads an article through POST /articles and its presigned URL: no AWS CLI and,
// locally, no credentials needed.
func uploadCmd(ctx context.Context, args []string, stdout io.Writer) error {
	fs := newFlagSet("upload", "FILE")
	apiURL, useAWS := clientFlags(fs)
	wait := fs.Bool("wait", false, "wait for the summary and print it")
	files, err := parseInterleaved(fs, args, stdout)
	if err != nil {
		return err
	}
	if len(files) != 1 {
		return fmt.Errorf("%w: upload takes one file", errUsage)
	}
	body, err := os.ReadFile(files[0])
	if err != nil {
		return err
	}
	ct, err := uploadType(files[0], body)
	if err != nil {
		return err
	}
	c, err := newAPIClient(ctx, *apiURL, *useAWS)
	if err != nil {
		return err
	}
	req, _ := json.Marshal(api.NewArticle{Filename: filepath.Base(files[0]), ContentType: ct, Size: int64(len(body))})
	var up api.Upload
	if _, err := c.do(ctx, http.MethodPost, "/articles", req, &up); err != nil {
		return err
	}
	put, err := http.NewRequestWithContext(ctx, up.Method, up.UploadURL, bytes.NewReader(body))
	if err != nil {
		return err
	}
	for k, v := range up.Headers {
		if k != "Content-Length" { // set by the request itself
			put.Header.Set(k, v)
		}
	}
	resp, err := c.http.Do(put)
	if err != nil {
		return fmt.Errorf("upload: %w", err)
	}
	resp.Body.Close()
	if resp.StatusCode/100 != 2 {
		return fmt.Errorf("upload: the storage answered %d", resp.StatusCode)
	}
	fmt.Fprintf(stdout, "uploaded %s\n  id  %s\n  key %s\n", files[0], up.ID, up.Key)
	if !*wait {
		fmt.Fprintf(stdout, "then: precis get --api %s %s\n  or: curl -s '%s/summaries/%s'\n", c.base, up.ID, c.base, up.ID)
		return nil
	}
	return getSummary(ctx, c, up.ID, 0, false, true, stdout)
}

// getCmd prints an article's summary by id or object key.
func getCmd(ctx context.Context, args []string, stdout io.Writer) error {
	fs := newFlagSet("get", "ID|KEY")
	apiURL, useAWS := clientFlags(fs)
	sentences := fs.Int("sentences", 0, "summary length (default: the API's)")
	asJSON := fs.Bool("json", false, "print the API's JSON")
	wait := fs.Bool("wait", false, "wait while the article is pending")
	refs, err := parseInterleaved(fs, args, stdout)
	if err != nil {
		return err
	}
	if len(refs) != 1 {
		return fmt.Errorf("%w: get takes one id or key", errUsage)
	}
	if *sentences < 0 || *sentences > article.MaxStoredSentences {
		return fmt.Errorf("%w: --sentences must be from 1 to %d (or 0 for the API's default)", errUsage, article.MaxStoredSentences)
	}
	c, err := newAPIClient(ctx, *apiURL, *useAWS)
	if err != nil {
		return err
	}
	return getSummary(ctx, c, refs[0], *sentences, *asJSON, *wait, stdout)
}

// getSummary fetches and prints one summary; with wait, it polls while the article is
// pending or not yet known (an upload's event may still be on its way).
func getSummary(ctx context.Context, c *apiClient, ref string, sentences int, asJSON, wait bool, stdout io.Writer) error {
	q := url.Values{}
	path := "/summaries"
	if article.ValidID(ref) {
		path += "/" + ref
	} else {
		q.Set("key", ref)
	}
	if sentences > 0 {
		q.Set("sentences", strconv.Itoa(sentences))
	}
	if len(q) > 0 {
		path += "?" + q.Encode()
	}
	for {
		var raw json.RawMessage
		status, err := c.do(ctx, http.MethodGet, path, nil, &raw)
		pending := status == http.StatusAccepted || (status == http.StatusNotFound && wait)
		if err != nil && !pending {
			return err
		}
		if !pending || !wait {
			if asJSON {
				if _, err := fmt.Fprintf(stdout, "%s\n", raw); err != nil {
					return err
				}
				var state api.Summary
				if err := json.Unmarshal(raw, &state); err != nil {
					return fmt.Errorf("not the API's JSON: %w", err)
				}
				return articleErr(state)
			}
			return printSummary(raw, stdout)
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(250 * time.Millisecond):
		}
	}
}

// printSummary renders the API's summary for a person, as `precis summarize` does.
func printSummary(raw []byte, stdout io.Writer) error {
	var r api.Summary // the API's own response type
	if err := json.Unmarshal(raw, &r); err != nil {
		return err
	}
	fmt.Fprintf(stdout, "%s  (%s, id %s)\n", r.Key, r.Status, r.ID)
	switch r.Status {
	case article.Done:
		fmt.Fprint(stdout, report(r.Result))
	case article.Failed:
		fmt.Fprintf(stdout, "failed: %s\n", r.Reason)
	default:
		fmt.Fprintln(stdout, "not summarised yet; try again in a moment, or add --wait")
	}
	return articleErr(r)
}

// articleErr is nil for a done article, and otherwise says how it stands, for the exit
// status: errArticleFailed or errArticlePending.
func articleErr(s api.Summary) error {
	switch s.Status {
	case article.Done:
		return nil
	case article.Failed:
		return fmt.Errorf("%s: %w: %s", s.Key, errArticleFailed, s.Reason)
	}
	return fmt.Errorf("%s: %w (status %s)", s.Key, errArticlePending, s.Status)
}
