// Package testserver starts real wire-protocol servers on 127.0.0.1 for tests and returns
// real aws-sdk-go-v2 clients pointed at them: an in-process S3 server (gofakes3) and a
// DynamoDB-compatible server (dynalite, installed by .ci/run with npm into .ci/servers).
//
// When dynalite is not installed the tests that need it skip with a message, unless
// PRECIS_REQUIRE_SERVERS is set (as CI sets it), when they fail. Each skip also adds a line
// to the file PRECIS_SKIP_LOG names, which `make test` counts and prints (go test shows
// skips only with -v).
package testserver

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/precis-news/precis/internal/checkout"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/s3"
	"github.com/johannesboyne/gofakes3"
	"github.com/johannesboyne/gofakes3/backend/s3mem"

	"github.com/precis-news/precis/shared/aws/client"
)

// Region is the region the clients sign for.
const Region = "us-east-1"

// S3 is an in-process S3 server.
type S3 struct {
	URL    string
	Client *s3.Client
}

// StartS3 serves gofakes3 (in memory) on 127.0.0.1 and creates the buckets.
func StartS3(tb testing.TB, buckets ...string) *S3 {
	tb.Helper()
	srv := httptest.NewServer(gofakes3.New(s3mem.New()).Server())
	tb.Cleanup(srv.Close)
	c := S3Client(srv.URL)
	for _, b := range buckets {
		if _, err := c.CreateBucket(context.Background(), &s3.CreateBucketInput{Bucket: aws.String(b)}); err != nil {
			tb.Fatalf("create bucket %s: %v", b, err)
		}
	}
	return &S3{URL: srv.URL, Client: c}
}

// S3Client is a client for an S3-compatible endpoint, built as the functions build theirs:
// path-style addressing, and checksums only when required (with the SDK's defaults
// gofakes3 stores aws-chunked bodies corrupted).
func S3Client(endpoint string) *s3.Client {
	return client.New(options(endpoint, "")).S3
}

func options(s3Endpoint, dynamoDBEndpoint string) client.Options {
	return client.Options{
		Region: Region, AccessKeyID: "test", SecretAccessKey: "test",
		S3Endpoint: s3Endpoint, DynamoDBEndpoint: dynamoDBEndpoint, PathStyle: true,
	}
}

// DynamoDB is a running DynamoDB-compatible server (dynalite or minidyn).
type DynamoDB struct {
	URL    string
	Client *dynamodb.Client
}

// StartDynamoDB starts dynalite on loopback for the test's lifetime. dynalite picks its own
// port (listening on port 0) and says which: a port chosen here and handed to it could be
// taken by another process in between, and its CLI would listen on every interface.
func StartDynamoDB(tb testing.TB) *DynamoDB {
	tb.Helper()
	cli, err := dynaliteCLI()
	if err != nil {
		missing(tb, "dynalite", err, "make servers, or npm install --prefix .ci/servers")
	}
	script := `const s = require(process.argv[1])({}).listen(0, "127.0.0.1", () => console.log(s.address().port))`
	cmd := exec.Command("node", "-e", script, filepath.Join(filepath.Dir(cli), "index.js"))
	cmd.Stderr = os.Stderr
	out, err := cmd.StdoutPipe()
	if err != nil {
		tb.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		tb.Fatalf("start dynalite: %v", err)
	}
	tb.Cleanup(func() {
		_ = cmd.Process.Kill()
		_ = cmd.Wait()
	})
	port := make(chan string, 1)
	go func() {
		line, _ := bufio.NewReader(out).ReadString('\n')
		port <- strings.TrimSpace(line)
		_, _ = io.Copy(io.Discard, out)
	}()
	var p string
	select {
	case p = <-port:
	case <-time.After(30 * time.Second):
		tb.Fatal("dynalite did not start in 30 s")
	}
	if _, err := strconv.Atoi(p); err != nil {
		tb.Fatalf("dynalite did not say its port: %q", p)
	}
	url := "http://127.0.0.1:" + p
	return &DynamoDB{URL: url, Client: DynamoDBClient(url)}
}

// SkipLogEnv names the environment variable holding the file to which each test skipped
// for want of a server appends one line: "<server>: <why> (run: <install>)".
const SkipLogEnv = "PRECIS_SKIP_LOG"

// missing skips the test for a server that is not installed, or fails it when
// PRECIS_REQUIRE_SERVERS is set, saying how to install the server.
func missing(tb testing.TB, server string, err error, install string) {
	tb.Helper()
	if os.Getenv("PRECIS_REQUIRE_SERVERS") != "" {
		tb.Fatalf("%s: %v (PRECIS_REQUIRE_SERVERS is set; run: %s)", server, err, install)
	}
	line := fmt.Sprintf("%s: %v (run: %s)", server, err, install)
	if path := os.Getenv(SkipLogEnv); path != "" {
		// One short O_APPEND write per skip: the test binaries of several packages share
		// the file.
		if f, ferr := os.OpenFile(path, os.O_WRONLY|os.O_APPEND|os.O_CREATE, 0o600); ferr == nil {
			_, _ = f.WriteString(line + "\n")
			_ = f.Close()
		}
	}
	tb.Skip("skipping: " + line)
}

// DynamoDBClient is a client for a DynamoDB-compatible endpoint.
func DynamoDBClient(endpoint string) *dynamodb.Client {
	return client.New(options("", endpoint)).DynamoDB
}

// dynaliteCLI finds dynalite's entry point under .ci/servers at the repository root.
func dynaliteCLI() (string, error) {
	if _, err := exec.LookPath("node"); err != nil {
		return "", fmt.Errorf("node is not installed")
	}
	root, err := checkout.Root()
	if err != nil {
		return "", err
	}
	cli := filepath.Join(root, ".ci", "servers", "node_modules", "dynalite", "cli.js")
	if _, err := os.Stat(cli); err != nil {
		return "", fmt.Errorf("dynalite is not installed at %s", cli)
	}
	return cli, nil
}
