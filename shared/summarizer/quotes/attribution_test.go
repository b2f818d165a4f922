package quotes_test

import (
	"testing"

	"github.com/precis-news/precis/shared/summarizer/quotes"
)

// TestAttributionMechanisms pins, on short articles written for them, the attribution
// mechanisms added for news at large: each case failed before its mechanism.
func TestAttributionMechanisms(t *testing.T) {
	cases := []struct {
		name  string
		paras []string
		wants []want
	}{
		{"a period before the cue leaves it a sentence of its own", []string{
			`Donald Trump spoke in Florida on Wednesday.`,
			`“I hope you are able to find the emails that are missing.” Trump said.`,
			`“We will look at a lot of different people…” Clinton said. “Nobody knows yet.”`},
			[]want{{"I hope you are able", "Donald Trump", quotes.Person, false}, {"We will look at a lot", "Clinton", quotes.Person, false},
				{"Nobody knows yet.", "Clinton", quotes.Person, false}}},
		{"a reversed mark closing the quotation", []string{
			`The commission met in Columbia on Monday.`,
			`“If she loses Iowa, that could create real problems for her here,“ said Jim Clyburn, a congressman.`,
			`“It is unusual,“ said Larry Noble, an attorney. “It is a hard thing to pull off.”`},
			[]want{{"If she loses Iowa", "Jim Clyburn", quotes.Person, false}, {"It is unusual", "Larry Noble", quotes.Person, false},
				{"It is a hard thing to pull off.", "Larry Noble", quotes.Person, false}}},
		{"a cue with no subject of its own goes on from the sentence's subject", []string{
			`Hillary Clinton met voters in Iowa.`,
			`Asked whether her husband would join the cabinet, Mrs. Clinton shook her head and said, “No, not at all.”`,
			`Senator Ann Becker praised the vote as a “fantastic” result, telling reporters during a visit to Scotland that it was “a great thing.”`},
			[]want{{"No, not at all.", "Hillary Clinton", quotes.Person, false}, {"a great thing", "Ann Becker", quotes.Person, true}}},
		{"a verb after the subject is not a modifier of a role", []string{
			`Thomas Massie used to support fellow Kentuckian Rand Paul, but now said Trump had “the opportunity and the obligation to bring us together.”`,
			`The court returned the case to the lower courts. “The court expresses no view on the merits” of the case, the unsigned opinion said.`},
			[]want{{"the opportunity and the obligation", "Thomas Massie", quotes.Person, true}, {"The court expresses no view", "unsigned opinion", quotes.Unknown, false}}},
		{"a title naming an institution before a person's name", []string{
			`Senate Majority Leader Mitch McConnell said the remarks were inappropriate. He said judges should stay out of elections.`,
			`“It raises a level of skepticism that the American people have,” he said.`},
			[]want{{"It raises a level of skepticism", "Mitch McConnell", quotes.Person, false}}},
		{"a pronoun after the sentence that introduces its subject", []string{
			`Barack Obama won the Iowa caucuses in 2008.`,
			`Raynard Jackson, a campaign consultant, is a Virginia resident who voted for Obama in the primary. “If South Carolina had come first, Obama would not have won,” he said in 2008.`},
			[]want{{"If South Carolina had come first", "Raynard Jackson", quotes.Person, false}}},
		{"a phrase quoted in reported speech keeps its own subject after another speaker's quote", []string{
			`Bernie Sanders released a statement insisting that the island “must stop being treated like a colony.” Meanwhile, Hillary Clinton endorsed the deal, although she made it clear that she has “serious concerns” about it.`},
			[]want{{"must stop being treated", "Bernie Sanders", quotes.Person, true}, {"serious concerns", "Hillary Clinton", quotes.Person, true}}},
		{"one who speaks in a clause the subject governs is not the pronoun's antecedent", []string{
			`Paul Ryan did not exude confidence when Jake Tapper asked whether Republicans would hold the House.`,
			`“The one thing you can predict of this year is that it is going to be unpredictable,” he said.`},
			[]want{{"The one thing you can predict", "Paul Ryan", quotes.Person, false}}},
		{"a name in the opening phrase before a pronoun subject", []string{
			`Ted Cruz warned against a brokered convention. “That would be an absolute disaster,” Cruz said.`,
			`As for Donald Trump, he said he is not worried. “First of all, I think I am going to have the delegates,” he said.`},
			[]want{{"That would be an absolute disaster", "Ted Cruz", quotes.Person, false}, {"First of all", "Donald Trump", quotes.Person, false}}},
		{"an adverb between the speaker and the cue", []string{
			`Marco Rubio spoke in New Hampshire.`,
			`“The issue with him is not that he lacked executive experience,” he often says. “It is that his ideas do not work.”`},
			[]want{{"The issue with him", "Marco Rubio", quotes.Person, false}, {"It is that his ideas", "Marco Rubio", quotes.Person, false}}},
		{"a company whose name is a common word speaks as an organisation", []string{
			`“As the nature of the threat has changed, so has our work in this area,” Twitter said in a statement.`},
			[]want{{"As the nature of the threat", "Twitter", quotes.Organization, false}}},
		{"a name opening the sentence before a long description set off by a comma", []string{
			`Rich Heffley, a top Tallahassee GOP operative who played a major role in John McCain’s big Florida win in 2008 and is now running Bush’s early-vote efforts in the state, said the absentee program is a “critical part of our strategy.”`},
			[]want{{"critical part of our strategy", "Rich Heffley", quotes.Person, true}}},
		{"a cue word after a possessive is a noun", []string{
			`House Speaker Paul Ryan told CNN on Tuesday that Ginsburg’s comments “show bias to me.”`},
			[]want{{"show bias to me", "Paul Ryan", quotes.Person, true}}},
		{"an inverted cue after a long opening phrase, or set off by commas mid-sentence", []string{
			`Because of how Democrats crafted the primary schedule, explained Simon Rosenberg, “there is a scenario where it is hard to see how she gets on TV.”`,
			`The paradox of Nancy, says Carl Anthony, a historian at the library, is that she was “one of the most powerful first ladies of the era.”`},
			[]want{{"there is a scenario", "Simon Rosenberg", quotes.Person, true}, {"one of the most powerful", "Carl Anthony", quotes.Person, true}}},
		{"a lone surname before an adverb and a cue names a person", []string{
			`Donald Trump went with the odds on Sunday.`,
			`Cruz openly admitted that his pick was political. “With an eye to February, Carolina,” he said.`},
			[]want{{"With an eye to February", "Cruz", quotes.Person, false}}},
		{"a question closing the quotation before a named speaker and a long cue clause", []string{
			`“It looks like we are not going to have a very good relationship, who knows?” Donald Trump told Britain’s ITV television station in an interview aired on Monday when asked about ties.`},
			[]want{{"It looks like we are not going", "Donald Trump", quotes.Person, false}}},
		{"a clause opening with as that introduces the quotation", []string{
			`As the Hollywood columnist Louella Parsons had written just a few years earlier, “We just could not have a motion picture industry without him.”`,
			`As Freddy stumbled, Donald Trump said, “I watched him. And I learned from him.”`},
			[]want{{"We just could not have", "Louella Parsons", quotes.Person, false}, {"I watched him.", "Donald Trump", quotes.Person, false}}},
		{"a lone surname opening a sentence before a verb in the past tense", []string{
			`Donald Trump raised concerns about the vote on Monday.`,
			`Obama also addressed the concerns last Thursday, stating that local authorities run the election.`,
			`“We do take seriously our responsibilities to monitor the vote,” he added.`},
			[]want{{"We do take seriously", "Obama", quotes.Person, false}}},
		{"a description subject with a name in apposition", []string{
			`Martin O’Malley noted that he had raised the minimum wage. But the other candidate on the stage, former Secretary of State Hillary Clinton, drew a contrast.`,
			`“I do take what Alan Krueger said seriously,” she said.`},
			[]want{{"I do take what Alan Krueger", "Hillary Clinton", quotes.Person, false}}},
		{"a source named before the quotation, and a description with its complement as subject", []string{
			`Over the long term, according to the Congressional Budget Office, the rise in deficits “is mainly attributable to the aging of the population.”`,
			`A spokesman for the buyer said there was a commitment “to making this a showcase for the island.”`,
			`Win Htein said that according to its analysis, the party has won, but “we are still counting the seats.”`},
			[]want{{"is mainly attributable", "Congressional Budget Office", quotes.Organization, true}, {"to making this a showcase", "spokesman for the buyer", quotes.Person, true},
				{"we are still counting", "Win Htein", quotes.Person, true}}},
		{"a cue participle after a comma goes on from the sentence's subject, resolved where it stands", []string{
			`Before the convention, Cleveland Police Chief Calvin Williams lobbied to suspend open-carry rights downtown, saying, "The fewer guns, the better."`,
			`Donald Trump released a new ad. Trump then appears in a clip from a stump speech, saying, “We are calling for a total and complete shutdown.” The crowd cheers.`,
			`76-year-old Morton Blackwell, founder of the Leadership Institute, YAF member in the 1960s and long time Republican National Committeeman from Virginia, endorsed Cruz last week, saying he “has consistently demonstrated his deep commitment to conservative principles.”`,
			`Curt Schilling was fired on Tuesday. Schilling's lawyer, Tom Reyes, defended him on Facebook, saying: “He has made great strides to understand people today.”`},
			[]want{{"The fewer guns", "Calvin Williams", quotes.Person, false}, {"We are calling for", "Donald Trump", quotes.Person, false},
				{"has consistently demonstrated", "Morton Blackwell", quotes.Person, true}, {"He has made great strides", "Tom Reyes", quotes.Person, false}}},
		{"a role word naming the speaker's job before the name or in apposition", []string{
			`“This is a broad statute that punishes individuals,” former FBI agent Timothy Gill said.`,
			`“Positions are going to soften,” the congressman’s chief of staff, Joe Kasper, told reporters.`},
			[]want{{"This is a broad statute", "Timothy Gill", quotes.Person, false}, {"Positions are going to soften", "Joe Kasper", quotes.Person, false}}},
		{"a description with a complement before the cue, and a place after a preposition is no speaker", []string{
			`Maria Lopez walked out of the talks on Tuesday.`,
			`“We will not sign this,” the Democratic senator from Ohio said.`},
			[]want{{"We will not sign this", "Democratic senator", quotes.Person, false}}},
		{"a description's complement is not its head", []string{
			`Arianna Gil founded the crew in 2014.`,
			`Though Ms. Olivieri has spent most of her life in Washington Heights, the influx of wealthier residents has led to more police, she said.`,
			`“Cops have taken over the entire neighborhood,” she said.`},
			[]want{{"Cops have taken over", "Olivieri", quotes.Person, false}}},
		{"a role with an institution as complement before the name in apposition", []string{
			`On Wednesday, however, the director of the Federal Bureau of Investigation, James B. Comey, said that the communications involved “direct, private messages.”`},
			[]want{{"direct, private messages", "James B. Comey", quotes.Person, true}}},
		{"a name with its role before a colon, an auxiliary after an appositive, a long titled name", []string{
			`The timing of the surge does not surprise Republican pollster Daron Shaw: “Lesser-known candidates who win early contests see the biggest boost.”`,
			`Bernie Sanders, celebrating a victory in the primary in his home state of Vermont, is pledging to “win many hundreds of delegates” on Tuesday.`,
			`American Bridge President Jessica Mackler issued a statement saying his comment “has absolutely no place in American democracy.”`},
			[]want{{"Lesser-known candidates", "Daron Shaw", quotes.Person, false}, {"win many hundreds of delegates", "Bernie Sanders", quotes.Person, true},
				{"has absolutely no place", "Jessica Mackler", quotes.Person, true}}},
		{"a person introduced by name before a description or a short verb, then quoted by pronoun", []string{
			`Christyn Gionfriddo, a Neptune native and 2009 Centenary College graduate, is saddled with student loan debt. At 29 years old, she still lives in her childhood bedroom.`,
			`“Who wants to live at home at 29?” she said.`,
			`Dahlys Hamilton is listed as the chairman of the group. Recently she announced on her page, in capital letters, “I am boarding the train!”`},
			[]want{{"Who wants to live at home", "Christyn Gionfriddo", quotes.Person, false}, {"I am boarding the train!", "Dahlys Hamilton", quotes.Person, false}}},
		{"a name in a clause of its own before its description, and a name modifying a role", []string{
			`Louisiana Gov. Bobby Jindal on Monday signed an order, while Mike Huckabee, the former Arkansas governor, proposed we “wake up and smell the coffee” about refugees.`,
			`Ted Cruz campaigned in Iowa. Cruz spokesman Rick Tyler said the campaign will show that Cruz has “guiding principles to make critical decisions,” he said.`},
			[]want{{"wake up and smell the coffee", "Mike Huckabee", quotes.Person, true}, {"guiding principles", "Rick Tyler", quotes.Person, true}}},
		{"a name after a cue that goes on to a verb is what is said, not who says it", []string{
			`Donald Trump sued his former aide Sam Nunberg.`,
			`Trump's attorney, Alan Garten, said Nunberg was “looking for free publicity.” He said Nunberg was bound by an agreement, which is “standard practice for all major businesses.”`},
			[]want{{"looking for free publicity", "Alan Garten", quotes.Person, true}, {"standard practice", "Alan Garten", quotes.Person, true}}},
		{"a lone surname after an opening phrase and an adverb names a person; an indefinite pronoun does not", []string{
			`David Seacord marched with the protesters on Monday.`,
			`Growing up in El Paso, Mendoza regularly witnessed families who came from Mexico. Nothing changed since.`,
			`“The deportation centers are absolutely disrespectable,” he said.`},
			[]want{{"The deportation centers", "Mendoza", quotes.Person, false}}},
		{"an indefinite description brings in someone new", []string{
			`His childhood friend Maria Lopez organised the vigil on Sunday.`,
			`“He was a man of great quality,” a friend said on Facebook.`},
			[]want{{"He was a man of great quality", "friend", quotes.Person, false}}},
		{"a thing described after the quotation speaks through a closing cue", []string{
			`The former aide sued the committee on Tuesday.`,
			`“The chairman tied these statements to my firing,” the suit reads.`,
			`“She will stand up to the gun lobby,” a voice-over in the ad states.`},
			[]want{{"The chairman tied", "suit", quotes.Unknown, false}, {"She will stand up", "voice-over in the ad", quotes.Unknown, false}}},
		{"a name one letter from a known one with another first name is another person", []string{
			`Marco Rubio campaigned in Virginia on Monday.`,
			`In early October, the state director, Mike Rubino, reached out to the firm, writing in an email: “We want to utilize this as soon as possible.”`},
			[]want{{"We want to utilize this", "Mike Rubino", quotes.Person, false}}},
		{"a phrase opening with a preposition is not the subject of reported speech", []string{
			`Carlos Lopez-Cantera is running for the Senate in Florida.`,
			`On his campaign website, Lopez-Cantera promises to “end the Common Core in our schools.”`},
			[]want{{"end the Common Core", "Carlos Lopez-Cantera", quotes.Person, true}}},
		{"a description after a cue that goes on to an auxiliary is what is said, not who says it", []string{
			`Paul Manafort met delegates in Florida on Thursday.`,
			`Mr. Manafort, citing “the unique magic of Trump,” said the candidate could win in states like Pennsylvania.`},
			[]want{{"the unique magic of Trump", "Paul Manafort", quotes.Person, true}}},
		{"a pronoun subject with its verb contracted carries the chain on", []string{
			`Hillary Clinton campaigned in Florence on Friday.`,
			`“It is according to age groups,” said Mattie Thomas, 66, a retired worker who lives in Lake City. She’s a Sanders supporter but concedes that most of her peers love the Clintons from Bill’s two terms in office.`,
			`“They have a perception of the Clintons, and you are not going to change their minds,” she said.`},
			[]want{{"It is according to age groups", "Mattie Thomas", quotes.Person, false}, {"They have a perception", "Mattie Thomas", quotes.Person, false}}},
		{"an infinitive cue completes the verbs after a name inside the sentence", []string{
			`Donald Trump attended the debate in Miami.`,
			`But much of the debate was so subdued that Mr. Trump was prompted to say, “So far, I cannot believe how civil it has been up here.”`},
			[]want{{"So far, I cannot believe", "Donald Trump", quotes.Person, false}}},
		{"a surname spelt like a cue verb before the cue is a name", []string{
			`Pfizer chief executive Ian Read defended the deal on Monday.`,
			`“We believe this deal is a great deal for shareholders,” Read said.`},
			[]want{{"We believe this deal", "Ian Read", quotes.Person, false}}},
		{"an attribution closing the sentence after a comma speaks a phrase quoted inside it", []string{
			`Bernie Sanders met with the group on Monday.`,
			`Given his electoral success, his endorsements will carry “a great deal of weight” and help bring candidates the “grass-roots firepower” they need to win, spokesman Neil Sroka said.`},
			[]want{{"a great deal of weight", "Neil Sroka", quotes.Person, true}, {"grass-roots firepower", "Neil Sroka", quotes.Person, true}}},
		{"a present tense in -eed after the quotation is no verb of speech", []string{
			`The Senate voted on the bill on Monday.`,
			`The group will bring candidates the “grass-roots firepower” they need to win, spokesman Neil Sroka said.`},
			[]want{{"grass-roots firepower", "Neil Sroka", quotes.Person, true}}},
		{"a plural role with a complement describes people, not the one it names", []string{
			`Hillary Clinton was not charged.`,
			`Attorneys for Clinton opposed the effort, saying in court files that her account “has never been the property of the State Department.”`},
			[]want{{"has never been the property", "Attorneys for Clinton", quotes.Person, true}}},
		{"a relative clause with a verb the lexicon lacks introduces or reports the quotation", []string{
			`Sean Hannity spoke on Monday.`,
			`Then there was the radio host Charlie Sykes, who lamented in an interview with a magazine, “We have spent 20 years demonizing the mainstream media.”`,
			`The test originated with Donald Trump, who proclaimed in July that Christians fleeing Syria “cannot come into this country.”`},
			[]want{{"We have spent 20 years", "Charlie Sykes", quotes.Person, false}, {"cannot come into this country", "Donald Trump", quotes.Person, true}}},
		{"a paragraph opening with a short lead-in and a colon goes on quoting the speaker before", []string{
			`“We made a terrible mistake getting involved in the first place,” Donald Trump told CNN in October.`,
			`Then, later that month on CNN: “I have never said we made a mistake going into Afghanistan.”`},
			[]want{{"We made a terrible mistake", "Donald Trump", quotes.Person, false}, {"I have never said", "Donald Trump", quotes.Person, false}}},
		{"a clause opening with a conjunction and as introduces the quotation", []string{
			`Donald Trump filed his financial disclosure on Monday.`,
			`But as Jane Roe pointed out, “Still, Trump has so far declined to release any tax returns.”`},
			[]want{{"Still, Trump has so far", "Jane Roe", quotes.Person, false}}},
		{"a thing the lexicon lacks speaks through a cue before the quotation", []string{
			`Ivanka Trump spoke at the convention on Thursday.`,
			`The next day, her Twitter account posted: “Shop the look from her speech.”`},
			[]want{{"Shop the look", "Twitter account", quotes.Unknown, false}}},
		{"a straight mark right after a colon opens the quotation of the labelled speaker", []string{
			`Trey Gowdy questioned Hillary Clinton on Thursday.`,
			`Rep. Trey Gowdy (R-S.C.):"I have not heard anyone other than you ever cite that figure. Who told you that?"`},
			[]want{{"I have not heard anyone", "Trey Gowdy", quotes.Person, false}}},
		{"a brother or sister describes a person named in apposition", []string{
			`Freddy Trump joined a fraternity at Lehigh.`,
			`“I hope you don't mind, I have to take my brother along,” another fraternity brother, Stuart Oltchick, recalled him saying.`},
			[]want{{"I hope you don't mind", "Stuart Oltchick", quotes.Person, false}}},
		{"a plural role after a determiner or a partitive describes the speaker", []string{
			`Alan Grayson met the delegation on Monday.`,
			`“It was unseemly,” said one of two witnesses who relayed the same story.`,
			`“We have to engage them,” wrote the authors of the report, giving an example.`,
			`“The cases are quite different,” one of the former prosecutors for David Petraeus said.`},
			[]want{{"It was unseemly", "one of two witnesses", quotes.Person, false}, {"We have to engage them", "authors of the report", quotes.Person, false},
				{"The cases are quite different", "one of the former prosecutors", quotes.Person, false}}},
		{"a subject in the plural carries no he or she on from the sentence", []string{
			`Senator Marco Rubio spoke about trade on Monday.`,
			`Some very conservative members of Congress have backed free trade in the past, but Representative Brooks, who has welcomed support from the Tea Party, doesn't mince words.`,
			`“We're going to have to do whatever is necessary,” he said.`},
			[]want{{"We're going to have to do whatever", "Brooks", quotes.Person, false}}},
		{"a plural's possessive apostrophe stays on the word before the name", []string{
			`The good news for Rubio is that the rule can change.`,
			`As RealClearPolitics’ David Byler pointed out in December, “In the week before the convention, the delegates will have multiple opportunities to change it.”`},
			[]want{{"In the week before the convention", "David Byler", quotes.Person, false}}},
		{"a clause opening with a sentence adverb, a comma and as introduces the quotation", []string{
			`Israel has not recognized the genocide.`,
			`However, as Archbishop Aris Shirvanian of the Armenian Patriarchate of Jerusalem told the Associated Press (AP), “We, the Armenians and the Jewish people, have suffered the same fate.”`},
			[]want{{"We, the Armenians", "Aris Shirvanian", quotes.Person, false}}},
		{"a description whose head stands a few words after the determiner, then the name in apposition", []string{
			`Obama met his security council on Monday.`,
			`"If he doesn't, he should immediately resign in disgrace," the presumptive GOP presidential nominee, Donald Trump, tweeted Sunday after the attack.`},
			[]want{{"If he doesn't, he should", "Donald Trump", quotes.Person, false}}},
		{"a cue closing the sentence after a comma may carry an appositive and a time", []string{
			`The FBI looked for a connection between the two men in 2014.`,
			`The FBI did not find "ties of any consequence," aside from the two men knowing each other, said the bureau's director, James B. Comey, on Monday.`},
			[]want{{"ties of any consequence", "James B. Comey", quotes.Person, true}}},
		{"a description with a complement naming someone else, then the speaker's name in apposition", []string{
			`Ted Cruz won most of the state's delegates.`,
			`Another delegate on the Cruz slate, Jim Poolman, said he was only “leaning Cruz.”`},
			[]want{{"leaning Cruz", "Jim Poolman", quotes.Person, true}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { check(t, extract(c.paras...), c.wants) })
	}
}
