package store

import (
	"github.com/aws/aws-sdk-go-v2/feature/dynamodb/attributevalue"

	"github.com/precis-news/precis/shared/article"
)

// Fitted is rec as the store writes it: every field bounded and, over the item budget, the
// optional parts shed. A round trip must read back exactly this.
func Fitted(rec article.Record) (article.Record, error) {
	av, err := marshalFitted(rec)
	if err != nil {
		return article.Record{}, err
	}
	var it item
	err = attributevalue.UnmarshalMap(av, &it)
	return it.Record, err
}
