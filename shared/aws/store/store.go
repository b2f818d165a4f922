// Package store keeps article records in DynamoDB: one item per article, written with
// condition expressions so that duplicate and out-of-order S3 events never produce a second
// summary or overwrite a newer upload, and a global secondary index to list newest first.
//
// Table design (template.yaml creates it):
//
//	id (S, partition key)              article.ID of the bucket and key
//	listing (S) + updated_ns (N)       GSI "by_updated": ListingShards partitions, each newest
//	                                   first, merged when read; only the listed attributes
//	sequencer (S)                      S3's event sequencer, zero-padded: compared as a string
//	status, lease_until, ...           see article.Record
//
// No transactions: every state change is a single conditional write.
//
// Quotes by speaker (speakers.go): quote entries and speakers are items of the same table,
// in two more sparse indexes, by_speaker (spk_shard, spk_at) and by_speaker_name
// (spk_initial, spk_key); Finish, Resummarize and Delete keep an article's entries in step
// with its record, and a article.Duplicate claim repairs them. speakers.go says how.
package store

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/feature/dynamodb/attributevalue"
	"github.com/aws/aws-sdk-go-v2/feature/dynamodb/expression"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb/types"

	"github.com/precis-news/precis/shared/article"
)

// IndexName is the newest-first index.
const IndexName = "by_updated"

// API is the part of the DynamoDB client the store uses.
type API interface {
	PutItem(context.Context, *dynamodb.PutItemInput, ...func(*dynamodb.Options)) (*dynamodb.PutItemOutput, error)
	GetItem(context.Context, *dynamodb.GetItemInput, ...func(*dynamodb.Options)) (*dynamodb.GetItemOutput, error)
	DeleteItem(context.Context, *dynamodb.DeleteItemInput, ...func(*dynamodb.Options)) (*dynamodb.DeleteItemOutput, error)
	Query(context.Context, *dynamodb.QueryInput, ...func(*dynamodb.Options)) (*dynamodb.QueryOutput, error)
	UpdateItem(context.Context, *dynamodb.UpdateItemInput, ...func(*dynamodb.Options)) (*dynamodb.UpdateItemOutput, error)
	BatchGetItem(context.Context, *dynamodb.BatchGetItemInput, ...func(*dynamodb.Options)) (*dynamodb.BatchGetItemOutput, error)
	BatchWriteItem(context.Context, *dynamodb.BatchWriteItemInput, ...func(*dynamodb.Options)) (*dynamodb.BatchWriteItemOutput, error)
}

// DynamoDB is the store on a DynamoDB table.
type DynamoDB struct {
	api   API
	table string
}

// New returns a store on the table.
func New(api API, table string) *DynamoDB { return &DynamoDB{api: api, table: table} }

func isConditionFailed(err error) bool {
	var ccf *types.ConditionalCheckFailedException
	return errors.As(err, &ccf)
}

// article.Claim records rec (status pending) for its event unless the article already belongs to a
// newer event, or to this same event (processed, or in progress under an unexpired lease).
func (s *DynamoDB) Claim(ctx context.Context, rec article.Record, now time.Time, lease time.Duration) (article.Claim, error) {
	c, _, err := s.ClaimReplacing(ctx, rec, now, lease)
	return c, err
}

// ErrContention means the record kept changing under a claim: the event should be retried.
var ErrContention = errors.New("store: the record kept changing during the claim")

// claimTries bounds the read-then-write attempts of a claim under concurrent writers.
const claimTries = 5

