package classify

import "testing"

// The eleventh blind set's mechanisms (session 7, urgent recall by concept): one table per concept no
// list had, told now, with counterparts (over, past, general, negated) that must not flag. Every
// sentence is written for the test, none is the set's.

// TestDanishEleventhSetConcepts: a child not come home, a wrong-way driver, a call for help now, a
// threat to "sort me out" — and danger over ("survived", "home again") or told of the times.
func TestDanishEleventhSetConcepts(t *testing.T) {
	checkFlag(t, "urgent", []flagCase{
		{"da child not come home, dark now", "Vores datter er ikke kommet hjem fra træning, og nu er det mørkt", 2, "114", true},
		{"en child not come home, now", "Our son has not come home from school and it is getting dark now", 2, "114", true},
		{"da wrong-way driver still", "Der kører stadig en lastbil den forkerte vej på motorvejen ved Kolding", 2, "112", true},
		{"en wrong direction now", "A car is driving in the wrong direction on the motorway right now", 2, "112", true},
		{"da help now", "Min mor er faldet og kan ikke rejse sig, vi har brug for hjælp nu", 2, "114", true},
		{"da threat to sort me out tonight", "min eks skrev at han vil komme og tage mig i nat", 1, "114", true},
		// counterparts
		{"da child came home in the end", "Vores søn var ikke kommet hjem i går, men han kom hjem kl 22 og alt er fint. Tak", 4, "114", false},
		{"da wrong way last year", "Sidste år kørte en bil den forkerte vej på E20, I kom hurtigt. Tak", 5, "112", false},
		{"da needed help then", "Vi havde brug for hjælp den aften, og I kom hurtigt. Tak", 5, "112", false},
		{"da survived, home again", "Min mor faldt om i køkkenet i januar. Hun overlevede og er hjemme igen. Tusind tak", 5, "112", false},
		{"da violent nowadays", "unge er blevet mere voldelige nu om dage og ingen gør noget", 2, "114", false},
		{"en violent nowadays", "people are so violent nowadays and the police do nothing", 2, "114", false},
		// "you should come" beside danger now is no general statement (the net still reads it)
		{"da hitting now, you should send someone", "Han slår hende lige nu, I burde sende nogen", 1, "114", true},
		{"en hitting now, you should send someone", "He is hitting her right now, you should send someone", 1, "114", true},
		{"da knife now, you should come", "Naboen truer med en kniv nu, I burde komme med det samme", 3, "114", true},
		{"da nowadays, and hitting right now", "Folk er voldelige nu om dage, og lige nu slår naboen sin kone", 3, "114", true},
		{"da sort out an appointment", "I ville ordne mig en ny tid til anmeldelsen, men ingen ringede", 2, "114", false},
	})
}

// TestFalseFriendsOfEnglishCues: a language's own word spelt like an English cue ("flyttet hit":
// moved here) is not the English word; the English word inside such a text still is.
func TestFalseFriendsOfEnglishCues(t *testing.T) {
	checkFlag(t, "urgent", []flagCase{
		{"no hit = here", "Vi kom hit fra Trondheim i sommer, og jeg vet ikke hvordan jeg anmelder et tyveri her", 3, "114", false},
		{"sv hit = here", "Vi flyttade hit förra året och jag hittar inte formuläret för anmälan", 3, "114", false},
		{"no fight now", "Naboen slår kona si nå, jeg hører henne skrike", 1, "112", true},
	})
}

