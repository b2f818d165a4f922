package store

// Quotes by speaker, across articles.
//
// Besides one item per article, the table holds two kinds of items, in the same id space
// (their ids are not record ids, which are hexadecimal, so the API never serves them as
// articles) and in two sparse global secondary indexes of their own:
//
//	quote entry   id "quote#<article id>#<nn>": the article's quote of rank nn+1
//	              spk_shard (S) "<speaker key>#<shard>"        GSI by_speaker, partition
//	              spk_at (S) "<date>#<created ns>#<article id>#<nn>" GSI by_speaker, sort
//	              sequencer, speaker_key, text, title, ... (the whole entry is projected)
//	speaker       id "speaker#<key>"
//	              spk_initial (S) first letter of the key        GSI by_speaker_name, partition
//	              spk_key (S) the key                            GSI by_speaker_name, sort
//	              name, speaker_type, surname (of a full name)
//	count         id "count#<key>" (in no index)
//	              quotes (N) how many entries have this key (UpdateItem ADD);
//	              full_keys (SS) of a bare surname: the full names seen with it
//
// Keys are quotes.SpeakerKey's. A speaker's quotes are read newest first by querying its
// SpeakerShards partitions of by_speaker (the shard is a function of the article id, so a
// speaker quoted in thousands of articles a day spreads its writes, and no partition takes
// more than its share) and merging them, between since and until on the sort key: Query,
// never Scan, and each page reads at most SpeakerShards × (limit+1) entries per key. The
// date in the sort key is the article's published date, or its upload date when it has
// none; within a day, the upload time orders. Autocompletion queries by_speaker_name in the
// partition of the prefix's first letter with begins_with on the key.
//
// Maintenance is idempotent and needs no transaction (dynalite has none): an article owns
// the fixed slots quote#<id>#00 to #29 (record.MaxStoredQuotes). When it is finished,
// re-summarised or deleted, every slot is written or deleted with a condition on the
// entry's sequencer (an older event never overwrites a newer upload's entries) and
// ReturnValues ALL_OLD: the counters move by the transition each write observed (old
// speaker -1, new speaker +1), so a retried write moves nothing. Slots beyond the article's
// quotes are deleted, so a re-summarised article with fewer quotes and a deleted article
// leave no orphans. A redelivered event that finds its article finished (Duplicate) runs
// the maintenance again, which repairs a crash between the record's write and its entries';
// a crash between an entry's write and its counter's can leave that one count off by one,
// which only autocompletion shows.
//
// Bare surnames (quotes.ResolveSurname): a person's full key adds itself to full_keys of its
// surname's count, and the surname gets a directory item, so that "pu" completes to
// Vladimir Putin. When reading, a bare surname with exactly one full key is that speaker:
// its quotes are read with the full key's, and its count added to it.

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/feature/dynamodb/attributevalue"
	"github.com/aws/aws-sdk-go-v2/feature/dynamodb/expression"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb/types"

	"github.com/precis-news/precis/shared/quotes"
	"github.com/precis-news/precis/shared/record"
)

// The speaker indexes (template.yaml declares them too).
const (
	// SpeakerIndex holds quote entries by speaker shard, newest last.
	SpeakerIndex = "by_speaker"
	// SpeakerNameIndex holds speakers by first letter and key.
	SpeakerNameIndex = "by_speaker_name"
	// SpeakerShards is how many partitions of SpeakerIndex one speaker's quotes spread over.
	SpeakerShards = 4
)

// speakerIndexes are the GSIs CreateTable adds for speakers, and the attributes they use.
var (
	speakerAttributes = []types.AttributeDefinition{
		{AttributeName: aws.String("spk_shard"), AttributeType: types.ScalarAttributeTypeS},
		{AttributeName: aws.String("spk_at"), AttributeType: types.ScalarAttributeTypeS},
		{AttributeName: aws.String("spk_initial"), AttributeType: types.ScalarAttributeTypeS},
		{AttributeName: aws.String("spk_key"), AttributeType: types.ScalarAttributeTypeS},
	}
	speakerIndexes = []types.GlobalSecondaryIndex{
		{
			IndexName: aws.String(SpeakerIndex),
			KeySchema: []types.KeySchemaElement{
				{AttributeName: aws.String("spk_shard"), KeyType: types.KeyTypeHash},
				{AttributeName: aws.String("spk_at"), KeyType: types.KeyTypeRange},
			},
			Projection: &types.Projection{ProjectionType: types.ProjectionTypeAll},
		},
		{
			IndexName: aws.String(SpeakerNameIndex),
			KeySchema: []types.KeySchemaElement{
				{AttributeName: aws.String("spk_initial"), KeyType: types.KeyTypeHash},
				{AttributeName: aws.String("spk_key"), KeyType: types.KeyTypeRange},
			},
			Projection: &types.Projection{ProjectionType: types.ProjectionTypeAll},
		},
	}
)

