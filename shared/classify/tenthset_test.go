package classify

import "testing"

// The tenth blind set's mechanisms (session 7, urgent recall in every language): one table per concept
// no list had in some language, each told now in Danish, English and every foreign list's language,
// with counterparts (over, past, general, negated, about something else) that must not flag. Every
// sentence is written for the test, none is the set's. Rated 3 on 114 unless the case is about the
// rating, so the safe defaults for unread texts (pipeline.go) play no part.

// TestFollowedNow: someone following the writer now.
func TestFollowedNow(t *testing.T) {
	checkFlag(t, "urgent", []flagCase{
		{"da", "En mand følger efter mig fra bussen, han går stadig bag mig nu", 3, "114", true},
		{"en", "A man has been following me since the bus and he is still behind me now", 3, "114", true},
		{"no", "En mann følger etter meg fra toget og er fortsatt bak meg nå", 3, "114", true},
		{"sv", "En man följer efter mig från bussen, han är fortfarande bakom mig", 3, "114", true},
		{"de", "Ein Mann läuft mir seit der Haltestelle nach und ist jetzt hinter mir", 3, "114", true},
		{"pl", "Jakiś mężczyzna idzie za mną od przystanku, nadal tu jest", 3, "114", true},
		{"tr", "Bir adam otobüsten beri peşimden geliyor, hala arkamda", 3, "114", true},
		{"ro", "Un bărbat vine după mine de la autobuz și e încă în spatele meu", 3, "114", true},
		{"so", "Nin ayaa iga daba socda tan iyo baska, hadda weli wuu joogaa", 3, "114", true},
		{"ar script", "في رجال ماشي وراي من الباص، هلق لسا وراي", 3, "114", true},
		{"ar Latin", "fi wa7ad meshi warai men el bus, hal2 lessa warai", 3, "114", true},
		{"fa script", "یه مرد از ایستگاه دنبالم اومده، الان پشت سرمه", 3, "114", true},
		{"fa Latin", "ye mard az istgah donbalam oomade, alan poshte saram", 3, "114", true},
		{"uk", "Якийсь чоловік йде за мною від зупинки, він і зараз тут", 3, "114", true},
		{"ru Cyrillic", "Какой-то мужчина идет за мной от остановки", 3, "114", true},
		{"ru Latin", "kakoy-to muzhchina idet za mnoy ot ostanovki", 3, "114", true},
		// counterparts: told as over, long past, or about a car behind in a queue
		{"de followed last month, arrested", "Letzten Monat ist mir ein Mann gefolgt, er wurde festgenommen. Danke", 4, "114", false},
		{"pl followed a year ago", "Rok temu ktoś szedł za mną, zgłosiłam to, nikt nie oddzwonił", 3, "114", false},
		{"ru followed last week, all fine", "На прошлой неделе за мной шел мужчина, сейчас все хорошо, просто хочу номер дела", 3, "114", false},
		{"tr followed, now safe at home", "Geçen hafta biri peşimden geldi, şimdi iyiyim", 3, "114", false},
	})
}

