package language_test

import (
	"strings"
	"testing"

	"github.com/precis-news/precis/shared/language"
)

func TestDetect(t *testing.T) {
	cases := map[string]string{
		"The council said that it would vote on the budget for the schools in the city next week.":                   "en",
		"Der Rat sagte, dass er nächste Woche über den Haushalt für die Schulen in der Stadt abstimmen wird.":        "de",
		"Le conseil a dit qu'il voterait sur le budget des écoles de la ville la semaine prochaine et pour les.":     "fr",
		"El consejo dijo que votaría el presupuesto de las escuelas de la ciudad la próxima semana y que no es así.": "es",
		"Deep text is still text. Deep text is still text.":                                                          "en",
		"too short": "und",
		"xyzzy plugh qwerty asdf zxcv uiop hjkl bnm": "und",
	}
	for in, want := range cases {
		if got := language.Detect(strings.Fields(strings.ToLower(in))); got != want {
			t.Errorf("Detect(%.40q) = %s, want %s", in, got, want)
		}
	}
}
