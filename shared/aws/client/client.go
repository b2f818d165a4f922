// Package client builds the AWS SDK clients the Lambda functions use, from the environment
// Lambda provides (AWS_REGION and the role's AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY,
// AWS_SESSION_TOKEN). It deliberately skips the SDK's full configuration chain (profiles,
// SSO, STS, IMDS): a function never uses it, and it would add megabytes to every bootstrap
// and time to every cold start.
//
// Endpoints may be overridden with the SDK's variables AWS_ENDPOINT_URL_S3 and
// AWS_ENDPOINT_URL_DYNAMODB; S3_FORCE_PATH_STYLE=true makes the S3 client work with
// S3-compatible servers (path-style addressing, checksums only when required).
package client

import (
	"cmp"
	"net/http"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/aws/retry"
	"github.com/aws/aws-sdk-go-v2/credentials"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/s3"
)

// Clients are the service clients.
type Clients struct {
	S3       *s3.Client
	DynamoDB *dynamodb.Client
	// Config is what the clients were built from, for the clients of other services.
	Config aws.Config
}

// Options say where the clients go and how they sign.
type Options struct {
	Region                                     string
	AccessKeyID, SecretAccessKey, SessionToken string
	// S3Endpoint and DynamoDBEndpoint override the services' endpoints when set.
	S3Endpoint, DynamoDBEndpoint string
	// PathStyle makes the S3 client work with S3-compatible servers: path-style addressing,
	// and checksums only when required (with the SDK's defaults some servers store
	// aws-chunked bodies corrupted).
	PathStyle bool
	// RetryMaxBackoff caps the wait between retries (the SDK's default, 20 s, when zero).
	RetryMaxBackoff time.Duration
	// MaxAttempts is how many times a request is tried (5 when zero); HTTPTimeout bounds each
	// attempt (30 s for S3, 10 s for DynamoDB when zero). A caller with a short deadline, such
	// as the API, makes both small enough to answer inside it.
	MaxAttempts int
	HTTPTimeout time.Duration
}

// FromEnv builds the clients from env, with tune's changes to the options. A missing region
// or a bad S3_FORCE_PATH_STYLE is refused (env.Err reports it with the function's own).
func FromEnv(env *Env, tune ...func(*Options)) Clients {
	region := env.String("AWS_REGION", env.String("AWS_DEFAULT_REGION", ""))
	if region == "" {
		env.Refuse("AWS_REGION", "the AWS region (Lambda sets it)")
	}
	o := Options{
		Region:      region,
		AccessKeyID: env.String("AWS_ACCESS_KEY_ID", ""), SecretAccessKey: env.String("AWS_SECRET_ACCESS_KEY", ""),
		SessionToken: env.String("AWS_SESSION_TOKEN", ""),
		S3Endpoint:   env.String("AWS_ENDPOINT_URL_S3", ""), DynamoDBEndpoint: env.String("AWS_ENDPOINT_URL_DYNAMODB", ""),
		PathStyle: env.Bool("S3_FORCE_PATH_STYLE"),
	}
	for _, f := range tune {
		f(&o)
	}
	return New(o)
}

// New builds the clients. HTTP clients are set in the service options (the place that does
// not conflict with AWS_CA_BUNDLE).
func New(o Options) Clients {
	cfg := aws.Config{
		Region: o.Region,
		Credentials: aws.NewCredentialsCache(credentials.NewStaticCredentialsProvider(
			o.AccessKeyID, o.SecretAccessKey, o.SessionToken)),
		RetryMaxAttempts: cmp.Or(o.MaxAttempts, 5),
	}
	if o.RetryMaxBackoff > 0 {
		cfg.Retryer = func() aws.Retryer {
			return retry.NewStandard(func(so *retry.StandardOptions) {
				so.MaxAttempts = cfg.RetryMaxAttempts
				so.MaxBackoff = o.RetryMaxBackoff
			})
		}
	}
	return Clients{
		Config: cfg,
		S3: s3.NewFromConfig(cfg, func(so *s3.Options) {
			so.HTTPClient = &http.Client{Timeout: cmp.Or(o.HTTPTimeout, 30*time.Second)}
			if o.S3Endpoint != "" {
				so.BaseEndpoint = aws.String(o.S3Endpoint)
			}
			if o.PathStyle {
				so.UsePathStyle = true
				so.RequestChecksumCalculation = aws.RequestChecksumCalculationWhenRequired
				so.ResponseChecksumValidation = aws.ResponseChecksumValidationWhenRequired
			}
		}),
		DynamoDB: dynamodb.NewFromConfig(cfg, func(do *dynamodb.Options) {
			do.HTTPClient = &http.Client{Timeout: cmp.Or(o.HTTPTimeout, 10*time.Second)}
			if o.DynamoDBEndpoint != "" {
				do.BaseEndpoint = aws.String(o.DynamoDBEndpoint)
			}
		}),
	}
}
