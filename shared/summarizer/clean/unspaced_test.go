package clean_test

import "testing"

// Text in a script written without spaces (Japanese, Chinese) keeps its body and loses its
// menus: each character counts as a word, and a full-width full stop ends a sentence.
func TestUnspacedScripts(t *testing.T) {
	cases := []struct {
		name       string
		page       string
		body, junk []string
	}{
		{"Japanese", "サイトマップ\nプライバシーポリシー\nお問い合わせ\nホーム ›\nソフトウェア ›\n" +
			"電子書籍を読む場合は、一般的にスマホやタブレットなどの端末で読むことが多いと思いますが、調べながら作業をする場合など、パソコンでそのまま読みたい時もあります。\n" +
			"そんな用途を考慮してか、多くの書店にはデスクトップアプリが用意されています。今回はそのアプリの設定に関する話です。\n" +
			"特に困ったのが、起動のショートカットキーに関する設定です。アプリをインストールすると自動でキーが設定され、同じ操作をするたびにアプリが立ち上がってしまいます。\n" +
			"関連記事\n人気記事ランキング\nカテゴリー\n",
			[]string{"電子書籍を読む場合は", "そんな用途を考慮してか", "特に困ったのが"}, []string{"サイトマップ", "プライバシーポリシー", "人気記事ランキング"}},
		{"Chinese", "首页\n新闻\n体育\n财经\n登录\n" +
			"市政府周二宣布，将在明年投入更多资金用于学校、道路和公共交通的建设，这项计划在市议会经过了长时间的辩论之后才获得通过。\n" +
			"反对者表示，这个计划会增加普通家庭的负担，而且议会并没有认真听取市民在听证会上提出的意见。\n" +
			"市长在会后对记者说，政府会在今后几个月里公布更详细的方案，并继续听取各方面的意见。\n" +
			"版权所有\n联系我们\n",
			[]string{"市政府周二宣布", "反对者表示", "市长在会后对记者说"}, []string{"首页", "联系我们"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { checkParts(t, c.page, c.body, c.junk) })
	}
}