// TestChildNotBreathing: a child not breathing properly, turning blue, choking on something.
func TestChildNotBreathing(t *testing.T) {
	checkFlag(t, "urgent", []flagCase{
		{"da", "Min søn har slugt noget og bliver helt blå i ansigtet", 3, "114", true},
		{"en", "My baby is choking on something and her lips are turning blue", 3, "114", true},
		{"no", "Gutten min har fått noe i halsen og blir blå", 3, "114", true},
		{"sv", "Min dotter har satt i halsen och läpparna blir blå", 3, "114", true},
		{"de", "Mein Sohn hat sich verschluckt und bekommt keine Luft", 3, "114", true},
		{"pl", "Synek się zakrztusił i robi się siny", 3, "114", true},
		{"tr", "Kızım bir şey yuttu, nefes alamıyor, morarıyor", 3, "114", true},
		{"ro", "Copilul a înghițit ceva și se învinețește", 3, "114", true},
		{"so", "Ilmahayga wax buu liqay, wejigiisu buluug buu noqday", 3, "114", true},
		{"ar script", "ابني بلع شي وعم يختنق", 3, "114", true},
		{"ar Latin", "ebni bala3 shi w 3am yekhtene2, wejho sar azra2", 3, "114", true},
		{"fa script", "بچم یه چیزی قورت داده و داره خفه میشه", 3, "114", true},
		{"fa Latin", "pesaram ye chizi ghoort dade, dare khafe mishe", 3, "114", true},
		{"uk", "Син подавився і синіє", 3, "114", true},
		{"ru Cyrillic", "Ребенок подавился, губы синие", 3, "114", true},
		{"ru Latin", "rebenok podavilsya, zadykhaetsya", 3, "114", true},
		// counterparts: told as over, or a colour that is not a face
		{"de swallowed, fine now, thanks", "Mein Sohn hatte sich letzte Woche verschluckt, jetzt geht es ihm gut. Danke an die Leitstelle", 5, "114", false},
		{"pl choked, all good now", "Synek się zakrztusił, ale wszystko jest dobrze, dziękuję za pomoc", 5, "114", false},
		{"ru choked last month", "В прошлом месяце сын подавился, сейчас все хорошо. Спасибо", 5, "114", false},
		{"tr blue car", "Mavi arabalı adam hakkında şikayetim var, kimse aramadı", 3, "114", false},
	})
}

// TestGasOrSmokeNow: a smell of gas, smoke coming in.
func TestGasOrSmokeNow(t *testing.T) {
	checkFlag(t, "urgent", []flagCase{
		{"da", "Det lugter af gas i hele opgangen", 3, "114", true},
		{"en", "There is a strong smell of gas in the whole building", 3, "114", true},
		{"no", "Det lukter gass i hele oppgangen", 3, "114", true},
		{"sv", "Det luktar gas i hela trapphuset", 3, "114", true},
		{"de", "Im ganzen Treppenhaus riecht es nach Gas", 3, "114", true},
		{"pl", "Na całej klatce śmierdzi gazem", 3, "114", true},
		{"tr", "Bütün apartmanda gaz kokuyor", 3, "114", true},
		{"tr smoke after a general fine", "Her şey iyi sayılır, sadece bodrumdan duman geliyor", 3, "114", true},
		{"ro", "Miroase a gaz în tot blocul", 3, "114", true},
		{"so", "Gaas ayaa uraya guriga oo dhan", 3, "114", true},
		{"ar script", "في ريحة غاز بكل البناية", 3, "114", true},
		{"ar Latin", "fi ri7et ghaz bel binaye kella", 3, "114", true},
		{"fa script", "بوی گاز تو کل ساختمون میاد", 3, "114", true},
		{"fa Latin", "booye gaz too kole sakhtemoon miad", 3, "114", true},
		{"uk", "У всьому під'їзді пахне газом", 3, "114", true},
		{"ru Cyrillic", "Во всем подъезде пахнет газом", 3, "114", true},
		{"ru Latin", "vo vsem podezde pakhnet gazom", 3, "114", true},
		// counterparts: over, past, a gas bill
		{"ro gas bill", "Am o întrebare despre factura la gaz, nimeni nu răspunde la 114", 3, "114", false},
		{"de gas smell yesterday, fixed", "Gestern roch es nach Gas, die Stadtwerke haben es repariert, alles ist gut", 4, "114", false},
		{"pl gas last week", "W zeszłym tygodniu śmierdziało gazem, teraz wszystko w porządku", 4, "114", false},
		{"tr smoke over", "Dün gece duman vardı, itfaiye geldi, şimdi herkes iyi", 4, "114", false},
	})
}

