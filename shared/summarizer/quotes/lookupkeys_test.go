package quotes

import (
	"slices"
	"testing"
)

// TestLookupKeys: a name typed to look a speaker up is read as a person's only when it can
// be one. An organisation's name read as a person's loses its nationality and qualifiers
// ("Russian Foreign Ministry" would be "ministry"), the key of whatever ministry an article
// left unnamed, whose quotes the lookup would return.
func TestLookupKeys(t *testing.T) {
	tests := []struct {
		name string
		want []string
	}{
		{"Russian Foreign Ministry", []string{"russia-foreign-ministry"}},
		{"American Airlines", []string{"united-states-airlines"}},
		{"Russian Ministry of Defence", []string{"russia-defense-ministry"}},
		{"Ukraine's Ministry of Defence", []string{"ukraine-defense-ministry"}},
		{"Mr. Putin", []string{"putin", "mr-putin"}},
		{"Russian President Vladimir Putin", []string{"vladimir-putin", "russia-president-vladimir-putin"}},
		{"Ms. Court", []string{"court", "ms-court"}},
		{"Margaret Court", []string{"margaret-court"}},
	}
	for _, tt := range tests {
		if got := LookupKeys(tt.name); !slices.Equal(got, tt.want) {
			t.Errorf("LookupKeys(%q) = %q, want %q", tt.name, got, tt.want)
		}
	}
}