// TestFarewellMessage: a farewell sent by someone — apologising to everyone, "farewell, thanks for
// everything", forgive me all; thanks to the staff in the same text do not end it.
func TestFarewellMessage(t *testing.T) {
	checkFlag(t, "urgent", []flagCase{
		{"no", "Broren min sendte en melding der han ber alle om unnskyldning, han svarer ikke", 3, "114", true},
		{"sv", "Min syster skrev att hon ber alla om förlåtelse och nu svarar hon inte", 3, "114", true},
		{"de", "Mein Freund hat geschrieben: lebt wohl. Er geht nicht ans Telefon", 3, "114", true},
		{"pl", "Kolega napisał, że przeprasza wszystkich, i nie odbiera", 3, "114", true},
		{"tr", "Ablam mesaj attı, herkesten özür diliyor, telefonu kapalı", 3, "114", true},
		{"ro", "Fratele meu a scris că își cere iertare de la toți și nu răspunde", 3, "114", true},
		{"ar script", "اخي بعتلي رسالة سامحوني وما عم يرد", 3, "114", true},
		{"ar Latin", "a5uy ba3atli msg sam7ouni w ma 3am yrod", 3, "114", true},
		{"fa script", "برادرم پیام داده حلالم کنید و جواب نمیده", 3, "114", true},
		{"fa Latin", "baradaram payam dade halalam konid, javab nemide", 3, "114", true},
		{"uk", "Брат написав мені «прощавай» і не бере слухавку", 3, "114", true},
		{"ru", "Сестра написала «прощай, спасибо за все» и не отвечает", 3, "114", true},
		// counterparts: an apology for a wait, a goodbye to the call-taker, thanks for everything
		{"pl apology for the trouble", "Przepraszam za kłopot, chciałam tylko zapytać o numer sprawy", 3, "114", false},
		{"sv thanks for everything", "Tack för allt, ni var jättesnabba", 5, "112", false},
		{"ru thanks, goodbye", "Спасибо за помощь, до свидания", 5, "114", false},
	})
}

// TestNotSwimmingAnyMore: someone in the water no longer swimming, going under.
func TestNotSwimmingAnyMore(t *testing.T) {
	checkFlag(t, "urgent", []flagCase{
		{"no", "En gutt falt i vannet ved brygga og svømmer ikke lenger", 3, "114", true},
		{"sv", "En tjej i sjön simmar inte ordentligt längre", 3, "114", true},
		{"de", "Ein Mann ist in den See gefallen und geht unter", 3, "114", true},
		{"pl", "Chłopiec wpadł do jeziora i już nie płynie", 3, "114", true},
		{"tr", "Denize düşen çocuk artık yüzmüyor", 3, "114", true},
		{"ro", "Un om a căzut în lac și nu mai înoată", 3, "114", true},
		{"ar script", "في ولد وقع بالبحر وما عاد يسبح", 3, "114", true},
		{"ar Latin", "fi walad w2e3 bel ba7er w 3am yeghra2", 3, "114", true},
		{"fa script", "یه پسر افتاده تو آب و داره غرق میشه", 3, "114", true},
		{"uk", "Хлопець упав у річку і вже не пливе", 3, "114", true},
		{"ru", "Мужчина упал в озеро и тонет", 3, "114", true},
		// counterparts: a swimmer who swims well, a rescue that is over
		{"no swims well", "Sønnen min svømmer godt, vi var på stranden i går og politiet var hyggelige", 5, "114", false},
		{"sv rescued last summer, fine", "Förra sommaren drog en kille upp min son ur vattnet, nu mår han bra. Tack", 5, "112", false},
	})
}

// TestBreakingInNow: someone prising a door or a window open, breaking in, told in the present.
func TestPrisingOpenNow(t *testing.T) {
	checkFlag(t, "urgent", []flagCase{
		{"no", "Noen bryter opp døra i kjelleren akkurat nå", 1, "112", true},
		{"sv", "Någon bänder upp fönstret på baksidan, jag gömmer mig", 1, "112", true},
		{"de", "Jemand versucht einzubrechen, ich höre ihn an der Tür", 1, "112", true},
		{"pl", "Ktoś włamuje się do mieszkania obok, słyszę go", 1, "112", true},
		{"tr", "Biri kapıyı zorluyor, çocuklarla banyodayım", 1, "112", true},
		{"ro", "Cineva forțează ușa de la intrare, sunt cu copiii în dormitor", 1, "112", true},
		{"ar Latin", "fi 7ada 3am yeksor el bab, ana mkhabaye bel gherfe", 1, "112", true},
		{"fa Latin", "ye nafar dare dar ro mishkane, ma tu otagh ghayem shodim", 1, "112", true},
		{"uk", "Хтось ламає двері, я з дітьми у ванній", 1, "112", true},
		{"ru", "Кто-то взламывает дверь, мы спрятались", 1, "112", true},
		// counterparts: a burglary of last month, a question about the form
		{"sv broke in last month", "Förra månaden bröt någon upp dörren till förrådet, ingen har hört av sig", 2, "114", false},
		{"de break-in last week, report", "Letzte Woche hat jemand versucht einzubrechen, ich möchte nur die Aktennummer", 3, "114", false},
	})
}

