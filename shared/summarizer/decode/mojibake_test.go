package decode

import (
	"strings"
	"testing"
)

func TestRepairMojibake(t *testing.T) {
	cases := []struct{ in, want string }{
		{"President Enrique PeÃ±a Nieto said", "President Enrique Peña Nieto said"},
		{"Federico de JesÃºs and FranÃ§ois Delattre", "Federico de Jesús and François Delattre"},
		{"GuantÃ¡namo Bay", "Guantánamo Bay"},
		{"it wasnâ€™t â€œreadyâ€\u009d, he said", "it wasn’t “ready”, he said"},
		{"caf\u00c3\u00a9 au lait, Â£5", "café au lait, £5"},
		{"Å\u0081Ã³dÅº", "Łódź"},
		{"the Ã“ of Ã“scar", "the Ó of Óscar"},
		// Not mojibake: the marks stay where nothing completes a sequence.
		{"NÃO ao acordo", "NÃO ao acordo"},
		{"â la carte and Ã", "â la carte and Ã"},
		{"Straße“ and Ã “", "Straße“ and Ã “"},
		{"plain ASCII text", "plain ASCII text"},
		{"", ""},
	}
	for _, c := range cases {
		if got := repairMojibake(c.in); got != c.want {
			t.Errorf("repairMojibake(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// The repair is one pass over the text: no input makes it quadratic.
func TestRepairMojibakeLinear(t *testing.T) {
	for _, s := range []string{strings.Repeat("Ã", 100000), strings.Repeat("Ã±", 100000), strings.Repeat("â€", 100000)} {
		if got := repairMojibake(s); len(got) > len(s) {
			t.Errorf("output grew: %d > %d bytes", len(got), len(s))
		}
	}
}

// Decode repairs mojibake in what it reads, whatever the input's encoding.
func TestDecodeRepairsMojibake(t *testing.T) {
	// The second "Ã" is decomposed (A and a combining tilde), as some scrapers save it.
	got, err := Decode([]byte("Mexico’s president, Enrique PeÃ±a Nieto, met Enrique PeA\u0303±a Nieto's aides, who said â€œnoâ€\u009d.\n"))
	if err != nil {
		t.Fatal(err)
	}
	if want := "Enrique Peña Nieto, met Enrique Peña Nieto's aides, who said “no”"; !strings.Contains(got.Text, want) {
		t.Errorf("Decode gave %q, want it to hold %q", got.Text, want)
	}
}