// TestThreatForLaterToday: a threat to "finish" or kill the writer later today, or if they leave.
func TestThreatForLaterToday(t *testing.T) {
	checkFlag(t, "urgent", []flagCase{
		{"da", "Min eks har skrevet at han kommer efter arbejde i dag og slår mig ihjel", 3, "114", true},
		{"en", "My ex texted that he will come after my shift today and kill me", 3, "114", true},
		{"no", "Eksen min skrev at han skal ta livet av meg i kveld", 3, "114", true},
		{"sv", "Mitt ex skrev att han ska ta livet av mig ikväll", 3, "114", true},
		{"de", "Mein Ex hat geschrieben, dass er mich heute fertigmachen wird", 3, "114", true},
		{"pl", "Były napisał, że dziś po pracy mnie wykończy", 3, "114", true},
		{"tr", "Eski kocam bugün işten sonra beni bitireceğini yazdı", 3, "114", true},
		{"ro", "Fostul mi-a scris că vine azi să mă termine", 3, "114", true},
		{"so", "Ninkeygii hore wuxuu qoray inuu maanta i dili doono", 3, "114", true},
		{"ar script", "طليقي بعتلي انه رح يخلص علي اليوم", 3, "114", true},
		{"ar Latin", "ex taba3i katabli eno ra7 y5alles 3alay el yom", 3, "114", true},
		{"fa script", "شوهر سابقم پیام داده امشب کارمو تموم میکنه", 3, "114", true},
		{"fa Latin", "shohare sabegham payam dade emshab karamo tamoom mikone", 3, "114", true},
		{"uk", "Колишній написав, що сьогодні мене приб'є", 3, "114", true},
		{"ru Cyrillic", "Бывший написал, что сегодня меня прибьет", 3, "114", true},
		{"ru if I leave", "Сказал если уйду пожалеет вся семья", 3, "114", true},
		{"de if I leave", "Er sagt, wenn ich gehe, bereust du es", 3, "114", true},
		// counterparts: the threat long past and its author in prison, a joke about work
		{"ro threat last year, in prison", "Acum un an fostul a zis că mă termină, acum e la închisoare", 3, "114", false},
		{"ru threat last month, arrested", "В прошлом месяце бывший грозил, что прибьет меня, его арестовали", 3, "114", false},
		{"de finish the case", "Die Polizei will den Fall heute abschließen, ich habe keine Nachricht bekommen", 3, "114", false},
	})
}

// TestEndItAllToday: someone (the writer or another) will end it all today.
func TestEndItAllToday(t *testing.T) {
	checkFlag(t, "urgent", []flagCase{
		{"da", "Min bror skrev at han gør en ende på det hele i dag", 3, "114", true},
		{"en", "My brother said he will end it all today and switched off his phone", 3, "114", true},
		{"no", "Broren min sa at han skal gjøre slutt på alt i dag", 3, "114", true},
		{"sv", "Min bror sa att han ska göra slut på allt idag", 3, "114", true},
		{"de", "Mein Bruder sagt, er will heute Schluss machen", 3, "114", true},
		{"pl", "Brat napisał, że dzisiaj skończy ze wszystkim", 3, "114", true},
		{"tr", "Kardeşim bugün her şeyi bitireceğini söyledi", 3, "114", true},
		{"ro", "Fratele meu a zis că azi termină cu tot", 3, "114", true},
		{"so", "Walaalkay wuxuu yiri maanta wax walba wuu dhammeyn", 3, "114", true},
		{"ar script", "اخي قال رح يخلص كل شي اليوم", 3, "114", true},
		{"ar Latin", "a5i 2al ra7 y5alles kel shi el yom", 3, "114", true},
		{"fa Latin", "baradaram gofte emrooz hamechi ro tamoom mikone", 3, "114", true},
		{"uk", "Брат сказав, що сьогодні все закінчить", 3, "114", true},
		{"ru Cyrillic", "Брат сказал, что сегодня все закончит", 3, "114", true},
		{"ru Latin", "brat skazal chto segodnya vsyo zakonchit", 3, "114", true},
		// counterparts: ending a case or a job
		{"de end the contract", "Mein Bruder will heute den Vertrag beenden lassen, wir warten auf den Bericht", 3, "114", false},
		{"pl finished work", "Brat skończył pracę dzisiaj o 16, potem dzwoniliśmy na 114 w sprawie roweru", 3, "114", false},
		{"ru case closed", "Сегодня закончили дело, спасибо полиции", 5, "114", false},
	})
}

