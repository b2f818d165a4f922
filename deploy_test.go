package precis_test

import (
	"context"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"gopkg.in/yaml.v3"

	"github.com/precis-news/precis/internal/samtemplate"
	"github.com/precis-news/precis/internal/testserver"
	"github.com/precis-news/precis/shared/aws/objects"
	"github.com/precis-news/precis/shared/aws/store"
)

// These tests pin what a deploy to a real account needs and neither the SAM translator nor
// cfn-lint (`make cfnlint`) can know: they would accept each of the broken templates.

func resource(t *testing.T, name string) *yaml.Node {
	t.Helper()
	r := samtemplate.Field(samtemplate.Field(templateRoot(t), "Resources"), name)
	if r == nil {
		t.Fatalf("no resource %s", name)
	}
	return r
}

func parameterDefault(t *testing.T, name string) string {
	t.Helper()
	p := samtemplate.Field(samtemplate.Field(templateRoot(t), "Parameters"), name)
	if p == nil {
		t.Fatalf("no parameter %s", name)
	}
	if d := samtemplate.Field(p, "Default"); d != nil {
		return d.Value
	}
	return ""
}

// TestBucketNameIsAParameterWithAUniqueDefault: a fixed name makes a second stack in the same
// account and region fail ("already exists"). The name comes from the BucketName parameter,
// or by default from the stack's own id; every place that needs the name (the functions'
// environment and policies, which cannot reference the bucket) computes it the same way.
func TestBucketNameIsAParameterWithAUniqueDefault(t *testing.T) {
	if d := parameterDefault(t, "BucketName"); d != "" {
		t.Errorf("BucketName defaults to %q: the same name for every stack", d)
	}
	name := samtemplate.Field(samtemplate.Field(resource(t, "ArticleBucket"), "Properties"), "BucketName")
	want := samtemplate.Render(name)
	for _, part := range []string{"!Ref BucketName", "AWS::StackId"} {
		if !strings.Contains(want, part) {
			t.Errorf("the bucket's name %s does not use %s", want, part)
		}
	}
	env := samtemplate.Field(samtemplate.Field(samtemplate.Field(samtemplate.Field(samtemplate.Field(templateRoot(t), "Globals"), "Function"), "Environment"), "Variables"), "BUCKET_NAME")
	if got := samtemplate.Render(env); got != want {
		t.Errorf("BUCKET_NAME is %s, the bucket is named %s", got, want)
	}
	// Every bucket ARN in the functions' policies is a !Sub whose Bucket variable is the name.
	var arns int
	for _, fn := range []string{"SummarizeFunction", "ApiFunction"} {
		samtemplate.Walk(samtemplate.Field(samtemplate.Field(resource(t, fn), "Properties"), "Policies"), func(n *yaml.Node) {
			for _, r := range resourcesOf(n) {
				if !strings.Contains(samtemplate.Render(r), ":s3:::") {
					continue
				}
				arns++
				if r.Tag != "!Sub" || r.Kind != yaml.SequenceNode || len(r.Content) != 2 ||
					!strings.HasPrefix(r.Content[0].Value, "arn:${AWS::Partition}:s3:::${Bucket}/") ||
					samtemplate.Render(samtemplate.Field(r.Content[1], "Bucket")) != want {
					t.Errorf("%s: bucket ARN %s does not use the bucket's name %s", fn, samtemplate.Render(r), want)
				}
			}
		})
	}
	if arns < 3 {
		t.Errorf("%d bucket ARNs in the policies, want 3 (uploads read, text written, uploads presigned)", arns)
	}
}

// resourcesOf is the Resource of a policy statement, as a list.
func resourcesOf(st *yaml.Node) []*yaml.Node {
	r := samtemplate.Field(st, "Resource")
	if r == nil || samtemplate.Field(st, "Effect") == nil {
		return nil
	}
	if r.Kind == yaml.SequenceNode && r.Tag != "!Sub" {
		return r.Content
	}
	return []*yaml.Node{r}
}

// TestStatefulResourcesAreRetained: deleting or replacing the stack must not lose the archive
// (bucket), the records (table) or the failed events (queue).
func TestStatefulResourcesAreRetained(t *testing.T) {
	resources := samtemplate.Field(templateRoot(t), "Resources")
	var n int
	for _, name := range samtemplate.Keys(resources) {
		res := samtemplate.Field(resources, name)
		switch samtemplate.Field(res, "Type").Value {
		case "AWS::S3::Bucket", "AWS::DynamoDB::Table", "AWS::SQS::Queue":
			n++
			for _, policy := range []string{"DeletionPolicy", "UpdateReplacePolicy"} {
				if v := samtemplate.Field(res, policy); v == nil || v.Value != "Retain" {
					t.Errorf("%s: %s is not Retain", name, policy)
				}
			}
		}
	}
	if n != 3 {
		t.Errorf("%d stateful resources, want 3 (bucket, table, queue)", n)
	}
}

