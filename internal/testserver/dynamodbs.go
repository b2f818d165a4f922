package testserver

import (
	"net/http/httptest"
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
func StartMinidyn(tb testing.TB) *dynamodb.Client {
	srv := httptest.NewServer(server.NewServer())
	tb.Cleanup(srv.Close)
	return DynamoDBClient(srv.URL)
}
