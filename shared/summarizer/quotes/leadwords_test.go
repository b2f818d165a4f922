package quotes

import "testing"

func TestWithoutLeadWords(t *testing.T) {
	cases := []struct{ in, want string }{
		{"While the State Department", "State Department"},
		{"After the State Department", "State Department"},
		{"Outside Carrier", "Carrier"},
		{"Now Bloomberg", "Bloomberg"},
		{"As Breitbart News", "Breitbart News"},
		{"Enter The Washington Post", "Washington Post"},
		{"Now Michael Bloomberg", "Michael Bloomberg"},
		// Names, organisations in capitals and descriptions stay as they are.
		{"Michael Bloomberg", "Michael Bloomberg"},
		{"NOW", "NOW"},
		{"NOW President Terry O'Neill", "NOW President Terry O'Neill"},
		{"After", "After"},
		{"While the campaign", "campaign"},
		{"officials", "officials"},
		{"", ""},
	}
	for _, c := range cases {
		if got := withoutLeadWords(c.in); got != c.want {
			t.Errorf("withoutLeadWords(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