// TestFumesWithPoisoningSigns: fumes from a stove, a heater or a grill with headaches, dizziness or
// vomiting (carbon monoxide), told now.
func TestFumesWithPoisoningSigns(t *testing.T) {
	checkFlag(t, "urgent", []flagCase{
		{"no", "Vi har fyrt i ovnen hele kvelden og alle har hodepine og er svimle", 3, "114", true},
		{"sv", "Efter grillen i garaget är vi yra och barnet spyr", 3, "114", true},
		{"de", "Der Gasofen läuft seit Stunden, wir haben alle Kopfschmerzen und mir ist schwindlig", 3, "114", true},
		{"pl", "Od pieca w łazience boli nas głowa i dziecko wymiotuje", 3, "114", true},
		{"tr", "Sobadan sonra hepimizin başı ağrıyor, çocuk kusuyor", 3, "114", true},
		{"ro", "De la centrala pe gaz ne doare capul și copilul vomită", 3, "114", true},
		{"ar Latin", "min el sobia kelna 3anna waja3 ras w ebni dayekh", 3, "114", true},
		{"fa Latin", "az bokhari hamamun sardard darim, bacham estefragh kard", 3, "114", true},
		{"uk", "Від печі у всіх болить голова, дитину нудить", 3, "114", true},
		{"ru", "От печки у всех болит голова, ребенка тошнит", 3, "114", true},
		// counterparts: a stove without symptoms, a headache without fumes, poisoning over
		{"pl stove, no symptoms", "Piec w piwnicy jest stary, chciałbym wiedzieć, kto to sprawdza", 3, "114", false},
		{"de headache from the wait", "Ich hatte Kopfschmerzen vom Warten in der Leitung", 2, "114", false},
		{"ro the dispatch centre, a headache from waiting", "Am sunat de la centrala si mi-au zis sa astept, ma doare capul de atata asteptare", 2, "114", false},
		{"no stove cold, headache from the wait", "Ovnen på stasjonen var kald og jeg fikk hodepine av ventingen", 2, "114", false},
		{"sv grill fell over, all fine now", "Polisen kom efter att grillen välte, barnet spydde av skräck men nu är allt bra", 4, "114", false},
		{"ro over: all fine now", "Săptămâna trecută ne durea capul de la sobă, acum suntem bine. Mulțumesc", 5, "112", false},
	})
}

