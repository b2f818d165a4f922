package store

// Quotes by speaker, across articles.
//
// Besides one item per article, the table holds two kinds of items, in the same id space
// (their ids are not record ids, which are hexadecimal, so the API never serves them as
// articles) and in two sparse global secondary indexes of their own:
//
//	quote entry   id "quote#<article id>#<nn>": the article's quote of rank nn+1
//	              spk_shard (S) "<speaker key>#<shard>"        GSI by_speaker, partition
//	              spk_at (S) "<date>#<created ns>#<article id>#<99-nn>" GSI by_speaker, sort
//	              sequencer, speaker_key, text, title, ... (the whole entry is projected)
//	speaker       id "speaker#<key>"
//	              spk_initial (S) first letter of the key        GSI by_speaker_name, partition
//	              spk_key (S) the key                            GSI by_speaker_name, sort
//	              quotes (N) how many entries have this key (UpdateItem ADD);
//	              name, speaker_type, surname (of a full name);
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
// the fixed slots quote#<id>#00 to #29 (article.MaxStoredQuotes). When it is finished,
// re-summarised or deleted, its slots are read in one BatchGetItem; those that differ from
// the article's quotes are written or deleted in BatchWriteItem requests of 25, and slots
// beyond its quotes are emptied, so a re-summarised article with fewer quotes and a deleted
// article leave no orphans. A slot holding a newer upload's entry (a greater sequencer) is
// left alone. The speakers' counts then move once per speaker by the transitions written
// (old speaker -1, new speaker +1); a repeated call finds nothing to change and writes
// nothing, so a redelivered event that finds its article finished (article.Duplicate) runs the
// maintenance again at the cost of one read, repairing a crash between the record's write
// and its entries'. What is not atomic, and why it is acceptable: a crash between the
// entries' write and the counts' leaves those counts off (they only rank autocompletion;
// the quotes themselves are exact), and the window between the read and the write is not
// locked: two uploads of one key summarised in the same instant may leave the older's
// entries in slots the newer does not use, until the article's next event rewrites them.
// Cost per article: one read of 30 small items, one write request unit per changed entry,
// and one update per speaker whose count moves (three for a speaker seen the first time).
//
// Bare surnames (article.ResolveSurname): a person's full key, when first seen, adds itself to
// full_keys of its surname's item (created when missing), so that "pu" completes to
// Vladimir Putin. When reading, a bare surname with exactly one full key is that speaker:
// its quotes are read with the full key's, and its count added to it.

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/feature/dynamodb/attributevalue"
	"github.com/aws/aws-sdk-go-v2/feature/dynamodb/expression"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb/types"

	"github.com/precis-news/precis/shared/article"
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
func entriesOf(rec article.Record) (map[int]article.QuoteEntry, map[string]article.SpeakerID) {
	out, ids := map[int]article.QuoteEntry{}, map[string]article.SpeakerID{}
	if rec.Status != article.Done {
		return out, ids
	}
	rec.Bound() // a page's title can be any length; an entry is a few kilobytes at most
	day := rec.Published
	if _, err := time.Parse(time.DateOnly, day); err != nil {
		day = rec.CreatedAt.UTC().Format(time.DateOnly)
	}
	for i, q := range rec.Quotes[:min(len(rec.Quotes), article.MaxStoredQuotes)] {
		if q.Identity == nil {
			continue
		}
		id := *q.Identity
		ids[id.Key] = id
		out[i] = article.QuoteEntry{
			ID: quoteEntryID(rec.ID, i), Shard: speakerShard(id.Key, rec.ID),
			// Read newest first, an article's quotes come key quote first: 99-i.
			At:        fmt.Sprintf("%s#%019d#%s#%02d", day, rec.CreatedAt.UnixNano(), rec.ID, 99-i),
			Sequencer: rec.Sequencer, SpeakerKey: id.Key, Speaker: id.Name, SpeakerType: q.SpeakerType,
			Text: q.Text, Partial: q.Partial, Rank: i + 1, ArticleID: rec.ID, Key: rec.Key, Title: rec.Title,
			Published: rec.Published, CreatedAt: rec.CreatedAt,
		}
	}
	return out, ids
}