// ClaimReplacing is article.Claim, and also returns the record the claim replaced (the zero Record
// when there was none): its cleaned text (TextKey) belongs to no record any more, and its
// Timeouts count the attempts of the same event that ran out of time.
//
// rec.CreatedAt should be when the object was uploaded; a zero one becomes now. The same
// CreatedAt must be given to Release and Finish (they write the whole item).
func (s *DynamoDB) ClaimReplacing(ctx context.Context, rec article.Record, now time.Time, lease time.Duration) (article.Claim, article.Record, error) {
	rec.Status = article.Pending
	rec.LeaseUntil = now.Add(lease).UnixNano()
	rec.CreatedAt, rec.UpdatedAt = createdAt(rec, now), now
	seq := expression.Value(rec.Sequencer)
	claimable := expression.AttributeNotExists(expression.Name("id")).
		Or(expression.Name("sequencer").LessThan(seq)).
		Or(expression.Name("sequencer").Equal(seq).
			And(expression.Name("status").Equal(expression.Value(article.Pending))).
			And(expression.Name("lease_until").LessThan(expression.Value(now.UnixNano()))))
	for range claimTries {
		cur, err := s.Get(ctx, rec.ID)
		found := err == nil
		if err != nil && !errors.Is(err, article.ErrNotFound) {
			return 0, article.Record{}, err
		}
		if found {
			if c, decided := claimOutcome(cur, rec, now); decided {
				if c == article.Duplicate {
					// The event came back: its quotes' entries may not all have been written.
					return c, article.Record{}, s.indexQuotes(ctx, cur)
				}
				return c, article.Record{}, nil
			}
		}
		// The write also requires the text key just read, so that the replaced record
		// returned is the one the claim replaced: its text is then the caller's to delete.
		unchanged := expression.AttributeNotExists(expression.Name("text_key"))
		if cur.TextKey != "" {
			unchanged = expression.Name("text_key").Equal(expression.Value(cur.TextKey))
		}
		err = s.put(ctx, rec, claimable.And(unchanged))
		if err == nil {
			return article.Claimed, cur, nil
		}
		if !isConditionFailed(err) {
			return 0, article.Record{}, err
		}
	}
	return 0, article.Record{}, fmt.Errorf("store: claim %s: %w", rec.ID, ErrContention)
}

// claimOutcome decides a claim from the current record, unless the claim is to be written.
func claimOutcome(cur, rec article.Record, now time.Time) (article.Claim, bool) {
	switch {
	case cur.Sequencer > rec.Sequencer:
		return article.Stale, true
	case cur.Sequencer < rec.Sequencer:
		return 0, false
	case cur.Status != article.Pending:
		return article.Duplicate, true
	case cur.LeaseUntil < now.UnixNano():
		return 0, false // the holder crashed or released the claim: take it over
	case rec.ClaimToken != "" && cur.ClaimToken == rec.ClaimToken:
		return article.Claimed, true // our own write, retried after its reply was lost
	}
	return article.InProgress, true
}

// createdAt is rec's creation time, now when it has none: a record never stores the zero
// time.
func createdAt(rec article.Record, now time.Time) time.Time {
	if rec.CreatedAt.IsZero() {
		return now
	}
	return rec.CreatedAt
}

// Release gives up rec's claim (rec.ClaimToken), leaving the article pending with no lease,
// so that a retry of the event can claim it at once. It does nothing if another invocation
// holds the article or it is finished.
func (s *DynamoDB) Release(ctx context.Context, rec article.Record, now time.Time) error {
	rec.Status = article.Pending
	rec.LeaseUntil = 0
	rec.CreatedAt, rec.UpdatedAt = createdAt(rec, now), now
	cond := expression.Name("claim_token").Equal(expression.Value(rec.ClaimToken)).And(pendingFor(rec))
	if err := s.put(ctx, rec, cond); err != nil && !isConditionFailed(err) {
		return fmt.Errorf("store: release %s: %w", rec.ID, err)
	}
	return nil
}

