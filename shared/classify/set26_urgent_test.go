package classify

import "testing"

// Set 28's urgent concepts (blind_multilingual26, session 12, cls-26u): one table per concept, in the
// languages the lists read, each positive with a counterpart that must keep its verdict. Every sentence
// is written for the test, none is the set's.

// TestSetTwentySixChildsSchool: someone stalking a child through the child's school (he sent a photo
// of it, he knows which school the children go to) is danger to a child now, and so is a child afraid to
// come out of it after a threat; a parent at a school, school photos in thanks, and the child's fear
// told as over are not.
func TestSetTwentySixChildsSchool(t *testing.T) {
	checkFlag(t, "urgent", []flagCase{
		{"da a photo of the school", "Han har lige sendt mig et billede af min søns skole, jeg er bange", 1, "114", true},
		{"en a photo of the school", "My ex has not stopped texting, today he sent me a photo of my son's school", 1, "114", true},
		{"en knows which school", "My ex keeps texting that he will take the kids and he knows which school they go to", 1, "114", true},
		{"da ved hvilken skole", "Min eks skriver at han vil hente børnene uanset hvad, og han ved hvilken skole de går på", 1, "114", true},
		{"so a child afraid to come out", "Ninkii gabadhayda ku hanjabay wuu soo noqday, gabadhayduna way ka baqaysaa inay soo baxdo", 1, "114", true},
		{"pl a child afraid to come out", "Ten chłopak groził mojej córce. Teraz córka boi się wyjść ze szkoły", 1, "114", true},
		{"ru a child afraid to come out", "Этот парень угрожал моей дочери. Сейчас она боится выйти из школы", 1, "114", true},
		{"de a child afraid to come out", "Der Junge hat meiner Tochter gedroht. Jetzt traut sie sich nicht raus aus der Schule", 1, "114", true},
		// counterparts
		{"en a car parked outside the school", "Reported a car parked outside the school for days with the engine running. Told it's probably nothing", 2, "114", false},
		{"da school photos, thanks", "Tak fordi I kom forbi skolen og fortalte om trafik, vi har fået billeder af skolen fra dagen", 5, "114", false},
		{"en the teacher knows, praise", "The officer called the school and they knew which class she was in. Thank you so much", 5, "114", false},
		{"pl afraid to go out, over", "W zeszłym roku córka bała się wyjść, ale on się wyprowadził i teraz jest spokój. Dziękuję", 5, "114", false},
	})
}

// TestSetTwentySixWithoutMoving: a person lying "without moving" is the state "does not move"; the
// same told of a car in a queue, or in the past with the one recovered, is not.
func TestSetTwentySixWithoutMoving(t *testing.T) {
	checkFlag(t, "urgent", []flagCase{
		{"da uden at røre sig", "Der er stadig ingen kommet, og nu ligger han på fortovet uden at røre sig", 1, "112", true},
		{"en without moving", "still no ambulance and he is lying on the floor without moving", 1, "112", true},
		{"de ohne sich zu bewegen", "Mein Vater liegt im Flur ohne sich zu bewegen, bitte kommen Sie", 1, "112", true},
		{"pl bez ruchu", "Mój mąż leży w kuchni bez ruchu, karetki nadal nie ma", 1, "112", true},
		{"ru без движения", "Отец лежит на полу без движения, скорая не едет", 1, "112", true},
		{"ro nemișcat", "Tatăl meu zace pe jos nemișcat și ambulanța nu vine", 1, "112", true},
		// counterparts
		{"da a queue without moving", "Jeg sad 40 minutter i kø uden at komme videre, det er for dårligt", 1, "114", false},
		{"en lay without moving, recovered", "Last week my dad lay on the floor without moving, the ambulance came in 8 minutes and he is fine now. Thank you", 5, "112", false},
		{"de lag, jetzt gut", "Mein Vater lag letzte Woche ohne sich zu bewegen im Flur. Jetzt geht es ihm wieder gut, danke an alle", 5, "112", false},
	})
}

