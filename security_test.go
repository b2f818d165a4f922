package precis_test

import (
	"regexp"
	"slices"
	"strings"
	"testing"

	"gopkg.in/yaml.v3"

	"github.com/precis-news/precis/internal/samtemplate"
)

// scalar renders a YAML node with its tags, the way the grants below are written.
func scalar(n *yaml.Node) string { return samtemplate.Render(n) }

// list is a scalar or a sequence of scalars.
func list(n *yaml.Node) []string {
	if n == nil {
		return nil
	}
	if n.Kind == yaml.SequenceNode && n.Tag != "!Sub" {
		var out []string
		for _, c := range n.Content {
			out = append(out, scalar(c))
		}
		return out
	}
	return []string{scalar(n)}
}

const (
	bucketName = `!If [DefaultBucketName, !Sub [precis-${AWS::AccountId}-${Id}, {Id: !Select [2, !Split [/, !Ref AWS::StackId]]}], !Ref BucketName]`
	uploads    = `!Sub [arn:${AWS::Partition}:s3:::${Bucket}/${InputPrefix}*, {Bucket: ` + bucketName + `}]`
	texts      = `!Sub [arn:${AWS::Partition}:s3:::${Bucket}/${OutputPrefix}*, {Bucket: ` + bucketName + `}]`
	textFiles  = `!Sub [arn:${AWS::Partition}:s3:::${Bucket}/${OutputPrefix}*.txt, {Bucket: ` + bucketName + `}]`
	tableR     = `!GetAtt ArticlesTable.Arn`
	indexR     = `!Sub ${ArticlesTable.Arn}/index/by_updated`
	speakersR  = `!Sub ${ArticlesTable.Arn}/index/by_speaker`
	namesR     = `!Sub ${ArticlesTable.Arn}/index/by_speaker_name`
	queueR     = `!GetAtt FailedEventsQueue.Arn`
	busR       = `!GetAtt ArticleEventBus.Arn`
	// The re-processing state machine's: the bucket (listed under the input prefix only, see
	// TestReprocessStateMachine), its tallies, the function, itself and its child executions.
	bucketR    = `!Sub [arn:${AWS::Partition}:s3:::${Bucket}, {Bucket: ` + bucketName + `}]`
	tallies    = `!Sub [arn:${AWS::Partition}:s3:::${Bucket}/${OutputPrefix}reprocess/*, {Bucket: ` + bucketName + `}]`
	summarizeR = `!GetAtt SummarizeFunction.Arn`
	stackID    = `{Id: !Select [2, !Split [/, !Ref AWS::StackId]]}`
	reprocessR = `!Sub [arn:${AWS::Partition}:states:${AWS::Region}:${AWS::AccountId}:stateMachine:precis-reprocess-${Id}, ` + stackID + `]`
	batchesR   = `!Sub [arn:${AWS::Partition}:states:${AWS::Region}:${AWS::AccountId}:execution:precis-reprocess-${Id}/*, ` + stackID + `]`
)

// TestLeastPrivilege pins every permission each function has: an action on a resource. A
// change that adds one fails here until SECURITY.md and this list say why.
func TestLeastPrivilege(t *testing.T) {
	want := map[string][]string{
		"SummarizeFunction": {
			"s3:GetObject " + uploads,
			"s3:PutObject " + texts, "s3:DeleteObject " + texts,
			"dynamodb:PutItem " + tableR, "dynamodb:GetItem " + tableR, "dynamodb:DeleteItem " + tableR,
			"dynamodb:UpdateItem " + tableR, "dynamodb:BatchGetItem " + tableR, "dynamodb:BatchWriteItem " + tableR,
			"sqs:SendMessage " + queueR,
			"events:PutEvents " + busR,
		},
		"ApiFunction": {
			"dynamodb:GetItem " + tableR, "dynamodb:GetItem " + indexR,
			"dynamodb:Query " + tableR, "dynamodb:Query " + indexR,
			"dynamodb:Query " + speakersR, "dynamodb:Query " + namesR,
			"s3:PutObject " + uploads, "s3:GetObject " + textFiles,
		},
		"ReprocessStateMachine": {
			"s3:ListBucket " + bucketR,
			"s3:PutObject " + tallies, "s3:GetObject " + tallies,
			"s3:ListMultipartUploadParts " + tallies, "s3:AbortMultipartUpload " + tallies,
			"lambda:InvokeFunction " + summarizeR,
			"states:StartExecution " + reprocessR,
			"states:DescribeExecution " + batchesR, "states:StopExecution " + batchesR, "states:RedriveExecution " + batchesR,
		},
	}
	resources := samtemplate.Field(templateRoot(t), "Resources")
	// Every resource that grants permissions is pinned here.
	for i := 0; i+1 < len(resources.Content); i += 2 {
		name := resources.Content[i].Value
		if _, pinned := want[name]; !pinned && samtemplate.Field(samtemplate.Field(resources.Content[i+1], "Properties"), "Policies") != nil {
			t.Errorf("%s has policies that this test does not pin", name)
		}
	}
	for fn, grants := range want {
		props := samtemplate.Field(samtemplate.Field(resources, fn), "Properties")
		policies := samtemplate.Field(props, "Policies")
		if policies == nil {
			t.Errorf("%s has no policies", fn)
			continue
		}
		var got []string
		for _, p := range policies.Content {
			if p.Kind != yaml.MappingNode {
				t.Errorf("%s: policy template %q: only inline statements are allowed, so that this test sees every permission", fn, scalar(p))
				continue
			}
			for _, st := range samtemplate.Field(p, "Statement").Content {
				if e := samtemplate.Field(st, "Effect"); e == nil || e.Value != "Allow" {
					continue
				}
				if samtemplate.Field(st, "NotAction") != nil || samtemplate.Field(st, "NotResource") != nil {
					t.Errorf("%s: NotAction/NotResource grant everything else", fn)
				}
				for _, a := range list(samtemplate.Field(st, "Action")) {
					for _, r := range list(samtemplate.Field(st, "Resource")) {
						got = append(got, a+" "+r)
					}
				}
			}
		}
		slices.Sort(got)
		slices.Sort(grants)
		if !slices.Equal(got, grants) {
			t.Errorf("%s grants\n  %s\nwant\n  %s", fn, strings.Join(got, "\n  "), strings.Join(grants, "\n  "))
		}
	}
}

