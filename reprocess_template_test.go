package precis_test

import (
	"slices"
	"strings"
	"testing"

	"gopkg.in/yaml.v3"

	"github.com/precis-news/precis/internal/samtemplate"
	"github.com/precis-news/precis/shared/ingest"
)

// TestReprocessStateMachine checks what the policy pins cannot: the state machine lists only
// the input prefix, sends its batches to the summarize function with the bucket the function
// reads, bounds its concurrency by the parameter, writes its tallies outside the input prefix,
// and is named as its own policy names it.
func TestReprocessStateMachine(t *testing.T) {
	res := samtemplate.Field(samtemplate.Field(templateRoot(t), "Resources"), "ReprocessStateMachine")
	props := samtemplate.Field(res, "Properties")
	if typ := samtemplate.Field(res, "Type"); typ == nil || typ.Value != "AWS::Serverless::StateMachine" {
		t.Fatal("no ReprocessStateMachine state machine")
	}
	subs := samtemplate.Field(props, "DefinitionSubstitutions")
	checks := []struct{ what, got, want string }{
		{"name", samtemplate.Render(samtemplate.Field(props, "Name")), `!Sub [precis-reprocess-${Id}, ` + stackID + `]`},
		{"bucket", samtemplate.Render(samtemplate.Field(subs, "Bucket")), bucketName},
		{"input prefix", samtemplate.Render(samtemplate.Field(subs, "InputPrefix")), "!Ref InputPrefix"},
		{"output prefix", samtemplate.Render(samtemplate.Field(subs, "OutputPrefix")), "!Ref OutputPrefix"},
		{"function", samtemplate.Render(samtemplate.Field(subs, "FunctionArn")), summarizeR},
		{"concurrency", samtemplate.Render(samtemplate.Field(subs, "Concurrency")), "!Ref ReprocessConcurrency"},
	}
	states := samtemplate.Field(samtemplate.Field(props, "Definition"), "States")
	m := samtemplate.Field(states, "Articles")
	reader := samtemplate.Field(m, "ItemReader")
	processor := samtemplate.Field(m, "ItemProcessor")
	checks = append(checks, []struct{ what, got, want string }{
		{"reader", samtemplate.Render(samtemplate.Field(reader, "Resource")), "arn:aws:states:::s3:listObjectsV2"},
		{"listed bucket", samtemplate.Render(samtemplate.Field(samtemplate.Field(reader, "Parameters"), "Bucket")), "${Bucket}"},
		{"listed prefix", samtemplate.Render(samtemplate.Field(samtemplate.Field(reader, "Parameters"), "Prefix")), "${InputPrefix}"},
		{"batch bucket", samtemplate.Render(samtemplate.Field(samtemplate.Field(samtemplate.Field(m, "ItemBatcher"), "BatchInput"), "Bucket")), "${Bucket}"},
		{"max concurrency", samtemplate.Render(samtemplate.Field(m, "MaxConcurrency")), "${Concurrency}"},
		{"mode", samtemplate.Render(samtemplate.Field(samtemplate.Field(processor, "ProcessorConfig"), "Mode")), "DISTRIBUTED"},
		{"task", samtemplate.Render(samtemplate.Field(samtemplate.Field(samtemplate.Field(processor, "States"), "Reprocess"), "Resource")), "${FunctionArn}"},
		{"tallies", samtemplate.Render(samtemplate.Field(samtemplate.Field(samtemplate.Field(m, "ResultWriter"), "Parameters"), "Prefix")), "${OutputPrefix}reprocess"},
	}...)
	for _, c := range checks {
		if c.got != c.want {
			t.Errorf("%s: %s, want %s", c.what, c.got, c.want)
		}
	}
	// Listing is allowed under the input prefix only.
	listed := false
	samtemplate.Walk(samtemplate.Field(props, "Policies"), func(st *yaml.Node) {
		if a := samtemplate.Field(st, "Action"); a != nil && strings.Contains(samtemplate.Render(a), "s3:ListBucket") {
			listed = true
			if got := samtemplate.Render(samtemplate.Field(samtemplate.Field(samtemplate.Field(st, "Condition"), "StringLike"), "s3:prefix")); got != "!Sub ${InputPrefix}*" {
				t.Errorf("s3:ListBucket is not limited to the input prefix: %s", got)
			}
		}
	})
	if !listed {
		t.Error("the state machine cannot list the bucket")
	}
}

// TestArticleSuffixesAreTheNotifiedOnes: re-processing takes up unrecorded objects with the
// suffixes S3 notifies the function of, and no other.
func TestArticleSuffixesAreTheNotifiedOnes(t *testing.T) {
	events := samtemplate.Field(samtemplate.Field(samtemplate.Field(samtemplate.Field(templateRoot(t), "Resources"), "SummarizeFunction"), "Properties"), "Events")
	var notified []string
	samtemplate.Walk(events, func(n *yaml.Node) {
		if name := samtemplate.Field(n, "Name"); name != nil && name.Value == "suffix" && !slices.Contains(notified, samtemplate.Field(n, "Value").Value) {
			notified = append(notified, samtemplate.Field(n, "Value").Value)
		}
	})
	slices.Sort(notified)
	want := slices.Sorted(slices.Values(ingest.ArticleSuffixes))
	if !slices.Equal(notified, want) {
		t.Errorf("template notifies %v; ingest.ArticleSuffixes are %v", notified, want)
	}
}
