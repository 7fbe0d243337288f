package classify

import "testing"

// The eighth blind set's mechanisms (session 6, urgent recall in every language): one table per
// danger concept, in several languages, with counterparts (past, over, negated, a habit or an object)
// that must stay as they are. Every sentence is written for the test, none is the set's.

// TestSomeoneMissingNow: a child, son, daughter or parent missing or not come home, told now (also
// "since yesterday"), is danger in every language; an object missing, or the person found, is not.
func TestSomeoneMissingNow(t *testing.T) {
	checkFlag(t, "urgent", []flagCase{
		{"pl son not home", "Mój syn nie wrócił do domu i nie odbiera telefonu", 1, "114", true},
		{"de daughter missing since yesterday", "Meine Tochter ist seit gestern verschwunden, die Polizei sagt warten", 1, "114", true},
		{"tr son not come home", "Oğlum dün akşamdan beri eve gelmedi, telefonu kapalı", 1, "114", true},
		{"ro boy disappeared", "Băiatul meu de 8 ani a dispărut din curtea școlii, vă rog", 2, "112", true},
		{"so daughter missing", "Gabadhayda ayaa maqan, ma soo noqon", 1, "114", true},
		{"ar Latin son not back", "ebni ma reje3 3al bet, talafono msakkar", 1, "114", true},
		{"fa daughter lost", "دخترم تو پارک گم شده، کمک کنید", 1, "112", true},
		{"ru son missing", "Мой сын пропал, не отвечает на телефон", 1, "114", true},
		{"uk daughter not come home", "Донька не повернулася додому після школи", 1, "114", true},
		// counterparts: an object missing, found again, told as long past, negated
		{"pl bike missing", "Mój rower zaginął spod bloku, nikt nie oddzwonił", 2, "114", false},
		{"de daughter found, thanks", "Meine Tochter war verschwunden, aber sie ist jetzt wieder zu Hause. Danke", 5, "114", false},
		{"ro wallet lost", "Portofelul a dispărut din mașină, am sunat de trei ori", 2, "114", false},
		{"ru son found last year", "В прошлом году мой сын пропал, его нашли. Спасибо полиции", 5, "114", false},
	})
}

// TestNoSenseInLiving: "I see no sense in living" in every language is intent to die; thanks do not end it.
func TestNoSenseInLiving(t *testing.T) {
	checkFlag(t, "urgent", []flagCase{
		{"uk Latin", "ne bachu sensu zhyty, dyakuyu za vse", 3, "114", true},
		{"ru Cyrillic", "Я не вижу смысла жить. Спасибо оператору", 3, "114", true},
		{"pl", "Nie widzę sensu życia, dziękuję że ktoś odebrał", 3, "114", true},
		{"de", "Ich sehe keinen Sinn mehr zu leben", 3, "114", true},
		{"sv", "Jag ser ingen mening med livet längre", 3, "114", true},
		{"tr", "Yaşamanın anlamı yok artık", 3, "114", true},
		{"ro", "Viața nu mai are sens pentru mine", 3, "114", true},
		{"da stop it all tonight", "orker ikke mere, jeg stopper det hele i nat", 1, "114", true},
		// counterparts: no sense in calling again, a complaint
		{"de no sense in calling", "Es hat keinen Sinn, noch einmal anzurufen, niemand hilft", 2, "114", false},
		{"pl no sense in waiting", "Nie ma sensu czekać na policję, zawsze to samo", 2, "114", false},
	})
}

