package classify

import "testing"

// The twenty-third blind set's concepts (session 11's third round, cls-22u, urgent recall and precision
// by concept; a tuning set since its blind measure): one table per concept, in the languages the lists
// read, with counterparts that must keep their verdict. Every sentence is written for the test, none is
// the set's.

// TestSetTwentyThreeUrgentConcepts: breathing gone wrong after a collapse (snoring, gasping), someone out
// in night clothes or slippers in the cold, a restraining order named and what he still does despite it,
// a close one who does not want to be here told after "and" beside another cue (its "anymore" is not
// the first cue's), a farewell told as "this is my last writing" or "tell my mother I love her".
func TestSetTwentyThreeUrgentConcepts(t *testing.T) {
	checkFlag(t, "urgent", []flagCase{
		{"da breathing strangely", "Min far er besvimet i stuen og trækker vejret helt underligt", 2, "112", true},
		{"da gasping", "Hun sidder og gisper efter vejret og kan ikke svare mig", 2, "112", true},
		{"en breathing weirdly", "My husband fell over and he is breathing weirdly, almost snoring", 2, "112", true},
		{"en gasping for air", "the baby is gasping for air please hurry", 1, "112", true},
		{"da night clothes in the cold", "farmor er væk fra bostedet i bare nattøj og det er koldt i nat", 2, "114", true},
		{"en slippers in the snow", "Grandad wandered off from the care home an hour ago in his slippers and it is freezing", 2, "114", true},
		{"da despite the order, still", "Min eks står trods tilhold stadig og ringer på hos mig", 2, "114", true},
		{"en despite the order, still", "Despite the restraining order he still turns up at my flat", 2, "114", true},
		{"en does not want to be here, after and", "My brother shut himself in the garage and says he doesn't want to be here anymore", 2, "114", true},
		{"tr last writing", "Her sey icin tesekkurler. Bu son yazim", 4, "114", true},
		{"tr tell the family I love them", "Aileme soyleyin hepsini cok seviyorum, artik yoruldum", 3, "114", true},
		// counterparts: breathing normal again, the one found and warm, the order kept, words of a
		// complaint about a note, a last message about a fine
		{"da breathing normal again", "Min far trak vejret mærkeligt i går, men lægen kom og nu har han det fint. Tak", 5, "114", false},
		{"en found and warm", "Grandad wandered off in his slippers last night but the police found him and he is warm and safe now. Thank you", 5, "114", false},
		{"da the order kept", "Han fik tilhold sidste år og har holdt sig væk siden. Tak for hjælpen dengang", 5, "114", false},
		{"tr last message about a fine", "Bu son mesajim degil, ceza hakkinda tekrar yazacagim", 3, "114", false},
	})
}

// TestSetTwentyThreePrecisionConcepts: the bridge as the way one travels ("over the bridge every
// day"), not heard from since told of the one who threatened (and no one close named), a toy gun, no one hurt, all over already, the Somali "a year ago", and the Turkish "gün" (day,
// folded "gun") are no danger now; the bridge stood on and a real gun now still are.
func TestSetTwentyThreePrecisionConcepts(t *testing.T) {
	checkFlag(t, "urgent", []flagCase{
		{"sv over the bridge", "Kör över bron till jobbet varje morgon och kön på 114 var lång i dag", 2, "114", false},
		{"da over the bridge", "Jeg kører over broen hver dag og ventede 30 minutter i telefonen", 2, "114", false},
		{"sv a toy gun, no one hurt", "En kille viftade med en leksakspistol vid stationen. Ingen kom till skada, bra jobbat", 4, "114", false},
		{"no a toy gun", "Det var en lekepistol, ingen kom til skade. Takk for rask hjelp", 5, "114", false},
		{"sv already over", "Såg en brand i går och ringde 112, men då var det redan över. Lång väntan", 2, "112", false},
		{"so a year ago", "Sanad ka hor nin ayaa i garaacay. Hadda waan fiicnahay, waxaan rabaa talo", 3, "114", false},
		{"tr days", "Iki gun boyunca kimse beni aramadi, cok kotu hizmet", 1, "114", false},
		{"da not heard from the one who threatened", "Naboen truede mig i foråret, men han er flyttet og jeg har ikke hørt fra ham siden. Tak for hjælpen", 5, "114", false},
		{"sv a toy pistol in the da/en reading", "En man med pistol i bussen i går, det var en leksakspistol. Ingen kom till skada", 4, "114", false},
		// counterparts: on the bridge now, a gun now, a son who threatened to harm himself not heard from
		{"da on the bridge now", "Min søn står på broen lige nu og vil springe", 1, "112", true},
		{"sv a gun now", "En man har en pistol på tåget just nu, kom snabbt", 1, "112", true},
		{"da son not heard from", "Min søn truede med at gøre sig selv noget, og jeg har ikke hørt fra ham siden", 2, "114", true},
	})
}

