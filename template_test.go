// Package precis_test checks template.yaml, the SAM template that deploys the functions, for
// what neither SAM nor goformation checks before deployment.
package precis_test

import (
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/awslabs/goformation/v7"
	"github.com/awslabs/goformation/v7/cloudformation"
	"github.com/awslabs/goformation/v7/intrinsics"
	"gopkg.in/yaml.v3"

	"github.com/precis-news/precis"
	"github.com/precis-news/precis/internal/samtemplate"
	"github.com/precis-news/precis/shared/api"
)

// templateRoot is template.yaml's root mapping, with the intrinsic tags kept.
func templateRoot(t *testing.T) *yaml.Node {
	t.Helper()
	root, err := samtemplate.Parse(precis.Template)
	if err != nil {
		t.Fatal(err)
	}
	return root
}

// TestGoformation parses the template the way deployment tools do. Without EncoderIntrinsics
// goformation resolves !Ref and !GetAtt to empty strings.
func TestGoformation(t *testing.T) {
	// goformation's schema lacks SAM's HttpApi Auth.EnableIamAuthorizer (required with
	// DefaultAuthorizer: AWS_IAM) and refuses unknown fields, and it reads an intrinsic
	// function where it wants a number as a string: drop those lines for it.
	// TestStorageIsPrivateAndEncrypted, TestSummarizeConcurrencyIsReserved and
	// TestNoncurrentVersionsExpire check them on the raw template instead.
	src := regexp.MustCompile(`(?m)^\s*(EnableIamAuthorizer: true|(ReservedConcurrentExecutions|NoncurrentDays): !.*)\n`).ReplaceAll(precis.Template, nil)
	tmpl, err := goformation.ParseYAMLWithOptions(src, &intrinsics.ProcessorOptions{IntrinsicHandlerOverrides: cloudformation.EncoderIntrinsics})
	if err != nil {
		t.Fatalf("parse: %v", err)
	}
	fns := tmpl.GetAllServerlessFunctionResources()
	if len(fns) != 2 {
		t.Fatalf("%d functions, want 2 (summarize and api)", len(fns))
	}
	for name, fn := range fns {
		if fn.CodeUri == nil || fn.CodeUri.String == nil {
			t.Errorf("%s: no CodeUri", name)
			continue
		}
		dir := *fn.CodeUri.String
		if !strings.HasPrefix(filepath.ToSlash(*fn.CodeUri.String), "functions/") {
			t.Errorf("%s: CodeUri %s is not under functions/", name, *fn.CodeUri.String)
		}
		src, err := os.ReadFile(filepath.Join(dir, "main.go"))
		if err != nil || !regexp.MustCompile(`(?m)^package main$`).Match(src) {
			t.Errorf("%s: %s has no main package: %v", name, dir, err)
		}
		for ev, src := range fn.Events {
			if !slices.Contains([]string{"S3", "HttpApi"}, src.Type) {
				t.Errorf("%s.%s: event type %q", name, ev, src.Type)
			}
		}
		if fn.Policies == nil {
			t.Errorf("%s: no policies", name)
		}
	}
}

var subVar = regexp.MustCompile(`\$\{([^}!]+)\}`)

func TestEveryReferenceResolves(t *testing.T) {
	root := templateRoot(t)
	resources := samtemplate.Keys(samtemplate.Field(root, "Resources"))
	params := samtemplate.Keys(samtemplate.Field(root, "Parameters"))
	known := func(name string) bool {
		return strings.HasPrefix(name, "AWS::") || slices.Contains(resources, name) || slices.Contains(params, name)
	}
	n := 0
	samtemplate.Walk(root, func(x *yaml.Node) {
		switch x.Tag {
		case "!Ref":
			n++
			if !known(x.Value) {
				t.Errorf("line %d: !Ref %s resolves to nothing", x.Line, x.Value)
			}
		case "!GetAtt":
			n++
			if res, _, _ := strings.Cut(x.Value, "."); !slices.Contains(resources, res) {
				t.Errorf("line %d: !GetAtt %s names no resource", x.Line, x.Value)
			}
		case "!Sub":
			for _, m := range subVar.FindAllStringSubmatch(x.Value, -1) {
				n++
				name, _, _ := strings.Cut(m[1], ".")
				if !known(name) {
					t.Errorf("line %d: !Sub ${%s} resolves to nothing", x.Line, m[1])
				}
			}
		}
	})
	if n < 10 {
		t.Errorf("only %d references found: is the template being read?", n)
	}
}