// QuoteEntry is one quote in the speaker index.
type QuoteEntry struct {
	ID          string `dynamodbav:"id" json:"-"`
	Shard       string `dynamodbav:"spk_shard" json:"-"`
	At          string `dynamodbav:"spk_at" json:"-"`
	Sequencer   string `dynamodbav:"sequencer" json:"-"`
	SpeakerKey  string `dynamodbav:"speaker_key" json:"speaker_key"`
	Speaker     string `dynamodbav:"speaker" json:"speaker"`
	SpeakerType string `dynamodbav:"speaker_type" json:"speaker_type"`
	Text        string `dynamodbav:"text" json:"text"`
	Partial     bool   `dynamodbav:"partial" json:"partial"`
	// Rank is the quote's rank among the article's quotes, 1 for its key quote.
	Rank      int       `dynamodbav:"rank" json:"rank"`
	ArticleID string    `dynamodbav:"article_id" json:"article_id"`
	Key       string    `dynamodbav:"key" json:"key"`
	Title     string    `dynamodbav:"title,omitempty" json:"title"`
	Published string    `dynamodbav:"published,omitempty" json:"published,omitempty"`
	CreatedAt time.Time `dynamodbav:"created_at" json:"created_at"`
}

// Speaker is one speaker of the directory, with how many quotes the index holds for it.
type Speaker struct {
	Key    string `json:"key"`
	Name   string `json:"name"`
	Type   string `json:"type"`
	Quotes int    `json:"quotes"`
}

// speakerItem is how a speaker is stored: its directory item (id speaker#KEY) and its count
// (id count#KEY: Quotes, FullKeys) read together.
type speakerItem struct {
	ID       string   `dynamodbav:"id"`
	Key      string   `dynamodbav:"spk_key,omitempty"`
	Initial  string   `dynamodbav:"spk_initial,omitempty"`
	Name     string   `dynamodbav:"name,omitempty"`
	Type     string   `dynamodbav:"speaker_type,omitempty"`
	Surname  string   `dynamodbav:"surname,omitempty"`
	Quotes   int      `dynamodbav:"quotes,omitempty"`
	FullKeys []string `dynamodbav:"full_keys,stringset,omitempty"`
}

const (
	quotePrefix   = "quote#"
	speakerPrefix = "speaker#"
	countPrefix   = "count#"
	// indexWorkers bounds the concurrent writes of one article's maintenance.
	indexWorkers = 8
)

func quoteEntryID(articleID string, slot int) string {
	return fmt.Sprintf("%s%s#%02d", quotePrefix, articleID, slot)
}

// speakerShard spreads a speaker's entries by article, like listingShard the records.
func speakerShard(key, articleID string) string {
	n := listingShard(articleID)
	return key + "#" + n[strings.LastIndexByte(n, '#')+1:]
}

// entriesOf is the speaker index's content for rec, by slot: none unless it is done.
func entriesOf(rec record.Record) (map[int]QuoteEntry, map[string]quotes.SpeakerID) {
	out, ids := map[int]QuoteEntry{}, map[string]quotes.SpeakerID{}
	if rec.Status != record.Done {
		return out, ids
	}
	day := rec.Published
	if _, err := time.Parse(time.DateOnly, day); err != nil {
		day = rec.CreatedAt.UTC().Format(time.DateOnly)
	}
	for i, q := range rec.Quotes[:min(len(rec.Quotes), record.MaxStoredQuotes)] {
		id, ok := quotes.SpeakerKey(q.Speaker, q.SpeakerType)
		if !ok {
			continue
		}
		ids[id.Key] = id
		out[i] = QuoteEntry{
			ID: quoteEntryID(rec.ID, i), Shard: speakerShard(id.Key, rec.ID),
			At:        fmt.Sprintf("%s#%019d#%s#%02d", day, rec.CreatedAt.UnixNano(), rec.ID, i),
			Sequencer: rec.Sequencer, SpeakerKey: id.Key, Speaker: id.Name, SpeakerType: q.SpeakerType,
			Text: q.Text, Partial: q.Partial, Rank: i + 1, ArticleID: rec.ID, Key: rec.Key, Title: rec.Title,
			Published: rec.Published, CreatedAt: rec.CreatedAt,
		}
	}
	return out, ids
}

