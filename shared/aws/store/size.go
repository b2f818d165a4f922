package store

import (
	"errors"
	"fmt"

	"github.com/aws/aws-sdk-go-v2/feature/dynamodb/attributevalue"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb/types"
	"github.com/aws/smithy-go"

	"github.com/precis-news/precis/shared/article"
)

// Item sizes.
const (
	// ItemLimit is DynamoDB's largest item, 400 KB: a larger write is refused with a
	// ValidationException.
	ItemLimit = 400 * 1024
	// ItemBudget is what a record's item is shed to fit (article.Shed): well under the limit,
	// and few write units (one per KB, paid again by the index).
	ItemBudget = 64 * 1024
)

// ItemSize is an item's size as DynamoDB counts it against the item limit and for capacity
// units: attribute names and values in UTF-8 bytes, numbers at their largest, 3 bytes for a
// list or map plus 1 per element.
func ItemSize(item map[string]types.AttributeValue) int {
	n := 0
	for k, v := range item {
		n += len(k) + valueSize(v)
	}
	return n
}

func valueSize(v types.AttributeValue) int {
	switch v := v.(type) {
	case *types.AttributeValueMemberS:
		return len(v.Value)
	case *types.AttributeValueMemberN:
		return len(v.Value)/2 + 2
	case *types.AttributeValueMemberB:
		return len(v.Value)
	case *types.AttributeValueMemberBOOL, *types.AttributeValueMemberNULL:
		return 1
	case *types.AttributeValueMemberSS:
		return sumOf(v.Value, func(s string) int { return len(s) })
	case *types.AttributeValueMemberNS:
		return sumOf(v.Value, func(s string) int { return len(s)/2 + 2 })
	case *types.AttributeValueMemberBS:
		return sumOf(v.Value, func(b []byte) int { return len(b) })
	case *types.AttributeValueMemberL:
		n := 3
		for _, e := range v.Value {
			n += 1 + valueSize(e)
		}
		return n
	case *types.AttributeValueMemberM:
		n := 3
		for k, e := range v.Value {
			n += 1 + len(k) + valueSize(e)
		}
		return n
	}
	return 0
}

func sumOf[T any](list []T, size func(T) int) int {
	n := 0
	for _, e := range list {
		n += size(e)
	}
	return n
}

// marshalFitted is rec's item, with every field bounded and, while it is over ItemBudget,
// the optional parts of its summary shed. An item still over ItemLimit is refused here,
// without a request.
func marshalFitted(rec article.Record) (map[string]types.AttributeValue, error) {
	rec.Bound()
	for {
		av, err := attributevalue.MarshalMap(item{Record: rec, UpdatedNs: rec.CreatedAt.UnixNano()})
		if err != nil {
			return nil, fmt.Errorf("store: marshal %s: %w", rec.ID, err)
		}
		size := ItemSize(av)
		if size <= ItemBudget || !rec.Shed() {
			if size > ItemLimit {
				return nil, fmt.Errorf("store: %s is %d bytes, over DynamoDB's %d: %w", rec.ID, size, ItemLimit, article.ErrRefused)
			}
			return av, nil
		}
	}
}

// refused reports whether DynamoDB refused a request as invalid (ValidationException):
// a retry would be refused the same way.
func refused(err error) bool {
	var apiErr smithy.APIError
	return errors.As(err, &apiErr) && apiErr.ErrorCode() == "ValidationException"
}
