// Package samtemplate reads the SAM template (template.yaml) as YAML nodes, with the
// intrinsic functions' tags (!Ref, !Sub, !GetAtt, ...) kept: the one walker over the template
// that the local stack (its S3 notifications and defaults) and the template's tests share.
package samtemplate

import (
	"errors"
	"fmt"
	"iter"
	"strings"

	"gopkg.in/yaml.v3"
)

// ErrEmpty means the template has no document.
var ErrEmpty = errors.New("samtemplate: the template is empty")

// Parse returns the template's root mapping.
func Parse(src []byte) (*yaml.Node, error) {
	var doc yaml.Node
	if err := yaml.Unmarshal(src, &doc); err != nil {
		return nil, fmt.Errorf("samtemplate: %w", err)
	}
	if len(doc.Content) == 0 {
		return nil, ErrEmpty
	}
	return doc.Content[0], nil
}

// Field is the value of key in mapping n, or nil. Field(nil, k) is nil, so that a path can
// be followed in one expression: Field(Field(root, "Resources"), "Bucket").
func Field(n *yaml.Node, key string) *yaml.Node {
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

// Path follows keys from n: Path(root, "Resources", "Bucket", "Properties").
func Path(n *yaml.Node, keys ...string) *yaml.Node {
	for _, k := range keys {
		n = Field(n, k)
	}
	return n
}

// Pairs iterates over the keys and values of mapping n.
func Pairs(n *yaml.Node) iter.Seq2[string, *yaml.Node] {
	return func(yield func(string, *yaml.Node) bool) {
		if n == nil || n.Kind != yaml.MappingNode {
			return
		}
		for i := 0; i+1 < len(n.Content); i += 2 {
			if !yield(n.Content[i].Value, n.Content[i+1]) {
				return
			}
		}
	}
}

// Keys are the keys of mapping n, in order.
func Keys(n *yaml.Node) []string {
	var out []string
	for k := range Pairs(n) {
		out = append(out, k)
	}
	return out
}

// Walk calls fn on n and on every node below it, depth first.
func Walk(n *yaml.Node, fn func(*yaml.Node)) {
	if n == nil {
		return
	}
	fn(n)
	for _, c := range n.Content {
		Walk(c, fn)
	}
}

// Render writes n out whole, tags included, on one line: "!Sub [a-${B}, {B: !Ref C}]", to
// compare expressions.
func Render(n *yaml.Node) string {
	if n == nil {
		return ""
	}
	var b strings.Builder
	if strings.HasPrefix(n.Tag, "!") && !strings.HasPrefix(n.Tag, "!!") {
		b.WriteString(n.Tag + " ")
	}
	switch n.Kind {
	case yaml.ScalarNode:
		b.WriteString(n.Value)
	case yaml.SequenceNode:
		b.WriteString("[")
		for i, c := range n.Content {
			if i > 0 {
				b.WriteString(", ")
			}
			b.WriteString(Render(c))
		}
		b.WriteString("]")
	case yaml.MappingNode:
		b.WriteString("{")
		for i := 0; i+1 < len(n.Content); i += 2 {
			if i > 0 {
				b.WriteString(", ")
			}
			b.WriteString(n.Content[i].Value + ": " + Render(n.Content[i+1]))
		}
		b.WriteString("}")
	}
	return b.String()
}
