// Command hello is the smallest Go Lambda function: the baseline that BenchmarkColdStart
// compares the real functions' cold starts with.
package main

import (
	"context"
	"encoding/json"

	"github.com/aws/aws-lambda-go/lambda"
)

func main() {
	lambda.Start(func(context.Context, json.RawMessage) (string, error) { return "{}", nil })
}
