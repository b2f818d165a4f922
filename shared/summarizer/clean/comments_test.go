package clean_test

import (
	"strings"
	"testing"
)

// A comment section opens the same way in other languages: with its count or the form's
// prompt. Nothing from there on is the article.
func TestCommentsInOtherLanguages(t *testing.T) {
	story := []string{
		"A prefeitura anunciou nesta terça-feira que o novo orçamento da cidade vai destinar mais dinheiro para as escolas, as estradas e a polícia, depois de um debate que durou quase toda a noite.",
		"Os opositores do plano disseram que ele vai aumentar os impostos das famílias que menos podem pagar, e que a câmara não ouviu as pessoas que foram às reuniões para dizer isso.",
		"O prefeito deve assinar o orçamento na próxima semana, e os primeiros pagamentos para as escolas estão previstos para a primavera, segundo a secretaria de finanças da cidade.",
	}
	comments := "Karol 1 ano atrás Link permanente\nOlá, qual é o nome dessa loja onde vocês compraram todos esses materiais para as crianças? Obrigada pela ajuda de sempre!\nResponder\n"
	cases := []struct {
		name, page string
	}{
		{"a count of comments", "Início\nNotícias\n" + strings.Join(story, "\n") + "\n2 Comentários\n" + comments},
		{"the form's prompt", "Início\nNotícias\n" + strings.Join(story, "\n") + "\nDeixe uma resposta\n" + comments},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { checkParts(t, c.page, story, []string{"Karol", "qual é o nome"}) })
	}
}