// TestAlarmTopicKeyLetsCloudWatchPublish: CloudWatch cannot publish to a topic encrypted
// with the AWS-managed alias/aws/sns; the topic's key must be one of the stack's own, whose
// key policy lets cloudwatch.amazonaws.com decrypt and generate data keys.
func TestAlarmTopicKeyLetsCloudWatchPublish(t *testing.T) {
	resources := samtemplate.Field(templateRoot(t), "Resources")
	var topics int
	for _, name := range samtemplate.Keys(resources) {
		res := samtemplate.Field(resources, name)
		if samtemplate.Field(res, "Type").Value != "AWS::SNS::Topic" {
			continue
		}
		topics++
		key := samtemplate.Field(samtemplate.Field(res, "Properties"), "KmsMasterKeyId")
		if key == nil || key.Tag != "!Ref" {
			t.Errorf("topic %s: key %s is not a key of this stack", name, samtemplate.Render(key))
			continue
		}
		kms := samtemplate.Field(resources, key.Value)
		if samtemplate.Field(kms, "Type") == nil || samtemplate.Field(kms, "Type").Value != "AWS::KMS::Key" {
			t.Errorf("topic %s: %s is not an AWS::KMS::Key", name, key.Value)
			continue
		}
		granted := map[string]bool{}
		for _, st := range samtemplate.Field(samtemplate.Field(samtemplate.Field(kms, "Properties"), "KeyPolicy"), "Statement").Content {
			if samtemplate.Field(st, "Effect").Value != "Allow" || samtemplate.Field(st, "Condition") != nil ||
				!slices.Contains(list(samtemplate.Field(samtemplate.Field(st, "Principal"), "Service")), "cloudwatch.amazonaws.com") {
				continue
			}
			for _, a := range list(samtemplate.Field(st, "Action")) {
				granted[a] = true
			}
		}
		for _, a := range []string{"kms:Decrypt", "kms:GenerateDataKey*"} {
			if !granted[a] {
				t.Errorf("topic %s: the key policy of %s does not let CloudWatch %s", name, key.Value, a)
			}
		}
	}
	if topics == 0 {
		t.Error("no alarm topic")
	}
}

// TestBucketCORSAllowsBrowserUploads: a page on the API's origin PUTs to the presigned URL
// that POST /articles returns. The bucket must allow that origin, PUT, and every header the
// presigned URL signs (found by presigning one, as the API does).
func TestBucketCORSAllowsBrowserUploads(t *testing.T) {
	props := samtemplate.Field(resource(t, "ArticleBucket"), "Properties")
	rules := samtemplate.Field(samtemplate.Field(props, "CorsConfiguration"), "CorsRules")
	if rules == nil {
		t.Fatal("the bucket has no CORS rules: browsers cannot upload to presigned URLs")
	}
	apiOrigins := list(samtemplate.Field(samtemplate.Field(samtemplate.Field(resource(t, "HttpApi"), "Properties"), "CorsConfiguration"), "AllowOrigins"))
	u, err := objects.New(testserver.S3Client("https://s3.us-east-1.amazonaws.com")).
		PresignPut(context.Background(), "b", "articles/a.txt", "text/plain", 100, time.Minute)
	if err != nil {
		t.Fatal(err)
	}
	parsed, err := url.Parse(u)
	if err != nil {
		t.Fatal(err)
	}
	signed := strings.Split(parsed.Query().Get("X-Amz-SignedHeaders"), ";")
	if !slices.Contains(signed, "content-type") {
		t.Fatalf("the presigned URL signs %v: is it being read?", signed)
	}
	var put bool
	for _, r := range rules.Content {
		if !slices.Contains(list(samtemplate.Field(r, "AllowedMethods")), "PUT") {
			continue
		}
		put = true
		if origins := list(samtemplate.Field(r, "AllowedOrigins")); !slices.Equal(origins, apiOrigins) {
			t.Errorf("bucket CORS allows origins %v, the API %v", origins, apiOrigins)
		}
		headers := list(samtemplate.Field(r, "AllowedHeaders"))
		for _, h := range signed {
			if h != "host" && !slices.Contains(headers, h) {
				t.Errorf("the presigned URL signs %s, which bucket CORS does not allow (%v)", h, headers)
			}
		}
	}
	if !put {
		t.Error("no bucket CORS rule allows PUT")
	}
}

