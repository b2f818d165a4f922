package quotes

import "strings"

func words(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// honorifics carry a gender; they are lower-case with their period, as tokenize keeps it.
var honorifics = map[string]gender{
	"mr.": male, "mr": male, "messrs.": male, "sir": male, "lord": male, "king": male, "prince": male,
	"mrs.": female, "mrs": female, "ms.": female, "ms": female, "miss": female, "dame": female,
	"lady": female, "queen": female, "princess": female, "mme.": female, "mme": female,
}

// abbreviations whose period belongs to the word.
var abbreviations = words(`mr mrs ms messrs mmes dr prof gen lt col maj capt cpt sgt cpl pvt adm cmdr cdr brig
rep sen gov rev hon st ste mt ft pres supt det insp jr sr fr atty amb sec mme gens sens reps`)

// titles stand before a name and are not part of it.
var titles = words(`dr prof gen lt col maj capt cpt sgt cpl pvt adm cmdr cdr brig rep sen gov rev hon pres supt
det insp atty amb sec president vice prime minister premier chancellor secretary senator congressman
congresswoman representative governor mayor judge justice ambassador general lieutenant colonel major
captain sergeant admiral commander chief director chairman chairwoman chair ceo cfo coo founder professor
doctor pope cardinal bishop archbishop rabbi imam sheikh emir sultan ayatollah father sister brother
president-elect deputy defense defence foreign interior finance economy health justice trade state
spokesman spokeswoman spokesperson leader coach manager striker midfielder defender goalkeeper actor
actress singer star author writer chancellor-elect officer inspector superintendent detective constable
attorney prosecutor sheriff councillor councilman councilwoman assemblyman assemblywoman speaker whip
mp mep senator-elect governor-elect minister-president crown archduke duke duchess count countess baron baroness`)

// roles are nouns that describe a person.
var roles = words(`president leader spokesman spokeswoman spokesperson minister premier chancellor secretary
senator governor mayor official officials commander chief general ambassador diplomat envoy analyst expert
economist professor researcher scientist lawyer attorney prosecutor judge director chairman chairwoman
executive ceo founder head adviser advisor aide strategist consultant candidate lawmaker legislator
congressman congresswoman representative politician activist campaigner dissident opposition ally
rival critic author writer journalist reporter editor columnist correspondent witness resident survivor
victim mother father son daughter wife husband doctor nurse officer soldier colonel captain sergeant
coach player manager striker actor actress singer star artist musician director producer pastor priest
bishop cardinal pope rabbi imam cleric teacher student owner entrepreneur investor banker trader
negotiator mediator monarch king queen prince princess dictator strongman autocrat militant fighter
commissioner inspector detective sheriff chair deputy vice-president cosmonaut astronaut pilot
developer engineer designer physician surgeon psychologist historian chef farmer worker spokespeople
official's member members source sources critics supporters lobbyists voters officials experts
analysts aides advisers advisors residents protesters observers economists lawmakers leaders members
spokesmen organizer organizers nominee host anchor moderator pollster fellow staffer staffers
strategists consultants donors delegate delegates volunteer volunteers businessman businesswoman
billionaire mogul tycoon magnate governor-elect nominee-elect veteran veterans
narrator announcer caller man woman voter operative pundit commentator contributor surrogate boss
salesman saleswoman scholar speechwriter blogger comedian filmmaker constituent supporter opponent
attendee protester protestor demonstrator person friend user commenter employee neighbor
neighbour relative colleague classmate scientist advocate counsel lobbyist treasurer superintendent chairmen chairwomen
agent agents staff frontrunner front-runner insider co-founder cofounder co-chair co-director demographer
sociologist lecturer dean trustee publisher brother sister`)

// modifiers may stand in a description before a name.
var modifiers = words(`longtime long-time former ex senior top chief deputy acting exiled veteran prominent
influential leading local regional federal state national international retired current new then
incoming outgoing interim defense defence foreign interior military presidential opposition
prime vice general press`)

// demonyms: nationality and regional adjectives, matched lower-case.
var demonyms = words(`american british english scottish welsh irish french german italian spanish portuguese
dutch belgian swiss austrian swedish norwegian danish finnish icelandic polish czech slovak hungarian
romanian bulgarian greek turkish russian ukrainian belarusian belarussian moldovan georgian armenian
azerbaijani kazakh uzbek serbian croatian bosnian slovenian albanian macedonian montenegrin kosovar
lithuanian latvian estonian chinese japanese korean north south taiwanese vietnamese thai cambodian
laotian burmese malaysian singaporean indonesian filipino indian pakistani afghan bangladeshi
sri lankan nepalese iranian iraqi syrian lebanese israeli palestinian jordanian saudi yemeni omani
emirati qatari kuwaiti bahraini egyptian libyan tunisian algerian moroccan sudanese ethiopian eritrean
somali kenyan ugandan tanzanian rwandan congolese nigerian ghanaian senegalese malian cameroonian
angolan zambian zimbabwean mozambican south-african african canadian mexican cuban haitian
dominican guatemalan honduran salvadoran nicaraguan panamanian colombian venezuelan ecuadorian
peruvian bolivian brazilian chilean argentine argentinian uruguayan paraguayan australian zealand
european asian arab soviet western eastern kremlin
republican democratic democrat conservative labour liberal tory catalan basque kurdish chechen tatar`)

// orgWords mark a capitalised run as an organisation.
var orgWords = words(`institute ministry agency service council committee commission department office bureau
university college school academy foundation association union federation league party government
parliament congress senate assembly court tribunal police army navy force forces corps guard military
bank fund company corporation corp inc ltd llc plc group holdings partners times post news press journal
herald tribune telegraph guardian gazette daily weekly magazine network channel broadcasting radio
television tv reuters bloomberg tass interfax belta xinhua kremlin pentagon nations organization
organisation center centre institution authority administration board trust society club team airlines
airways motors industries systems technologies labs laboratories hospital clinic church mosque temple
museum library exchange watch observatory network initiative project alliance coalition movement front
brigade battalion regiment command cabinet secretariat directorate inspectorate campaign
newspaper outlet firm`)

// linkers join the words of an organisation's name.
var linkers = words(`of for the and on de`)

// particles may stand inside a person's name.
var particles = words(`de da di van von der den la le du al el bin ibn dos das del y`)

// notNames are capitalised words that do not start or make up a person's name.
var notNames = words(`the a an but and or so yet for in on at by to from with of as if when while after before
since although though because however meanwhile monday tuesday wednesday thursday friday saturday sunday
january february march april may june july august september october november december he she they we
it i you his her their our its this that these those there here what which who why how where mr. mrs.
ms. dr. st. st saint day street avenue road square church christmas easter ramadan new year god
internet web online twitter facebook instagram tiktok youtube telegram whatsapp linkedin reddit google
apple microsoft amazon north south east west central union republic kingdom states city county province
region district island islands sea ocean river mountain mount lake valley war world cup olympics
president minister senator governor me us him them another one some others many several both each
all most few nothing everything something anything nobody everybody somebody anybody everyone someone
anyone`)

// companies are capitalised words that no person's name is made of but that speak as
// organisations when a cue makes them the speaker ("Twitter said in a statement").
var companies = words(`twitter facebook instagram tiktok youtube telegram whatsapp linkedin reddit google
apple microsoft amazon`)

// cueVerbs introduce or follow a quotation.
var cueVerbs = words(`said says say told tells tell added adds read reads insisted insists noted notes posted posts wrote
writes called calls stated states declared declares explained explains argued argues warned warns
claimed claims asked asks replied replies responded responds continued continues tweeted tweets
announced announces acknowledged acknowledges admitted admits recalled recalls remarked remarks observed
observes suggested suggests urged urges conceded concedes stressed stresses emphasised emphasized
emphasises emphasizes concluded concludes commented comments complained complains joked jokes
cautioned cautions agreed agrees countered counters predicted predicts testified testifies shouted
shouts whispered whispers wondered wonders described describes quipped quips mused muses boasted
boasts vowed vows pledged pledges confirmed confirms denied denies maintained maintains charged charges
cried exclaimed exclaims reiterated reiterates reported reports recounted recounts dubbed dubs termed
labelled labeled branded told insisting saying adding noting writing telling calling according put
proclaimed proclaims asserted asserts contended contends promised promises assured assures condemned condemns
accuses`)

// skipBetween may stand between a speaker and the cue verb or after it ("said Monday").
var skipBetween = words(`also later then again once further has had have was is would will had previously
recently earlier simply flatly repeatedly firmly publicly privately quickly immediately bluntly
monday tuesday wednesday thursday friday saturday sunday yesterday today tonight last night on
often always usually frequently sometimes openly quietly angrily loudly softly sharply proudly calmly
candidly frankly confidently emphatically tersely jokingly wryly dryly casually bitterly happily
abruptly curtly plainly`)

// pronouns that may stand for a speaker.
var pronouns = map[string]gender{"he": male, "she": female, "they": unknownGender, "it": unknownGender, "we": unknownGender, "i": unknownGender}

// firstNames are common given names in English-language news, with the gender they most
// often carry: they mark a capitalised run as a person and give pronouns something to match.
var firstNames = func() map[string]gender {
	m := map[string]gender{}
	for _, w := range strings.Fields(`james john robert michael william david richard joseph thomas charles
christopher daniel matthew anthony mark donald steven paul andrew joshua kenneth kevin brian george
timothy ronald edward jason jeffrey ryan jacob gary nicholas eric jonathan stephen larry justin scott
brandon benjamin samuel gregory alexander frank patrick raymond jack dennis jerry tyler aaron jose adam
nathan henry douglas zachary peter kyle ethan walter noah jeremy christian keith roger terry gerald
harold sean austin carl arthur lawrence dylan jesse jordan bryan billy joe bruce gabriel logan albert
willie alan juan wayne elijah randy roy vincent ralph eugene russell bobby mason philip louis barack
bernie bill ted marco jeb ben chris mike rand lindsey newt mitt rick jim tim tom bob dick jon marty
harry chuck mitch nancy hillary barney lamar reince sergey vladimir xi francois angela boris emmanuel
justin narendra benjamin bibi hassan ali ahmed mohammed muhammad omar abdul carlos luis miguel jorge
pedro ricardo antonio sergio alejandro diego fernando rafael raul javier mario jesus hector ramon
corey kellyanne reince sean steve stephen karl newt herman jared eric dan danny greg jeff josh kirk
kurt lou marty max neil nick pat phil rob ron sam seth stan ted todd tony trey vic wes zach elliott
bret brett chad clay cody colin craig curtis darren derek dustin evan grant hunter ian ivan jake
jay joel kent lance lee leo leon malcolm marcus martin mitchell morgan nate oliver owen paul quentin
reggie rex rod ross roy rudy russ ryan shane spencer stuart travis troy wade warren wesley rudolph
rudy orrin lamar mitt paul ron jerrold elijah rahm deval cory joaquin julian tulsi beto andrew`) {
		m[w] = male
	}
	for _, w := range strings.Fields(`mary patricia jennifer linda elizabeth barbara susan jessica sarah
karen nancy lisa betty margaret sandra ashley kimberly emily donna michelle dorothy carol amanda
melissa deborah stephanie rebecca sharon laura cynthia kathleen amy shirley angela helen anna brenda
pamela nicole emma samantha katherine christine debra rachel catherine carolyn janet ruth maria
heather diane virginia julie joyce victoria olivia kelly christina lauren joan evelyn judith megan
cheryl andrea hannah martha jacqueline frances gloria ann teresa kathryn sara janice jean alice
madison doris abigail julia judy grace denise amber marilyn beverly danielle theresa sophia marie
diana brittany natalie isabella charlotte rose alexis kayla hillary carly sarah condoleezza madeleine
elizabeth huma donna debbie nikki michele kellyanne hope ivanka melania chelsea sheryl dianne
barbara kirsten tammy claire maxine nancy elena sonia ruth loretta janet valerie susana jeanne
jill kamala tulsi stacey ayanna alexandria ilhan liz lisa maggie kelly jeanne jan meg marsha
patty heidi shelley susan joni jodi katie kate kathy cathy becky beth betsy peggy sally sue wendy
molly holly polly annie amelia ella lily zoe chloe mia ava sofia leah lucy ellen eleanor irene
norma anne annette bonnie carla connie dana dolores erin gail gina jenna joanna kristen krista
leslie lori marcia monica paula rita robin roberta sheila sylvia tina tracy vanessa vera yvonne
angelina brooke cindy courtney dawn elaine felicia georgia jackie jane josephine june kristin
lynn margo maureen nina renee rosa rosemary sherry stella tanya toni veronica whitney ana`) {
		m[w] = female
	}
	for w := range unisexNames {
		m[w] = unknownGender // a first name still, of either gender
	}
	return m
}()

// documents are texts that can stand as a speaker ("the report said", "the email read").
var documents = words(`report statement release letter memo email e-mail ad advertisement filing
complaint lawsuit indictment document documents study survey poll analysis website post tweet
video editorial column op-ed book transcript message page note notice ruling order opinion
decision brief motion platform manifesto`)
