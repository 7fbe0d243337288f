package classify

import "testing"

// Session 6 (issue 11, urgent precision and conduct on unseen text): one table per mechanism, each with
// the counterpart that must stay as it was. The mechanisms came from a fresh set written before any
// change (testdata/probe_urgent_conduct.jsonl); every sentence here is written for the test.

// TestWritersOwnWordsOnTheCall: danger in what the writer says they said on the call ("jeg sagde til
// hende han truer mig", "I told them he had a knife") is the call then, not danger now; the same words
// with "stadig"/"still", a new "og nu", staff's words after "men", or the perfect "jeg har sagt" (which
// may be ongoing) keep the alarm. The told words are left to the urgent model, not barred from it.
func TestWritersOwnWordsOnTheCall(t *testing.T) {
	checkFlag(t, "urgent", []flagCase{
		{"da told the lady, sent on", "Jeg sagde til damen at min eks truer mig, og hun bad mig ringe til 114 i stedet. Det var forvirrende", 3, "114", false},
		{"da sms rang and said", "jeg ringede og sagde min far trækker ikke vejret og de kom med det samme. tak", 5, "112", false},
		{"da inverted, sagde jeg", "Da jeg kom igennem, sagde jeg at der var en mand med kniv, og patruljen kom hurtigt. Tak", 5, "112", false},
		{"en told the operator, thanks", "I told the operator he had a gun and they came in six minutes. Thank you", 5, "112", false},
		{"en said on the phone, complaint", "I said he was hitting me and the operator asked me to spell my name three times. Not good enough", 2, "112", false},
		// counterparts
		{"da and now he is outside", "Jeg sagde til damen at han har en kniv, og nu står han udenfor min dør igen", 1, "112", true},
		{"en still outside", "I told them he's still outside with a knife and nobody has come", 1, "112", true},
		{"da staff's words, then now", "Hun sagde jeg skulle vente, men han truer mig stadig", 1, "112", true},
		{"da perfect tense, ongoing", "jeg har sagt til jer at han truer mig, hvorfor gør I ingenting", 1, "112", true},
		{"en someone else said it", "My neighbour says he is going to kill me, please come", 1, "112", true},
		// the lists leave the told words to the model, which reads the rest: the state told on the call still holds
		{"en told a state that still holds", "I told the operator that my ex has a gun in the flat and said he'd use it on me. He is asleep in the next room now and I'm still here with the baby.", 3, "112", true},
	})
}

// TestFearOfADayToCome: fear set on a day to come ("when he is released next week", "next month") or
// fear of what will happen is a worry, not danger now; fear with danger now is urgent.
func TestFearOfADayToCome(t *testing.T) {
	checkFlag(t, "urgent", []flagCase{
		{"da released next week", "Han bliver løsladt i næste uge, og jeg er bange. Hvem kan jeg tale med om et tilhold?", 3, "114", false},
		{"da sms afraid of what happens", "er bange for hvad der sker naar han kommer ud i naeste maaned. kan i ringe mig op", 3, "114", false},
		{"en scared, next month", "I'm scared because he gets out of prison next month. Who do I talk to about protection?", 3, "114", false},
		// counterparts
		{"da afraid, he is on the stairs now", "Jeg er bange, han står ude på trappen nu", 1, "112", true},
		{"en terrified, outside now", "I'm terrified, he's outside my flat right now and banging on the door", 1, "112", true},
		{"da afraid, knocking now", "Jeg er så bange for at han slår mig ihjel, han banker på døren lige nu", 1, "112", true},
	})
}

// TestPastDatedByWeekdayOrObject: danger in a clause dated by a weekday ("i lørdags", "on Friday
// night") or told in the simple past with its object ("my ex attacked me") is the past for the net;
// the same words with "now", in the progressive or in the perfect with a duration are urgent.
func TestPastDatedByWeekdayOrObject(t *testing.T) {
	checkFlag(t, "urgent", []flagCase{
		{"en attacked on Friday night", "My ex attacked me on Friday night. The call handler was kind but the car took an hour.", 2, "112", false},
		{"da weekday s-form", "Min nabo angreb mig med en kniv i lørdags, og der gik 45 minutter før der kom nogen", 2, "112", false},
		// counterparts
		{"en attacking now", "He is attacking me right now, please come", 1, "112", true},
		{"en followed all day, outside now", "He has followed me all the way from the station and is outside my door now", 1, "112", true},
		{"en attacked Saturday, now back", "My ex attacked me on Saturday and now he is back outside my flat", 1, "112", true},
	})
}