// indexQuotes brings rec's slots of the speaker index to rec's quotes, and the speakers'
// counts with them. See the comment at the top of this file.
func (s *DynamoDB) indexQuotes(ctx context.Context, rec record.Record) error {
	entries, ids := entriesOf(rec)
	var (
		mu   sync.Mutex
		errs []error
		wg   sync.WaitGroup
		sem  = make(chan struct{}, indexWorkers)
	)
	for slot := range record.MaxStoredQuotes {
		wg.Add(1)
		sem <- struct{}{}
		go func() {
			defer func() { <-sem; wg.Done() }()
			var err error
			if e, ok := entries[slot]; ok {
				err = s.putEntry(ctx, e, ids[e.SpeakerKey])
			} else {
				err = s.deleteEntry(ctx, quoteEntryID(rec.ID, slot), rec.Sequencer)
			}
			if err != nil {
				mu.Lock()
				errs = append(errs, err)
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	if err := errors.Join(errs...); err != nil {
		return fmt.Errorf("store: index the quotes of %s: %w", rec.ID, err)
	}
	return nil
}

// unindexQuotes removes the entries of the article id up to the deletion event seq.
func (s *DynamoDB) unindexQuotes(ctx context.Context, id, seq string) error {
	return s.indexQuotes(ctx, record.Record{ID: id, Sequencer: seq, Status: record.Pending})
}

// putEntry writes e unless a newer upload's entry holds its slot, and moves the counters.
func (s *DynamoDB) putEntry(ctx context.Context, e QuoteEntry, id quotes.SpeakerID) error {
	av, err := attributevalue.MarshalMap(e)
	if err != nil {
		return err
	}
	return s.replaceEntry(ctx, e.ID, e.Sequencer, func(cond expression.ConditionBuilder) (bool, error) {
		expr, err := expression.NewBuilder().WithCondition(cond).Build()
		if err != nil {
			return false, err
		}
		_, err = s.api.PutItem(ctx, &dynamodb.PutItemInput{
			TableName: aws.String(s.table), Item: av,
			ConditionExpression: expr.Condition(), ExpressionAttributeNames: expr.Names(), ExpressionAttributeValues: expr.Values(),
		})
		return !isConditionFailed(err), ignoreConditionFailed(err)
	}, &e, id)
}

// deleteEntry empties a slot unless a newer upload's entry holds it, and moves the counter.
func (s *DynamoDB) deleteEntry(ctx context.Context, slot, seq string) error {
	return s.replaceEntry(ctx, slot, seq, func(cond expression.ConditionBuilder) (bool, error) {
		expr, err := expression.NewBuilder().WithCondition(cond).Build()
		if err != nil {
			return false, err
		}
		_, err = s.api.DeleteItem(ctx, &dynamodb.DeleteItemInput{
			TableName:           aws.String(s.table),
			Key:                 map[string]types.AttributeValue{"id": &types.AttributeValueMemberS{Value: slot}},
			ConditionExpression: expr.Condition(), ExpressionAttributeNames: expr.Names(), ExpressionAttributeValues: expr.Values(),
		})
		return !isConditionFailed(err), ignoreConditionFailed(err)
	}, nil, quotes.SpeakerID{})
}

// replaceEntry changes a slot from what it holds to the entry to (nil to empty it) with
// write, given the condition that the slot still holds what was read, unless the slot
// belongs to an upload newer than seq; then it moves the counters by the change. The slot is
// read first rather than returned by the write (ReturnValues): minidyn returns the new item.
func (s *DynamoDB) replaceEntry(ctx context.Context, slot, seq string, write func(expression.ConditionBuilder) (bool, error), to *QuoteEntry, id quotes.SpeakerID) error {
	newKey := ""
	if to != nil {
		newKey = to.SpeakerKey
	}
	for range claimTries {
		out, err := s.api.GetItem(ctx, &dynamodb.GetItemInput{
			TableName: aws.String(s.table), ConsistentRead: aws.Bool(true),
			Key:                  map[string]types.AttributeValue{"id": &types.AttributeValueMemberS{Value: slot}},
			ProjectionExpression: aws.String("sequencer, speaker_key"),
		})
		if err != nil {
			return err
		}
		var old struct {
			Sequencer  string `dynamodbav:"sequencer"`
			SpeakerKey string `dynamodbav:"speaker_key"`
		}
		if err := attributevalue.UnmarshalMap(out.Item, &old); err != nil {
			return err
		}
		if old.Sequencer > seq || out.Item == nil && newKey == "" {
			return nil // a newer upload's slot, or an empty slot staying empty
		}
		cond := expression.AttributeNotExists(expression.Name("id"))
		if out.Item != nil {
			cond = expression.Name("sequencer").Equal(expression.Value(old.Sequencer)).
				And(expression.Name("speaker_key").Equal(expression.Value(old.SpeakerKey)))
		}
		done, err := write(cond)
		if err != nil {
			return err
		}
		if !done {
			continue // the slot changed since it was read
		}
		if old.SpeakerKey == newKey {
			return nil
		}
		if old.SpeakerKey != "" {
			if err := s.count(ctx, quotes.SpeakerID{Key: old.SpeakerKey}, "", -1); err != nil {
				return err
			}
		}
		if newKey != "" {
			return s.count(ctx, id, to.SpeakerType, 1)
		}
		return nil
	}
	return fmt.Errorf("store: quote entry %s: %w", slot, ErrContention)
}

func ignoreConditionFailed(err error) error {
	if isConditionFailed(err) {
		return nil
	}
	return err
}

// count adds d to the speaker's count; an increment also records its name and type, and a
// full name adds itself to its surname's full keys. The counts are items of their own, out
// of the indexes: minidyn's UpdateItem corrupts a secondary index it adds an item to.
func (s *DynamoDB) count(ctx context.Context, id quotes.SpeakerID, typ string, d int) error {
	if d > 0 {
		if err := s.putSpeaker(ctx, speakerItem{Key: id.Key, Name: id.Name, Type: typ, Surname: id.Surname}, false); err != nil {
			return err
		}
		if id.Surname != "" {
			if err := s.putSpeaker(ctx, speakerItem{Key: id.Surname}, true); err != nil {
				return err
			}
			set := &types.AttributeValueMemberSS{Value: []string{id.Key}}
			if err := s.update(ctx, countPrefix+id.Surname, expression.Add(expression.Name("full_keys"), expression.Value(set))); err != nil {
				return err
			}
		}
	}
	return s.update(ctx, countPrefix+id.Key, expression.Add(expression.Name("quotes"), expression.Value(d)))
}

// putSpeaker writes a speaker's directory item; onlyNew keeps an existing one.
func (s *DynamoDB) putSpeaker(ctx context.Context, it speakerItem, onlyNew bool) error {
	it.ID, it.Initial = speakerPrefix+it.Key, initial(it.Key)
	av, err := attributevalue.MarshalMap(it)
	if err != nil {
		return err
	}
	in := &dynamodb.PutItemInput{TableName: aws.String(s.table), Item: av}
	if onlyNew {
		in.ConditionExpression = aws.String("attribute_not_exists(id)")
	}
	_, err = s.api.PutItem(ctx, in)
	return ignoreConditionFailed(err)
}

func (s *DynamoDB) update(ctx context.Context, id string, upd expression.UpdateBuilder) error {
	expr, err := expression.NewBuilder().WithUpdate(upd).Build()
	if err != nil {
		return err
	}
	_, err = s.api.UpdateItem(ctx, &dynamodb.UpdateItemInput{
		TableName:        aws.String(s.table),
		Key:              map[string]types.AttributeValue{"id": &types.AttributeValueMemberS{Value: id}},
		UpdateExpression: expr.Update(), ExpressionAttributeNames: expr.Names(), ExpressionAttributeValues: expr.Values(),
	})
	return err
}

// initial is the partition of a key in the speaker directory: its first letter.
func initial(key string) string {
	r, _ := utf8.DecodeRuneInString(key)
	return string(r)
}

// getSpeaker reads a speaker's directory item and count; ok is false when there is neither.
func (s *DynamoDB) getSpeaker(ctx context.Context, key string) (speakerItem, bool, error) {
	var it speakerItem
	found := false
	for _, id := range []string{speakerPrefix + key, countPrefix + key} {
		out, err := s.api.GetItem(ctx, &dynamodb.GetItemInput{
			TableName: aws.String(s.table),
			Key:       map[string]types.AttributeValue{"id": &types.AttributeValueMemberS{Value: id}},
		})
		if err != nil {
			return speakerItem{}, false, fmt.Errorf("store: speaker %s: %w", key, err)
		}
		if out.Item == nil {
			continue
		}
		found = true
		if err := attributevalue.UnmarshalMap(out.Item, &it); err != nil {
			return speakerItem{}, false, fmt.Errorf("store: speaker %s: %w", key, err)
		}
	}
	it.Key = key
	return it, found, nil
}

// SpeakerQuery selects a speaker's quotes.
type SpeakerQuery struct {
	// Since and Until bound the quotes' dates (YYYY-MM-DD), both included; empty: unbounded.
	Since, Until string
	// Limit is the page's size (at least 1).
	Limit int
	// After is where the previous page ended (its QuotePosition), empty for the first page.
	After string
}

// ErrBadQuery means a speaker query's bounds are not dates.
var ErrBadQuery = errors.New("store: since and until must be dates (YYYY-MM-DD)")

// SpeakerQuotes returns the speaker's quotes newest first, the speaker it resolved the key to
// (Key "" when nobody has that key), and where the page ended ("" at the end). A bare
// surname that stands for one full name (quotes.ResolveSurname) reads that speaker's quotes.
func (s *DynamoDB) SpeakerQuotes(ctx context.Context, key string, q SpeakerQuery) (Speaker, []QuoteEntry, string, error) {
	lo, hi, err := bounds(q)
	if err != nil {
		return Speaker{}, nil, "", err
	}
	sp, keys, err := s.resolve(ctx, key)
	if err != nil || len(keys) == 0 {
		return sp, nil, "", err
	}
	if q.After != "" && q.After < hi {
		hi = q.After
	}
	var all []QuoteEntry
	more := false
	for _, k := range keys {
		for shard := range SpeakerShards {
			cond := expression.Key("spk_shard").Equal(expression.Value(fmt.Sprintf("%s#%d", k, shard))).
				And(expression.Key("spk_at").Between(expression.Value(lo), expression.Value(hi)))
			expr, err := expression.NewBuilder().WithKeyCondition(cond).Build()
			if err != nil {
				return Speaker{}, nil, "", fmt.Errorf("store: speaker quotes: %w", err)
			}
			out, err := s.api.Query(ctx, &dynamodb.QueryInput{
				TableName: aws.String(s.table), IndexName: aws.String(SpeakerIndex),
				KeyConditionExpression: expr.KeyCondition(), ExpressionAttributeNames: expr.Names(), ExpressionAttributeValues: expr.Values(),
				ScanIndexForward: aws.Bool(false), Limit: aws.Int32(int32(q.Limit + 1)),
			})
			if err != nil {
				return Speaker{}, nil, "", fmt.Errorf("store: speaker quotes: %w", err)
			}
			var es []QuoteEntry
			if err := attributevalue.UnmarshalListOfMaps(out.Items, &es); err != nil {
				return Speaker{}, nil, "", fmt.Errorf("store: speaker quotes: %w", err)
			}
			more = more || len(out.LastEvaluatedKey) > 0
			for _, e := range es {
				if e.At != q.After { // Between includes the previous page's last entry
					all = append(all, e)
				}
			}
		}
	}
	slices.SortFunc(all, func(a, b QuoteEntry) int { return cmp.Compare(b.At, a.At) })
	if len(all) > q.Limit {
		all, more = all[:q.Limit], true
	}
	next := ""
	if more && len(all) > 0 {
		next = all[len(all)-1].At
	}
	return sp, all, next, nil
}

// bounds turns a query's dates into the sort key's range.
func bounds(q SpeakerQuery) (string, string, error) {
	lo, hi := "0", "9"
	if q.Since != "" {
		if _, err := time.Parse(time.DateOnly, q.Since); err != nil {
			return "", "", fmt.Errorf("%w: since %q", ErrBadQuery, q.Since)
		}
		lo = q.Since
	}
	if q.Until != "" {
		if _, err := time.Parse(time.DateOnly, q.Until); err != nil {
			return "", "", fmt.Errorf("%w: until %q", ErrBadQuery, q.Until)
		}
		hi = q.Until + "#~" // every entry of that day: "#0…" < "#~"
	}
	return lo, hi, nil
}

// resolve finds the speaker a key names and the keys its entries are under: the key itself,
// or a full key and its bare surname when the surname stands for it alone.
func (s *DynamoDB) resolve(ctx context.Context, key string) (Speaker, []string, error) {
	it, ok, err := s.getSpeaker(ctx, key)
	if err != nil || !ok {
		return Speaker{}, nil, err
	}
	if full, ok := quotes.ResolveSurname(it.FullKeys); ok {
		// A bare surname that stands for one person: that person.
		bare := it
		if it, ok, err = s.getSpeaker(ctx, full); err != nil || !ok {
			return Speaker{}, nil, err
		}
		return speakerOf(it, bare.Quotes), []string{full, bare.Key}, nil
	}
	keys := []string{it.Key}
	extra := 0
	if it.Surname != "" {
		bare, ok, err := s.getSpeaker(ctx, it.Surname)
		if err != nil {
			return Speaker{}, nil, err
		}
		if full, one := quotes.ResolveSurname(bare.FullKeys); ok && one && full == it.Key {
			keys, extra = append(keys, bare.Key), bare.Quotes
		}
	}
	return speakerOf(it, extra), keys, nil
}

func speakerOf(it speakerItem, extra int) Speaker {
	return Speaker{Key: it.Key, Name: it.Name, Type: it.Type, Quotes: it.Quotes + extra}
}

// maxSpeakerCandidates bounds the directory items one autocompletion reads.
const maxSpeakerCandidates = 500

// Speakers returns up to limit speakers whose key, or whose bare surname, starts with
// prefix (in key form, quotes.NormalizeKey), in key order, with their counts.
func (s *DynamoDB) Speakers(ctx context.Context, prefix string, limit int) ([]Speaker, error) {
	if prefix == "" {
		return nil, nil
	}
	cond := expression.Key("spk_initial").Equal(expression.Value(initial(prefix))).
		And(expression.Key("spk_key").BeginsWith(prefix))
	expr, err := expression.NewBuilder().WithKeyCondition(cond).Build()
	if err != nil {
		return nil, fmt.Errorf("store: speakers: %w", err)
	}
	found := map[string]Speaker{}
	var start map[string]types.AttributeValue
	for n := 0; n < maxSpeakerCandidates && len(found) < limit; {
		out, err := s.api.Query(ctx, &dynamodb.QueryInput{
			TableName: aws.String(s.table), IndexName: aws.String(SpeakerNameIndex),
			KeyConditionExpression: expr.KeyCondition(), ExpressionAttributeNames: expr.Names(), ExpressionAttributeValues: expr.Values(),
			Limit: aws.Int32(100), ExclusiveStartKey: start,
		})
		if err != nil {
			return nil, fmt.Errorf("store: speakers: %w", err)
		}
		var items []speakerItem
		if err := attributevalue.UnmarshalListOfMaps(out.Items, &items); err != nil {
			return nil, fmt.Errorf("store: speakers: %w", err)
		}
		n += len(items)
		for _, it := range items {
			if _, seen := found[it.Key]; seen {
				continue
			}
			sp, _, err := s.resolve(ctx, it.Key)
			if err != nil {
				return nil, err
			}
			if sp.Quotes > 0 {
				found[sp.Key] = sp
			}
		}
		if start = out.LastEvaluatedKey; len(start) == 0 {
			break
		}
	}
	out := make([]Speaker, 0, len(found))
	for _, sp := range found {
		out = append(out, sp)
	}
	slices.SortFunc(out, func(a, b Speaker) int { return cmp.Compare(a.Key, b.Key) })
	return out[:min(len(out), limit)], nil
}
