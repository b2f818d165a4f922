package clean_test

import (
	"testing"

	"github.com/precis-news/precis/shared/summarizer/clean"
)

func TestCleanByline(t *testing.T) {
	cases := []struct{ in, site, want string }{
		{"By LISA MASCARO, MARY CLARE JALONICK and ERIC TUCKERAssociated Press", "", "Lisa Mascaro, Mary Clare Jalonick and Eric Tucker"},
		{"By FEDERICA LUSIARDI - 2019-04-10", "", "Federica Lusiardi"},
		{"by jdadmin", "Jeongdong Theater", ""},
		{"The Beachbody Blog", "The Beachbody Blog", ""},
		{"LinkNaija", "LinkNaija | Nigeria", ""},
		{"Staff Reports", "The Republic", ""},
		{"Beachbody", "The Beachbody Blog", ""},
		{"By ROBERT BURNS, AP National Security Writer", "", "Robert Burns"},
		{"Amy Kuperinsky | NJ Advance Media for NJ.com", "nj", "Amy Kuperinsky"},
		{"by Jeff Foust — November 18, 2019", "", "Jeff Foust"},
		{"By Carrie ArnoldNovember 15, 2019", "", "Carrie Arnold"},
		{"Tanza Loudenback, Business Insider", "Business Insider Deutschland", "Tanza Loudenback"},
		{"Rachael Link, MS, RD", "", "Rachael Link"},
		{"By Lia Eustachewich and Yaron Steinbuch", "", "Lia Eustachewich and Yaron Steinbuch"},
		{"Posted by Michael David Smith on November 19, 2019, 6:21 AM EST", "", "Michael David Smith"},
		{"Associated Press", "", "Associated Press"},
		{"Jane Doe", "", "Jane Doe"},
		{"By Meg James Staff Writer", "", "Meg James"},
		{"Michael Hiltzik Business Columnist", "", "Michael Hiltzik"},
		{"Jane Doe White House Correspondent", "", "Jane Doe"},
		{"Mary Ann Smith", "", "Mary Ann Smith"},
		{"Science X staff", "", "Science X staff"}, // a desk's credit, for the caller to judge
	}
	for _, c := range cases {
		if got := clean.CleanByline(c.in, c.site); got != c.want {
			t.Errorf("CleanByline(%q, %q) = %q, want %q", c.in, c.site, got, c.want)
		}
	}
}
