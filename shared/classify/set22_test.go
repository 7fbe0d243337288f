package classify

import "testing"

// The twenty-second blind set's concepts (session 11's first round, cls-20u, urgent recall and precision
// and conduct by concept; a tuning set since its blind measure): one table per concept, in the languages
// the lists read, with counterparts that must keep their verdict. Every sentence is written for the test,
// none is the set's.

// TestSetTwentyTwoUrgentConcepts: a child gone now with an "ago" that only dates it, the writer still
// unable to find them, pills lying in front of the writer, doubt of being around to take a call, a
// farewell said to a close one, stones thrown now, the Somali "we will kill you", a carbon-monoxide alarm
// going off with a sign of poisoning, and someone still inside after it (a kind word for the operator
// after it then does not end it).
func TestSetTwentyTwoUrgentConcepts(t *testing.T) {
	checkFlag(t, "urgent", []flagCase{
		{"da sms child gone, an ago", "vores søn paa 4 er vaek fra butikken for 20 min siden, vi har ledt alle steder", 3, "114", true},
		{"en still cannot find her", "Our daughter ran off in the shopping centre an hour ago and we still can't find her. The staff were nice", 3, "114", true},
		{"da still cannot find her", "Hun gik fra legepladsen for en time siden og vi kan stadig ikke finde hende. Betjenten var sød", 3, "114", true},
		{"en pills in front of me", "Thanks for listening. I have the tablets lying in front of me", 3, "114", true},
		{"en not around", "thanks anyway, I don't think I'll be around much longer", 3, "114", true},
		{"en said goodbye to the kids", "I have said goodbye to my kids. Thanks for your time", 3, "114", true},
		{"pl farewell to the son", "Pożegnałem się już z synem. Dziękuję za rozmowę", 3, "114", true},
		{"de farewell to the children", "Ich habe mich von meinen Kindern verabschiedet. Danke trotzdem", 3, "114", true},
		{"ru farewell to the wife", "Я попрощался с женой, больше не могу", 2, "114", true},
		{"so stones now", "Dhallinyaro ayaa dhagax ku tuurayaan gurigayga", 1, "112", true},
		{"de stones now", "Jugendliche werfen Steine auf unsere Fenster, bitte kommen", 1, "112", true},
		{"so we will kill you", "Nin ayaa igu yiri waan ku dilaynaa haddii aad baxdo", 1, "114", true},
		{"pl alarm, head aches", "Czujnik czadu piszczy, a mąż mówi, że boli go głowa", 2, "114", true},
		{"ru someone still inside", "Сработал датчик угарного газа, у дочки тошнит, мы вышли, но в квартире остался дедушка. Спасибо оператору", 3, "112", true},
		// counterparts: found again, a farewell for a move, stones thrown last year, the alarm tested
		{"da child found again", "Vores søn var væk i en time i går, men han blev fundet. Tak for hjælpen", 5, "114", false},
		{"pl farewell before a move", "Pożegnałem się z córką, bo wyjeżdżam do pracy do Niemiec. Mam pytanie o zaświadczenie", 4, "114", false},
		{"de stones last year", "Letztes Jahr haben Jugendliche Steine geworfen, die Polizei kam nie", 2, "114", false},
		{"ru alarm tested, fine", "Датчик угарного газа проверили, всё в порядке, спасибо", 5, "114", false},
	})
}

// TestSetTwentyTwoPrecisionConcepts: a danger word in a when-clause with an impersonal subject, unease
// about a thing to do, a habit told by "every year" or "sometimes", the one reported missing only at a
// friend's, violence named as what was told to the police, a woman described as beaten — none is
// danger now; the same words with a word of now, or a man come back who threatens now, still are.
func TestSetTwentyTwoPrecisionConcepts(t *testing.T) {
	checkFlag(t, "urgent", []flagCase{
		{"da when it burns", "Der gik lang tid før jeg kom igennem, og et minut er lang tid, når det brænder.", 3, "112", false},
		{"da uneasy about walking home", "Jeg er blevet utryg ved at gå alene hjem fra stationen om aftenen. Der mangler lys og politi.", 3, "114", false},
		{"da every year", "de skyder raketter mod husene hvert år herude, hvorfor gør I ikke noget", 2, "114", false},
		{"da only at a friend's", "min bror var meldt savnet men han var bare hos en ven. undskyld og tak", 5, "114", false},
		{"pl sometimes follows me", "Nic mi nie zrobił, ale czasem chodzi za mną do sklepu. Czy to sprawa dla policji?", 3, "114", false},
		{"uk told the police about the violence", "Ya rozpovila politsii pro nasylstvo, a slidchyi tak i ne peredzvonyv. Duzhe pohano", 1, "114", false},
		{"ru told the police about the violence", "Я рассказала полиции про насилие, а следователь так и не перезвонил. Очень плохо", 1, "114", false},
		// counterparts: a habit with a word of now, the one who threatened back and threatening now
		{"de sometimes, and now again", "Er schlägt mich manchmal, jetzt gerade wieder, bitte kommen Sie schnell", 1, "112", true},
		{"da come back and threatening", "Tak for i går, men nu er han kommet tilbage og truer mig igen", 2, "112", true},
	})
}