func TestFunctionsEventsAndPolicies(t *testing.T) {
	root := templateRoot(t)
	globals := samtemplate.Field(samtemplate.Field(root, "Globals"), "Function")
	if rt := samtemplate.Field(globals, "Runtime").Value; !slices.Contains([]string{"provided.al2023", "provided.al2"}, rt) {
		t.Errorf("runtime %q", rt)
	}
	for _, a := range samtemplate.Field(globals, "Architectures").Content {
		if a.Value != "arm64" && a.Value != "x86_64" {
			t.Errorf("architecture %q", a.Value)
		}
	}
	if h := samtemplate.Field(globals, "Handler").Value; h != "bootstrap" {
		t.Errorf("handler %q", h)
	}
	input := samtemplate.Field(samtemplate.Field(samtemplate.Field(root, "Parameters"), "InputPrefix"), "Default").Value
	output := samtemplate.Field(samtemplate.Field(samtemplate.Field(root, "Parameters"), "OutputPrefix"), "Default").Value
	if input == "" || output == "" || strings.HasPrefix(output, input) || strings.HasPrefix(input, output) {
		t.Errorf("trigger prefix %q and output prefix %q overlap: writing output would trigger the function", input, output)
	}
	var httpRoutes []api.Route
	resources := samtemplate.Field(root, "Resources")
	for _, name := range samtemplate.Keys(resources) {
		res := samtemplate.Field(resources, name)
		if samtemplate.Field(res, "Type").Value != "AWS::Serverless::Function" {
			continue
		}
		props := samtemplate.Field(res, "Properties")
		if m := samtemplate.Field(res, "Metadata"); samtemplate.Field(m, "BuildMethod").Value != "makefile" {
			t.Errorf("%s: not built by the Makefile (which sets -tags lambda.norpc -trimpath -s -w)", name)
		}
		events := samtemplate.Field(props, "Events")
		for _, ev := range samtemplate.Keys(events) {
			e := samtemplate.Field(events, ev)
			p := samtemplate.Field(e, "Properties")
			switch typ := samtemplate.Field(e, "Type").Value; typ {
			case "S3":
				for _, k := range samtemplate.Keys(p) {
					if !slices.Contains([]string{"Bucket", "Events", "Filter"}, k) {
						t.Errorf("%s.%s: S3 event has unknown property %s (dropped silently)", name, ev, k)
					}
				}
				if samtemplate.Field(p, "Bucket") == nil || samtemplate.Field(p, "Bucket").Tag != "!Ref" || !strings.HasPrefix(samtemplate.Field(p, "Events").Value, "s3:Object") {
					t.Errorf("%s.%s: S3 event needs Bucket: !Ref and s3:Object* events", name, ev)
				}
				rules := samtemplate.Field(samtemplate.Field(samtemplate.Field(p, "Filter"), "S3Key"), "Rules")
				prefixed := false
				for _, r := range rules.Content {
					if samtemplate.Field(r, "Name").Value == "prefix" && samtemplate.Field(r, "Value").Value == "InputPrefix" && samtemplate.Field(r, "Value").Tag == "!Ref" {
						prefixed = true
					}
				}
				if !prefixed {
					t.Errorf("%s.%s: S3 event is not filtered on the input prefix", name, ev)
				}
			case "HttpApi":
				for _, k := range samtemplate.Keys(p) {
					if !slices.Contains([]string{"ApiId", "Method", "Path", "PayloadFormatVersion", "Auth", "TimeoutInMillis", "RouteSettings"}, k) {
						t.Errorf("%s.%s: HttpApi event has unknown property %s (dropped silently)", name, ev, k)
					}
				}
				if v := samtemplate.Field(p, "PayloadFormatVersion"); v == nil || v.Value != "2.0" {
					t.Errorf("%s.%s: payload format must be 2.0", name, ev)
				}
				httpRoutes = append(httpRoutes, api.Route{Method: samtemplate.Field(p, "Method").Value, Path: samtemplate.Field(p, "Path").Value})
			default:
				t.Errorf("%s.%s: event type %q", name, ev, typ)
			}
		}
		// Least privilege: no wildcard action in any Allow statement.
		samtemplate.Walk(samtemplate.Field(props, "Policies"), func(x *yaml.Node) {
			if samtemplate.Field(x, "Effect") == nil || samtemplate.Field(x, "Effect").Value != "Allow" {
				return
			}
			samtemplate.Walk(samtemplate.Field(x, "Action"), func(a *yaml.Node) {
				if a.Kind == yaml.ScalarNode && strings.Contains(a.Value, "*") {
					t.Errorf("%s: wildcard action %q", name, a.Value)
				}
			})
			samtemplate.Walk(samtemplate.Field(x, "Resource"), func(r *yaml.Node) {
				if r.Kind == yaml.ScalarNode && (r.Value == "*" || strings.HasSuffix(r.Value, ":::*")) {
					t.Errorf("%s: unscoped resource %q", name, r.Value)
				}
			})
		})
	}
	// The HTTP API routes are exactly the handler's.
	for _, r := range api.Routes {
		if !slices.Contains(httpRoutes, r) {
			t.Errorf("route %s %s is served but not in the template", r.Method, r.Path)
		}
	}
	if len(httpRoutes) != len(api.Routes) {
		t.Errorf("template has %d HTTP routes, the handler %d", len(httpRoutes), len(api.Routes))
	}
}

