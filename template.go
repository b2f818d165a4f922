// Package precis holds the deployment template, template.yaml, so that the local stack
// (internal/devstack) reads the same S3 notification filters and defaults as AWS deploys.
package precis

import _ "embed"

// Template is template.yaml, the AWS SAM template.
//
//go:embed template.yaml
var Template []byte