// TestHeldCaptive: a partner who will not let the writer out, locked them in, took their phone or keys.
func TestHeldCaptive(t *testing.T) {
	checkFlag(t, "urgent", []flagCase{
		{"da", "Han har låst mig inde og taget min telefon, jeg skriver fra min søns tablet", 3, "114", true},
		{"en", "He took my phone and keys and won't let me leave the flat", 3, "114", true},
		{"no", "Han lar meg ikke gå ut av leiligheten", 3, "114", true},
		{"sv", "Han låter mig inte gå ut, han har tagit min telefon", 3, "114", true},
		{"de", "Er lässt mich nicht raus und hat mir das Handy weggenommen", 3, "114", true},
		{"pl", "Mąż nie wypuszcza mnie z domu, zabrał mi telefon", 3, "114", true},
		{"tr", "Kocam beni dışarı çıkarmıyor, telefonumu aldı", 3, "114", true},
		{"ro", "Nu mă lasă să ies din casă, mi-a luat telefonul", 3, "114", true},
		{"so", "Ninkeygu guriga igu xiray, taleefankayga iga qaatay", 3, "114", true},
		{"ar script", "جوزي ما عم يخليني اطلع من البيت", 3, "114", true},
		{"ar Latin", "jozi ma 3am ykhallini etla3 men el beit", 3, "114", true},
		{"fa script", "شوهرم نمیذاره برم بیرون", 3, "114", true},
		{"fa Latin", "shoharam nemizare beram biroon, gooshimo gerefte", 3, "114", true},
		{"uk", "Чоловік не випускає мене з квартири", 3, "114", true},
		{"ru Cyrillic", "Муж не выпускает меня из квартиры, забрал мой телефон", 3, "114", true},
		{"ru Latin", "muzh ne vypuskaet menya iz kvartiry", 3, "114", true},
		// counterparts: negated, over, the police taking a phone as evidence
		{"de let out long ago, moved", "Vor zwei Jahren hat er mich eingesperrt, er ist weggezogen, alles ist gut", 3, "114", false},
		{"pl over: arrested", "Zamknął mnie w mieszkaniu, ale został zatrzymany i wszystko jest dobrze", 4, "114", false},
		{"ru phone taken by police", "Полиция забрала телефон как улику и не вернула, никто не отвечает", 2, "114", false},
	})
}

// TestSomeoneOutsideNow: an ex or a stranger outside the writer's home now.
func TestSomeoneOutsideNow(t *testing.T) {
	checkFlag(t, "urgent", []flagCase{
		{"da", "Min eks står nede foran huset og har stadig en nøgle", 3, "114", true},
		{"en", "My ex is standing outside my building right now and still has a key", 3, "114", true},
		{"no", "Eksen står nede ved inngangen og venter", 3, "114", true},
		{"sv", "Mitt ex står nere vid porten och väntar", 3, "114", true},
		{"de", "Mein Ex steht jetzt seit einer Stunde vorm Haus", 3, "114", true},
		{"pl", "Były stoi przed blokiem od godziny", 3, "114", true},
		{"tr", "Eski kocam apartmanın önünde bekliyor", 3, "114", true},
		{"ro", "Fostul stă sub bloc de o oră", 3, "114", true},
		{"so", "Ninkeygii hore guriga hortiisa ayuu taagan yahay", 3, "114", true},
		{"ar script", "طليقي واقف تحت البيت", 3, "114", true},
		{"ar Latin", "el ex wa2ef ta7t el beit hal2", 3, "114", true},
		{"fa Latin", "shohare sabegham dame dar vaysade", 3, "114", true},
		{"uk", "Колишній стоїть під під'їздом", 3, "114", true},
		{"ru", "Бывший стоит у подъезда уже час", 3, "114", true},
		{"de coming in tonight with a key, afraid", "Er hat noch einen Schlüssel und schreibt, dass er heute Nacht reinkommt. Ich trau mich nicht raus", 3, "114", true},
		// counterparts: over, the police outside
		{"de stood outside last week, moved", "Letzte Woche stand er vorm Haus, jetzt ist er weggezogen", 3, "114", false},
		{"pl police outside", "Policja stoi przed blokiem od godziny i nikt nic nie mówi", 3, "114", false},
		{"ru stood last month, arrested", "В прошлом месяце бывший стоял у подъезда, его задержали", 3, "114", false},
	})
}