// indexQuotes brings rec's slots of the speaker index to rec's quotes, and the speakers'
// counts with them. See the comment at the top of this file. The slots are read in one
// request; only those that change are written, so a repeated call writes nothing.
func (s *DynamoDB) indexQuotes(ctx context.Context, rec article.Record) error {
	entries, ids := entriesOf(rec)
	olds, err := s.readSlots(ctx, rec.ID)
	if err != nil {
		return fmt.Errorf("store: index the quotes of %s: %w", rec.ID, err)
	}
	var (
		errs   []error
		delta  = map[string]int{}
		writes []types.WriteRequest
	)
	for slot := range article.MaxStoredQuotes {
		id := quoteEntryID(rec.ID, slot)
		old, had := olds[id]
		e, has := entries[slot]
		switch {
		case !had && !has, had && old.Sequencer > rec.Sequencer, had && has && sameEntry(old, e):
			continue // nothing to do, or a newer upload's slot
		case has:
			av, err := attributevalue.MarshalMap(e)
			if err != nil {
				return err
			}
			writes = append(writes, types.WriteRequest{PutRequest: &types.PutRequest{Item: av}})
			delta[e.SpeakerKey]++
		default:
			writes = append(writes, types.WriteRequest{DeleteRequest: &types.DeleteRequest{
				Key: map[string]types.AttributeValue{"id": &types.AttributeValueMemberS{Value: id}},
			}})
		}
		if had {
			delta[old.SpeakerKey]--
		}
	}
	if err := s.batchWrite(ctx, writes); err != nil {
		return fmt.Errorf("store: index the quotes of %s: %w", rec.ID, err)
	}
	// The counters move once per speaker, by the sum of the transitions written.
	for key, d := range delta {
		if key == "" || d == 0 {
			continue
		}
		sid := ids[key]
		if sid.Key == "" {
			sid.Key = key
		}
		typ := ""
		for _, e := range entries {
			if e.SpeakerKey == key {
				typ = e.SpeakerType
			}
		}
		if err := s.count(ctx, sid, typ, d); err != nil {
			errs = append(errs, err)
		}
	}
	if err := errors.Join(errs...); err != nil {
		return fmt.Errorf("store: index the quotes of %s: %w", rec.ID, err)
	}
	return nil
}

// unindexQuotes removes the entries of the article id up to the deletion event seq.
func (s *DynamoDB) unindexQuotes(ctx context.Context, id, seq string) error {
	return s.indexQuotes(ctx, article.Record{ID: id, Sequencer: seq, Status: article.Pending})
}

// readSlots reads the article's slots that hold an entry (strongly consistent).
func (s *DynamoDB) readSlots(ctx context.Context, articleID string) (map[string]article.QuoteEntry, error) {
	keys := make([]map[string]types.AttributeValue, article.MaxStoredQuotes)
	for slot := range keys {
		keys[slot] = map[string]types.AttributeValue{"id": &types.AttributeValueMemberS{Value: quoteEntryID(articleID, slot)}}
	}
	out := map[string]article.QuoteEntry{}
	for try := 0; len(keys) > 0; try++ {
		if try == claimTries {
			return nil, fmt.Errorf("store: read quote entries: %w", ErrContention)
		}
		res, err := s.api.BatchGetItem(ctx, &dynamodb.BatchGetItemInput{RequestItems: map[string]types.KeysAndAttributes{
			s.table: {Keys: keys, ConsistentRead: aws.Bool(true)},
		}})
		if err != nil {
			return nil, fmt.Errorf("store: read quote entries: %w", err)
		}
		var es []article.QuoteEntry
		if err := attributevalue.UnmarshalListOfMaps(res.Responses[s.table], &es); err != nil {
			return nil, fmt.Errorf("store: read quote entries: %w", err)
		}
		for _, e := range es {
			out[e.ID] = e
		}
		keys = res.UnprocessedKeys[s.table].Keys
	}
	return out, nil
}

