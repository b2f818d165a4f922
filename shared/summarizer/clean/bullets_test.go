package clean_test

import (
	"slices"
	"testing"
)

// A list written with markers is one item a paragraph, not one run-on paragraph; a list the
// article announces with a colon is body, at its end too; a menu of marked one-word links
// after the article is not.
func TestMarkedLists(t *testing.T) {
	const (
		lead   = "The school board on Monday released a plan to spend $4 million on new classrooms and teachers across the district, the largest expansion in a decade."
		middle = "Board members said the money would come from a state grant and from savings on energy costs at the district's older buildings, which the plan would refit."
		quote  = "\"We have waited years for this,\" said board chair Denise Park. \"Our students deserve better rooms to learn in, and now they will have them.\""
	)
	plan := "The plan includes:\n\n- hiring 45 new teachers for the elementary schools\n- converting two old libraries into science labs\n- buying three electric school buses\n\n"
	hearings := "The board will hold two public hearings before the vote:\n\n- March 3 at Lincoln High School\n- March 10 at the district office\n"
	menu := "\n- Home\n- About\n- Contact\n"
	cases := []struct {
		name, page string
		want, junk []string
	}{
		{"a list between paragraphs", "School Board Plans Hearings\n\n" + lead + "\n\n" + plan + middle + "\n\n" + quote + "\n",
			[]string{"The plan includes:\n- hiring 45 new teachers for the elementary schools\n- converting two old libraries into science labs\n- buying three electric school buses\n" + middle}, nil},
		{"a list at the end", "School Board Plans Hearings\n\n" + lead + "\n\n" + middle + "\n\n" + quote + "\n\n" + hearings + menu,
			[]string{quote + "\nThe board will hold two public hearings before the vote:\n- March 3 at Lincoln High School\n- March 10 at the district office"}, []string{"Home", "Contact"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { checkParts(t, c.page, c.want, c.junk) })
	}
	// Each item is a block of its own.
	if got := blocksOf("School Board Plans Hearings\n\n" + lead + "\n\n" + plan + middle + "\n"); !slices.Contains(got, "- converting two old libraries into science labs") {
		t.Errorf("items not split: %q", got)
	}
}