// TestChildLuredToCar: a stranger calling or luring a child to a car.
func TestChildLuredToCar(t *testing.T) {
	checkFlag(t, "urgent", []flagCase{
		{"da", "En fremmed mand står ved skolen og lokker min datter hen til sin bil", 3, "114", true},
		{"en", "A strange man keeps calling my daughter over to his car outside the school", 3, "114", true},
		{"no", "En fremmed mann lokker barna inn i bilen sin ved skolen", 3, "114", true},
		{"sv", "En okänd man lockar barnen till sin bil vid skolan", 3, "114", true},
		{"de", "Ein fremder Mann lockt die Kinder an der Schule zu seinem Auto", 3, "114", true},
		{"pl", "Obcy mężczyzna woła moją córkę do swojego samochodu", 3, "114", true},
		{"tr", "Yabancı bir adam kızımı arabasına çağırıyor", 3, "114", true},
		{"ro", "Un bărbat străin o cheamă pe fetița mea la mașina lui", 3, "114", true},
		{"so", "Nin aan la aqoon ayaa gabadhayda ugu yeeraya baabuurkiisa", 3, "114", true},
		{"ar script", "في رجال غريب عم ينادي بنتي لسيارته", 3, "114", true},
		{"fa script", "یه مرد غریبه دخترم رو صدا میکنه سمت ماشینش", 3, "114", true},
		{"uk", "Чужий чоловік кличе мою доньку до своєї машини", 3, "114", true},
		{"ru", "Чужой мужчина зовет мою дочь в свою машину", 3, "114", true},
		// counterparts: the writer calling the child to the car, over
		{"de lured last year, caught", "Letztes Jahr lockte ein Mann Kinder zu seinem Auto, er wurde festgenommen", 3, "114", false},
		{"pl called my daughter by phone", "Policjant dzwonił do mojej córki zamiast do mnie, samochód stał pod domem", 3, "114", false},
	})
}

// TestChildWithAdultMetOnline: a child with an adult met online, now.
func TestChildWithAdultMetOnline(t *testing.T) {
	checkFlag(t, "urgent", []flagCase{
		{"da", "Min datter på 13 er hjemme hos en voksen mand hun har mødt på nettet", 3, "114", true},
		{"en", "My 13-year-old daughter is at the home of an adult man she met online", 3, "114", true},
		{"no", "Datteren min på 13 er hos en voksen mann hun har møtt på nettet", 3, "114", true},
		{"sv", "Min dotter 13 år är hos en vuxen man hon träffat på nätet", 3, "114", true},
		{"de", "Meine Tochter (13) ist bei einem Mann, den sie im Internet kennengelernt hat", 3, "114", true},
		{"pl", "Moja córka (13) jest u dorosłego mężczyzny, którego poznała w internecie", 3, "114", true},
		{"tr", "Kızım internette tanıştığı yetişkin bir adamın evinde", 3, "114", true},
		{"ro", "Fiica mea de 13 ani e la un bărbat pe care l-a cunoscut pe internet", 3, "114", true},
		{"so", "Gabadhayda waxay la joogtaa nin ay internetka ku baratay", 3, "114", true},
		{"ar script", "بنتي عند رجال كبير تعرفت عليه عالنت", 3, "114", true},
		{"fa script", "دخترم پیش یه مرد بزرگسال هست که تو اینترنت باهاش آشنا شده", 3, "114", true},
		{"uk", "Донька зараз у дорослого чоловіка, з яким познайомилася в інтернеті", 3, "114", true},
		{"ru", "Дочь сейчас у взрослого мужчины, с которым познакомилась в интернете", 3, "114", true},
		// counterparts: threats on an app (no meeting), met online long ago and over
		{"sv threats on Snapchat", "Polisen sa att det inte är ett polisärende när någon skickar hot till min son på Snapchat", 2, "114", false},
		{"de met online last year, in prison", "Letztes Jahr hat meine Tochter einen Mann im Internet kennengelernt, er ist jetzt im Gefängnis", 3, "114", false},
	})
}