// TestOverdoseByAmountOrMedicine: an overdose told by its amount ("a whole pack") or its medicine
// ("antidepressants", "panodil") is danger now in every language; the same told as over is not.
func TestOverdoseByAmountOrMedicine(t *testing.T) {
	checkFlag(t, "urgent", []flagCase{
		{"da whole pack panodil", "Min søn har lige taget en hel pakke panodil og er helt væk i hovedet", 1, "114", true},
		{"en whole bottle", "She swallowed a whole bottle of her sleeping tablets a few minutes ago", 3, "114", true},
		{"en antidepressants, drowsy", "my brother has taken his antidepressants all at once and is getting drowsy", 3, "114", true},
		{"pl whole package", "Córka połknęła całe opakowanie tabletek, proszę szybko", 3, "114", true},
		{"de whole pack", "Mein Vater hat eine ganze Packung Schlaftabletten genommen", 3, "114", true},
		{"tr all the pills", "Annem bütün hapları içti, ne yapayım", 3, "114", true},
		{"ru whole pack", "Сын выпил целую пачку таблеток", 3, "114", true},
		// counterparts: over
		{"da last year, fine now", "Sidste år tog min bror en hel pakke piller, men han har det godt nu. Jeg vil bare rose jer", 5, "114", false},
		{"en insulin, fine now", "He took his insulin and is fine now, thanks for the quick help", 5, "112", false},
	})
}

// TestConductByTheOneWhoAnsweredAndDismissal: "the one who answered" is staff in every language, so what
// they did is conduct; "stop being dramatic" said by staff and hanging up in the writer's face (Arabic in
// Latin letters) are conduct; the same words of someone else, or the writer's own, are not.
func TestConductByTheOneWhoAnsweredAndDismissal(t *testing.T) {
	checkFlag(t, "conduct", []flagCase{
		{"so the man who answered insulted me", "Ninkii iga jawaabay wuu i caayay.", 1, "114", true},
		{"ru the woman who answered", "Женщина, которая ответила, сказала что я истеричка", 1, "114", true},
		{"pl the one who answered laughed", "Pan, który odebrał, śmiał się ze mnie", 1, "114", true},
		{"ar Latin drama and hung up", "el polis 2alli enti 3am ta3mli drama w sakkar el khat", 1, "114", true},
		{"de dramatic", "Der Beamte am Telefon sagte, ich soll nicht so dramatisch sein", 1, "112", true},
		{"tr don't make drama", "Memur bana drama yapma dedi ve kapattı", 1, "114", true},
		// counterparts: someone else, or the writer
		{"so my husband insulted me", "Ninkayga ayaa i caayay, booliskuna way i caawiyeen. Mahadsanid", 5, "112", false},
		{"de I was dramatic, thanks", "Ich war am Telefon sehr dramatisch, aber die Beamtin blieb ruhig. Danke", 5, "112", false},
	})
}

// TestOverWhenTheyLeftOrRecovered: the person left before help came or the patient recovered ("han gik
// heldigvis selv", "by then he'd gone", "he recovered", "er inzwischen festgenommen", "zaraz ya ok")
// ends the danger told before it; "he left, but now he's back" does not.
func TestOverWhenTheyLeftOrRecovered(t *testing.T) {
	checkFlag(t, "urgent", []flagCase{
		{"en by then he'd gone", "He was kicking the door in and nobody picked up for 25 minutes. By then he'd gone.", 2, "112", false},
		{"en recovered", "My wife had a stroke on Sunday and the ambulance took 45 minutes. She recovered, but it was far too slow.", 2, "112", false},
		{"de arrested since", "Am Samstag hat mich mein Ex mit einem Messer bedroht, die Polizei kam spät. Er ist jetzt festgenommen.", 2, "112", false},
		{"ru now I'm ok", "На меня напали у дома, полиция ехала час. Сейчас я нормально, но это слишком долго", 2, "112", false},
		// counterparts
		{"en left, now back", "He left after I called, but now he's back outside my door", 1, "112", true},
		{"da left, back again now", "han gik da jeg ringede men nu staar han udenfor igen", 1, "112", true},
	})
}

// TestPastOrFutureByTheirWords: a pluperfect threat ("han havde truet med at slå mig ihjel"), a threat
// "once before", fear of "one day", and "someone could have died" are not danger now; the present
// threat and today's fear are.
func TestPastOrFutureByTheirWords(t *testing.T) {
	checkFlag(t, "urgent", []flagCase{
		{"da pluperfect threat", "jeg skrev at han havde truet med at slaa mig ihjel og de sagde bare jeg kunne anmelde det online", 3, "114", false},
		{"no threatened once before", "Naboen bråker hver natt og har truet meg én gang før. Dere sa det ikke er en politisak", 2, "114", false},
		{"en threatened before", "My neighbour plays loud music every night and has threatened me before. Nobody cares", 2, "114", false},
		{"da afraid he comes back one day", "er bange for at han kommer tilbage en dag. hvem kan jeg snakke med", 3, "114", false},
		{"en could have died", "It took an hour for a car to reach the crash on the motorway. Someone could have died.", 2, "112", false},
		// counterparts
		{"da threatens now", "han truer med at slaa mig ihjel lige nu, kom", 1, "112", true},
		{"en threatening me now", "He is threatening me right now and has a knife", 1, "112", true},
		{"da someone in the garden", "der er nogen i haven og de prøver at åbne terrassedøren", 1, "112", true},
	})
}