// sameEntry reports whether two entries hold the same.
func sameEntry(a, b article.QuoteEntry) bool {
	same := a.CreatedAt.Equal(b.CreatedAt)
	a.CreatedAt, b.CreatedAt = time.Time{}, time.Time{}
	return same && a == b
}

// batchWrite writes the requests, 25 at a time, until none is left unprocessed.
func (s *DynamoDB) batchWrite(ctx context.Context, writes []types.WriteRequest) error {
	for len(writes) > 0 {
		n := min(len(writes), 25)
		batch := writes[:n]
		writes = writes[n:]
		for try := 0; len(batch) > 0; try++ {
			if try == claimTries {
				return fmt.Errorf("store: quote entries: %w", ErrContention)
			}
			out, err := s.api.BatchWriteItem(ctx, &dynamodb.BatchWriteItemInput{RequestItems: map[string][]types.WriteRequest{s.table: batch}})
			if err != nil {
				return fmt.Errorf("store: quote entries: %w", err)
			}
			batch = out.UnprocessedItems[s.table]
		}
	}
	return nil
}

// count adds d to the speaker's count; an increment also records its name and type. A
// speaker seen for the first time gets its directory item, and a full name adds itself to
// its surname's full keys. The item is created by PutItem and only then updated: minidyn's
// UpdateItem corrupts a secondary index it adds an item to.
func (s *DynamoDB) count(ctx context.Context, id article.SpeakerID, typ string, d int) error {
	upd := expression.Add(expression.Name("quotes"), expression.Value(d))
	if d > 0 {
		upd = upd.Set(expression.Name("name"), expression.Value(id.Name)).
			Set(expression.Name("speaker_type"), expression.Value(typ))
		if id.Surname != "" {
			upd = upd.Set(expression.Name("surname"), expression.Value(id.Surname))
		}
	}
	created, err := s.updateSpeaker(ctx, id.Key, upd)
	if err != nil || !created || id.Surname == "" {
		return err
	}
	set := &types.AttributeValueMemberSS{Value: []string{id.Key}}
	_, err = s.updateSpeaker(ctx, id.Surname, expression.Add(expression.Name("full_keys"), expression.Value(set)))
	return err
}

// updateSpeaker applies upd to the speaker's directory item, creating it first when there is
// none (and then created is true).
func (s *DynamoDB) updateSpeaker(ctx context.Context, key string, upd expression.UpdateBuilder) (created bool, err error) {
	for range claimTries {
		err := s.update(ctx, speakerPrefix+key, upd, true)
		if !isConditionFailed(err) {
			return created, err
		}
		av, err := attributevalue.MarshalMap(speakerItem{ID: speakerPrefix + key, Key: key, Initial: initial(key)})
		if err != nil {
			return created, err
		}
		_, err = s.api.PutItem(ctx, &dynamodb.PutItemInput{
			TableName: aws.String(s.table), Item: av, ConditionExpression: aws.String("attribute_not_exists(id)"),
		})
		if err != nil && !isConditionFailed(err) {
			return created, err
		}
		created = created || err == nil
	}
	return created, fmt.Errorf("store: speaker %s: %w", key, ErrContention)
}

// update applies upd to the item id, which must exist when exists is set.
func (s *DynamoDB) update(ctx context.Context, id string, upd expression.UpdateBuilder, exists bool) error {
	b := expression.NewBuilder().WithUpdate(upd)
	if exists {
		b = b.WithCondition(expression.AttributeExists(expression.Name("id")))
	}
	expr, err := b.Build()
	if err != nil {
		return err
	}
	_, err = s.api.UpdateItem(ctx, &dynamodb.UpdateItemInput{
		TableName:        aws.String(s.table),
		Key:              map[string]types.AttributeValue{"id": &types.AttributeValueMemberS{Value: id}},
		UpdateExpression: expr.Update(), ConditionExpression: expr.Condition(),
		ExpressionAttributeNames: expr.Names(), ExpressionAttributeValues: expr.Values(),
	})
	return err
}