// TestMissingSinceOrStillNotFound: a child or an old person with dementia gone since school, not back,
// still not found — and found again.
func TestMissingSinceOrStillNotFound(t *testing.T) {
	checkFlag(t, "urgent", []flagCase{
		{"no", "Datteren min har vært borte siden i formiddag og svarer ikke", 2, "114", true},
		{"sv", "Vår son har varit borta sedan skolan slutade och det börjar bli mörkt", 2, "114", true},
		{"de dementia", "Meine Oma ist dement und immer noch weg, es ist kalt draußen", 2, "114", true},
		{"pl", "Syn nadal nie wrócił ze szkoły, a już jest ciemno", 2, "114", true},
		{"tr", "Oğlum hala dönmedi, hava karardı", 2, "114", true},
		{"ro", "Fiul meu încă nu s-a întors acasă de la școală", 2, "114", true},
		{"so", "Ayeeyo waxay qabtaa xusuusta ka jiran, weli lama helin", 2, "114", true},
		{"ar Latin", "ebni lessa ma rije3 men el madrase", 2, "114", true},
		{"fa script", "پسرم هنوز برنگشته خونه", 2, "114", true},
		{"uk", "Син досі не повернувся зі школи", 2, "114", true},
		{"ru", "Сын до сих пор не вернулся из школы", 2, "114", true},
		// counterparts: found again, or away on a trip
		{"tr police still not come", "Annem aradı ama polis hala gelmedi, çok bekledik", 2, "114", false},
		{"uk still no answer", "Мама написала заяву, але відповіді досі немає", 2, "114", false},
		{"so file not found", "Hooyaday waxay dirtay warqad, laakiin faylkeeda lama helin", 2, "114", false},
		{"no found again", "Datteren min var borte i to timer i går, men politiet fant henne. Takk", 5, "114", false},
		{"sv away on holiday, thanks", "Vi har varit borta på semester i två veckor, tack för att ni ringde tillbaka så snabbt", 4, "114", false},
	})
}

// TestChildAloneOnBalcony: a small child alone on a balcony or a window ledge, told now.
func TestChildAloneOnBalcony(t *testing.T) {
	checkFlag(t, "urgent", []flagCase{
		{"no", "Et lite barn står alene ute på balkongen i fjerde etasje", 3, "114", true},
		{"sv", "Ett litet barn är ensamt på balkongen och klättrar", 3, "114", true},
		{"de", "Ein kleines Kind ist allein auf dem Balkon im vierten Stock", 3, "114", true},
		{"pl", "Małe dziecko jest samo na balkonie na czwartym piętrze", 3, "114", true},
		{"ro", "Un copil mic e singur pe balcon la etajul patru", 3, "114", true},
		{"ar Latin", "fi walad zghir lwa7do 3al balkon bel tabe2 el rabe3", 3, "114", true},
		{"ar script", "في طفل لحاله على البلكون", 3, "114", true},
		{"uk", "Мала дитина сама на балконі", 3, "114", true},
		{"ru", "Маленький ребенок один на балконе", 3, "114", true},
		// counterparts: a child on a balcony with a parent, a balcony in a noise complaint
		{"de child with the mother", "Das Kind spielt mit der Mutter auf dem Balkon, die Polizei war freundlich", 5, "114", false},
		{"pl child with the mother", "Dziecko bawiło się z mamą na balkonie, kiedy przyjechała policja. Dziękuję", 5, "114", false},
	})
}

// TestDangerOverFireOutOrBetter: a fire put out, a patient better now — over, in thanks.
func TestDangerOverFireOutOrBetter(t *testing.T) {
	checkFlag(t, "urgent", []flagCase{
		{"no fire out", "Brannen på kjøkkenet er slukket og ingen ble skadet, takk for hjelpen", 4, "112", false},
		{"sv better now", "Mamma fick en stroke, ambulansen kom fort och hon mår bättre nu. Tack", 5, "112", false},
		{"pl fire out", "Pożar w piwnicy został ugaszony, dziękuję strażakom", 5, "112", false},
		{"ru fire out", "Пожар потушили, все целы, спасибо", 5, "112", false},
		{"de better now", "Mein Vater hatte einen Schlaganfall, jetzt geht es ihm besser. Danke an die Leitstelle", 5, "112", false},
		{"fa Latin better now", "pedaram sakte karde bood, alan halesh behtare, merci", 5, "112", false},
		// counterparts told now: "ist aus" (out of) and "behtare" (it is better to) are no over
		{"de fell out of the window now", "Mein Sohn ist aus dem Fenster gefallen und blutet stark", 1, "112", true},
		{"fa Latin better you come", "behtare zood biayn, shohare ham chaghoo dare", 1, "112", true},
		{"no fire now", "Det brenner på kjøkkenet nå, kom fort", 1, "112", true},
		{"sv stroke now", "Mamma har fått en stroke just nu, hon kan inte prata", 1, "112", true},
	})
}