// Finish writes the final state (done or failed) if rec's event still owns the article.
func (s *DynamoDB) Finish(ctx context.Context, rec article.Record, now time.Time) error {
	rec.CreatedAt, rec.UpdatedAt = createdAt(rec, now), now
	rec.LeaseUntil = 0
	err := s.put(ctx, rec, pendingFor(rec))
	if isConditionFailed(err) {
		// The SDK retries a write whose reply was lost (minidyn garbles some replies to
		// large items); the retry then finds the record finished: by this very write?
		if cur, gerr := s.Get(ctx, rec.ID); gerr == nil && cur.Sequencer == rec.Sequencer &&
			cur.Status == rec.Status && cur.ClaimToken == rec.ClaimToken && cur.UpdatedAt.Equal(now) {
			return s.indexQuotes(ctx, rec)
		}
		return fmt.Errorf("store: finish %s: %w", rec.ID, article.ErrSuperseded)
	}
	if err != nil {
		return err
	}
	return s.indexQuotes(ctx, rec)
}

// pendingFor is true while the article is still pending for rec's event.
func pendingFor(rec article.Record) expression.ConditionBuilder {
	return expression.Name("sequencer").Equal(expression.Value(rec.Sequencer)).
		And(expression.Name("status").Equal(expression.Value(article.Pending)))
}

// item is how a record is stored: the record plus the index's sort key.
type item struct {
	article.Record
	// UpdatedNs orders the newest-first listing. It holds the upload's time (CreatedAt), not
	// the last write's: processing an article again (a retry, a local stack's restart) must
	// not move it to the top. The attribute keeps its name, which the deployed index uses.
	UpdatedNs int64 `dynamodbav:"updated_ns"`
}

func (s *DynamoDB) put(ctx context.Context, rec article.Record, cond expression.ConditionBuilder) error {
	rec.Listing = listingShard(rec.ID) // every record is in the newest-first listing
	av, err := marshalFitted(rec)
	if err != nil {
		return err
	}
	// An empty list is stored as no attribute, which reads back as an empty (nil) slice:
	// minidyn, the DynamoDB embedded in the local stack, reads {"L":[]} back as {}, which
	// does not decode into a slice.
	for name, v := range av {
		if l, ok := v.(*types.AttributeValueMemberL); ok && len(l.Value) == 0 {
			delete(av, name)
		}
	}
	expr, err := expression.NewBuilder().WithCondition(cond).Build()
	if err != nil {
		return fmt.Errorf("store: condition: %w", err)
	}
	_, err = s.api.PutItem(ctx, &dynamodb.PutItemInput{
		TableName: aws.String(s.table), Item: av,
		ConditionExpression:       expr.Condition(),
		ExpressionAttributeNames:  expr.Names(),
		ExpressionAttributeValues: expr.Values(),
	})
	if refused(err) {
		return fmt.Errorf("store: put %s: %w: %w", rec.ID, article.ErrRefused, err)
	}
	if err != nil && !isConditionFailed(err) {
		return fmt.Errorf("store: put %s: %w", rec.ID, err)
	}
	return err
}

// Get reads a record (strongly consistent).
func (s *DynamoDB) Get(ctx context.Context, id string) (article.Record, error) {
	out, err := s.api.GetItem(ctx, &dynamodb.GetItemInput{
		TableName: aws.String(s.table), ConsistentRead: aws.Bool(true),
		Key: map[string]types.AttributeValue{"id": &types.AttributeValueMemberS{Value: id}},
	})
	if refused(err) {
		return article.Record{}, fmt.Errorf("store: get %s: %w: %w", id, article.ErrRefused, err)
	}
	if err != nil {
		return article.Record{}, fmt.Errorf("store: get %s: %w", id, err)
	}
	if out.Item == nil {
		return article.Record{}, article.ErrNotFound
	}
	var it item
	if err := attributevalue.UnmarshalMap(out.Item, &it); err != nil {
		return article.Record{}, fmt.Errorf("store: unmarshal %s: %w", id, err)
	}
	return it.Record, nil
}

