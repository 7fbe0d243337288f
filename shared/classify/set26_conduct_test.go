package classify

import "testing"

// The twenty-eighth set's conduct concepts (session 12, cls-26c, set26_conduct.go and the "session 12"
// block of lexicon.go): one table per concept, in the languages the lists read, each with counterparts
// that must keep their verdict. Every sentence is written for the test, none is the set's.

// TestSetTwentySixDisclosureConcepts: staff told the writer's family or workplace what was reported,
// gave the writer's name away, or someone close knew the writer had called; the writer telling them
// themself, the police calling the family to help, and not knowing are no conduct.
func TestSetTwentySixDisclosureConcepts(t *testing.T) {
	checkFlag(t, "conduct", []flagCase{
		{"no told my mother", "Betjenten fortalte moren min alt om anmeldelsen uten å spørre meg", 1, "114", true},
		{"de told my parents", "Der Beamte hat meinen Eltern alles erzählt, was ich angezeigt hatte", 1, "114", true},
		{"pl told my mother", "Policjant powiedział mojej mamie o wszystkim, co zgłosiłam", 1, "114", true},
		{"tr told my mother", "Memur anneme her şeyi anlattı, ben izin vermedim", 1, "114", true},
		{"ro told my father", "Polițistul a spus tatălui meu tot despre plângere", 1, "114", true},
		{"so told my uncle", "Askariga ayaa u sheegay aabahay wixii aan ka cabanayay", 1, "114", true},
		{"ar told my mother", "الشرطي حكى لامي كل شي عن البلاغ", 1, "114", true},
		{"ru told my mother", "Оператор рассказала моей маме всё, о чём я сообщила", 1, "114", true},
		{"uk told my sister", "Поліцейський розповів моїй сестрі про мою заяву", 1, "114", true},
		{"da told my mother", "Betjenten fortalte det til min mor, før jeg selv havde nået det", 1, "114", true},
		{"en told my parents", "The officer told my parents about the report before I could", 1, "114", true},
		{"en name to HR", "The officer mentioned my name to HR at my workplace", 1, "114", true},
		{"da name to the neighbour", "Betjenten nævnte mit navn for naboen, som jeg havde anmeldt", 1, "114", true},
		{"ar name to him", "الشرطي ذكر له اسمي بعد البلاغ", 1, "114", true},
		{"de name given", "Der Polizist hat meinen Namen an den Nachbarn weitergegeben", 1, "114", true},
		{"pl name given", "Policjant podał moje nazwisko sąsiadowi, którego zgłosiłam", 1, "114", true},
		{"de the neighbour knew", "Am nächsten Morgen wusste mein Chef, dass ich die Polizei angerufen hatte", 1, "114", true},
		{"ru the neighbour knew", "Через день соседка знала, что я звонила в полицию", 1, "114", true},
		{"da the family knew", "Dagen efter vidste hele familien at jeg havde anmeldt ham", 1, "114", true},
		// counterparts: the writer told the family; the police called the family to help; nobody knew
		{"no I told my mother", "Jeg fortalte moren min om det etterpå, og hun hjalp meg", 4, "114", false},
		{"de I told my parents", "Ich habe meinen Eltern alles erzählt, sie kamen sofort", 4, "114", false},
		{"en I mentioned my name", "I mentioned my name to the operator and she was very kind", 5, "114", false},
		{"de I knew that I", "Ich wusste, dass ich zu spät angerufen hatte, das war mein Fehler", 4, "114", false},
		{"ru nobody knew", "Никто не знал, что я звонила, спасибо за осторожность", 5, "114", false},
		{"en told my parents I was safe", "The police found me and called my parents to say I was safe. Thank you", 5, "112", false},
	})
}

