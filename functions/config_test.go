package functions_test

import (
	"context"
	"maps"
	"strings"
	"testing"
	"time"

	"github.com/precis-news/precis/internal/testserver"
)

// TestBadConfigurationStopsAtStart starts each function with a value that used to fall back
// to its default without a word: the function must refuse to start, and say which value.
func TestBadConfigurationStopsAtStart(t *testing.T) {
	base := map[string]string{
		"AWS_REGION": testserver.Region, "AWS_ACCESS_KEY_ID": "test", "AWS_SECRET_ACCESS_KEY": "test",
		"AWS_ENDPOINT_URL_S3": "http://127.0.0.1:1", "AWS_ENDPOINT_URL_DYNAMODB": "http://127.0.0.1:1",
		"TABLE_NAME": table, "BUCKET_NAME": bucket,
	}
	cases := []struct {
		pkg, name, value string
	}{
		{"./functions/summarize", "MAX_BYTES", "8MB"},
		{"./functions/summarize", "LEASE_SECONDS", "-1"},
		{"./functions/api", "REQUEST_TIMEOUT_MS", "6s"},
		{"./functions/api", "S3_FORCE_PATH_STYLE", "sometimes"},
		{"./functions/api", "BUCKET_NAME", ""},
		{"./functions/summarize", "TABLE_NAME", ""},
		{"./functions/summarize", "OUTPUT_PREFIX", "articles/text/"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			env := maps.Clone(base)
			env[c.name] = c.value
			fn := testserver.StartLambda(t, testserver.BuildBootstrap(t, c.pkg), env)
			ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
			defer cancel()
			out, err := fn.Invoke(ctx, []byte(`{}`))
			if err == nil && !strings.Contains(string(out), "rror") {
				t.Fatalf("the function started and answered %s", out)
			}
			// The emulator relays the function's output on its own schedule: give it time.
			named := func(log string) bool { return strings.Contains(log, c.name) && strings.Contains(log, "configuration") }
			for wait := time.Now().Add(10 * time.Second); !named(fn.Output()) && time.Now().Before(wait); {
				time.Sleep(50 * time.Millisecond)
			}
			if log := fn.Output(); !named(log) {
				t.Errorf("the refusal does not name %s:\n%s", c.name, log)
			}
		})
	}
}