// TestSetTwentySixTodayAgainstHabit: a danger told today beside a trouble told as a habit ("for weeks
// … and today I gathered all the pills") is the day's act; the habit with no day's act stays a
// long-standing trouble.
func TestSetTwentySixTodayAgainstHabit(t *testing.T) {
	checkFlag(t, "urgent", []flagCase{
		{"de heute alle Tabletten", "Es geht mir seit Wochen schlecht und ich habe heute alle Tabletten aus dem Schrank zusammengesucht", 3, "114", true},
		// counterparts
		{"de the habit alone", "Seit Wochen streiten die Nachbarn jeden Abend laut, die Polizei sagt, das sei keine Polizeisache", 2, "114", false},
	})
}

// TestSetTwentySixFigureOfSpeech: a thing that "is killing me" (the bureaucracy, the waiting, the
// queue) is a figure of speech; a person who will kill the writer is not.
func TestSetTwentySixFigureOfSpeech(t *testing.T) {
	checkFlag(t, "urgent", []flagCase{
		{"ro birocrația mă omoară", "Mă omoară birocrația asta. Trei formulare pentru un permis pierdut", 2, "114", false},
		{"pl biurokracja mnie zabija", "Ta biurokracja mnie zabija, cztery formularze dla jednej naklejki", 2, "114", false},
		{"de die Bürokratie bringt mich um", "Die Bürokratie bringt mich um, drei Formulare für ein Kennzeichen", 2, "114", false},
		{"ru бюрократия меня убивает", "Эта бюрократия меня убивает, три формы ради номера", 2, "114", false},
		// counterparts: a person who threatens to kill now
		{"ro mă omoară, a person", "Soțul meu strigă că mă omoară, e în bucătărie cu un cuțit", 1, "112", true},
		{"pl zabije mnie, a person", "Mąż krzyczy, że mnie zabije, ma nóż", 1, "112", true},
	})
}

// TestSetTwentySixCaseNamed: a danger word that names the case reported ("the report of a rape", "a
// report about the theft": the Arabic spoken "bala3", report, not "swallowed") is not danger now; the
// same word told as happening, or a child who swallowed something, is.
func TestSetTwentySixCaseNamed(t *testing.T) {
	checkFlag(t, "urgent", []flagCase{
		{"pl zgłoszenie o gwałcie", "Policjant, który przyjmował zgłoszenie o gwałcie, pytał co miałam na sobie", 1, "114", false},
		{"ar 3amalt bala3", "3amalt bala3 3an ser2et el 3arabiyya men shahrein w ma 7ada etasal", 1, "114", false},
		{"ru заявление об изнасиловании", "Полицейский, который принимал заявление об изнасиловании, смеялся", 1, "114", false},
		{"de Anzeige wegen Vergewaltigung", "Der Beamte, der meine Anzeige wegen Vergewaltigung aufnahm, war respektlos", 1, "114", false},
		// counterparts
		{"ar swallowed now", "ibni bala3 shi w ma 3am yetnaffas, wejho azra2", 1, "112", true},
		{"pl rape happening", "Słyszę jak sąsiad gwałci kobietę w mieszkaniu obok, teraz, proszę szybko", 1, "112", true},
	})
}

// TestSetTwentySixAllFine: thanks for a danger handled, told as nobody hurt and all fine (the Arabic
// spoken forms), is praise, not danger now; a knife now is danger.
func TestSetTwentySixAllFine(t *testing.T) {
	checkFlag(t, "urgent", []flagCase{
		{"ar ma 7ada t2azza, kellna mni7", "shukran lal police. wa7ad ken 7amel sekkin bl sou2 w ento woselto bsor3a. ma 7ada t2azza, kellna mni7", 5, "112", false},
		{"ar ما حدا تأذى، كلنا بخير", "شكرا للشرطة، كان في واحد معه سكين بالمطعم ووصلتوا بسرعة. ما حدا تأذى وكلنا بخير", 5, "112", false},
		{"tr hepimiz iyiyiz", "Restoranda bıçaklı bir adam vardı, polis hemen geldi. Kimse yaralanmadı, hepimiz iyiyiz. Teşekkürler", 5, "112", false},
		// counterparts
		{"ar a knife now", "wa7ad ma3o sekkin bl mat3am hala2 w 3am ysarri5, ta3o bsor3a", 1, "112", true},
	})
}

