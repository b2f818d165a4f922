package functions_test

import (
	"net/http"
	"strconv"
	"testing"
	"time"

	"github.com/precis-news/precis/internal/samtemplate"
	"github.com/precis-news/precis/internal/testserver"
	"github.com/precis-news/precis/shared/article"
)

// apiEnv is the API function's environment as the template sets it, plus env.
func apiEnv(t *testing.T, env map[string]string) map[string]string {
	t.Helper()
	vars := samtemplate.Field(samtemplate.Field(samtemplate.Field(resource(t, "ApiFunction"), "Properties"), "Environment"), "Variables")
	out := map[string]string{
		"AWS_REGION": testserver.Region, "AWS_ACCESS_KEY_ID": "test", "AWS_SECRET_ACCESS_KEY": "test",
		"TABLE_NAME": table, "BUCKET_NAME": bucket, "S3_FORCE_PATH_STYLE": "true",
	}
	for _, k := range samtemplate.Keys(vars) {
		if v := samtemplate.Field(vars, k); v.Tag == "" || v.Tag == "!!str" {
			out[k] = v.Value
		}
	}
	for k, v := range env {
		out[k] = v
	}
	return out
}

// TestAPIAnswersWithinItsTimeoutWhenDynamoDBHangs: with a DynamoDB that accepts connections
// and never answers, the API function (its timeout as the template sets it, enforced by the
// emulator) answers with a JSON error well before Lambda would end it. Lambda's timeout
// would reach the caller as API Gateway's generic 500, with no JSON and no log of why.
func TestAPIAnswersWithinItsTimeoutWhenDynamoDBHangs(t *testing.T) {
	if testing.Short() {
		t.Skip("skipping: waits out the API's request deadline under the emulator")
	}
	timeout, err := strconv.Atoi(samtemplate.Field(samtemplate.Field(resource(t, "ApiFunction"), "Properties"), "Timeout").Value)
	if err != nil {
		t.Fatalf("the API function's Timeout: %v", err)
	}
	silent := testserver.StartSilent(t)
	fn := testserver.StartLambda(t, testserver.BuildBootstrap(t, "./functions/api"), apiEnv(t, map[string]string{
		"AWS_ENDPOINT_URL_DYNAMODB": silent, "AWS_ENDPOINT_URL_S3": silent,
		"AWS_LAMBDA_FUNCTION_TIMEOUT": strconv.Itoa(timeout),
	}))
	for _, path := range []string{"/summaries/" + article.ID(bucket, "articles/a.txt"), "/summaries"} {
		code, doc := callAPI(t, fn, "GET", path, "", "")
		if code < 500 || doc["error"] == nil {
			t.Errorf("GET %s: %d %v, want a JSON server error", path, code, doc)
		}
	}
	// Time left for API Gateway and the network: a fifth of the timeout.
	limit := time.Duration(timeout) * time.Second * 4 / 5
	for i, d := range fn.Report().Durations {
		if d > limit {
			t.Errorf("request %d took %v of the function's %ds: too close to Lambda ending it", i, d, timeout)
		}
	}
}

// TestAPIServesUnderACustomDomainBasePath: behind a custom domain's API mapping (base path
// /prod), API Gateway passes rawPath "/prod/summaries": with BASE_PATH the function routes it
// as /summaries, and still serves the API's own URL without it.
func TestAPIServesUnderACustomDomainBasePath(t *testing.T) {
	if testing.Short() {
		t.Skip("skipping: runs the API function under the emulator")
	}
	db := testserver.StartDynamoDB(t)
	fn := testserver.StartLambda(t, testserver.BuildBootstrap(t, "./functions/api"), apiEnv(t, map[string]string{
		"AWS_ENDPOINT_URL_DYNAMODB": db.URL, "AWS_ENDPOINT_URL_S3": "http://127.0.0.1:1", "BASE_PATH": "/prod",
	}))
	for _, c := range []struct {
		path string
		want int
	}{
		{"/prod/healthz", http.StatusOK},
		{"/prod/openapi.json", http.StatusOK},
		{"/healthz", http.StatusOK},
		{"/prod/nothing", http.StatusNotFound}, // ("/prod" itself is "/", the page)
		{"/production/healthz", http.StatusNotFound},
	} {
		if code, doc := callAPI(t, fn, "GET", c.path, "", ""); code != c.want {
			t.Errorf("GET %s: %d %v, want %d", c.path, code, doc, c.want)
		}
	}
}