// TestNotDangerToAPerson: a threat whose object is an animal, shouting told as a habit, fear of eviction,
// thanks in dialect ("tak skal do ha") and the German article "die" are no danger to a person now; the
// same words about a person, or shouting happening now, are.
func TestNotDangerToAPerson(t *testing.T) {
	checkFlag(t, "urgent", []flagCase{
		{"da sms threat to the dog", "i sagde det ikk var en politisag at naboen truer med at slaa min hund ihjel", 2, "114", false},
		{"en threatens to kill our cat", "My neighbour threatens to kill our cat and you did nothing", 2, "114", false},
		{"en habitual shouting", "The man upstairs keeps shouting abuse at my kids when they play outside. The officer said it was not a police matter.", 2, "114", false},
		{"da shouting every day", "naboen raaber skaeldsord efter mig hver dag og i goer ingenting", 2, "114", false},
		{"en afraid of being evicted", "The officer told my landlord I had called the police. Now I am afraid of being evicted.", 1, "114", false},
		{"da dialect thanks", "de va sgu flinke, tak skal do ha", 5, "112", false},
		{"de article die", "Der eine sagte 112, die andere 114. Was soll ich tun, falls er wiederkommt?", 3, "114", false},
		// counterparts
		{"da threat to me and the dog", "naboen truer med at slaa mig og min hund ihjel", 1, "112", true},
		{"en shouting now", "He is shouting and smashing things right now, every day it gets worse", 1, "112", true},
		{"da shouting now", "naboen raaber og slaar paa doeren nu", 1, "112", true},
		{"en afraid he will hurt me", "I'm afraid, he is outside and says he will hurt me", 1, "112", true},
	})
}

// TestRightToBeHereIsARemark: asking someone who reports a crime whether they may be in the country at
// all is a remark on their origin, in every language; a question about a residence permit the writer
// asks is not.
func TestRightToBeHereIsARemark(t *testing.T) {
	checkFlag(t, "conduct", []flagCase{
		{"pl right to be in Denmark", "Dyżurny zapytał, czy w ogóle mam prawo być w Danii, kiedy zgłaszałem pobicie.", 1, "114", true},
		{"de residence permit", "Der Beamte fragte, ob ich überhaupt eine Aufenthaltserlaubnis habe, als ich den Diebstahl meldete.", 1, "114", true},
		{"en legally here", "The officer asked if I was even here legally when I reported the assault.", 1, "114", true},
		{"tr residence permit", "Memur şikayetimi dinlemek yerine oturum izniniz var mı diye sordu.", 1, "114", true},
		// counterparts
		{"en I asked about my permit", "I asked the officer where to renew my residence permit and she explained it well. Thanks", 5, "114", false},
	})
}

// TestWriterTellingIsNotDisclosure: what the writer told staff ("I told them a man was following my
// daughter", "fortalte jeg, at min nabo …", "Da jeg fortalte, at min søn …") is not a breach of
// confidentiality, nor is the writer's own shouting stressed with "jeg selv"; staff telling others, staff's
// reply quoted after the writer's words, and staff shouting are conduct.
func TestWriterTellingIsNotDisclosure(t *testing.T) {
	checkFlag(t, "conduct", []flagCase{
		{"en I told them", "I told them my ex was sending threats every night and they said to block him. Useless.", 2, "114", false},
		{"da inverted, fortalte jeg", "Da jeg ringede, fortalte jeg, at min nabo havde slået min søn. Vi har ikke hørt noget siden.", 2, "114", false},
		{"da model: only the writer told", "Da jeg fortalte, at min datter var forsvundet, fik jeg at vide, at hun nok kom hjem igen. Det gjorde hun heldigvis.", 2, "112", false},
		{"da I myself shouted", "Betjenten var rolig og venlig, selvom jeg selv var ophidset og råbte ad ham.", 4, "112", false},
		// counterparts
		{"da staff told the neighbour", "Betjenten fortalte min nabo, at det var mig der havde ringet.", 1, "114", true},
		{"da staff's reply after the writer's words", "Jeg sagde at jeg var bange. Hun svarede 'så må du jo flytte, skat'.", 1, "112", true},
		{"en staff shouted, talked over me", "The call handler kept talking over me and then shouted at me to calm down.", 1, "112", true},
		{"en learner: shout at me, say I am liar", "the police man shout at me and say I am liar in front of my children", 1, "114", true},
	})
}

