package article_test

import (
	"testing"

	"github.com/precis-news/precis/shared/article"
)

func TestBalanceQuotes(t *testing.T) {
	cases := []struct{ in, want string }{
		{"He said it was fine.", "He said it was fine."},
		{"“It is fine,” he said.", "“It is fine,” he said."},
		{"“He is renowned for his work.", "“He is renowned for his work.”"},
		{"We need some help.”", "“We need some help.”"},
		{"It was, he said, “a disaster.", "It was, he said, “a disaster.”"},
		{"We will win,” he said.", "“We will win,” he said."},
		{`"He is renowned for his work.`, `"He is renowned for his work."`},
		{`We need some help."`, `"We need some help."`},
		{`"We will win," he said, "and soon."`, `"We will win," he said, "and soon."`},
		{`It's the "best" day.`, `It's the "best" day.`},
		{"‘Single quotes’ stay as they are.", "‘Single quotes’ stay as they are."},
		{"“Outer ‘inner’ text.", "“Outer ‘inner’ text.”"},
		{"”", "“”"},
		{"", ""},
	}
	for _, c := range cases {
		if got := article.BalanceQuotes(c.in); got != c.want {
			t.Errorf("BalanceQuotes(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