// initial is the partition of a key in the speaker directory: its first letter.
func initial(key string) string {
	r, _ := utf8.DecodeRuneInString(key)
	return string(r)
}

// getItem reads the item id into v; ok is false when there is none.
func (s *DynamoDB) getItem(ctx context.Context, id string, v any) (bool, error) {
	out, err := s.api.GetItem(ctx, &dynamodb.GetItemInput{
		TableName: aws.String(s.table),
		Key:       map[string]types.AttributeValue{"id": &types.AttributeValueMemberS{Value: id}},
	})
	if err != nil {
		return false, fmt.Errorf("store: get %s: %w", id, err)
	}
	if out.Item == nil {
		return false, nil
	}
	if err := attributevalue.UnmarshalMap(out.Item, v); err != nil {
		return false, fmt.Errorf("store: get %s: %w", id, err)
	}
	return true, nil
}

// SpeakerQuotes returns the speaker's quotes newest first, the speaker it resolved the key to
// (Key "" when nobody has that key), and where the page ended ("" at the end). A bare
// surname that stands for one full name (article.ResolveSurname) reads that speaker's quotes.
func (s *DynamoDB) SpeakerQuotes(ctx context.Context, key string, q article.SpeakerQuery) (article.Speaker, []article.QuoteEntry, string, error) {
	lo, hi, err := bounds(q)
	if err != nil {
		return article.Speaker{}, nil, "", err
	}
	sp, keys, err := s.resolve(ctx, key)
	if err != nil || len(keys) == 0 {
		return sp, nil, "", err
	}
	if q.After != "" && q.After < hi {
		hi = q.After
	}
	var all []article.QuoteEntry
	more := false
	for _, k := range keys {
		for shard := range SpeakerShards {
			cond := expression.Key("spk_shard").Equal(expression.Value(fmt.Sprintf("%s#%d", k, shard))).
				And(expression.Key("spk_at").Between(expression.Value(lo), expression.Value(hi)))
			expr, err := expression.NewBuilder().WithKeyCondition(cond).Build()
			if err != nil {
				return article.Speaker{}, nil, "", fmt.Errorf("store: speaker quotes: %w", err)
			}
			out, err := s.api.Query(ctx, &dynamodb.QueryInput{
				TableName: aws.String(s.table), IndexName: aws.String(SpeakerIndex),
				KeyConditionExpression: expr.KeyCondition(), ExpressionAttributeNames: expr.Names(), ExpressionAttributeValues: expr.Values(),
				ScanIndexForward: aws.Bool(false), Limit: aws.Int32(int32(q.Limit + 1)),
			})
			if err != nil {
				return article.Speaker{}, nil, "", fmt.Errorf("store: speaker quotes: %w", err)
			}
			var es []article.QuoteEntry
			if err := attributevalue.UnmarshalListOfMaps(out.Items, &es); err != nil {
				return article.Speaker{}, nil, "", fmt.Errorf("store: speaker quotes: %w", err)
			}
			more = more || len(out.LastEvaluatedKey) > 0
			for _, e := range es {
				if e.At != q.After { // Between includes the previous page's last entry
					all = append(all, e)
				}
			}
		}
	}
	slices.SortFunc(all, func(a, b article.QuoteEntry) int { return cmp.Compare(b.At, a.At) })
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
func bounds(q article.SpeakerQuery) (string, string, error) {
	lo, hi := "0", "9"
	if q.Since != "" {
		if _, err := time.Parse(time.DateOnly, q.Since); err != nil {
			return "", "", fmt.Errorf("%w: since %q", article.ErrBadQuery, q.Since)
		}
		lo = q.Since
	}
	if q.Until != "" {
		if _, err := time.Parse(time.DateOnly, q.Until); err != nil {
			return "", "", fmt.Errorf("%w: until %q", article.ErrBadQuery, q.Until)
		}
		hi = q.Until + "#~" // every entry of that day: "#0…" < "#~"
	}
	return lo, hi, nil
}

// resolve finds the speaker a key names and the keys its entries are under: the key itself,
// or a full key and its bare surname when the surname stands for it alone. Key "" means
// nobody has that key.
func (s *DynamoDB) resolve(ctx context.Context, key string) (article.Speaker, []string, error) {
	var it speakerItem
	if ok, err := s.getItem(ctx, speakerPrefix+key, &it); err != nil || !ok {
		return article.Speaker{}, nil, err
	}
	return s.resolveItem(ctx, it)
}

// resolveItem is resolve from the speaker's directory item.
func (s *DynamoDB) resolveItem(ctx context.Context, it speakerItem) (article.Speaker, []string, error) {
	if full, ok := article.ResolveSurname(it.FullKeys); ok {
		// A bare surname that stands for one person: that person.
		var person speakerItem
		if ok, err := s.getItem(ctx, speakerPrefix+full, &person); err != nil || !ok {
			return article.Speaker{}, nil, err
		}
		return speakerOf(person, it.Quotes), []string{full, it.Key}, nil
	}
	keys := []string{it.Key}
	extra := 0
	if it.Surname != "" {
		var bare speakerItem
		if _, err := s.getItem(ctx, speakerPrefix+it.Surname, &bare); err != nil {
			return article.Speaker{}, nil, err
		}
		if full, one := article.ResolveSurname(bare.FullKeys); one && full == it.Key {
			keys, extra = append(keys, bare.Key), bare.Quotes
		}
	}
	return speakerOf(it, extra), keys, nil
}

func speakerOf(it speakerItem, extra int) article.Speaker {
	return article.Speaker{Key: it.Key, Name: it.Name, Type: it.Type, Quotes: it.Quotes + extra}
}

// maxSpeakerCandidates bounds the directory items one autocompletion reads.
const maxSpeakerCandidates = 500

// Speakers returns up to limit speakers whose key, or whose bare surname, starts with
// prefix (in key form, quotes.NormalizeKey), in key order, with their counts.
func (s *DynamoDB) Speakers(ctx context.Context, prefix string, limit int) ([]article.Speaker, error) {
	if prefix == "" {
		return nil, nil
	}
	cond := expression.Key("spk_initial").Equal(expression.Value(initial(prefix))).
		And(expression.Key("spk_key").BeginsWith(prefix))
	expr, err := expression.NewBuilder().WithKeyCondition(cond).Build()
	if err != nil {
		return nil, fmt.Errorf("store: speakers: %w", err)
	}
	found := map[string]article.Speaker{}
	var start map[string]types.AttributeValue
	for n := 0; n < maxSpeakerCandidates && len(found) < limit; {
		out, err := s.api.Query(ctx, &dynamodb.QueryInput{
			TableName: aws.String(s.table), IndexName: aws.String(SpeakerNameIndex),
			KeyConditionExpression: expr.KeyCondition(), ExpressionAttributeNames: expr.Names(), ExpressionAttributeValues: expr.Values(),
			Limit: aws.Int32(int32(min(2*limit, 100))), ExclusiveStartKey: start,
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
			if len(found) == limit {
				break
			}
			if _, seen := found[it.Key]; seen {
				continue
			}
			sp, _, err := s.resolveItem(ctx, it)
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
	out := make([]article.Speaker, 0, len(found))
	for _, sp := range found {
		out = append(out, sp)
	}
	slices.SortFunc(out, func(a, b article.Speaker) int { return cmp.Compare(a.Key, b.Key) })
	return out[:min(len(out), limit)], nil
}
