package clean_test

import (
	"fmt"
	"strings"
	"testing"
)

// A shopping article runs from its paragraphs into product cards (name, features, the price
// on its own line, a button): the cards are body. A shop widget of names and prices beside
// the article, and cards that a feed header opens, are not.
func TestProductCards(t *testing.T) {
	intro := []string{
		"The holiday sales are going to be huge for every sort of product this year, from televisions and vacuums to kitchen gadgets and more. Of course, as every year, people are most interested in deals on phones and headphones, which are so pricey the rest of the year.",
		"Wireless earbuds dropped to an all-time low this week, and some of the best deals we have ever seen are already available now. Check out our picks for the best early deals on headphones and watches below.",
	}
	cards := []struct{ name, features, price string }{
		{"Acme Buds 2", "Automatically on, automatically connected\nEasy setup for all your devices\nCharges quickly in the case", "$139.00"},
		{"Acme Buds Pro", "Active noise cancellation for immersive sound\nSweat and water resistant\nThree sizes of soft tips", "$234.98"},
		{"Acme Watch 3", "Optical heart sensor\nSwim proof\nAluminium case", "$169.99"},
		{"Acme Headphones Solo", "Up to 40 hours of battery life\nAdjustable fit with cushioned ear cups", "€164,99"},
	}
	var b strings.Builder
	for _, c := range cards {
		fmt.Fprintf(&b, "%s\n%s\n%s (Latest Model)\n%s\nBuy Now\n", c.name, c.features, c.name, c.price)
	}
	list := b.String()
	shop := "Post navigation\nBIKES FOR SALE\nHonda Tourer + Extras\n£5,349.00\nBandit 650 2011\n£3,000.00\nMarauder 125\n£1,195.00\nWhat We Have Been Up To\n"
	head := "Home\nDeals\nReviews\nThe best early deals on headphones and watches\n"
	foot := "Tags: Deals\nAbout\nContact\nPrivacy Policy\n"
	cases := []struct {
		name, page string
		want, junk []string
	}{
		{"cards after the paragraphs", head + strings.Join(intro, "\n") + "\nDon't Miss:\n" + list + foot,
			[]string{"Acme Buds 2\n", "Easy setup for all your devices", "$139.00", "Swim proof", "Adjustable fit with cushioned ear cups", "€164,99"}, []string{"Tags", "Privacy"}},
		{"a shop widget after the article", head + strings.Join(intro, "\n") + "\n" + shop + foot,
			[]string{intro[1]}, []string{"BIKES", "£5,349.00", "Marauder"}},
		{"cards a feed header opens", head + strings.Join(intro, "\n") + "\nMore from Deals\n" + list + foot,
			[]string{intro[1]}, []string{"$139.00", "Swim proof"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { checkParts(t, c.page, c.want, c.junk) })
	}
}
