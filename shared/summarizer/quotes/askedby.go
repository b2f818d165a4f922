package quotes

import (
	"strings"

	"github.com/precis-news/precis/shared/summarizer/text"
)

// askedBy reads the agent of a passive "asked by" before the quotation: the quoted words
// stand in the question put to the sentence's subject, so the one who asks them speaks
// them ("Rubio was asked by moderator Gerard Baker whether the plan would risk “...”",
// "Asked by Thrush if Clinton “gets” race, Sharpton ..."). A cue after the agent
// ("Asked by reporters about it, Roe said: “...”") gives the quotation to its own
// speaker instead.
func (a *attributor) askedBy(s span, sent text.Sentence) (speaker, bool) {
	p := a.paras[s.para].Text
	from := max(sent.Span.Start, s.start-cueWindow)
	if !s.openMark || from >= s.start || !strings.Contains(p[from:s.start], "sked by ") {
		return speaker{}, false
	}
	pre := tokenize(p[from:s.start], from)
	for k := 0; k+2 < len(pre); k++ {
		if pre[k].lower != "asked" || pre[k+1].lower != "by" {
			continue
		}
		np := npAfter(pre, k+2)
		if len(np) == 0 || np[0].start != pre[k+2].start || !speakerPhrase(np) {
			return speaker{}, false
		}
		for _, t := range pre[k+2+len(np):] {
			if isCue(t) {
				return speaker{}, false
			}
		}
		if sp := a.resolve(np, sent); sp.known() {
			return sp, true
		}
		return speaker{}, false
	}
	return speaker{}, false
}
