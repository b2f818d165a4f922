package store

import (
	"cmp"
	"context"
	"encoding/binary"
	"encoding/hex"
	"fmt"
	"slices"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/feature/dynamodb/attributevalue"
	"github.com/aws/aws-sdk-go-v2/feature/dynamodb/expression"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"

	"github.com/precis-news/precis/shared/article"
)

// ListingShards is how many index partitions the newest-first listing is spread over: every
// write of a record is copied into the index, and one partition takes at most 1,000 write
// units a second. A listing page queries each shard and merges them.
const ListingShards = 4

// ListedAttributes are the attributes the index holds besides its keys and the table's: what
// List reads, and nothing of the summary (template.yaml's NonKeyAttributes say the same).
var ListedAttributes = []string{"status", "key", "bucket", "size", "title", "reason", "created_at", "updated_at"}

// listingShard is the index partition of a record: a fixed function of its id.
func listingShard(id string) string {
	b, err := hex.DecodeString(id)
	n := uint32(0)
	if err == nil && len(b) >= 4 {
		n = binary.BigEndian.Uint32(b)
	}
	return fmt.Sprintf("%s#%d", article.ListingPartition, n%ListingShards)
}

// before orders listed items newest first, then by id, descending.
func before(a, b item) int {
	return cmp.Or(cmp.Compare(b.UpdatedNs, a.UpdatedNs), cmp.Compare(b.ID, a.ID))
}

// List returns up to limit records, newest first, after the position (nil: from the start),
// and the position of the page's end (nil when there is no more). Each shard gives its
// newest limit items after the position: their merge holds the page.
func (s *DynamoDB) List(ctx context.Context, limit int, after *article.Position) ([]article.Record, *article.Position, error) {
	names := make([]expression.NameBuilder, 0, len(ListedAttributes)+2)
	for _, a := range append([]string{"id", "updated_ns"}, ListedAttributes...) {
		names = append(names, expression.Name(a))
	}
	proj := expression.NamesList(names[0], names[1:]...)
	var all []item
	more := false
	for shard := range ListingShards {
		keyCond := expression.Key("listing").Equal(expression.Value(fmt.Sprintf("%s#%d", article.ListingPartition, shard)))
		if after != nil {
			keyCond = keyCond.And(expression.Key("updated_ns").LessThanEqual(expression.Value(after.UpdatedNs)))
		}
		expr, err := expression.NewBuilder().WithKeyCondition(keyCond).WithProjection(proj).Build()
		if err != nil {
			return nil, nil, fmt.Errorf("store: list: %w", err)
		}
		out, err := s.api.Query(ctx, &dynamodb.QueryInput{
			TableName: aws.String(s.table), IndexName: aws.String(IndexName),
			KeyConditionExpression: expr.KeyCondition(), ProjectionExpression: expr.Projection(),
			ExpressionAttributeNames: expr.Names(), ExpressionAttributeValues: expr.Values(),
			// One more than the page: an item at the position itself is skipped below.
			ScanIndexForward: aws.Bool(false), Limit: aws.Int32(int32(limit + 1)),
		})
		if err != nil {
			return nil, nil, fmt.Errorf("store: list: %w", err)
		}
		var items []item
		if err := attributevalue.UnmarshalListOfMaps(out.Items, &items); err != nil {
			return nil, nil, fmt.Errorf("store: list: %w", err)
		}
		more = more || len(out.LastEvaluatedKey) > 0
		for _, it := range items {
			if after == nil || before(item{Record: article.Record{ID: after.ID}, UpdatedNs: after.UpdatedNs}, it) < 0 {
				all = append(all, it)
			}
		}
	}
	slices.SortFunc(all, before)
	if len(all) > limit {
		all, more = all[:limit], true
	}
	recs := make([]article.Record, len(all))
	for i, it := range all {
		recs[i] = it.Record
	}
	var next *article.Position
	if more && len(all) > 0 {
		last := all[len(all)-1]
		next = &article.Position{ID: last.ID, UpdatedNs: last.UpdatedNs}
	}
	return recs, next, nil
}