// TestChildLockedIn: a child locked in, now.
func TestChildLockedIn(t *testing.T) {
	checkFlag(t, "urgent", []flagCase{
		{"da", "Min søn på 3 har låst sig inde på badeværelset og svarer ikke", 3, "114", true},
		{"en", "My 3-year-old has locked himself in the bathroom and is not answering", 3, "114", true},
		{"no", "Sønnen min på 3 har låst seg inne på badet og svarer ikke", 3, "114", true},
		{"sv", "Min son har låst in sig på toaletten och svarar inte", 3, "114", true},
		{"de", "Mein Sohn hat sich im Bad eingeschlossen und antwortet nicht", 3, "114", true},
		{"pl", "Synek zamknął się w łazience i nie odpowiada", 3, "114", true},
		{"tr", "Oğlum kendini banyoya kilitledi, cevap vermiyor", 3, "114", true},
		{"ro", "Copilul s-a încuiat în baie și nu răspunde", 3, "114", true},
		{"so", "Wiilkayga musqusha ayuu isku xiray, ma jawaabayo", 3, "114", true},
		{"ar script", "ابني مسكر على حاله بالحمام وما عم يرد", 3, "114", true},
		{"ar Latin", "ebni msakker 3ala 7alo bel 7ammam w ma 3am yrod", 3, "114", true},
		{"fa script", "پسرم در رو قفل کرده تو حموم و جواب نمیده", 3, "114", true},
		{"uk", "Син зачинився у ванній і не відповідає", 3, "114", true},
		{"ru", "Сын заперся в ванной и не отвечает", 3, "114", true},
		// counterparts: over, past and fine
		{"de locked in yesterday, fine", "Gestern hatte sich mein Sohn im Bad eingeschlossen, die Feuerwehr kam, alles ist gut", 4, "114", false},
		{"pl locked in, all good now", "Synek zamknął się w łazience, ale wszystko jest dobrze, dziękuję", 5, "114", false},
	})
}

// TestGatesOnATenthSetDanger: a kind word about the call-taker in a text rated 1–2 does not end a danger
// (a text rated 4–5 that thanks for a danger told with no word of now still does); a general "everything
// is fine" said before a danger with "but" or "only" does not clear it (said after it, it still does).
func TestGatesOnATenthSetDanger(t *testing.T) {
	checkFlag(t, "urgent", []flagCase{
		{"pl kind call-taker, rated 2", "Pani była miła, ale synek nie oddycha normalnie", 2, "114", true},
		{"de kind call-taker, rated 1", "Die Frau war nett, aber mein Vater atmet nicht", 1, "114", true},
		{"pl thanks, rated 5: over", "Synek nie oddychał, pani była bardzo miła i karetka przyjechała. Dziękuję", 5, "114", false},
		{"tr general fine, only smoke", "Her şey yolunda, sadece komşunun kapısından duman geliyor", 3, "114", true},
		{"de all fine but a knife", "Alles ist gut, aber der Nachbar steht mit einem Messer im Flur", 3, "114", true},
		{"tr smoke, then all fine", "Komşunun kapısından duman geliyordu, itfaiye geldi, şimdi her şey yolunda", 4, "114", false},
		{"uk case not moving after fine", "Місяць тому мені погрожували. Зараз усе добре, але справа так і не рухається", 2, "114", false},
	})
}

