package extract_test

import "testing"

// A post a story quotes (a tweet in its embed box) is part of the article; a share bar is not.
func TestEmbeddedPosts(t *testing.T) {
	tweet := `<div class="social-media-embed"><blockquote class="twitter-tweet"><p lang="en" dir="ltr">Yes this is real and yes the state spent nearly half a million dollars on it: <a href="https://t.co/x">https://t.co/x</a></p>— Jane Roe (@janeroe) <a href="https://twitter.com/janeroe/status/1">November 18, 2019</a></blockquote></div>`
	share := `<div class="social-share"><a href="/fb">Share on Facebook</a> <a href="/tw">Share on Twitter</a> <a href="/mail">Email this story</a></div>`
	cases := []struct {
		name, embed string
		want, junk  []string
	}{
		{"a tweet", tweet, []string{"Yes this is real", "Jane Roe (@janeroe)"}, nil},
		{"a share bar", share, nil, []string{"Share on", "Email this"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkPage(t, "<html><head><title>Slogan</title></head><body><article><p>"+para+"</p><p>"+para+"</p>"+c.embed+"<p>"+para+"</p></article></body></html>", c.want, c.junk)
		})
	}
}