// TestSetTwentySixNumbersAndDates: "fire" in Norwegian is four; a time ago typed short ("for en md
// siden", "2 mdr siden") is the past; a fire in English beside Norwegian and danger now beside a short
// date are still urgent.
func TestSetTwentySixNumbersAndDates(t *testing.T) {
	checkFlag(t, "urgent", []flagCase{
		{"no fire samtaler", "Fire samtaler og tre kontorer for å finne ut hvordan man melder en falsk annonse. Kom igjen", 1, "114", false},
		{"da for en md siden", "blev overfaldet i byen for en md siden, slap med en flaekket laebe, men politiet har ik kigget paa overvaagningen", 1, "114", false},
		{"da 2 mdr siden", "min nabo truede mig for 2 mdr siden og ingen har ringet tilbage", 1, "114", false},
		{"en a few wks ago", "I was assaulted a few wks ago and nobody has called me since", 1, "114", false},
		// counterparts
		{"no brann nå", "Det brenner i leiligheten under oss nå, det kommer røyk inn", 1, "112", true},
		{"da md siden, now again", "han truede mig for en md siden og nu står han udenfor døren igen", 1, "114", true},
	})
}

// TestSetTwentySixAboutThings: a worry about a day to come (the one feared let out next spring) and an
// errand about things (a lost passport, a deposit kept back) are not danger now for the foreign urgent
// model; a release today with him outside, and a passport lost beside a child missing, are.
func TestSetTwentySixAboutThings(t *testing.T) {
	checkFlag(t, "urgent", []flagCase{
		{"de released next spring", "Ich habe gefragt, ob ich informiert werde, wenn mein Ex aus der Haft kommt. Niemand hat zurückgerufen. Er kommt wohl im Frühjahr raus und ich habe jetzt schon Bauchschmerzen", 2, "114", false},
		{"fa a lost passport", "تازه اومدم دانمارک و نمیدونستم ۱۱۴ برای چیه. فقط میخواستم بپرسم پاسپورت گم شده رو کجا اعلام کنم، جواب دادن. مرسی", 4, "114", false},
		{"pl a lost wallet", "Chciałem tylko zapytać, gdzie zgłosić, że zgubiłem portfel i dowód. Pani była miła", 4, "114", false},
		// counterparts
		{"de out today, outside", "Mein Ex ist heute aus der Haft gekommen und steht jetzt vor meiner Tür, ich habe Angst", 1, "114", true},
		{"pl passport and a missing child", "Zgubiłem paszport, ale to nieważne, moja córka zaginęła od wczoraj i nie odbiera telefonu", 1, "114", true},
	})
}

// TestSetTwentySixEmergencyHandled: thanks for an emergency handled, "you saved his life", is over;
// the Danish/English model alone does not overrule a Norwegian or Swedish text whose own lists read the
// danger as over; the Turkish "ya … ?" (what if) asks about a danger. Their counterparts: the life saved
// before and danger again now, a fire reported in a question that is no "what if".
func TestSetTwentySixEmergencyHandled(t *testing.T) {
	checkFlag(t, "urgent", []flagCase{
		{"tr hayatını kurtardınız", "Babam kalp krizi geçirdi, ambulans 6 dakikada geldi ve hayatını kurtardınız. Şimdi evde, çok teşekkürler", 5, "112", false},
		{"pl uratowaliście życie", "Dziękuję dyspozytorce, uratowaliście życie mojej mamie. Miała zawał, teraz jest już w domu", 5, "112", false},
		{"ru спасли жизнь", "Спасибо диспетчеру, вы спасли жизнь моему отцу. У него был инфаркт, сейчас он дома", 5, "112", false},
		{"no reddet livet", "Takk, dere reddet livet til faren min. Han fikk hjerteinfarkt, nå er han hjemme igjen", 5, "112", false},
		{"tr ya … olsaydı?", "Ya gerçekten bir yangın olsaydı? 30 dakika bekledim", 1, "114", false},
		// counterparts
		{"pl saved before, again now", "W zeszłym roku uratowaliście życie mojej mamie, ale teraz znowu nie oddycha, proszę szybko", 1, "112", true},
		{"tr a fire now, asked what to do", "Binada yangın var şimdi, ne yapmalıyım?", 1, "112", true},
		{"no a heart attack now", "Faren min har vondt i brystet nå og puster tungt, kom fort", 1, "112", true},
	})
}