func TestStorageIsPrivateAndEncrypted(t *testing.T) {
	res := samtemplate.Field(templateRoot(t), "Resources")
	bucket := samtemplate.Field(samtemplate.Field(res, "ArticleBucket"), "Properties")
	block := samtemplate.Field(bucket, "PublicAccessBlockConfiguration")
	for _, k := range []string{"BlockPublicAcls", "BlockPublicPolicy", "IgnorePublicAcls", "RestrictPublicBuckets"} {
		if v := samtemplate.Field(block, k); v == nil || v.Value != "true" {
			t.Errorf("bucket %s is not true", k)
		}
	}
	if samtemplate.Field(bucket, "BucketEncryption") == nil {
		t.Error("bucket not encrypted")
	}
	policy := samtemplate.Field(samtemplate.Field(samtemplate.Field(res, "ArticleBucketPolicy"), "Properties"), "PolicyDocument")
	tls := false
	samtemplate.Walk(policy, func(x *yaml.Node) {
		if c := samtemplate.Field(samtemplate.Field(x, "Condition"), "Bool"); c != nil && samtemplate.Field(c, "aws:SecureTransport").Value == "false" && samtemplate.Field(x, "Effect").Value == "Deny" {
			tls = true
		}
	})
	if !tls {
		t.Error("bucket policy does not deny requests without TLS")
	}
	table := samtemplate.Field(samtemplate.Field(res, "ArticlesTable"), "Properties")
	if samtemplate.Field(table, "BillingMode").Value != "PAY_PER_REQUEST" ||
		samtemplate.Field(samtemplate.Field(table, "PointInTimeRecoverySpecification"), "PointInTimeRecoveryEnabled").Value != "true" ||
		samtemplate.Field(samtemplate.Field(table, "SSESpecification"), "SSEEnabled").Value != "true" {
		t.Error("table is not on-demand with point-in-time recovery and encryption")
	}
	auth := samtemplate.Field(samtemplate.Field(samtemplate.Field(res, "HttpApi"), "Properties"), "Auth")
	if samtemplate.Field(auth, "DefaultAuthorizer").Value != "AWS_IAM" || samtemplate.Field(auth, "EnableIamAuthorizer").Value != "true" {
		t.Error("the HTTP API is not IAM-authenticated by default")
	}
}