// TestRecallNetToldNow: the safe default for a 112 text rated 1 that is not read in full: a word of now
// in its language, nothing over and no thanks make it urgent, whatever complaint the lists read in it;
// rated 2, on 114, told as over or with thanks it stays a complaint for a person to read within the hour.
func TestRecallNetToldNow(t *testing.T) {
	checkFlag(t, "urgent", []flagCase{
		{"pl now, rated 1 on 112", "Mój brat nadal jest w piwnicy z tym człowiekiem, a powiedzieli że to nie sprawa dla policji", 1, "112", true},
		{"tr now, rated 1 on 112", "Kardeşim hala o adamla bodrumda, polis bu bizim işimiz değil dedi", 1, "112", true},
		{"pl rated 2", "Mój brat nadal jest w piwnicy z tym człowiekiem, a powiedzieli że to nie sprawa dla policji", 2, "112", false},
		{"pl on 114", "Mój brat nadal jest w piwnicy z tym człowiekiem, a powiedzieli że to nie sprawa dla policji", 1, "114", false},
		{"pl over", "Mój brat był w piwnicy z tym człowiekiem, teraz wszystko jest dobrze, ale powiedzieli że to nie sprawa dla policji", 1, "112", false},
		{"tr past wait, no now", "Polis iki saat sonra geldi, çok geç", 1, "112", false},
	})
}

// TestFoundOrSafeAndSound: someone missing who was found, at a friend's all along or safe and sound is
// over in every language; home now is not safety (the danger may be at home), nor is safety negated
// ("not found yet").
func TestFoundOrSafeAndSound(t *testing.T) {
	checkFlag(t, "urgent", []flagCase{
		{"tr at a friend's all along", "Oğlum kayboldu sandım ama arkadaşındaymış. Çok teşekkürler", 5, "112", false},
		{"fa Latin found, healthy", "dokhtaram gom shode bood, alan peyda shode, salame. merci", 5, "112", false},
		{"de safe and sound", "Meine Tochter war verschwunden, jetzt ist sie wohlbehalten zurück. Danke", 5, "114", false},
		{"pl safe and sound", "Syn zaginął wczoraj, ale jest cały i zdrowy. Dziękuję", 5, "114", false},
		{"ru alive and well", "Сын пропал вчера, сейчас жив и здоров, спасибо", 5, "114", false},
		{"sv safe and sound", "Min son var försvunnen men är i gott behåll nu", 5, "114", false},
		// counterparts: home is no safety, a safety word negated
		{"uk alone at home now", "Моя донька хоче покінчити з собою, вона зараз сама вдома", 1, "114", true},
		{"pl not found yet", "Syn zaginął wczoraj, jeszcze go nie znaleźli", 1, "114", true},
		{"ru not found", "Дочь пропала вчера, её до сих пор не нашли", 1, "114", true},
	})
}

// TestOneWordCallForHelp: "help" alone opens its sentence or ends a short one; asked ("hjälp?") after a
// complaint, or ending a long sentence about how the writer felt, it is no call for help.
func TestOneWordCallForHelp(t *testing.T) {
	checkFlag(t, "urgent", []flagCase{
		{"no opens", "Hjelp! Kom fort", 3, "114", true},
		{"sv short", "Snälla, hjälp", 3, "114", true},
		{"pl opens", "Pomocy, szybko", 3, "114", true},
		{"sv asked after a complaint", "Fick aldrig något ärendenummer och ingen har hört av sig. hjälp?", 2, "114", false},
		{"sv ends a long sentence", "Man kände sig som ett problem och inte som en person som verkligen behövde hjälp", 2, "114", false},
	})
}

// TestLearnDanishRemarkArabizi: "learn Danish (first)" said by staff is a remark on who the writer is,
// also with the Danish word "dansk" in Arabizi; the writer's own wish to learn it is not.
func TestLearnDanishRemarkArabizi(t *testing.T) {
	checkFlag(t, "conduct", []flagCase{
		{"staff said learn Danish", "el shorti 2alli 't3allam dansk awal' w sakkar", 1, "112", true},
		{"writer learns Danish", "ana 3am et3allam dansk bel madrase, shukran 3al mosa3ade", 5, "114", false},
	})
}

