package devstack

import (
	"fmt"
	"strconv"
	"strings"

	"gopkg.in/yaml.v3"

	"github.com/precis-news/precis/internal/samtemplate"
)

// Notification is one S3 event source of the summarize function in template.yaml: which
// events, under which prefix, with which suffix, invoke it.
type Notification struct {
	// Event is an S3 event type pattern such as "s3:ObjectCreated:*".
	Event          string
	Prefix, Suffix string
}

// Matches reports whether an event (such as "ObjectCreated:Put") on key is one this
// notification sends, as S3 decides it.
func (n Notification) Matches(event, key string) bool {
	want := strings.TrimPrefix(n.Event, "s3:")
	if base, ok := strings.CutSuffix(want, "*"); ok {
		if !strings.HasPrefix(event, base) {
			return false
		}
	} else if event != want {
		return false
	}
	return strings.HasPrefix(key, n.Prefix) && strings.HasSuffix(key, n.Suffix)
}

// Deployment is what the local stack takes from the template: the summarize function's
// notifications and the parameters' defaults.
type Deployment struct {
	Notifications             []Notification
	InputPrefix, OutputPrefix string
	MaxBytes                  int64
}

// Matches reports whether any notification sends event on key.
func (d Deployment) Matches(event, key string) bool {
	for _, n := range d.Notifications {
		if n.Matches(event, key) {
			return true
		}
	}
	return false
}

// FromTemplate reads a SAM template: the S3 events of the function named function, with
// !Ref parameters replaced by their defaults.
func FromTemplate(template []byte, function string) (Deployment, error) {
	root, err := samtemplate.Parse(template)
	if err != nil {
		return Deployment{}, fmt.Errorf("devstack: read the template: %w", err)
	}
	params := map[string]string{}
	for name, p := range samtemplate.Pairs(samtemplate.Field(root, "Parameters")) {
		if d := samtemplate.Field(p, "Default"); d != nil {
			params[name] = d.Value
		}
	}
	// value resolves a scalar or a !Ref to a parameter.
	value := func(n *yaml.Node) string {
		if n == nil {
			return ""
		}
		if n.Tag == "!Ref" {
			return params[n.Value]
		}
		return n.Value
	}
	d := Deployment{InputPrefix: params["InputPrefix"], OutputPrefix: params["OutputPrefix"]}
	if v := params["MaxBytes"]; v != "" {
		n, err := strconv.ParseInt(v, 10, 64)
		if err != nil || n < 1 {
			return Deployment{}, fmt.Errorf("devstack: the template's MaxBytes default %q is not a positive whole number", v)
		}
		d.MaxBytes = n
	}
	fn := samtemplate.Field(samtemplate.Field(root, "Resources"), function)
	if fn == nil {
		return Deployment{}, fmt.Errorf("devstack: no resource %s in the template", function)
	}
	for name, ev := range samtemplate.Pairs(samtemplate.Field(samtemplate.Field(fn, "Properties"), "Events")) {
		if value(samtemplate.Field(ev, "Type")) != "S3" {
			continue
		}
		props := samtemplate.Field(ev, "Properties")
		var prefix, suffix string
		if rules := samtemplate.Field(samtemplate.Field(samtemplate.Field(props, "Filter"), "S3Key"), "Rules"); rules != nil {
			for _, r := range rules.Content {
				switch strings.ToLower(value(samtemplate.Field(r, "Name"))) {
				case "prefix":
					prefix = value(samtemplate.Field(r, "Value"))
				case "suffix":
					suffix = value(samtemplate.Field(r, "Value"))
				}
			}
		}
		events := samtemplate.Field(props, "Events")
		if events == nil {
			return Deployment{}, fmt.Errorf("devstack: event %s has no Events", name)
		}
		list := []*yaml.Node{events}
		if events.Kind == yaml.SequenceNode {
			list = events.Content
		}
		for _, e := range list {
			d.Notifications = append(d.Notifications, Notification{Event: value(e), Prefix: prefix, Suffix: suffix})
		}
	}
	if len(d.Notifications) == 0 {
		return Deployment{}, fmt.Errorf("devstack: %s has no S3 events in the template", function)
	}
	return d, nil
}
