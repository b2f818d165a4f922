package devstack

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net/http"

	"github.com/aws/aws-sdk-go-v2/service/dynamodb/types"
	"github.com/truora/minidyn/server"

	"github.com/precis-news/precis/shared/aws/store"
)

// maxRequestBytes bounds a request body read by EmbeddedDynamoDB: DynamoDB's own limit.
const maxRequestBytes = 16 << 20

// EmbeddedDynamoDB is the embedded DynamoDB-compatible server (minidyn), refusing what
// DynamoDB refuses and minidyn does not check: a PutItem (the store's only kind of write) of
// an item over DynamoDB's 400 KB fails with DynamoDB's ValidationException. Without it the
// local stack stores records a deployment cannot.
func EmbeddedDynamoDB() http.Handler {
	next := server.NewServer()
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("X-Amz-Target") != "DynamoDB_20120810.PutItem" {
			next.ServeHTTP(w, r)
			return
		}
		body, err := io.ReadAll(io.LimitReader(r.Body, maxRequestBytes+1))
		if err != nil || len(body) > maxRequestBytes {
			validationError(w, "the request could not be read or is too large")
			return
		}
		var in struct {
			Item map[string]*server.AttributeValue
		}
		if err := json.Unmarshal(body, &in); err != nil {
			validationError(w, "the request is not valid JSON")
			return
		}
		item := make(map[string]types.AttributeValue, len(in.Item))
		for k, v := range in.Item {
			item[k] = sdkValue(v)
		}
		if size := store.ItemSize(item); size > store.ItemLimit {
			validationError(w, fmt.Sprintf("Item size has exceeded the maximum allowed size (%d bytes)", size))
			return
		}
		r.Body = io.NopCloser(bytes.NewReader(body))
		r.ContentLength = int64(len(body))
		next.ServeHTTP(w, r)
	})
}

// validationError answers as DynamoDB does for an invalid request.
func validationError(w http.ResponseWriter, msg string) {
	w.Header().Set("Content-Type", "application/x-amz-json-1.0")
	w.WriteHeader(http.StatusBadRequest)
	_ = json.NewEncoder(w).Encode(map[string]string{"__type": "com.amazon.coral.validate#ValidationException", "message": msg})
}

// sdkValue is a wire-format attribute value as the SDK's type, for sizing.
func sdkValue(v *server.AttributeValue) types.AttributeValue {
	switch {
	case v == nil:
		return &types.AttributeValueMemberNULL{Value: true}
	case v.S != nil:
		return &types.AttributeValueMemberS{Value: *v.S}
	case v.N != nil:
		return &types.AttributeValueMemberN{Value: *v.N}
	case v.B != nil:
		return &types.AttributeValueMemberB{Value: v.B}
	case v.BOOL != nil:
		return &types.AttributeValueMemberBOOL{Value: *v.BOOL}
	case v.SS != nil:
		return &types.AttributeValueMemberSS{Value: setMembers(v.SS)}
	case v.NS != nil:
		return &types.AttributeValueMemberNS{Value: setMembers(v.NS)}
	case v.BS != nil:
		return &types.AttributeValueMemberBS{Value: v.BS}
	case v.L != nil:
		out := &types.AttributeValueMemberL{Value: make([]types.AttributeValue, len(v.L))}
		for i, e := range v.L {
			out.Value[i] = sdkValue(e)
		}
		return out
	case v.M != nil:
		out := &types.AttributeValueMemberM{Value: make(map[string]types.AttributeValue, len(v.M))}
		for k, e := range v.M {
			out.Value[k] = sdkValue(e)
		}
		return out
	}
	return &types.AttributeValueMemberNULL{Value: true}
}

// setMembers are the set's members, nil ones left out.
func setMembers(set []*string) []string {
	out := make([]string, 0, len(set))
	for _, s := range set {
		if s != nil {
			out = append(out, *s)
		}
	}
	return out
}