// TestFeelingVeryIllNow: feeling very ill now (with a word of now), a diabetic's low sugar; the same
// told without now, or about a bad answer, is not.
func TestFeelingVeryIllNow(t *testing.T) {
	checkFlag(t, "urgent", []flagCase{
		{"ro very ill now", "Mă simt foarte rău acum și tremur", 1, "112", true},
		{"ru very ill now", "Мне очень плохо сейчас, сахар упал", 1, "112", true},
		{"de low sugar", "Ich bin unterzuckert und zittere, bitte kommen", 1, "112", true},
		{"pl very bad now", "Czuję się bardzo źle teraz, mam cukrzycę", 1, "112", true},
		{"ar script dizzy", "تعبان كتير هلق ودايخ، عندي سكري", 1, "112", true},
		// counterparts: no word of now, or hurt by how the writer was treated (no sign of the body)
		{"ro felt bad yesterday", "Ieri m-am simțit foarte rău după apel, nimeni nu m-a ajutat", 2, "114", false},
		{"ro hurt by the treatment", "Mă simt foarte rău acum din cauza felului în care am fost tratată la telefon", 2, "114", false},
		{"pl hurt, nobody listened", "Czuję się teraz bardzo źle, bo nikt mnie nie wysłuchał", 2, "114", false},
		{"ru hurt by how they spoke", "Мне сейчас очень плохо от того, как со мной говорили", 2, "114", false},
		{"de hurt, no call back", "Mir geht es jetzt sehr schlecht, weil niemand zurückgerufen hat", 2, "114", false},
		{"pl felt bad about the answer", "Czułem się bardzo źle potraktowany przez dyżurnego", 2, "114", false},
	})
}

// TestBeatingAThirdPersonNow and the Polish "tak" (so, yes) that is no thanks: a danger told now in a
// Polish text with "tak długo" is not ended by thanks it does not contain.
func TestBeatingAThirdPersonNow(t *testing.T) {
	checkFlag(t, "urgent", []flagCase{
		{"de beats his wife", "Der Nachbar schlägt seine Frau, ich höre Schreie. Kommt sofort", 1, "112", true},
		{"sv beats his wife", "Grannen slår sin fru just nu, kom snabbt", 1, "112", true},
		{"pl not moving, tak długo", "Kierowca leży i nie rusza się, czemu tak długo?", 2, "112", true},
		{"da threat to get me tonight", "Han har skrevet, at han nok skal få ram på mig i aften", 1, "114", true},
		// counterparts
		{"de beat his wife last year, in prison", "Der Nachbar hat letztes Jahr seine Frau geschlagen, er ist im Gefängnis", 3, "114", false},
		{"pl thanks in Danish", "Policjant był bardzo miły. Tak for hjælpen", 5, "114", false},
	})
}

// TestTakenByTheWater: someone drowning or pulled out by the current, told now, in every language; the
// same told as over, or the power ("strømmen") cut, is not.
func TestTakenByTheWater(t *testing.T) {
	checkFlag(t, "urgent", []flagCase{
		{"en swept out, still out there", "My brother got pulled out by the current and he is still out there, hurry", 2, "112", true},
		{"da dragged out", "En pige er revet ud af strømmen, vi kan ikke se hende", 2, "112", true},
		{"de drowning", "Ein Kind ertrinkt am Strand, bitte schnell", 1, "112", true},
		{"pl drowning", "Chłopiec się topi w jeziorze, pomocy", 1, "112", true},
		{"tr current took him", "Akıntı oğlumu sürükledi, göremiyoruz", 1, "112", true},
		{"ro drowning", "Un copil se îneacă la plajă, veniți repede", 1, "112", true},
		{"ru current took him", "Сына унесло течением, мы его не видим", 1, "112", true},
		{"ar Latin drowning", "fi walad 3am yighra2 bel ba7r, bsor3a", 1, "112", true},
		// counterparts: over, or the electricity
		{"en last summer, thanks", "Last summer my son was pulled out by the current, the lifeguards were great", 5, "114", false},
		{"da the power went", "Strømmen gik i hele opgangen og vi ventede længe på svar", 2, "114", false},
		{"ro the power went haywire", "Am rămas fără curent, curentul a luat-o razna, vă rog reparați", 2, "114", false},
		{"de rescued, fine now", "Mein Sohn ist letzte Woche fast ertrunken, jetzt geht es ihm gut. Danke", 5, "114", false},
	})
}

