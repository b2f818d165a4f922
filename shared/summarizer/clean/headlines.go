package clean

import "strings"

// maxQuotingHeadline is the longest a headline that quotes someone runs, in characters.
const maxQuotingHeadline = 150

// quoting reports whether b quotes someone as a paragraph does. A headline quotes too
// ("‘He died in my hands’: three killed in clashes"), but it is short and does not end as
// a sentence, and a feed is made of them.
func quoting(b block) bool {
	if !b.speech {
		return false
	}
	return b.length >= maxQuotingHeadline || endsSentence(b.text) || strings.HasSuffix(b.text, ":") || strings.HasSuffix(b.text, ",")
}

// quotedHeadline reports whether b is a headline that opens with a quotation ("'Super
// union' merger plan touted"), which reads as a heading once its marks are set aside.
func (p Params) quotedHeadline(b block) bool {
	t := strings.Trim(b.text, `'"‘’“”`)
	return b.speech && !quoting(b) && t != b.text && headingLike(t, countWords(t), p.MaxHeadingWords)
}
