// Package awsclient builds the AWS SDK clients the Lambda functions use, from the environment
// Lambda provides (AWS_REGION and the role's AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY,
// AWS_SESSION_TOKEN). It deliberately skips the SDK's full configuration chain (profiles,
// SSO, STS, IMDS): a function never uses it, and it would add megabytes to every bootstrap
// and time to every cold start.
//
// Endpoints may be overridden with the SDK's variables AWS_ENDPOINT_URL_S3 and
// AWS_ENDPOINT_URL_DYNAMODB; S3_FORCE_PATH_STYLE=true makes the S3 client work with
// S3-compatible servers (path-style addressing, checksums only when required).
package awsclient

import (
	"fmt"
	"net/http"
	"os"
	"strconv"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/credentials"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/s3"
)

// Clients are the service clients.
type Clients struct {
	S3       *s3.Client
	DynamoDB *dynamodb.Client
}

// FromEnv builds the clients from the environment. HTTP clients are set in the service
// options (the place that does not conflict with AWS_CA_BUNDLE).
func FromEnv() (Clients, error) {
	region := os.Getenv("AWS_REGION")
	if region == "" {
		region = os.Getenv("AWS_DEFAULT_REGION")
	}
	if region == "" {
		return Clients{}, fmt.Errorf("awsclient: AWS_REGION is not set")
	}
	cfg := aws.Config{
		Region: region,
		Credentials: aws.NewCredentialsCache(credentials.NewStaticCredentialsProvider(
			os.Getenv("AWS_ACCESS_KEY_ID"), os.Getenv("AWS_SECRET_ACCESS_KEY"), os.Getenv("AWS_SESSION_TOKEN"))),
		RetryMaxAttempts: 5,
	}
	pathStyle, _ := strconv.ParseBool(os.Getenv("S3_FORCE_PATH_STYLE"))
	s3Endpoint, ddbEndpoint := os.Getenv("AWS_ENDPOINT_URL_S3"), os.Getenv("AWS_ENDPOINT_URL_DYNAMODB")
	return Clients{
		S3: s3.NewFromConfig(cfg, func(o *s3.Options) {
			o.HTTPClient = &http.Client{Timeout: 30 * time.Second}
			if s3Endpoint != "" {
				o.BaseEndpoint = aws.String(s3Endpoint)
			}
			if pathStyle {
				o.UsePathStyle = true
				o.RequestChecksumCalculation = aws.RequestChecksumCalculationWhenRequired
				o.ResponseChecksumValidation = aws.ResponseChecksumValidationWhenRequired
			}
		}),
		DynamoDB: dynamodb.NewFromConfig(cfg, func(o *dynamodb.Options) {
			o.HTTPClient = &http.Client{Timeout: 10 * time.Second}
			if ddbEndpoint != "" {
				o.BaseEndpoint = aws.String(ddbEndpoint)
			}
		}),
	}, nil
}

// Env returns the environment variable name, or def when it is unset.
func Env(name, def string) string {
	if v := os.Getenv(name); v != "" {
		return v
	}
	return def
}

// EnvInt returns the environment variable as an integer, or def when it is unset or invalid.
func EnvInt(name string, def int64) int64 {
	if n, err := strconv.ParseInt(os.Getenv(name), 10, 64); err == nil && n > 0 {
		return n
	}
	return def
}
