package functions_test

import (
	"context"
	"encoding/json"
	"errors"
	"os"
	"os/exec"
	"strings"
	"testing"

	"github.com/precis-news/precis/internal/fixture"
	"github.com/precis-news/precis/internal/samtemplate"
	"github.com/precis-news/precis/internal/testserver"
	"github.com/precis-news/precis/shared/article"
	"github.com/precis-news/precis/shared/aws/store"
)

// TestSummarizeFunctionPublishesEvents: the summarize binary, configured by EVENT_BUS_NAME
// as template.yaml configures it, publishes one event per finished article to an
// EventBridge-compatible receiver, and still stores the summary when the receiver fails.
func TestSummarizeFunctionPublishesEvents(t *testing.T) {
	bootstrap := testserver.BuildBootstrap(t, "./functions/summarize")
	sample := fixture.Read(t, fixture.SampleArticle)
	for _, c := range []struct {
		name      string
		fail      testserver.EventBridgeFailure
		published int
	}{
		{"receiver accepts", testserver.EventBridgeFailure{}, 1},
		{"receiver always fails", testserver.EventBridgeFailure{First: -1}, 0},
	} {
		t.Run(c.name, func(t *testing.T) {
			s3srv := testserver.StartS3(t, bucket)
			db := testserver.StartDynamoDB(t)
			if err := store.CreateTable(context.Background(), db.Client, table); err != nil {
				t.Fatal(err)
			}
			receiver := testserver.StartEventBridge(t, c.fail)
			env := map[string]string{
				"AWS_REGION": testserver.Region, "AWS_ACCESS_KEY_ID": "test", "AWS_SECRET_ACCESS_KEY": "test",
				"AWS_ENDPOINT_URL_S3": s3srv.URL, "AWS_ENDPOINT_URL_DYNAMODB": db.URL, "S3_FORCE_PATH_STYLE": "true",
				"AWS_ENDPOINT_URL_EVENTBRIDGE": receiver.URL, "EVENT_BUS_NAME": "precis-e2e-articles",
				"TABLE_NAME": table, "BUCKET_NAME": bucket, "INPUT_PREFIX": "articles/", "OUTPUT_PREFIX": "text/",
			}
			st := &stack{s3: s3srv, store: store.New(db.Client, table), env: env, summarize: testserver.StartLambda(t, bootstrap, env)}
			key := "articles/event.txt"
			st.put(t, key, sample)
			st.invokeSummarize(t, s3Event(t, "ObjectCreated:Put", key, "0055AED6DCD90281E5", len(sample)))
			rec, err := st.store.Get(context.Background(), article.ID(bucket, key))
			if err != nil || rec.Status != article.Done {
				t.Fatalf("record %+v, %v: want done", rec.Status, err)
			}
			entries := receiver.Entries()
			if len(entries) != c.published {
				t.Fatalf("%d events, want %d\n%s", len(entries), c.published, st.summarize.Output())
			}
			if c.published == 0 {
				if !strings.Contains(st.summarize.Output(), `"EventPublishFailures":1`) {
					t.Errorf("the lost event is not counted in the function's log:\n%s", st.summarize.Output())
				}
				return
			}
			var detail struct{ ID, Key string }
			if err := json.Unmarshal([]byte(entries[0].Detail), &detail); err != nil {
				t.Fatal(err)
			}
			if entries[0].EventBusName != "precis-e2e-articles" || entries[0].DetailType != "Article Summarized" || detail.ID != rec.ID || detail.Key != key {
				t.Errorf("event %+v", entries[0])
			}
		})
	}
}

// TestSummarizeRefusesAnInvalidBusName: a bus name EventBridge would refuse at every
// publish stops the function at its start, before it takes any event.
func TestSummarizeRefusesAnInvalidBusName(t *testing.T) {
	bootstrap := testserver.BuildBootstrap(t, "./functions/summarize")
	for _, c := range []struct {
		bus     string
		refused bool
	}{
		{"precis-articles", false},
		{"arn:aws:events:eu-west-1:123456789012:event-bus/precis-articles", false},
		{"two words", true},
		{"arn:aws:events:eu-west-1:1234:event-bus/x", true},
		{strings.Repeat("b", 257), true},
	} {
		cmd := exec.Command(bootstrap)
		// Outside Lambda: a valid configuration gets as far as asking for the Runtime API.
		cmd.Env = append(os.Environ(), "AWS_REGION=us-east-1", "TABLE_NAME=t", "EVENT_BUS_NAME="+c.bus, "AWS_LAMBDA_RUNTIME_API=")
		out, err := cmd.CombinedOutput()
		var exit *exec.ExitError
		if !errors.As(err, &exit) {
			t.Fatalf("%q: %v (the binary must stop outside Lambda)", c.bus, err)
		}
		if got := strings.Contains(string(out), "EVENT_BUS_NAME="); got != c.refused {
			t.Errorf("%q: refused %v, want %v:\n%s", c.bus, got, c.refused, out)
		}
	}
}

// TestSummarizeIsToldItsEventBus: the function's EVENT_BUS_NAME names the stack's own bus,
// the one resource its events:PutEvents grant covers (TestLeastPrivilege).
func TestSummarizeIsToldItsEventBus(t *testing.T) {
	vars := samtemplate.Field(samtemplate.Field(samtemplate.Field(samtemplate.Field(resource(t, "SummarizeFunction"), "Properties"), "Environment"), "Variables"), "EVENT_BUS_NAME")
	if got := samtemplate.Render(vars); got != "!Ref ArticleEventBus" {
		t.Errorf("EVENT_BUS_NAME is %q, want !Ref ArticleEventBus", got)
	}
	if typ := samtemplate.Field(resource(t, "ArticleEventBus"), "Type"); typ == nil || typ.Value != "AWS::Events::EventBus" {
		t.Errorf("ArticleEventBus is not an event bus")
	}
}
