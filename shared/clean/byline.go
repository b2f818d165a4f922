package clean

import "strings"

// SplitAuthors splits a byline of several people ("A, B and C", "A; B", "A & B") into names.
func SplitAuthors(s string) []string {
	s = strings.NewReplacer(" and ", ";", " & ", ";", ", ", ";", " · ", ";").Replace(s)
	var out []string
	for _, n := range strings.Split(s, ";") {
		if n = strings.TrimSpace(n); n != "" {
			out = append(out, n)
		}
	}
	return out
}
