package apiclient_test

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"net/http"
	"time"

	v4 "github.com/aws/aws-sdk-go-v2/aws/signer/v4"
	"github.com/aws/aws-sdk-go-v2/config"

	"github.com/precis-news/precis/shared/api/apiclient"
)

// A deployed API requires IAM authorisation: sign each request with SigV4 for the service
// execute-api, here with the credentials and region of the default AWS configuration.
func ExampleNewClientWithResponses_signed() {
	ctx := context.Background()
	cfg, err := config.LoadDefaultConfig(ctx)
	if err != nil {
		panic(err)
	}
	signer := v4.NewSigner()
	sign := func(ctx context.Context, req *http.Request) error {
		var body []byte
		if req.Body != nil {
			if body, err = io.ReadAll(req.Body); err != nil {
				return err
			}
			req.Body = io.NopCloser(bytes.NewReader(body))
		}
		creds, err := cfg.Credentials.Retrieve(ctx)
		if err != nil {
			return err
		}
		sum := sha256.Sum256(body)
		return signer.SignHTTP(ctx, creds, req, hex.EncodeToString(sum[:]), "execute-api", cfg.Region, time.Now())
	}
	c, err := apiclient.NewClientWithResponses("https://abcdef1234.execute-api.us-east-1.amazonaws.com",
		apiclient.WithRequestEditorFn(sign))
	if err != nil {
		panic(err)
	}
	ten := 10
	resp, err := c.ListSummariesWithResponse(ctx, &apiclient.ListSummariesParams{Limit: &ten})
	if err != nil || resp.JSON200 == nil {
		panic(fmt.Sprint(err, resp))
	}
	page, _ := resp.JSON200.AsList()
	for _, it := range page.Items {
		fmt.Println(it.Id, it.Status, it.Title)
	}
}
