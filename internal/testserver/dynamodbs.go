package testserver

import (
	"net/http/httptest"
	"os"
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/truora/minidyn/server"
)

// DynamoDBServer is a DynamoDB-compatible server the product runs on.
type DynamoDBServer struct {
	Name string
	// Start starts the server for the test's lifetime and returns a client for it.
	Start func(testing.TB) *dynamodb.Client
}

// DynamoDBServers are the servers every storage test runs against: dynalite (as in CI and
// behind `precis local --dynamodb-endpoint`) and minidyn, embedded in `precis local` by
// default. They differ where DynamoDB's documentation is loose; the product must work on both.
func DynamoDBServers() []DynamoDBServer {
	return []DynamoDBServer{
		{"dynalite", func(tb testing.TB) *dynamodb.Client { return StartDynamoDB(tb).Client }},
		{"minidyn", StartMinidyn},
	}
}

// StartMinidyn serves minidyn (in memory) on 127.0.0.1 and returns a client for it.
func StartMinidyn(tb testing.TB) *dynamodb.Client { return startMinidyn(tb).Client }

func startMinidyn(tb testing.TB) *DynamoDB {
	srv := httptest.NewServer(server.NewServer())
	tb.Cleanup(srv.Close)
	return &DynamoDB{URL: srv.URL, Client: DynamoDBClient(srv.URL)}
}

// UseCaseServerEnv names the environment variable that picks the DynamoDB-compatible server
// of the use-case tests (packages ingest and api): "minidyn" (the default, in-process, so
// that a fresh clone runs them with nothing installed) or "dynalite". `make unit` runs those
// packages a second time on dynalite when it is installed.
const UseCaseServerEnv = "PRECIS_TEST_DYNAMODB"

// StartUseCaseDynamoDB starts the server UseCaseServerEnv names for the test's lifetime.
func StartUseCaseDynamoDB(tb testing.TB) *DynamoDB {
	tb.Helper()
	switch v := os.Getenv(UseCaseServerEnv); v {
	case "", "minidyn":
		return startMinidyn(tb)
	case "dynalite":
		return StartDynamoDB(tb)
	default:
		tb.Fatalf("%s=%q: want minidyn or dynalite", UseCaseServerEnv, v)
		return nil
	}
}
