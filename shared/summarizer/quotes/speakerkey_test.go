package quotes

import (
	"testing"

	"github.com/precis-news/precis/shared/article"
)

func TestSpeakerKey(t *testing.T) {
	tests := []struct {
		name, typ           string
		key, surname, shown string
		ok                  bool
	}{
		{"Vladimir Putin", "person", "vladimir-putin", "putin", "Vladimir Putin", true},
		{"President Vladimir Putin", "person", "vladimir-putin", "putin", "Vladimir Putin", true},
		{"Russian President Vladimir Putin", "person", "vladimir-putin", "putin", "Vladimir Putin", true},
		{"Vladimir Putin's", "person", "vladimir-putin", "putin", "Vladimir Putin", true},
		{"Putin", "person", "putin", "", "Putin", true},
		{"Mr. Putin", "person", "putin", "", "Putin", true},
		{"Mr Putin", "person", "putin", "", "Putin", true},
		{"PUTIN", "person", "putin", "", "PUTIN", true},
		{"Boris Johnson", "person", "boris-johnson", "johnson", "Boris Johnson", true},
		{"Dwayne Johnson", "person", "dwayne-johnson", "johnson", "Dwayne Johnson", true},
		{"Martin Luther King Jr.", "person", "martin-luther-king", "king", "Martin Luther King", true},
		{"Emmanuel Macron", "person", "emmanuel-macron", "macron", "Emmanuel Macron", true},
		{"Jean-Luc Mélenchon", "person", "jean-luc-melenchon", "melenchon", "Jean Luc Mélenchon", true},
		{"Ursula von der Leyen", "person", "ursula-von-der-leyen", "von-der-leyen", "Ursula von der Leyen", true},
		{"von der Leyen", "person", "von-der-leyen", "", "von der Leyen", true},
		{"Volodymyr Zelenskyy", "person", "volodymyr-zelenskyy", "zelenskyy", "Volodymyr Zelenskyy", true},
		{"Conan O'Brien", "person", "conan-obrien", "obrien", "Conan O'Brien", true},
		{"Ukraine's defense ministry", "organization", "ukraine-defense-ministry", "", "Ukraine defense ministry", true},
		{"the Ukrainian Defense Ministry", "organization", "ukraine-defense-ministry", "", "Ukrainian Defense Ministry", true},
		{"Ukraine's Ministry of Defence", "organization", "ukraine-defense-ministry", "", "Ukraine Ministry of Defence", true},
		{"The U.S. State Department", "organization", "united-states-state-department", "", "U.S. State Department", true},
		{"the American State Department", "organization", "united-states-state-department", "", "American State Department", true},
		{"University of Oxford", "organization", "oxford-university", "", "University of Oxford", true},
		{"Oxford University", "organization", "oxford-university", "", "Oxford University", true},
		{"Reuters", "organization", "reuters", "", "Reuters", true},
		// An unknown speaker is normalised but not reinterpreted.
		{"the Pentagon officials", "unknown", "pentagon-officials", "", "Pentagon officials", true},
		// A description in lower case is nobody in particular across articles.
		{"the officials", "unknown", "", "", "", false},
		{"the speaker", "person", "", "", "", false},
		{"a source", "unknown", "", "", "", false},
		{"", "person", "", "", "", false},
		{"  ", "organization", "", "", "", false},
		{"“ — ”", "person", "", "", "", false},
	}
	for _, tt := range tests {
		id, ok := SpeakerKey(tt.name, tt.typ)
		if ok != tt.ok || id.Key != tt.key || id.Surname != tt.surname || id.Name != tt.shown {
			t.Errorf("SpeakerKey(%q, %q) = %+v, %v; want {%s %s %s}, %v", tt.name, tt.typ, id, ok, tt.key, tt.surname, tt.shown, tt.ok)
		}
	}
}

func TestSpeakerKeyBounded(t *testing.T) {
	long := ""
	for range 200 {
		long += "Name "
	}
	id, ok := SpeakerKey(long, "person")
	if !ok || len(id.Key) > article.MaxKeyBytes {
		t.Errorf("key of %d bytes (ok %v), want at most %d", len(id.Key), ok, article.MaxKeyBytes)
	}
}