// TestTenthSetProbe: a probe of 26 sentences of our own for the tenth set's concepts, in wordings the
// first tables did not use, missed five; four are read now (the fifth, a Turkish "went to meet" read as
// "he left", is not). With counterparts.
func TestTenthSetProbe(t *testing.T) {
	checkFlag(t, "urgent", []flagCase{
		{"de will not let me out of the flat", "Mein Mann lässt mich nicht aus der Wohnung, ich schreibe heimlich", 1, "114", true},
		{"pl children lured to a car", "Obcy facet zaczepia dzieci pod szkołą i namawia je do wejścia do auta", 1, "114", true},
		{"pl will end everything today", "Brat pisze, że dziś wszystko zakończy, nie odbiera", 2, "114", true},
		{"ar ex in front of the building", "طليقي واقف قدام باب البناية وعندو مفتاح", 1, "114", true},
		// counterparts
		{"de a contract, not a flat", "Der Vermieter lässt mich nicht aus dem Vertrag, die Polizei sagt, das ist zivil", 2, "114", false},
		{"pl finished work", "Dziś rano skończyłem pracę i wszystko było dobrze, pytam tylko o zaświadczenie", 3, "114", false},
		{"ar police in front of the building", "الشرطة واقفة قدام البناية من ساعة وما حدا حكى معنا", 2, "114", false},
	})
}

// TestEveryoneGotOut: a fire everyone got out of is over in Danish, Norwegian and English; a fire no
// one can get out of is not.
func TestEveryoneGotOut(t *testing.T) {
	checkFlag(t, "urgent", []flagCase{
		{"da all got out", "brand i opgangen i nat, alle kom ud og brandvæsenet kom hurtigt. tak", 5, "112", false},
		{"no all got out", "Det brant hos naboen i natt, men alle kom seg ut", 4, "112", false},
		{"en everyone got out", "Fire next door tonight, everyone got out and the fire brigade was quick", 5, "112", false},
		{"da cannot get out", "Det brænder i opgangen nu og vi kan ikke komme ud", 3, "112", true},
		{"en cannot get out", "The house is on fire and we can't get out", 3, "112", true},
	})
}

// TestTurkishWentTo: "gitti" after a goal in the dative ("okula gitti", "buluşmaya gitti") tells where
// someone went and ends no danger; "sonra gitti" or "polis gelince gitti" (then / when the police came,
// he left) still does.
func TestTurkishWentTo(t *testing.T) {
	checkFlag(t, "urgent", []flagCase{
		{"went to school, not back", "Oğlum dün okula gitti ve eve dönmedi, telefonu kapalı", 1, "114", true},
		{"went to meet a man met online", "Kızım internetten tanıştığı bir adamla buluşmaya gitti ve telefonu kapalı", 1, "114", true},
		{"then left", "Kocam bıçakla kapıda bekliyordu, sonra gitti. Polis geç geldi", 1, "112", false},
		{"left when the police came", "Komşu bıçakla kapıdaydı, polis gelince gitti", 2, "114", false},
	})
}

// TestTenthSetProbe2: a second probe of 20 own sentences in Somali, Farsi and Arabic missed five, read
// now: "will kill you tonight" in Farsi letters, "will take his own life today" and "will not let me
// leave the house" in Somali, "met on Instagram" in Arabic script, a son "locked himself in" in Farsi
// ("تو حموم زندانی": in the bathroom, imprisoned — not "تو زندان", in prison). With counterparts.
func TestTenthSetProbe2(t *testing.T) {
	checkFlag(t, "urgent", []flagCase{
		{"fa Latin will kill you tonight", "shohare sabegham goft emshab mikoshatam", 1, "114", true},
		{"so will take his life today", "Walaalkay wuxuu yiri maanta ayuu naftiisa qaadi doonaa", 2, "114", true},
		{"so will not let me leave", "Ninkeygu ma i siinayo inaan guriga ka baxo", 1, "114", true},
		{"ar met on Instagram", "بنتي عمرها ١٤ هلق عند رجال تعرفت عليه عالانستغرام", 1, "114", true},
		{"fa locked himself in the bathroom", "پسر کوچیکم خودشو تو حموم زندانی کرده جواب نمیده", 1, "112", true},
		// counterparts: no word of now, in prison
		{"fa Latin threat last week", "hafte pish goft mikoshamet, police gereftesh", 3, "114", false},
		{"fa in prison", "شوهرم منو کتک میزد، الان تو زندان است", 3, "114", false},
	})
}
