package extract_test

import (
	"strings"
	"testing"
)

// A picture's caption and credit marked by class, not <figcaption>, are not the article; an
// element whose class merely mentions captions, or a long one, is.
func TestCaptionsByClass(t *testing.T) {
	caption := "Sheikh Ahmed, the airline's chairman, center, passes a new passenger aircraft during the air show in Dubai, on Monday, Nov. 13, 2017."
	long := strings.Repeat("The council met again on Tuesday and voted on the plan for the new flood defences. ", 9)
	cases := []struct {
		name, block string
		want, junk  []string
	}{
		{"caption and credit", `<div class="InlineImage-wrapper"><div class="InlineImage-imageEmbedCaption">` + caption + `</div><div class="InlineImage-imageEmbedCredit">Jane Roe | Bloomberg | Getty Images</div></div>`, nil, []string{"Sheikh Ahmed", "Getty Images"}},
		{"wp caption text", `<div class="wp-caption"><img src="a.jpg"><p class="wp-caption-text">` + caption + `</p></div>`, nil, []string{"Sheikh Ahmed"}},
		{"photo credits by id", `<p id="photo-credits">Photos: Jane Roe for the Gazette</p>`, nil, []string{"Jane Roe for the Gazette"}},
		{"a class that mentions captions", `<div class="has-captions"><p>` + caption + `</p></div>`, []string{"Sheikh Ahmed"}, nil},
		{"a long element", `<div class="story-caption"><p>` + long + `</p></div>`, []string{"voted on the plan for the new flood defences"}, nil},
		// A card that pops up over a name, inside the paragraph, is not part of its text.
		{"a pop-up card over a name", `<p>South Dakota Gov. <a href="/people/kristi-noem">Kristi Noem</a><span class="rollover-people-block"><span class="rollover-block"><img src="n.jpg"><a class="name" href="/people/kristi-noem">Kristi Lynn Noem</a><a href="/a">Governor doubles down on campaign</a> <a href="/more">MORE</a></span></span> (R) is defending the state's launch of an anti-drug campaign on Monday.</p>`,
			[]string{"South Dakota Gov. Kristi Noem (R) is defending the state's launch"}, []string{"Kristi Lynn Noem", "MORE"}},
		{"a tooltip that holds no link", `<p>The index <span class="tooltip">Consumer prices, all urban consumers</span> rose by 0.4 percent in October, the agency said on Tuesday.</p>`,
			[]string{"Consumer prices, all urban consumers"}, nil},
		// The name a card pops up over is the paragraph's, whatever its class says.
		{"the link a card pops up over", `<p>Officials said <span class="tooltip-trigger"><a href="/people/john-smith">John Smith</a></span> would resign on Friday after the vote in the council on the new budget.</p>`,
			[]string{"Officials said John Smith would resign"}, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkPage(t, "<html><head><title>Slogan</title></head><body><article><p>"+para+"</p>"+c.block+"<p>"+para+"</p><p>"+para+"</p></article></body></html>", c.want, c.junk)
		})
	}
}
