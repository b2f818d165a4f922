package extract

import "strings"

// minUnlinkedProse is the text (in bytes) outside links that makes a block mostly of link
// text an article's: a list item whose headline links to a story and whose sentence tells
// it ("Ousted CEO can still name directors to the board. He can still influence …"), as
// round-ups are written. A menu or a "more from" list has next to nothing outside its links.
const minUnlinkedProse = 80

// proseBesideLinks reports whether block text, of which linked bytes are link text, holds a
// sentence outside its links.
func proseBesideLinks(text string, linked int) bool {
	return len(text)-linked >= minUnlinkedProse && strings.ContainsAny(text, ".!?")
}
