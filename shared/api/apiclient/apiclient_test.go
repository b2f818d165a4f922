package apiclient_test

import (
	"bytes"
	"context"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"github.com/precis-news/precis"
	"github.com/precis-news/precis/internal/devstack"
	"github.com/precis-news/precis/shared/api/apiclient"
)

// client.gen.go is what oapi-codegen generates from the current document.
func TestGeneratedClientIsUpToDate(t *testing.T) {
	goTool, err := exec.LookPath("go")
	if err != nil {
		t.Fatalf("the go command is needed to run oapi-codegen: %v", err)
	}
	out, err := exec.Command(goTool, "tool", "oapi-codegen", "-config", "oapi-codegen.yaml", "../openapi.json").Output()
	if err != nil {
		t.Fatalf("oapi-codegen: %v", err)
	}
	committed, err := os.ReadFile("client.gen.go")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(out, committed) {
		t.Error("client.gen.go is out of date with ../openapi.json: run go generate ./shared/api/apiclient")
	}
}

// The generated client drives the local stack: upload through POST /articles and the
// presigned PUT, wait for the summaries, read them by id and by key, and list them page by
// page with the cursor.
func TestGeneratedClientDrivesTheLocalStack(t *testing.T) {
	ctx := context.Background()
	st, err := devstack.Start(ctx, devstack.Config{Template: precis.Template})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = st.Shutdown(context.Background()) })
	c, err := apiclient.NewClientWithResponses(st.APIURL)
	if err != nil {
		t.Fatal(err)
	}
	if h, err := c.GetHealthWithResponse(ctx); err != nil || h.JSON200 == nil || h.JSON200.Status != apiclient.Ok {
		t.Fatalf("health: %v %+v", err, h)
	}

	uploads := map[string]apiclient.NewArticleContentType{
		"council.html": apiclient.Texthtml,
		"council.md":   apiclient.Textmarkdown,
	}
	var ids []string
	keys := map[string]string{}
	for name, ct := range uploads {
		body, err := os.ReadFile(filepath.Join("../../../testdata/articles", name))
		if err != nil {
			t.Fatal(err)
		}
		resp, err := c.CreateArticleWithResponse(ctx, apiclient.NewArticle{Filename: name, ContentType: ct, Size: int64(len(body))})
		if err != nil || resp.JSON201 == nil {
			t.Fatalf("POST /articles: %v %d %s", err, resp.StatusCode(), resp.Body)
		}
		up := resp.JSON201
		put, err := http.NewRequestWithContext(ctx, string(up.Method), up.UploadUrl, bytes.NewReader(body))
		if err != nil {
			t.Fatal(err)
		}
		for k, v := range up.Headers {
			if k != "Content-Length" { // the request sets it from its body
				put.Header.Set(k, v)
			}
		}
		res, err := http.DefaultClient.Do(put)
		if err != nil || res.StatusCode != http.StatusOK {
			t.Fatalf("PUT to the presigned URL: %v %v", err, res)
		}
		res.Body.Close()
		ids = append(ids, up.Id)
		keys[up.Id] = up.Key
	}

	sentences := 2
	for _, id := range ids {
		s := waitDone(t, c, id, sentences)
		if s.Status != apiclient.Done || s.Key != keys[id] || len(s.Summary) != sentences || s.Title == "" || s.Quotes == nil {
			t.Errorf("%s: %s, key %q, %d summary sentences, title %q", id, s.Status, s.Key, len(s.Summary), s.Title)
		}
		key := keys[id]
		byKey, err := c.ListSummariesWithResponse(ctx, &apiclient.ListSummariesParams{Key: &key})
		if err != nil || byKey.JSON200 == nil {
			t.Fatalf("by key: %v %d", err, byKey.StatusCode())
		}
		if s, err := byKey.JSON200.AsSummary(); err != nil || s.Id != id {
			t.Errorf("by key %s: %v %q", key, err, s.Id)
		}
	}

	// The listing, one item a page.
	var listed []string
	one := 1
	params := &apiclient.ListSummariesParams{Limit: &one}
	for page := 0; ; page++ {
		resp, err := c.ListSummariesWithResponse(ctx, params)
		if err != nil || resp.JSON200 == nil {
			t.Fatalf("listing page %d: %v %d %s", page, err, resp.StatusCode(), resp.Body)
		}
		l, err := resp.JSON200.AsList()
		if err != nil || len(l.Items) > 1 || page > len(ids) {
			t.Fatalf("listing page %d: %v, %d items", page, err, len(l.Items))
		}
		for _, it := range l.Items {
			listed = append(listed, it.Id)
		}
		if l.NextCursor == nil {
			break
		}
		params.Cursor = l.NextCursor
	}
	slices.Sort(listed)
	slices.Sort(ids)
	if !slices.Equal(listed, ids) {
		t.Errorf("listed %v, uploaded %v", listed, ids)
	}

	// Errors come back typed too.
	bad, err := c.GetSummaryWithResponse(ctx, "not-an-id", nil)
	if err != nil || bad.JSON400 == nil || bad.JSON400.Error.Code != "bad_id" {
		t.Errorf("bad id: %v %d %s", err, bad.StatusCode(), bad.Body)
	}
}

// waitDone polls an article's summary until it is no longer pending (404 until its upload's
// event is handled, then 202).
func waitDone(t *testing.T, c *apiclient.ClientWithResponses, id string, sentences int) apiclient.Summary {
	t.Helper()
	for deadline := time.Now().Add(60 * time.Second); time.Now().Before(deadline); time.Sleep(50 * time.Millisecond) {
		resp, err := c.GetSummaryWithResponse(context.Background(), id, &apiclient.GetSummaryParams{Sentences: &sentences})
		if err != nil {
			t.Fatal(err)
		}
		switch {
		case resp.JSON200 != nil:
			return *resp.JSON200
		case resp.JSON202 == nil && resp.JSON404 == nil:
			t.Fatalf("%s: %d %s", id, resp.StatusCode(), resp.Body)
		}
	}
	t.Fatalf("%s: still pending", id)
	return apiclient.Summary{}
}