// TestNoncurrentVersionsExpire: the bucket is versioned, so every overwritten or deleted
// upload is kept; a lifecycle rule, with its days a parameter, expires them.
func TestNoncurrentVersionsExpire(t *testing.T) {
	props := samtemplate.Field(resource(t, "ArticleBucket"), "Properties")
	if samtemplate.Field(samtemplate.Field(props, "VersioningConfiguration"), "Status").Value != "Enabled" {
		t.Skip("the bucket is not versioned")
	}
	var found bool
	rules := samtemplate.Field(samtemplate.Field(props, "LifecycleConfiguration"), "Rules")
	if rules == nil {
		t.Fatal("the versioned bucket has no lifecycle rules: noncurrent versions are kept for ever")
	}
	for _, r := range rules.Content {
		days := samtemplate.Field(samtemplate.Field(r, "NoncurrentVersionExpiration"), "NoncurrentDays")
		if samtemplate.Field(r, "Status").Value != "Enabled" || days == nil || samtemplate.Field(r, "Prefix") != nil || samtemplate.Field(r, "Filter") != nil {
			continue
		}
		found = true
		if days.Tag != "!Ref" {
			t.Errorf("NoncurrentDays is %s, not a parameter", samtemplate.Render(days))
		} else if d, err := strconv.Atoi(parameterDefault(t, days.Value)); err != nil || d < 1 {
			t.Errorf("parameter %s defaults to %q days", days.Value, parameterDefault(t, days.Value))
		}
	}
	if !found {
		t.Error("no enabled lifecycle rule expires noncurrent versions of every object")
	}
}

// TestSummarizeConcurrencyIsReserved: a burst of uploads cannot take all of the account's
// concurrency from the API.
func TestSummarizeConcurrencyIsReserved(t *testing.T) {
	props := samtemplate.Field(resource(t, "SummarizeFunction"), "Properties")
	rc := samtemplate.Field(props, "ReservedConcurrentExecutions")
	if rc == nil {
		t.Fatal("the summarize function has no reserved concurrency")
	}
	var param string
	samtemplate.Walk(rc, func(n *yaml.Node) {
		if n.Tag == "!Ref" && !strings.HasPrefix(n.Value, "AWS::") {
			param = n.Value
		}
	})
	if param == "" {
		t.Fatalf("reserved concurrency %s is not a parameter", samtemplate.Render(rc))
	}
	if d, err := strconv.Atoi(parameterDefault(t, param)); err != nil || d < 1 {
		t.Errorf("reserved concurrency %s defaults to %q", samtemplate.Render(rc), parameterDefault(t, param))
	}
	if rc := samtemplate.Field(samtemplate.Field(resource(t, "ApiFunction"), "Properties"), "ReservedConcurrentExecutions"); rc != nil {
		t.Errorf("the API's concurrency is capped at %s", samtemplate.Render(rc))
	}
}

// TestAPICORSAllowsSignedBrowserRequests: browsers that sign requests with SigV4 (the API's
// IAM auth) send these headers; a preflight without one of them fails.
func TestAPICORSAllowsSignedBrowserRequests(t *testing.T) {
	headers := list(samtemplate.Field(samtemplate.Field(samtemplate.Field(resource(t, "HttpApi"), "Properties"), "CorsConfiguration"), "AllowHeaders"))
	for _, h := range []string{"authorization", "content-type", "x-amz-content-sha256", "x-amz-date", "x-amz-security-token"} {
		if !slices.Contains(headers, h) {
			t.Errorf("API CORS does not allow %s (%v)", h, headers)
		}
	}
}

// TestListingIndexProjectsOnlyWhatIsListed: every write of a record is copied into the
// index; it holds the attributes the listing reads, the ones the store declares, no more.
func TestListingIndexProjectsOnlyWhatIsListed(t *testing.T) {
	props := samtemplate.Field(resource(t, "ArticlesTable"), "Properties")
	var found bool
	for _, gsi := range samtemplate.Field(props, "GlobalSecondaryIndexes").Content {
		if samtemplate.Field(gsi, "IndexName").Value != store.IndexName {
			continue
		}
		found = true
		p := samtemplate.Field(gsi, "Projection")
		got := list(samtemplate.Field(p, "NonKeyAttributes"))
		want := slices.Clone(store.ListedAttributes)
		slices.Sort(got)
		slices.Sort(want)
		if samtemplate.Field(p, "ProjectionType").Value != "INCLUDE" || !slices.Equal(got, want) {
			t.Errorf("index %s projects %s %v, want INCLUDE %v", store.IndexName, samtemplate.Field(p, "ProjectionType").Value, got, want)
		}
	}
	if !found {
		t.Errorf("no index %s", store.IndexName)
	}
}