// TestNoSecretsInEnvironment: functions read no secret from their environment variables,
// which anyone allowed to read the function's configuration can see.
func TestNoSecretsInEnvironment(t *testing.T) {
	secretish := regexp.MustCompile(`(?i)secret|password|passwd|token|credential|private|api_?key|_KEY$`)
	samtemplate.Walk(templateRoot(t), func(n *yaml.Node) {
		vars := samtemplate.Field(n, "Variables")
		if samtemplate.Field(n, "Variables") == nil || n.Kind != yaml.MappingNode {
			return
		}
		for i := 0; i+1 < len(vars.Content); i += 2 {
			if name := vars.Content[i].Value; secretish.MatchString(name) {
				t.Errorf("environment variable %s looks like a secret", name)
			}
		}
	})
}

// TestAPIIsAuthenticatedAndThrottled: IAM auth on every route by default, throttling, and
// CORS limited to named origins.
func TestAPIIsAuthenticatedAndThrottled(t *testing.T) {
	resources := samtemplate.Field(templateRoot(t), "Resources")
	var apis int
	for i := 0; i+1 < len(resources.Content); i += 2 {
		res := resources.Content[i+1]
		if samtemplate.Field(res, "Type").Value != "AWS::Serverless::HttpApi" {
			continue
		}
		apis++
		props := samtemplate.Field(res, "Properties")
		auth := samtemplate.Field(props, "Auth")
		if a := samtemplate.Field(auth, "DefaultAuthorizer"); a == nil || a.Value != "AWS_IAM" {
			t.Error("the HTTP API's default authorizer is not AWS_IAM")
		}
		if e := samtemplate.Field(auth, "EnableIamAuthorizer"); e == nil || e.Value != "true" {
			t.Error("the IAM authorizer is not enabled")
		}
		routes := samtemplate.Field(props, "DefaultRouteSettings")
		for _, k := range []string{"ThrottlingBurstLimit", "ThrottlingRateLimit"} {
			if v := samtemplate.Field(routes, k); v == nil || v.Value == "0" {
				t.Errorf("no %s", k)
			}
		}
		for _, o := range list(samtemplate.Field(samtemplate.Field(props, "CorsConfiguration"), "AllowOrigins")) {
			if strings.Contains(o, "*") {
				t.Errorf("CORS allows origin %q", o)
			}
		}
	}
	// No route may opt out of the default authorizer.
	samtemplate.Walk(resources, func(n *yaml.Node) {
		if a := samtemplate.Field(n, "Auth"); a != nil && samtemplate.Field(n, "ApiId") != nil {
			if az := samtemplate.Field(a, "Authorizer"); az != nil && az.Value == "NONE" {
				t.Error("a route has Authorizer: NONE")
			}
		}
	})
	if apis != 1 {
		t.Errorf("%d HTTP APIs, want 1", apis)
	}
}

// TestEverythingElseEncrypted: every queue and topic is encrypted at rest, and the bucket's
// objects belong to the bucket owner (no ACLs).
func TestEverythingElseEncrypted(t *testing.T) {
	resources := samtemplate.Field(templateRoot(t), "Resources")
	for i := 0; i+1 < len(resources.Content); i += 2 {
		name, res := resources.Content[i].Value, resources.Content[i+1]
		props := samtemplate.Field(res, "Properties")
		switch samtemplate.Field(res, "Type").Value {
		case "AWS::SQS::Queue":
			if v := samtemplate.Field(props, "SqsManagedSseEnabled"); (v == nil || v.Value != "true") && samtemplate.Field(props, "KmsMasterKeyId") == nil {
				t.Errorf("queue %s is not encrypted", name)
			}
		case "AWS::SNS::Topic":
			if samtemplate.Field(props, "KmsMasterKeyId") == nil {
				t.Errorf("topic %s is not encrypted", name)
			}
		case "AWS::S3::Bucket":
			owned := false
			samtemplate.Walk(samtemplate.Field(props, "OwnershipControls"), func(n *yaml.Node) {
				owned = owned || (n.Kind == yaml.ScalarNode && n.Value == "BucketOwnerEnforced")
			})
			if !owned {
				t.Errorf("bucket %s allows ACLs", name)
			}
		}
	}
}