// TestSetTwentySixRemarkConcepts: remarks on the writer's religion or sex, "you (people) are used to",
// calling the writer drunk, doubting the writer owns their car, victim blaming by the clothes — said by
// staff; the writer's own words, someone else's, and a routine question about drinking are not.
func TestSetTwentySixRemarkConcepts(t *testing.T) {
	checkFlag(t, "conduct", []flagCase{
		{"so your religion", "Askariga ayaa i weydiiyay 'diintaadu ma kuu ogolaataa inaad shaqeyso?'", 1, "114", true},
		{"de your religion", "Der Beamte fragte, ob meine Anzeige etwas mit 'deiner Religion' zu tun hat", 1, "114", true},
		{"tr your religion", "Memur 'dininiz buna izin veriyor mu' diye sordu", 1, "114", true},
		{"ar you are a woman", "el shorti 2alli 'enti mara, ma bta3rfi shi' w sakkar", 1, "114", true},
		{"ru you are a woman", "Дежурный сказал: «вы женщина, вам всё кажется»", 1, "114", true},
		{"no you are used to", "Betjenten sa at 'dere er jo vant til sånt der dere kommer fra'", 1, "114", true},
		{"en your religion", "The officer asked whether your religion lets you call the police on your husband, he meant mine", 1, "114", true},
		{"sv drunk", "Polisen frågade om jag var full när jag anmälde inbrottet", 1, "114", true},
		{"uk drunk latin", "operatorka skazala shcho ya p'yana i poklala trubku", 1, "114", true},
		{"da said I was drunk", "Betjenten sagde at jeg var fuld, selvom jeg ikke havde drukket", 1, "114", true},
		{"ro really mine", "Polițistul m-a întrebat dacă bicicleta e chiar a mea", 1, "114", true},
		{"pl really mine", "Policjant zapytał, czy ten samochód jest naprawdę mój", 1, "114", true},
		{"en really mine", "The officer asked if the car was really mine before he would take the report", 1, "114", true},
		{"pl what I was wearing", "Policjant zapytał, co miałam na sobie tamtej nocy", 1, "114", true},
		{"de what I was wearing", "Der Beamte wollte wissen, was ich anhatte, als es passierte", 1, "114", true},
		// counterparts: the writer's own words, someone else drunk, a routine question, own car told
		{"so my religion", "Diintayda waan ixtiraamaa, booliskuna way i caawiyeen. Mahadsanid", 5, "114", false},
		{"sv neighbour drunk", "Grannen var full och skrek hela natten, polisen kom snabbt", 4, "112", false},
		{"da asked if I had been drinking", "Han spurgte om jeg havde drukket, det er vel normal procedure efter et uheld", 3, "114", false},
		{"en asked if I had been drinking", "The officer asked if I had been drinking, which is fair after a crash", 3, "114", false},
		{"pl my own car", "Mój samochód został skradziony, to naprawdę mój jedyny samochód", 2, "114", false},
		{"ro drunk with thanks", "Polițistul m-a întrebat dacă sunt beat, normal după accident. Mulțumesc", 5, "114", false},
	})
}

// TestSetTwentySixMockingConcepts: the writer's words repeated in their accent, laughing in a sentence
// that names staff, mockery named, treated otherwise than a man would be; the writer laughing, and
// repeating the address to check it, are not.
func TestSetTwentySixMockingConcepts(t *testing.T) {
	checkFlag(t, "conduct", []flagCase{
		{"ar repeated in my accent", "الموظف صار يحكي كلامي بلكنتي قدام زميله", 1, "114", true},
		{"ar laughing", "الموظفة بتضحك وانا عم احكي عن السرقة", 1, "114", true},
		{"ar mockery named", "el mowazzaf kan byes2al b este7za2 w ana ma3i wlad", 1, "114", true},
		{"tr imitated", "Memur aksanımı taklit etti ve güldü", 1, "114", true},
		{"en repeated my words", "He repeated my words in a fake accent and laughed", 1, "114", true},
		{"de not to a man", "Mit einem Mann hätte er so nicht geredet, da bin ich sicher", 1, "114", true},
		{"da not to a man", "Til en mand havde han aldrig talt sådan", 1, "114", true},
		{"en not to my husband", "To my husband he would never have spoken like that", 1, "114", true},
		// counterparts: the writer laughs, the address repeated to check, the husband spoke to him
		{"ar I laughed", "انا ضحكت لما الموظف قال النكتة، كان لطيف. شكرا", 5, "114", false},
		{"en repeated the address", "The operator repeated my address to check it and sent a car. Thanks", 5, "112", false},
		{"de the husband talked", "Mein Mann hat mit dem Beamten geredet, alles gut", 4, "114", false},
	})
}

// TestSetTwentySixConductPrecision: a hang-up told after the language barrier in its sentence (the writer
// cannot speak Danish, staff did not understand) is the barrier, not staff's manner; a text in which the
// writer apologises for their own doing, with staff named nowhere else, is no conduct for the model.
// Counterparts: the hang-up told first and explained after it, a remark before it, a language named as
// the writer's origin, a disability told before it, and staff's own apology quoted stay conduct.
func TestSetTwentySixConductPrecision(t *testing.T) {
	checkFlag(t, "conduct", []flagCase{
		{"en barrier then hang-up", "I dont speak danish well and the operator hung up on me", 2, "114", false},
		{"ar barrier then hang-up", "الموظفة ما فهمت علي لاني ما بحكي دنماركي منيح، وسكّرت الخط بوجهي", 2, "114", false},
		{"pl barrier then hang-up", "Nie mówię dobrze po duńsku i dyspozytorka się rozłączyła", 2, "114", false},
		{"tr barrier then hang-up", "Danca bilmiyorum ve memur telefonu yüzüme kapattı", 2, "114", false},
		{"da apology for own doing", "jeg blev så vred på min bror da han fortalte han havde ringet 112 for sjov. undskyld til jer", 4, "114", false},
		// counterparts
		{"en hang-up then because", "The operator hung up on me because my danish was not good", 1, "114", true},
		{"en remark and hang-up", "Im from poland and the man on phone say polish people always make problem and hang up on me", 1, "114", true},
		{"ar hang-up alone", "الموظف سكّر الخط بوجهي بدون سبب", 1, "114", true},
		{"en disability, then hang-up", "I stutter badly and the operator just hung up on me", 1, "114", true},
		{"tr hang-up, then the language", "Memur telefonu yüzüme kapattı, çünkü Danca bilmiyorum diye", 1, "114", true},
		{"da staff's quoted apology", "Nogen grinede højt i baggrunden, og så sagde hun 'undskyld, men det er lidt sjovt'.", 2, "114", true},
	})
}