// TestSeizureNow: a seizure going on, or someone barely responsive, is a medical emergency now; a seizure
// told as last week's is not.
func TestSeizureNow(t *testing.T) {
	checkFlag(t, "urgent", []flagCase{
		{"de cramping", "Meine Tochter krampft und ist nicht ansprechbar", 1, "114", true},
		{"pl convulsions", "Mąż ma drgawki na podłodze, proszę szybko", 1, "114", true},
		{"tr seizure", "Oğlum nöbet geçiriyor, ambulans nerede", 1, "114", true},
		{"ru seizure", "У сына судороги, скорая не едет", 1, "114", true},
		{"ar Latin seizure", "ebni 3am yetshannaj, wen el is3af", 1, "114", true},
		// counterparts
		{"de last week, fine now", "Letzte Woche hatte mein Sohn einen Krampfanfall, jetzt geht es ihm gut. Danke", 5, "114", false},
		{"pl last year", "W zeszłym roku mąż miał atak padaczki, dziś pytam o raport", 3, "114", false},
		{"pl a year ago, healthy now", "Syn miał drgawki rok temu, teraz jest zdrowy, pytam o zaświadczenie", 2, "114", false},
	})
}

// TestStaffRemarksBlameAndSlurs: staff blaming the victim, calling the writer a whore or a beggar,
// ordering them to speak Danish, calling crying howling — conduct in every language; the same words said
// by a neighbour or an ex, or the writer's own, are not.
func TestStaffRemarksBlameAndSlurs(t *testing.T) {
	checkFlag(t, "conduct", []flagCase{
		{"ru Latin own fault", "Policeyskiy skazal mne: sama vinovata, ne nado bylo khodit tuda", 1, "114", true},
		{"uk speak Danish", "Оператор сказала: говоріть данською, тут вам не Україна", 1, "114", true},
		{"de own fault, skirt", "Der Beamte sagte, mit so einem Kleid sei ich selbst schuld", 1, "114", true},
		{"pl own fault", "Policjant powiedział, że jestem sama sobie winna", 1, "114", true},
		{"sv slur", "Polisen sa att jag var en hora", 1, "114", true},
		{"tr laughed at me", "Operatör bana gülerek telefonu kapattı", 1, "114", true},
		{"de howling", "Der Mann am Notruf sagte, hören Sie auf zu heulen", 1, "112", true},
		// counterparts: someone else said it, or nothing of the kind
		{"pl the ex said it", "Mój były mąż mówi, że jestem sama sobie winna. Policja pomogła, dziękuję", 5, "114", false},
		{"sv hearing", "Jag fick höra att polisen inte kunde komma", 2, "114", false},
		{"no hearing", "Jeg fikk bare høre at det ikke er en politisak", 2, "114", false},
	})
}

// TestThreatOverByOrderOrLeaving: a threat told before a restraining order, "it is calm now" or "he has
// left" is over in every language; a new danger after the leaving, told now, is not.
func TestThreatOverByOrderOrLeaving(t *testing.T) {
	checkFlag(t, "urgent", []flagCase{
		{"de order, calm", "Mein Ex hat mir gedroht, jetzt hat er ein Kontaktverbot. Danke", 4, "114", false},
		{"ru he left, home", "Сосед угрожал мне ножом во дворе. Сейчас он уехал, я дома, жду звонка", 2, "114", false},
		{"uk calm now", "Сусід погрожував мені, але зараз спокійно. Дякую", 4, "114", false},
		{"ar calm now", "الجار هددني بس هلق هادي. شكرا", 4, "114", false},
		{"sv calm now", "Grannen hotade mig med kniv, men nu är det lugnt. Tack", 4, "114", false},
		// the danger told now, after the leaving, stays
		{"ru left and came back with a knife", "Он ушел, но сейчас опять стоит у двери с ножом, помогите", 1, "112", true},
		{"pl order but he is here now", "Ma zakaz zbliżania, ale teraz stoi pod drzwiami i grozi, że mnie zabije", 1, "112", true},
	})
}

