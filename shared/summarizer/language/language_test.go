package language_test

import (
	"strings"
	"testing"

	"github.com/precis-news/precis/shared/summarizer/language"
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
		// Other scripts, told by their letters.
		"وافق مجلس المدينة يوم الثلاثاء على ميزانية جديدة للمكتبة العامة":                    "und-Arab",
		"Городской совет во вторник утвердил новый бюджет библиотеки":                        "und-Cyrl",
		"מועצת העיר אישרה ביום שלישי תקציב חדש לספרייה הציבורית":                             "he",
		"市議会は火曜日に公立図書館の新しい予算を承認しました":                                                         "ja",
		"市议会周二批准了公共图书馆的新预算和周末儿童课程":                                                           "zh",
		"시의회는 화요일에 공공 도서관의 새 예산을 승인했습니다":                                                     "ko",
		"The Kremlin (Кремль) said on Monday that the talks with the ministers would go on.": "en",
	}
	for in, want := range cases {
		if got := language.Detect(strings.Fields(strings.ToLower(in))); got != want {
			t.Errorf("Detect(%.40q) = %s, want %s", in, got, want)
		}
	}
}
