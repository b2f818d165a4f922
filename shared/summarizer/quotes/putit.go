package quotes

import "github.com/precis-news/precis/shared/summarizer/text"

// asPutIt reads "as X put it," in the sentence before the quotation: the idiom credits the
// wording that follows to X, whether the clause introduces the quotation ("As John
// Cornyn, the No. 2 in the GOP leadership, put it: “...”") or frames the sentence that
// quotes it ("As The Post's Ruth Marcus puts it, Obama is trying to make Republicans
// “...”"). X may carry an appositive; no cue may follow the clause.
func (a *attributor) asPutIt(pre []token, sent text.Sentence) (speaker, bool) {
	for k := 0; k+3 < len(pre); k++ {
		if pre[k].lower != "as" || !pre[k+1].word {
			continue
		}
		np := npAfter(pre, k+1)
		if len(np) == 0 || np[0].start != pre[k+1].start || !speakerPhrase(np) || !np[len(np)-1].upper {
			continue
		}
		v := k + 1 + len(np)
		if v < len(pre) && (pre[v].text == "," || pre[v].text == "(") {
			if m := appositiveEnd(pre, v); m > 0 {
				v = m
			}
		}
		for v < len(pre) && pre[v].word && skipBetween[pre[v].lower] && !pre[v].upper {
			v++ // "as X once put it", "as X has put it"
		}
		if v+1 >= len(pre) || pre[v].lower != "put" && pre[v].lower != "puts" || pre[v+1].lower != "it" {
			continue
		}
		for _, t := range pre[v+2:] {
			if isCue(t) {
				return speaker{}, false
			}
		}
		if sp := a.resolve(np, sent); sp.known() {
			return sp, true
		}
	}
	return speaker{}, false
}
