package classify

import "testing"

// The twenty-first blind set's concepts (session 10's fourth round, cls-19u, urgent recall and precision
// and conduct by concept; a tuning set since its blind measure): one table per concept, in the languages
// the lists read, with counterparts that must keep their verdict. Every sentence is written for the test,
// none is the set's.

// TestSetTwentyOneUrgentConcepts: someone gone and nobody knows where now is danger; a restraining order
// said to hold while the man is here does not end the threat; a found person, nobody hurt in a fire put
// out last night, and the one feared not here now are no danger now.
func TestSetTwentyOneUrgentConcepts(t *testing.T) {
	checkFlag(t, "urgent", []flagCase{
		{"da sms gone, nobody knows where", "farfar er dement og gik ud af huset i morges og ingen ved hvor han er, det er iskoldt", 1, "114", true},
		{"en gone, nobody knows where", "My dad with dementia left the care home this afternoon and nobody knows where he is", 1, "114", true},
		{"no gone, nobody knows where", "Bestemor med demens gikk fra sykehjemmet i morges og ingen vet hvor hun er", 1, "114", true},
		{"de gone, nobody knows where", "Opa ist heute früh aus dem Heim weggegangen und niemand weiß wo er ist", 1, "112", true},
		{"ru gone, nobody knows where", "Бабушка ушла из дома утром, и никто не знает где она, на улице мороз", 1, "112", true},
		{"de order holds, but he is here", "Mein Ex droht, er bringt mich um. Das Kontaktverbot gilt doch, aber er ist hier vor der Tür", 1, "112", true},
		{"pl order, but he is here", "On grozi, że mnie zabije. Mam zakaz zbliżania, ale on jest tutaj pod domem", 1, "112", true},
		// counterparts: found again, nobody hurt in last night's fire, the feared one not here now
		{"da found again", "Min mor med demens var væk i går, men hun blev fundet og er hjemme igen. Ingen ved hvor hun var", 3, "114", false},
		{"da sms fire last night, nobody hurt", "ild i skuret i nat men de fik slukket og ingen kom noget til, tak for hjælpen", 5, "112", false},
		{"uk he is not here now", "Yakshcho vin pryide znovu, shcho meni robyty? Zaraz vin ne tut, ale ya boiusia", 3, "114", false},
		{"ru he is not here now", "Если бывший муж вернётся, поможет ли полиция? Сейчас его здесь нет, я просто боюсь", 3, "114", false},
	})
}

// TestSetTwentyOneConductConcepts: staff saying a harassment was a compliment, victim blaming, staff
// calling the employer about the report, telling the woman next door, "where is the privacy"; the
// writer's own call to the employer and a real compliment are none.
func TestSetTwentyOneConductConcepts(t *testing.T) {
	checkFlag(t, "conduct", []flagCase{
		{"da a compliment", "Jeg anmeldte en mand, der råbte efter mig, og betjenten sagde, at jeg skulle se det som en kompliment", 1, "114", true},
		{"en a compliment", "I reported a man following me and the officer said I should take it as a compliment", 1, "114", true},
		{"de a compliment", "Der Beamte meinte, ich soll das als Kompliment sehen, dass er mir nachpfeift", 1, "114", true},
		{"en victim blaming", "The operator asked what did you do to make him hit you. Pure victim blaming", 1, "114", true},
		{"no called the employer", "Betjenten ringte til sjefen min og fortalte om saken uten å spørre", 1, "114", true},
		{"pl called the employer", "Policjant zadzwonił do mojego pracodawcy i wszystko opowiedział", 1, "114", true},
		{"ar told the woman next door", "الشرطي حكى لجارتي عن البلاغ وصار الكل يعرف", 1, "114", true},
		{"ar where is the privacy", "حكوا لكل الناس عن مشكلتي، وين الخصوصية", 1, "114", true},
		// counterparts: the writer's own call, a compliment given, a neighbour who helped
		{"en my compliments", "My compliments to the officer who came, very kind", 5, "114", false},
		{"da told the neighbour myself", "Jeg fortalte selv min nabo om anmeldelsen, og hun hjalp mig", 4, "114", false},
	})
}

// TestSetTwentyOneCategoryConcepts: a theft shrugged off with "these things happen" and no statement
// taken is the brush-off (da, no, en).
func TestSetTwentyOneCategoryConcepts(t *testing.T) {
	checkCategories(t, []categoryCase{
		{"en these things happen", "My bike was stolen outside the station and the officer just said these things happen.", 2, "114", nts},
		{"en nobody took a statement", "Someone broke into my car. Nobody took a statement, I was just given a number.", 2, "114", nts},
		{"da den slags sker", "Min taske blev stjålet i toget, og damen i telefonen sagde bare, at den slags sker.", 2, "114", nts},
		{"no sånt skjer", "Lommeboka mi ble stjålet på bussen, og de sa bare at sånt skjer.", 2, "114", nts},
	})
}
