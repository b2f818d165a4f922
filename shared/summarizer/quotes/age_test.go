package quotes_test

import "testing"

// "the 56-year-old" resolved to a person named in its own sentence, before any sentence's
// subject was read: the age look-up finds its paragraph by itself (it panicked on a
// CNN/DailyMail story).
func TestAgeBeforeTheQuotation(t *testing.T) {
	got := extract(`After John Smith arrived, the 56-year-old said: "I am happy here and I respect my contract."`)
	if len(got) != 1 || got[0].Speaker != "John Smith" {
		t.Errorf("got %+v", got)
	}
}
