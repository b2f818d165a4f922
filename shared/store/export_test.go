package store

import (
	"github.com/aws/aws-sdk-go-v2/feature/dynamodb/attributevalue"

	"github.com/precis-news/precis/shared/record"
)

// Fitted is rec as the store writes it: every field bounded and, over the item budget, the
// optional parts shed. A round trip must read back exactly this.
func Fitted(rec record.Record) (record.Record, error) {
	av, err := marshalFitted(rec)
	if err != nil {
		return record.Record{}, err
	}
	var it item
	err = attributevalue.UnmarshalMap(av, &it)
	return it.Record, err
}
