package store

import (
	"context"
	"slices"
	"sync"

	"github.com/aws/aws-sdk-go-v2/feature/dynamodb/attributevalue"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb/types"

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

// SeedSpeakerIndex writes the speaker index of finished records in bulk, as indexQuotes
// would leave it after finishing them one by one on an empty index: for benchmarks that
// need a large index quickly. The records themselves are not written.
func (s *DynamoDB) SeedSpeakerIndex(ctx context.Context, recs []article.Record) error {
	var (
		writes   []types.WriteRequest
		wg       sync.WaitGroup
		errs     = make(chan error, len(recs)+1)
		sem      = make(chan struct{}, 4)
		speakers = map[string]*speakerItem{}
	)
	flush := func() {
		batch := writes
		writes = nil
		sem <- struct{}{}
		wg.Go(func() {
			defer func() { <-sem }()
			if err := s.batchWrite(ctx, batch); err != nil {
				errs <- err
			}
		})
	}
	for _, rec := range recs {
		entries, ids := entriesOf(rec)
		for _, e := range entries {
			av, err := attributevalue.MarshalMap(e)
			if err != nil {
				return err
			}
			writes = append(writes, types.WriteRequest{PutRequest: &types.PutRequest{Item: av}})
			if len(writes) == 25 {
				flush()
			}
			id := ids[e.SpeakerKey]
			sp := speakers[id.Key]
			if sp == nil {
				sp = &speakerItem{ID: speakerPrefix + id.Key, Key: id.Key, Initial: initial(id.Key)}
				speakers[id.Key] = sp
			}
			sp.Name, sp.Type, sp.Surname = id.Name, e.SpeakerType, id.Surname
			sp.Quotes++
			if id.Surname != "" {
				bare := speakers[id.Surname]
				if bare == nil {
					bare = &speakerItem{ID: speakerPrefix + id.Surname, Key: id.Surname, Initial: initial(id.Surname)}
					speakers[id.Surname] = bare
				}
				if !slices.Contains(bare.FullKeys, id.Key) {
					bare.FullKeys = append(bare.FullKeys, id.Key)
				}
			}
		}
	}
	for _, sp := range speakers {
		av, err := attributevalue.MarshalMap(*sp)
		if err != nil {
			return err
		}
		writes = append(writes, types.WriteRequest{PutRequest: &types.PutRequest{Item: av}})
		if len(writes) == 25 {
			flush()
		}
	}
	flush()
	wg.Wait()
	close(errs)
	return <-errs
}
