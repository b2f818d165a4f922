// Package functions_test checks template.yaml, the SAM template that deploys the functions in
// this folder, for what neither SAM nor goformation checks before deployment.
package functions_test

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

	"github.com/precis-news/precis/shared/api"
)

func readTemplate(t *testing.T) []byte {
	t.Helper()
	b, err := os.ReadFile("../template.yaml")
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// TestGoformation parses the template the way deployment tools do. Without EncoderIntrinsics
// goformation resolves !Ref and !GetAtt to empty strings.
func TestGoformation(t *testing.T) {
	// goformation's schema lacks SAM's HttpApi Auth.EnableIamAuthorizer (required with
	// DefaultAuthorizer: AWS_IAM) and refuses unknown fields, and it reads an intrinsic
	// function where it wants a number as a string: drop those lines for it.
	// TestStorageIsPrivateAndEncrypted, TestSummarizeConcurrencyIsReserved and
	// TestNoncurrentVersionsExpire check them on the raw template instead.
	src := regexp.MustCompile(`(?m)^\s*(EnableIamAuthorizer: true|(ReservedConcurrentExecutions|NoncurrentDays): !.*)\n`).ReplaceAll(readTemplate(t), nil)
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
		dir := filepath.Join("..", *fn.CodeUri.String)
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

// node helpers over the raw YAML, which keeps the intrinsic tags.
func mapping(n *yaml.Node, key string) *yaml.Node {
	if n == nil || n.Kind != yaml.MappingNode {
		return nil
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		if n.Content[i].Value == key {
			return n.Content[i+1]
		}
	}
	return nil
}

func keys(n *yaml.Node) []string {
	var out []string
	if n != nil && n.Kind == yaml.MappingNode {
		for i := 0; i < len(n.Content); i += 2 {
			out = append(out, n.Content[i].Value)
		}
	}
	return out
}

func walk(n *yaml.Node, fn func(*yaml.Node)) {
	if n == nil {
		return
	}
	fn(n)
	for _, c := range n.Content {
		walk(c, fn)
	}
}

func rawTemplate(t *testing.T) *yaml.Node {
	t.Helper()
	var doc yaml.Node
	if err := yaml.Unmarshal(readTemplate(t), &doc); err != nil {
		t.Fatal(err)
	}
	return doc.Content[0]
}

var subVar = regexp.MustCompile(`\$\{([^}!]+)\}`)

func TestEveryReferenceResolves(t *testing.T) {
	root := rawTemplate(t)
	resources := keys(mapping(root, "Resources"))
	params := keys(mapping(root, "Parameters"))
	known := func(name string) bool {
		return strings.HasPrefix(name, "AWS::") || slices.Contains(resources, name) || slices.Contains(params, name)
	}
	n := 0
	walk(root, func(x *yaml.Node) {
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
	root := rawTemplate(t)
	globals := mapping(mapping(root, "Globals"), "Function")
	if rt := mapping(globals, "Runtime").Value; !slices.Contains([]string{"provided.al2023", "provided.al2"}, rt) {
		t.Errorf("runtime %q", rt)
	}
	for _, a := range mapping(globals, "Architectures").Content {
		if a.Value != "arm64" && a.Value != "x86_64" {
			t.Errorf("architecture %q", a.Value)
		}
	}
	if h := mapping(globals, "Handler").Value; h != "bootstrap" {
		t.Errorf("handler %q", h)
	}
	input := mapping(mapping(mapping(root, "Parameters"), "InputPrefix"), "Default").Value
	output := mapping(mapping(mapping(root, "Parameters"), "OutputPrefix"), "Default").Value
	if input == "" || output == "" || strings.HasPrefix(output, input) || strings.HasPrefix(input, output) {
		t.Errorf("trigger prefix %q and output prefix %q overlap: writing output would trigger the function", input, output)
	}
	var httpRoutes []api.Route
	resources := mapping(root, "Resources")
	for _, name := range keys(resources) {
		res := mapping(resources, name)
		if mapping(res, "Type").Value != "AWS::Serverless::Function" {
			continue
		}
		props := mapping(res, "Properties")
		if m := mapping(res, "Metadata"); mapping(m, "BuildMethod").Value != "makefile" {
			t.Errorf("%s: not built by the Makefile (which sets -tags lambda.norpc -trimpath -s -w)", name)
		}
		events := mapping(props, "Events")
		for _, ev := range keys(events) {
			e := mapping(events, ev)
			p := mapping(e, "Properties")
			switch typ := mapping(e, "Type").Value; typ {
			case "S3":
				for _, k := range keys(p) {
					if !slices.Contains([]string{"Bucket", "Events", "Filter"}, k) {
						t.Errorf("%s.%s: S3 event has unknown property %s (dropped silently)", name, ev, k)
					}
				}
				if mapping(p, "Bucket") == nil || mapping(p, "Bucket").Tag != "!Ref" || !strings.HasPrefix(mapping(p, "Events").Value, "s3:Object") {
					t.Errorf("%s.%s: S3 event needs Bucket: !Ref and s3:Object* events", name, ev)
				}
				rules := mapping(mapping(mapping(p, "Filter"), "S3Key"), "Rules")
				prefixed := false
				for _, r := range rules.Content {
					if mapping(r, "Name").Value == "prefix" && mapping(r, "Value").Value == "InputPrefix" && mapping(r, "Value").Tag == "!Ref" {
						prefixed = true
					}
				}
				if !prefixed {
					t.Errorf("%s.%s: S3 event is not filtered on the input prefix", name, ev)
				}
			case "HttpApi":
				for _, k := range keys(p) {
					if !slices.Contains([]string{"ApiId", "Method", "Path", "PayloadFormatVersion", "Auth", "TimeoutInMillis", "RouteSettings"}, k) {
						t.Errorf("%s.%s: HttpApi event has unknown property %s (dropped silently)", name, ev, k)
					}
				}
				if v := mapping(p, "PayloadFormatVersion"); v == nil || v.Value != "2.0" {
					t.Errorf("%s.%s: payload format must be 2.0", name, ev)
				}
				httpRoutes = append(httpRoutes, api.Route{Method: mapping(p, "Method").Value, Path: mapping(p, "Path").Value})
			default:
				t.Errorf("%s.%s: event type %q", name, ev, typ)
			}
		}
		// Least privilege: no wildcard action in any Allow statement.
		walk(mapping(props, "Policies"), func(x *yaml.Node) {
			if mapping(x, "Effect") == nil || mapping(x, "Effect").Value != "Allow" {
				return
			}
			walk(mapping(x, "Action"), func(a *yaml.Node) {
				if a.Kind == yaml.ScalarNode && strings.Contains(a.Value, "*") {
					t.Errorf("%s: wildcard action %q", name, a.Value)
				}
			})
			walk(mapping(x, "Resource"), func(r *yaml.Node) {
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
	res := mapping(rawTemplate(t), "Resources")
	bucket := mapping(mapping(res, "ArticleBucket"), "Properties")
	block := mapping(bucket, "PublicAccessBlockConfiguration")
	for _, k := range []string{"BlockPublicAcls", "BlockPublicPolicy", "IgnorePublicAcls", "RestrictPublicBuckets"} {
		if v := mapping(block, k); v == nil || v.Value != "true" {
			t.Errorf("bucket %s is not true", k)
		}
	}
	if mapping(bucket, "BucketEncryption") == nil {
		t.Error("bucket not encrypted")
	}
	policy := mapping(mapping(mapping(res, "ArticleBucketPolicy"), "Properties"), "PolicyDocument")
	tls := false
	walk(policy, func(x *yaml.Node) {
		if c := mapping(mapping(x, "Condition"), "Bool"); c != nil && mapping(c, "aws:SecureTransport").Value == "false" && mapping(x, "Effect").Value == "Deny" {
			tls = true
		}
	})
	if !tls {
		t.Error("bucket policy does not deny requests without TLS")
	}
	table := mapping(mapping(res, "ArticlesTable"), "Properties")
	if mapping(table, "BillingMode").Value != "PAY_PER_REQUEST" ||
		mapping(mapping(table, "PointInTimeRecoverySpecification"), "PointInTimeRecoveryEnabled").Value != "true" ||
		mapping(mapping(table, "SSESpecification"), "SSEEnabled").Value != "true" {
		t.Error("table is not on-demand with point-in-time recovery and encryption")
	}
	auth := mapping(mapping(mapping(res, "HttpApi"), "Properties"), "Auth")
	if mapping(auth, "DefaultAuthorizer").Value != "AWS_IAM" || mapping(auth, "EnableIamAuthorizer").Value != "true" {
		t.Error("the HTTP API is not IAM-authenticated by default")
	}
}
