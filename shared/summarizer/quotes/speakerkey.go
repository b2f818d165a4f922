package quotes

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/precis-news/precis/shared/article"
)

// Speaker keys across articles.
//
// Within one article, Extract resolves every mention of a speaker to the fullest name the
// article gives. Across articles, SpeakerKey maps a quote's speaker to a canonical key, a
// pure function of the name and its type, so that "Vladimir Putin", "President Vladimir
// Putin" and "Vladimir Putin's" share one key ("vladimir-putin") wherever they appear:
//
//   - people: case, accents, possessives, honorifics and titles before the name ("Mr.",
//     "President", "Russian") and suffixes after it ("Jr.") are dropped; the key is the
//     remaining words joined by "-". Two people who share a surname keep their own keys when
//     the article names them in full ("boris-johnson", "dwayne-johnson").
//   - a person named by the surname alone ("Putin", "Mr. Putin") gets the surname's key
//     ("putin"), and article.SpeakerID.Surname of a full name says which bare key it could be
//     called by. Whether "putin" is "vladimir-putin" depends on the whole archive, not on
//     one name: the rule (ResolveSurname) is that a bare surname stands for a full name
//     exactly when that full name is the only one with this surname among the speakers
//     seen; with none, or two or more ("boris-johnson", "dwayne-johnson"), the bare key
//     stays a speaker of its own. The store applies the rule when it reads, so the outcome
//     does not depend on the order in which articles arrive.
//   - organisations: case, accents, articles and possessives are dropped, nationality
//     adjectives become their country ("Ukrainian" is "ukraine"), British spellings become
//     American ones ("defence" is "defense"), and "<body> of <field>" is read as "<field>
//     <body>", so "Ukraine's defence ministry", "the Ukrainian Defense Ministry" and
//     "Ukraine's Ministry of Defence" are all "ukraine-defense-ministry".

// SpeakerKey returns the cross-article identity of a quote's speaker of the given type
// ("person", "organization" or "unknown"), and false when there is none (no speaker, a
// description with no capitalised word, or a name made only of titles and punctuation).
func SpeakerKey(name, speakerType string) (article.SpeakerID, bool) {
	words := article.NameWords(name)
	if !slices.ContainsFunc(words, func(w article.NameWord) bool { return capitalised(w.Text) }) {
		// A description in lower case ("the speaker", "a source", "officials") names someone
		// only within its article: across the archive it would merge strangers.
		return article.SpeakerID{}, false
	}
	if speakerType == article.PersonSpeaker {
		return personKey(words)
	}
	return orgKey(words, speakerType == article.OrganizationSpeaker)
}

// LookupKeys are the keys SpeakerKey makes of a name a reader types to look a speaker up,
// read as a person's ("Mr. Putin" is "putin") and as an organisation's ("Ukraine's Ministry
// of Defence" is "ukraine-defense-ministry"), without repeats. A name holding a word that
// names an organisation and opening with no honorific is read as an organisation's only: read
// as a person's it would lose its nationality and qualifiers ("Russian Foreign Ministry"
// would be "ministry") and find another's quotes.
func LookupKeys(name string) []string {
	types := []string{article.PersonSpeaker, article.OrganizationSpeaker}
	if ws := article.NameWords(name); len(ws) > 0 && !isHonorific(ws[0].Folded) &&
		slices.ContainsFunc(ws, func(w article.NameWord) bool { return orgWords[w.Folded] }) {
		types = types[1:]
	}
	var keys []string
	for _, typ := range types {
		if id, ok := SpeakerKey(name, typ); ok && !slices.Contains(keys, id.Key) {
			keys = append(keys, id.Key)
		}
	}
	return keys
}

// suffixes after a person's name that are not part of the key.
var nameSuffixes = words(`jr sr ii iii iv phd md esq`)

func personKey(ws []article.NameWord) (article.SpeakerID, bool) {
	// Titles, honorifics, descriptions and nationalities before the name: at least one
	// word stays ("President Putin" is "putin").
	for len(ws) > 1 && (titles[ws[0].Folded] || isHonorific(ws[0].Folded) || modifiers[ws[0].Folded] || demonyms[ws[0].Folded]) {
		ws = ws[1:]
	}
	for len(ws) > 1 && nameSuffixes[ws[len(ws)-1].Folded] {
		ws = ws[:len(ws)-1]
	}
	if len(ws) == 0 {
		return article.SpeakerID{}, false
	}
	// The surname is the last word with the particles before it ("von der Leyen"); a name
	// that is nothing else is a bare surname.
	first := len(ws) - 1
	for first > 0 && particles[ws[first-1].Folded] {
		first--
	}
	id := article.SpeakerID{Key: article.JoinKey(foldedOf(ws)), Name: joinText(ws)}
	if first > 0 {
		id.Surname = article.JoinKey(foldedOf(ws[first:]))
	}
	return id, id.Key != ""
}

func isHonorific(w string) bool {
	_, ok := honorifics[w]
	_, dotted := honorifics[w+"."]
	return ok || dotted
}

