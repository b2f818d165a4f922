package clean_test

import (
	"strings"
	"testing"
)

// A short story keeps every paragraph that quotes someone or reports speech, however short
// or light in function words, and a non-English text keeps its body.
func TestBodyKept(t *testing.T) {
	cases := []struct {
		name string
		page string
		want []string
	}{
		{"short story with quotes", "Home\nLocal\nSports\nFire destroys barn near Millbrook\n" +
			"A fire destroyed a barn on Route 9 near Millbrook early Sunday, the county fire marshal said.\n" +
			"“Total loss,” Chief Dana Ortiz said.\n" +
			"“Horses safe. Hay gone. Roof gone,” owner Sam Reyes told reporters.\n" +
			"Investigators said the cause was not yet known.\n" +
			"Ortiz added: “Wiring, probably.”\n" +
			"Privacy Policy\nTerms of Use\n",
			[]string{"Total loss", "Horses safe", "cause was not yet known", "Wiring, probably"}},
		{"German text", "Startseite\nPolitik\nDer Stadtrat hat am Dienstag nach einer langen und teilweise hitzigen Debatte den neuen Haushalt für die Stadt beschlossen, der mehr Geld für Schulen und Straßen vorsieht.\n" +
			"Die Gegner des Plans sagten, dass er die Steuern für die Familien erhöhen werde, die sich das am wenigsten leisten können, und dass der Rat nicht zugehört habe.\n" +
			"Impressum\nDatenschutz\n",
			[]string{"Der Stadtrat hat", "Die Gegner des Plans"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := strings.Join(blocksOf(c.page), "\n")
			for _, w := range c.want {
				if !strings.Contains(got, w) {
					t.Errorf("lost %q; kept:\n%s", w, got)
				}
			}
			for _, junk := range []string{"Privacy Policy", "Impressum", "Sports"} {
				if strings.Contains(got, junk) {
					t.Errorf("kept %q", junk)
				}
			}
		})
	}
}