// Delete removes the record of an object deleted by the event with sequencer seq, unless a
// newer upload of the key has been recorded since, and returns the record removed (the zero
// Record when there was none): its cleaned text (TextKey) is the caller's to delete.
func (s *DynamoDB) Delete(ctx context.Context, id, seq string) (article.Record, error) {
	cond := expression.AttributeNotExists(expression.Name("id")).
		Or(expression.Name("sequencer").LessThanEqual(expression.Value(seq)))
	expr, err := expression.NewBuilder().WithCondition(cond).Build()
	if err != nil {
		return article.Record{}, fmt.Errorf("store: condition: %w", err)
	}
	out, err := s.api.DeleteItem(ctx, &dynamodb.DeleteItemInput{
		TableName:           aws.String(s.table),
		Key:                 map[string]types.AttributeValue{"id": &types.AttributeValueMemberS{Value: id}},
		ConditionExpression: expr.Condition(), ExpressionAttributeNames: expr.Names(), ExpressionAttributeValues: expr.Values(),
		ReturnValues: types.ReturnValueAllOld,
	})
	if isConditionFailed(err) {
		return article.Record{}, fmt.Errorf("store: delete %s: %w", id, article.ErrSuperseded)
	}
	if err != nil {
		return article.Record{}, fmt.Errorf("store: delete %s: %w", id, err)
	}
	var old item
	if err := attributevalue.UnmarshalMap(out.Attributes, &old); err != nil {
		return article.Record{}, fmt.Errorf("store: deleted %s: %w", id, err)
	}
	return old.Record, s.unindexQuotes(ctx, id, seq)
}

// TableAPI is the part of the client CreateTable uses.
type TableAPI interface {
	CreateTable(context.Context, *dynamodb.CreateTableInput, ...func(*dynamodb.Options)) (*dynamodb.CreateTableOutput, error)
	DescribeTable(context.Context, *dynamodb.DescribeTableInput, ...func(*dynamodb.Options)) (*dynamodb.DescribeTableOutput, error)
}

// CreateTable creates the table as template.yaml declares it, for local stacks and tests, and
// waits until it is active. It does not rely on the SDK's waiter: some DynamoDB-compatible
// servers leave TableStatus empty.
func CreateTable(ctx context.Context, api TableAPI, table string) error {
	_, err := api.CreateTable(ctx, &dynamodb.CreateTableInput{
		TableName:   aws.String(table),
		BillingMode: types.BillingModePayPerRequest,
		AttributeDefinitions: append([]types.AttributeDefinition{
			{AttributeName: aws.String("id"), AttributeType: types.ScalarAttributeTypeS},
			{AttributeName: aws.String("listing"), AttributeType: types.ScalarAttributeTypeS},
			{AttributeName: aws.String("updated_ns"), AttributeType: types.ScalarAttributeTypeN},
		}, speakerAttributes...),
		KeySchema: []types.KeySchemaElement{{AttributeName: aws.String("id"), KeyType: types.KeyTypeHash}},
		GlobalSecondaryIndexes: append([]types.GlobalSecondaryIndex{{
			IndexName: aws.String(IndexName),
			KeySchema: []types.KeySchemaElement{
				{AttributeName: aws.String("listing"), KeyType: types.KeyTypeHash},
				{AttributeName: aws.String("updated_ns"), KeyType: types.KeyTypeRange},
			},
			Projection: &types.Projection{ProjectionType: types.ProjectionTypeInclude, NonKeyAttributes: ListedAttributes},
		}}, speakerIndexes...),
	})
	var inUse *types.ResourceInUseException
	if err != nil && !errors.As(err, &inUse) {
		return fmt.Errorf("store: create table %s: %w", table, err)
	}
	for {
		out, err := api.DescribeTable(ctx, &dynamodb.DescribeTableInput{TableName: aws.String(table)})
		if err == nil && (out.Table.TableStatus == types.TableStatusActive || out.Table.TableStatus == "") {
			return nil
		}
		select {
		case <-ctx.Done():
			return fmt.Errorf("store: table %s not active: %w", table, ctx.Err())
		case <-time.After(50 * time.Millisecond):
		}
	}
}