// TestThirdProbeRound: "alle er ok" / "everyone is fine" end a danger told before them, "der var røg" is
// the noun told in the past, and staff telling someone where the writer lives or stays is a disclosure;
// smoke now, and the writer telling staff where they live, stay as they were.
func TestThirdProbeRound(t *testing.T) {
	checkFlag(t, "urgent", []flagCase{
		{"da sms smoke, everyone ok", "der var roeg i kaelderen og vi fik besked paa at blive inde. alle er ok nu. tak", 5, "112", false},
		{"en fire, everyone is fine", "There was smoke all over the stairwell and the operator told us to stay in. Everyone is fine. Thanks", 5, "112", false},
		{"da smoke now", "der er roeg i hele opgangen og vi kan ikke komme ud", 1, "112", true},
	})
	checkFlag(t, "conduct", []flagCase{
		{"en told my ex where I stay", "The operator told my ex where I'm staying now.", 1, "114", true},
		{"da told the neighbour where I live", "Betjenten fortalte naboen hvor jeg bor.", 1, "114", true},
		{"en I told them where I live", "I told them where I live and they came quickly. Thanks", 5, "112", false},
	})
}

// TestHabitsCountsAndMachines: a habit ("udenfor hver nat", "every night", "hver søndag"), a count of
// times so far ("tre gange nu"), a machine not responding and "it's out now" are no danger now; violence
// told as a habit, danger now, and a person not responding are.
func TestHabitsCountsAndMachines(t *testing.T) {
	checkFlag(t, "urgent", []flagCase{
		{"da car outside every night", "Der holder en bil udenfor hver nat med motoren i gang. I sendte mig bare videre.", 2, "114", false},
		{"en smashing things every night", "I can hear them upstairs smashing things every night, it's renovation. Told it's a council matter.", 2, "114", false},
		{"da fights every Sunday", "Der ender det med slagsmål på parkeringspladsen hver søndag efter kampene. Bare træls", 3, "114", false},
		// "har truet mig fire gange nu" is a history for the net (timesSoFar), but the urgent model may still
		// flag it at its 0.2 bar beside a danger word (p 0.40 on "I siger I ikke kan gøre noget. Men han har
		// truet mig fire gange nu."): the limit docs/classification.md names
		{"da buttons not responding", "jeres formular virker ikke, knapperne reagerer ikke paa min telefon", 2, "114", false},
		{"en fire out now", "Nobody answered for ages. The shed was on fire. The fire brigade came eventually and it's out now.", 2, "112", false},
		// counterparts
		{"da hits me every day", "min mand slår mig hver dag, også i aften", 1, "112", true},
		{"da outside now", "der holder en bil udenfor nu og manden i den har truet mig", 1, "112", true},
		{"da person not responding", "min far reagerer ikke og ligger på gulvet", 1, "112", true},
		{"en fire now", "The flat next door is on fire right now", 1, "112", true},
	})
}

// TestIdiomsOfSafetyAndImpatience: "udenfor livsfare" is out of danger, "kom nu til sagen" is impatience,
// "skal jeg vente til han slår mig?" asks about a danger to come, and "when you're hiding" speaks of
// anyone; someone outside, "kom nu!" and hiding now are urgent.
func TestIdiomsOfSafetyAndImpatience(t *testing.T) {
	checkFlag(t, "urgent", []flagCase{
		{"da out of mortal danger", "ambulancen kom hurtigt og min mor er udenfor livsfare nu. tak", 5, "112", false},
		{"da get to the point", "Han afbrød mig og sagde 'kom nu til sagen, frue'.", 1, "114", false},
		// "Skal jeg vente til han slår mig?" alone is not urgent by the lists, but the urgent model still flags
		// it (p 0.96); barring the model there lost a dev text that is urgent for what it says before it
		{"en wait until he hurts me", "You told me nothing can be done. Do I have to wait until he hurts me?", 2, "114", false},
		{"en when you're hiding", "Forty minutes for the car felt like forever when you're hiding in a shed.", 2, "112", false},
		// counterparts
		{"da he is outside now", "han er udenfor min dør nu og råber", 1, "112", true},
		{"da come now", "kom nu han har en kniv", 1, "112", true},
		{"en I'm hiding", "I'm hiding in the shed, he is looking for me", 1, "112", true},
	})
}