// TestSetTwentyThreeConductConcepts: shouted at told in the passive ("blev råbt ad"), the one reported
// asking or knowing who reported him ("how can the neighbour know"), staff's remark on hearing the
// writer's accent, a remark judged quite out of place; a neighbour who shouts, and knowing nothing of
// the report, are not.
func TestSetTwentyThreeConductConcepts(t *testing.T) {
	checkFlag(t, "conduct", []flagCase{
		{"da shouted at, passive", "blev raabt ad i telefonen da jeg ikk vidste adressen, helt uacceptabelt", 2, "114", true},
		{"da how can the landlord know", "hvordan kan min udlejer vide at det var mig der havde anmeldt ham? kun jeres folk vidste det", 1, "114", true},
		{"de remark on the accent", "Als sie meinen Akzent hörte, fragte die Beamtin, ob ich überhaupt hier wohnen darf", 1, "114", true},
		{"de quite out of place", "Der Kommentar des Polizisten über meine Herkunft war völlig unangebracht", 1, "114", true},
		{"pl remark on the accent", "Kiedy usłyszał mój akcent, dyżurny zaczął mówić do mnie jak do dziecka", 1, "114", true},
		// counterparts
		{"da the neighbour shouts", "Min nabo råber hele tiden, men betjenten var flink og hjalp mig", 4, "114", false},
		{"de accent, kind", "Die Beamtin war sehr geduldig mit meinem Akzent, danke", 5, "114", false},
	})
}

// TestSetTwentyThreeCategoryConcepts (English first): "not their thing" is the brush-off; the writer
// unable to say it in Danish is the language barrier even beside advice given; the wait for the
// ambulance or the police is the wait complained of, not news of a case; someone else waiting outside
// is no wait, and the wait while staff talked the writer through it is thanks. Danish: not worth
// reporting is the brush-off, "i forbindelse med" names no line, a wrong link given is advice, "der
// kommer ingen" is help not come (a patrol sent to a wrong address stays the response).
func TestSetTwentyThreeCategoryConcepts(t *testing.T) {
	checkCategories(t, []categoryCase{
		{"en not their thing", "I rang about the dumped car blocking our road and the woman said it's not their department, ring the council", 2, "114", nts},
		{"da ikke deres bord", "Jeg ringede om hærværket, men fik at vide at det ikke var deres bord og at jeg skulle ringe til kommunen", 2, "114", nts},
		{"en can't explain in Danish", "The man on the phone told me to go to the station, but I can't explain what happened in Danish", 2, "114", acc},
		{"en still waiting for the ambulance", "Waited 40 minutes for the ambulance for my mum and we are still waiting, she is very weak", 1, "112", rt},
		{"da not worth reporting", "Min cykel blev stjålet, og jeg fik at vide, at det ikke kunne betale sig at anmelde det. Mærkelig holdning", 2, "114", nts},
		{"da in connection with", "Jeg vil gerne rose den venlige betjent, jeg talte med i forbindelse med en falsk sms om en pakke", 5, "114", ros},
		{"da a wrong link given", "Hun var venlig, men gav mig et forkert link, så jeg udfyldte den forkerte blanket", 3, "114", adv},
		{"da nobody comes", "min nabo ligger i gården og bløder og der kommer ingen", 1, "112", rt},
		// counterparts
		{"da patrol at the wrong address", "de sendte bilen til den forkerte adresse og der gik en time foer de kom", 1, "112", rt},
		{"en waited while talked through", "She stayed on the line with me the whole time while I waited for the ambulance. Thank you so much", 5, "112", ros},
	})
}
