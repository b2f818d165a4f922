package article_test

import (
	"testing"

	"github.com/precis-news/precis/shared/article"
)

func TestNormalizeKey(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Vladimir Put", "vladimir-put"},
		{"vladimir-putin", "vladimir-putin"},
		{"  ZELENSKYY ", "zelenskyy"},
		{"Mélenchon", "melenchon"},
		{"", ""},
		{"--", ""},
	}
	for _, tt := range tests {
		if got := article.NormalizeKey(tt.in); got != tt.want {
			t.Errorf("article.NormalizeKey(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestResolveSurname(t *testing.T) {
	tests := []struct {
		full []string
		want string
		ok   bool
	}{
		{nil, "", false},
		{[]string{"vladimir-putin"}, "vladimir-putin", true},
		{[]string{"boris-johnson", "dwayne-johnson"}, "", false},
	}
	for _, tt := range tests {
		got, ok := article.ResolveSurname(tt.full)
		if got != tt.want || ok != tt.ok {
			t.Errorf("article.ResolveSurname(%q) = %q, %v; want %q, %v", tt.full, got, ok, tt.want, tt.ok)
		}
	}
}
