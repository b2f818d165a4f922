package text

import (
	"strconv"
	"strings"
	"testing"
	"unsafe"
)

// TestStemCacheBoundedAndDetached: the cache never grows past its limit however many
// distinct words go through it, and never keeps a slice of the text it was given (which
// would keep every article a process ever saw alive).
func TestStemCacheBoundedAndDetached(t *testing.T) {
	article := strings.Repeat("x", 1<<10) + " zqreadings"
	word := article[len(article)-len("zqreadings"):]
	Stem(word)
	stemCache.Range(func(k, _ any) bool {
		if ks := k.(string); ks == word && unsafe.StringData(ks) == unsafe.StringData(word) {
			t.Errorf("the cache keeps a slice of the article as its key")
		}
		return true
	})
	for i := range stemCacheLimit + 5000 {
		Stem("zq" + strconv.Itoa(i) + "ings")
	}
	n := 0
	stemCache.Range(func(_, _ any) bool { n++; return true })
	if n > stemCacheLimit {
		t.Errorf("%d words cached, limit %d", n, stemCacheLimit)
	}
	if got := Stem("zq" + strconv.Itoa(stemCacheLimit+4000) + "ings"); got != porter2("zq"+strconv.Itoa(stemCacheLimit+4000)+"ings") {
		t.Errorf("a word past the limit stems to %q", got)
	}
}