// TestMissingSinceYesterdayOrFound: someone missing "since yesterday" or "since last night" is missing
// now (in the Danish/English lists too: a time after "since" is no past), someone found is not; and the
// concepts above in the languages their first tables left out.
func TestMissingSinceYesterdayOrFound(t *testing.T) {
	checkFlag(t, "urgent", []flagCase{
		{"no missing since yesterday", "Sønnen min er savnet siden i går, han svarer ikke på telefonen", 2, "114", true},
		{"en missing since yesterday", "My son has been missing since yesterday and his phone is off", 3, "114", true},
		{"uk disappeared last night", "Донька зникла вчора ввечері, поліція каже чекати", 2, "114", true},
		{"sv not come home", "Dottern har inte kommit hem och svarar inte", 2, "114", true},
		{"fa Latin lost since yesterday", "pesaram gom shode, az dirooz khoone nayomade", 2, "114", true},
		{"ar script missing", "بنتي مفقودة من امبارح والشرطة قالت استني", 2, "114", true},
		{"en keys found, daughter still missing", "We found the keys, but my daughter is still missing", 3, "114", true},
		{"no drowning", "Min bror drukner ved stranden, kom fort", 2, "114", true},
		{"uk drowning", "Дитина тоне в озері, допоможіть", 2, "114", true},
		{"fa Latin drowning", "bacham dare gharq mishe", 2, "114", true},
		{"no seizure", "Far har kramper nå og svarer ikke", 2, "114", true},
		{"ro convulsions", "Copilul are convulsii acum", 2, "114", true},
		{"uk seizure", "Дитина має судоми, швидка не їде", 2, "114", true},
		{"so no meaning in life", "nolosha micno ma leh, waan ka daalay", 2, "114", true},
		{"fa Latin no meaning", "zendegi mani nadare dige", 2, "114", true},
		{"ar Latin no meaning", "ma fi ma3na lal 7ayat", 2, "114", true},
		// counterparts: found again, long ago, or children playing
		{"uk found this morning", "Моя донька зникла вчора, але вранці її знайшли. Дякую", 3, "114", false},
		{"tr found, thanks", "Oğlum dün kayboldu ama bu sabah bulundu, teşekkürler", 3, "114", false},
		{"pl found this morning", "Syn zaginął wczoraj, dziś rano go znaleźli", 3, "114", false},
		{"da found last night", "Min søn var savnet i går, men han blev fundet i nat. Tak", 3, "114", false},
		{"da two years ago", "Min søn forsvandt for to år siden, men blev fundet samme dag. Tak for hjælpen dengang", 2, "114", false},
		{"de children playing", "Kinder spielen am Strand, alles gut, danke", 2, "114", false},
	})
}

// TestThreatToGetMeAndNotMoving: "he'll get me tonight" in every language and a driver not moving after a
// crash (Norwegian read by the Danish lists, Farsi in Latin letters); the same told as over is not.
func TestThreatToGetMeAndNotMoving(t *testing.T) {
	checkFlag(t, "urgent", []flagCase{
		{"pl he'll get me tonight", "Nikt nie oddzwonił, a dziś sąsiad napisał, że wieczorem mnie dopadnie", 2, "114", true},
		{"de he'll get me tonight", "Niemand hat zurückgerufen, und heute schrieb er, dass er mich heute Abend erwischt", 2, "114", true},
		{"tr he'll find me tonight", "Kimse geri aramadı, bugün bu akşam beni bulacağını yazdı", 2, "114", true},
		{"ru he'll get to me tonight", "Никто не перезвонил, а сегодня он написал, что вечером до меня доберется", 2, "114", true},
		{"no driver not moving", "Sjåføren beveger seg ikke etter ulykken", 2, "114", true},
		{"fa Latin driver not moving", "ranande tekoon nemikhore bad az tasadof", 2, "114", true},
		// counterparts: over
		{"de said it last year, in prison now", "Letztes Jahr schrieb er, dass er mich erwischt. Jetzt ist er im Gefängnis", 3, "114", false},
		{"pl threat last month, order now", "W zeszłym miesiącu pisał, że mnie dopadnie, ale teraz ma zakaz zbliżania", 3, "114", false},
	})
}