// TestSetTwentyTwoConductConcepts: staff calling the writer's partner or child a slur is conduct — the
// one called the word is its object, not the one who said it; a neighbour doing so is not. A remark
// judged as having no place in the police; staff laughing at the writer, asking "are you a Muslim?",
// giving the one complained of the writer's name; rudeness named in Somali. Calling about the
// neighbours is no telling them.
func TestSetTwentyTwoConductConcepts(t *testing.T) {
	checkFlag(t, "conduct", []flagCase{
		{"da such remarks have no place", "Medarbejderen spurgte, om hele min familie er kriminelle. Den slags bemærkninger hører ikke hjemme hos politiet.", 2, "114", true},
		{"so laughed at me, rudeness", "Sarkaalka telefoonka ayaa igu qoslaysay markaan su'aal weydiiyay. Edeb darro", 1, "114", true},
		{"ar are you a Muslim", "el bolis sa2alni enta muslim w ba3dein dahak", 1, "114", true},
		{"ar gave him my name", "el bolis 3tawh smiti w daba kaydir lia machakil", 1, "114", true},
		{"de called about the neighbours", "Ich habe wegen den Nachbarn angerufen, ihr habt gesagt, das ist Privatsache.", 2, "114", false},
		{"da officer called my girlfriend a slur", "en af betjentene kaldte min kaereste for perker", 1, "112", true},
		{"da officer called my brother a slur", "Betjenten kaldte min bror for perker, da vi kom ind på stationen.", 1, "114", true},
		{"da neighbour called her a slur", "Naboen kaldte min kæreste for perker, og betjenten var flink og tog det alvorligt.", 2, "114", false},
	})
}

// TestSetTwentyTwoCategoryConcepts: "what do I do if he comes back?" asked and going round in circles
// are advice; weeks gone with no call back, a case number and nobody in touch, whether the case was
// closed are follow-up; a link or a call broken off in Latin-letter Russian is technical; "that is no
// police matter" in the Somali word order is the brush-off.
func TestSetTwentyTwoCategoryConcepts(t *testing.T) {
	checkCategories(t, []categoryCase{
		{"tr what should I do", "Komşum tekrar kapıma gelirse ne yapmalıyım? Kimse bir şey söylemedi", 3, "114", adv},
		{"so what do I do", "Haddii uu mar kale yimaado maxaan sameeyaa? Cidna iima sheegin", 3, "114", adv},
		{"uk how to get an order", "Khochu znaty yak otrymaty zaboronu nablyzhatysia, nikhto ne poiasnyv", 3, "114", adv},
		{"ru going in circles", "Полиция говорит звонить в коммуну, коммуна говорит звонить в полицию. Хожу по кругу", 2, "114", adv},
		{"tr weeks, nobody called back", "Şikayet ettim, geri dönüş yapacağız dediler. 2 ay oldu hala ses yok", 2, "114", fu},
		{"so was the case closed", "Waxaan rabaa inaan ogaado in kiiska la xiray, cidna ima soo wacin", 2, "114", fu},
		{"ar case number, nobody in touch", "3tawni ra9m dyal lmilaf w ta wa7ed ma ttasal bia", 2, "114", fu},
		{"ru link broke", "Ssylka ne otkryvaetsya, i zvonok oborvalsya dva raza", 2, "114", tech},
		{"so no police matter", "Waxay igu yiraahdeen taasi maaha arrin booliska, iska ilaali", 2, "114", nts},
	})
}