// orgArticles are dropped from organisations' names wherever they stand.
var orgArticles = words(`the a an`)

// americanSpellings maps British spellings in organisations' names to American ones.
var americanSpellings = map[string]string{
	"defence": "defense", "organisation": "organization", "organisations": "organizations",
	"centre": "center", "programme": "program", "labour": "labor", "harbour": "harbor",
}

func orgKey(ws []article.NameWord, org bool) (article.SpeakerID, bool) {
	name := joinText(trimArticles(ws))
	var keep []string
	for _, w := range ws {
		f := w.Folded
		if orgArticles[f] {
			continue
		}
		if org {
			if c, ok := countries[f]; ok {
				f = c
			} else if a, ok := americanSpellings[f]; ok {
				f = a
			}
		}
		keep = append(keep, f)
	}
	if org {
		keep = bodyOfField(keep)
	}
	key := article.JoinKey(keep)
	return article.SpeakerID{Key: key, Name: name}, key != ""
}

// bodyOfField reads "<...> <body> of <field>" as "<...> <field> <body>" when the word before
// "of" names an organisation ("ministry of defense" is "defense ministry").
func bodyOfField(ws []string) []string {
	for i, w := range ws {
		if w == "of" && i > 0 && i < len(ws)-1 && orgWords[ws[i-1]] {
			out := append([]string{}, ws[:i-1]...)
			out = append(out, ws[i+1:]...)
			return append(out, ws[i-1])
		}
	}
	return ws
}

func trimArticles(ws []article.NameWord) []article.NameWord {
	for len(ws) > 1 && orgArticles[ws[0].Folded] {
		ws = ws[1:]
	}
	return ws
}

func foldedOf(ws []article.NameWord) []string {
	out := make([]string, len(ws))
	for i, w := range ws {
		out[i] = w.Folded
	}
	return out
}

func joinText(ws []article.NameWord) string {
	out := make([]string, len(ws))
	for i, w := range ws {
		out[i] = w.Text
	}
	return strings.Join(out, " ")
}

// countries maps nationality adjectives, and short forms of country names, to the country's
// key in organisations' names: "Ukrainian" and "Ukraine's" are both "ukraine".
var countries = map[string]string{
	"american": "united-states", "us": "united-states", "usa": "united-states",
	"british": "united-kingdom", "uk": "united-kingdom", "britain": "united-kingdom",
	"french": "france", "german": "germany", "italian": "italy", "spanish": "spain",
	"portuguese": "portugal", "dutch": "netherlands", "belgian": "belgium", "swiss": "switzerland",
	"austrian": "austria", "swedish": "sweden", "norwegian": "norway", "danish": "denmark",
	"finnish": "finland", "icelandic": "iceland", "polish": "poland", "czech": "czechia",
	"slovak": "slovakia", "hungarian": "hungary", "romanian": "romania", "bulgarian": "bulgaria",
	"greek": "greece", "turkish": "turkey", "russian": "russia", "ukrainian": "ukraine",
	"belarusian": "belarus", "moldovan": "moldova", "georgian": "georgia", "armenian": "armenia",
	"azerbaijani": "azerbaijan", "kazakh": "kazakhstan", "uzbek": "uzbekistan", "serbian": "serbia",
	"croatian": "croatia", "bosnian": "bosnia", "slovenian": "slovenia", "albanian": "albania",
	"lithuanian": "lithuania", "latvian": "latvia", "estonian": "estonia", "chinese": "china",
	"japanese": "japan", "taiwanese": "taiwan", "vietnamese": "vietnam", "thai": "thailand",
	"indonesian": "indonesia", "filipino": "philippines", "indian": "india", "pakistani": "pakistan",
	"afghan": "afghanistan", "iranian": "iran", "iraqi": "iraq", "syrian": "syria",
	"lebanese": "lebanon", "israeli": "israel", "palestinian": "palestine", "jordanian": "jordan",
	"saudi": "saudi-arabia", "yemeni": "yemen", "egyptian": "egypt", "libyan": "libya",
	"tunisian": "tunisia", "algerian": "algeria", "moroccan": "morocco", "sudanese": "sudan",
	"ethiopian": "ethiopia", "somali": "somalia", "kenyan": "kenya", "nigerian": "nigeria",
	"canadian": "canada", "mexican": "mexico", "cuban": "cuba", "colombian": "colombia",
	"venezuelan": "venezuela", "brazilian": "brazil", "chilean": "chile", "argentine": "argentina",
	"argentinian": "argentina", "peruvian": "peru", "australian": "australia", "irish": "ireland",
	"scottish": "scotland", "welsh": "wales", "english": "england", "qatari": "qatar",
	"emirati": "uae", "kuwaiti": "kuwait", "malaysian": "malaysia", "singaporean": "singapore",
}

// capitalised reports whether w opens with a capital letter or a digit ("3M").
func capitalised(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r) || unicode.IsDigit(r)
}