// TestEleventhSetConceptsEveryLanguage: the same concepts in the languages and scripts the tables above
// leave out, Danish and English included (read by the Danish/English lists).
func TestEleventhSetConceptsEveryLanguage(t *testing.T) {
	checkFlag(t, "urgent", []flagCase{
		// a farewell
		{"farewell da", "Min bror har skrevet at han beder alle om undskyldning, og han tager ikke telefonen", 3, "114", true},
		{"farewell en", "My friend texted that he apologises to everyone and now his phone is off", 3, "114", true},
		{"farewell so", "Walaalkay wuxuu ii soo qoray iga cafiya dhammaan, taleefanka ma qabanayo", 3, "114", true},
		{"farewell ar script forgive me", "صاحبتي كتبتلي سامحوني وما عم ترد", 3, "114", true},
		{"farewell uk Latin-free check ru script", "Подруга написала «простите меня все» и не отвечает", 3, "114", true},
		// in the water, not swimming
		{"water da", "En dreng er faldet i havnen og svømmer ikke mere, han er ved at gå ned", 3, "114", true},
		{"water en", "A man fell in the harbour and is not swimming any more, his head keeps going under", 3, "114", true},
		{"water so", "Wiil ayaa biyaha ku dhacay, dabaalan kari waayay", 3, "114", true},
		{"water fa Latin", "ye pesar oftade tu darya, dare ghargh mishe", 3, "114", true},
		// prising open, breaking in
		{"break-in da", "Der er nogen der bryder døren op lige nu, jeg gemmer mig med børnene", 1, "112", true},
		{"break-in en", "Someone is breaking in through the back door right now, I am hiding with the kids", 1, "112", true},
		{"break-in so", "Nin ayaa albaabka jabinaya hadda, carruurta ayaan la dhuumanayaa", 1, "112", true},
		{"break-in ar script", "في حدا عم يكسر الباب هلق", 1, "112", true},
		{"break-in fa script", "یکی داره در رو میشکنه", 1, "112", true},
		// fumes and signs of poisoning
		{"fumes so", "Dhuxusha guriga dhexdeeda ayaan shidnay, dhammaan madax xanuun ayaan qabnaa, ilmuhuna matag", 3, "114", true},
		{"fumes ar script", "من الصوبيا كلنا عنا وجع راس وابني دايخ", 3, "114", true},
		{"fumes fa script", "از بخاری همه سردرد داریم و بچم استفراغ کرد", 3, "114", true},
		// missing since, still not found
		{"missing de child", "Unser Sohn ist seit der Schule nicht zurückgekommen und es wird dunkel", 2, "114", true},
		{"missing ar script", "ابني لسا ما رجع من المدرسة", 2, "114", true},
		{"missing fa Latin", "pesaram hanooz barnagashte az madrese", 2, "114", true},
		// a child alone on a balcony
		{"balcony tr", "Küçük bir çocuk balkonda yalnız, sandalyeye çıkmış", 3, "114", true},
		{"balcony so", "Ilmo yar ayaa balakoonka keligiis taagan", 3, "114", true},
		{"balcony fa script", "یه بچه تنها تو بالکن وایساده", 3, "114", true},
		{"balcony fa Latin", "ye bache tanha tu balkon vaysade", 3, "114", true},
		// counterparts in the same languages
		{"fumes so over", "Toddobaadkii hore madax xanuun ayaan ka qabnay dhuxusha, hadda waan fiicannahay. Mahadsanid", 5, "114", false},
		{"balcony tr with the parents", "Geçen ay çocuk annesiyle balkondaydı, polis çok nazikti, teşekkürler", 5, "114", false},
		{"water en swims no more, a habit", "My daughter is not swimming any more since the club closed, can you tell me who to ask", 3, "114", false},
		{"water da out of the water, fine", "Min søn faldt i søen i sommer, men svømmede selv ind og har det fint. Tak", 5, "114", false},
		{"break-in en last year", "Last year someone broke in through the back door and nobody ever called me back", 2, "114", false},
	})
}
