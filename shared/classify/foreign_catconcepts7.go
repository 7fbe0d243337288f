package classify

// categoryConcepts7 are session 7's category concepts for the foreign lists (cls-cat, issue 11), written
// from DOMAIN.md's categories for every language side by side, after reading which concepts the seventh
// and eighth sets' misses lacked — never one text's words (tests: session7_category_test.go). Ukrainian
// and Russian cues are written in Cyrillic; transliteration reads their Latin spellings too.
var categoryConcepts7 = []foreignConcept{
	// not_taken_seriously: the police do nothing, nothing happens, nobody does anything (about a problem
	// reported again and again) — "nothing done" in DOMAIN.md
	{nts, langCues{
		langNO: {"=politiet =gjor =ingenting|=ikkje", "=ingen =gjor =noe|=noko|=ingenting", "=det =skjer =ingenting", "=det =skjer =ikke =noe", "=gjorde =ingenting"},
		langSV: {"=polisen =gor =ingenting|=inget", "=polisen =gor =inte =nagot", "=ingen =gor =nagot", "=det =hander =ingenting|=inget", "=gjorde =ingenting|=inget"},
		langDE: {"=polizei =macht|=tut =nichts", "=niemand =macht|=tut =etwas|=was", "=es =passiert =nichts", "=passiert =nie =etwas|=was", "=haben =nichts =gemacht|=getan|=unternommen", "=nichts =unternommen"},
		langPL: {"=policja =nic =nie =robi", "=nikt =nic =nie =robi|=zrobil", "=nic =sie =nie =dzieje", "=nic =nie =zrobili|=zrobila|=zrobil|=robia"},
		langTR: {"=hicbir =sey =yapmiyor|=yapmiyorlar|=yapmadi|=yapmadilar", "=kimse =bir =sey =yapmiyor|=yapmadi", "=polis =hic =gelmiyor|=ilgilenmiyor", "=hic =ilgilenmediler|=ilgilenmedi"},
		langRO: {"=politia =nu =face =nimic", "=nimeni =nu =face =nimic", "=nu =au =facut|=face =nimic", "=nu =se =intampla =nimic"},
		langSO: {"=waxba =ma =qabtaan|=qabtay|=qabanayaan|=qabteen", "=waxna =ma =qabtaan|=qabteen"},
		langAR: {"ما بتعمل شي", "ما عملوا شي", "ما سووا شي", "لم يفعلوا شيئا", "لا تفعل شيئا", "=ma =bta3mel|=bya3mlo|=3amlo|=3emlo|=sawwo =shi|=ishi|=7aga|=shy"},
		langFA: {"=hich =kari =nemikonan|=nemikonand|=nemikone|=nakardan|=nakard", "هیچ کاری نمیکنن|نمیکنند|نکردن|نکرد", "کاری نمیکنن|نمیکنند"},
		langUK: {"=нічого =не =робить|=роблять|=зробили|=зробила|=зробив", "=ніхто =нічого =не =робить|=зробив"},
		langRU: {"=ничего =не =делает|=делают|=сделали|=сделала|=сделал", "=никто =ничего =не =делает|=сделал"},
	}},
	// not_taken_seriously: not believed
	{nts, langCues{
		langNO: {"=ingen =tror =pa =meg", "=trodde =meg =ikke|=ikkje", "=trudde =ikkje =pa"},
		langSV: {"=ingen =tror =pa =mig", "=trodde =inte =pa =mig", "=trodde =mig =inte"},
		langDE: {"=niemand =glaubt =mir", "=glaubte|=glaubten|=glaubt =mir =nicht", "=mir =nicht =geglaubt"},
		langPL: {"=nikt =mi =nie =wierzy|=uwierzyl", "=nie =uwierzyl|=uwierzyla|=uwierzyli|=wierzyl|=wierzyla|=wierzyli", "=mi =nie =wierza|=wierzyli"},
		langTR: {"=kimse =bana =inanmiyor|=inanmadi", "=bana =inanmadi|=inanmadilar|=inanmiyorlar"},
		langRO: {"=nimeni =nu =ma =crede", "=nu =m-a|=m-au =crezut", "=nu =ma =cred"},
		langSO: {"=qofna =ima =rumaysan|=rumeysan", "=ima =rumaysan|=rumeysan|=aaminin"},
		langAR: {"ما حدا مصدقني", "ما صدقوني", "لم يصدقوني", "ما صدقني", "=ma =sada2oni|=sad2ooni|=sadda2oni|=sada2ni"},
		langFA: {"=kasi =bavar =nemikone|=nakard", "=bavar =nakardan|=nakard|=nemikonan", "باور نکرد|نکردن|نمیکنن", "کسی باور نمیکنه|نمیکند"},
		langUK: {"=ніхто =мені =не =вірить", "=не =повірили|=повірив|=повірила|=вірять"},
		langRU: {"=никто =мне =не =верит", "=не =поверили|=поверил|=поверила|=верят"},
	}},
	// not_taken_seriously: dismissed as harmless — just children or youths, probably chance
	{nts, langCues{
		langNO: {"=bare =barn|=unger|=ungdommer|=gutter", "=sikkert =tilfeldig|=tilfeldighet"},
		langSV: {"=bara =barn|=ungar|=ungdomar|=pojkar", "=sakert =en =slump|=tillfallighet"},
		langDE: {"=nur =kinder|=jugendliche|=jungs", "=wohl|=bestimmt|=sicher =zufall", "=nur =ein =zufall"},
		langPL: {"=tylko =dzieci|=dzieciaki|=mlodziez|=chlopaki", "=pewnie =przypadek", "=to =przypadek"},
		langTR: {"=sadece =cocuk|=cocuklar|=gencler", "=cocuklar =yapmistir", "=tesadufen|=tesaduftur|=tesadufmus"},
		langRO: {"=doar =niste =copii|=tineri|=baieti", "=doar =copii|=tineri", "=probabil =o =coincidenta|=intamplare"},
		langSO: {"=waa =carruur|=caruur|=dhallinyaro =keliya|=kaliya|=uun"},
		langAR: {"مجرد اولاد|ولاد|شباب", "بس اولاد|ولاد", "=bas|=mjarrad =wlad|=wled|=shabab|=awlad", "صدفه", "=sodfe|=sudfa"},
		langFA: {"=bache-an|=bachean|=bachehan =dige", "بچه ان دیگه", "بچه اند", "=tasadofi|=tasadof"},
		langUK: {"=просто =діти|=підлітки|=хлопці", "=це =просто =діти", "=випадковість|=збіг"},
		langRU: {"=просто =дети|=подростки|=мальчишки", "=это =просто =дети", "=случайность|=совпадение"},
	}},
	// not_taken_seriously: "a workplace / family / neighbours' matter" in Turkish, as the other languages'
	// "a civil matter" cues read it
	{nts, langCues{
		langTR: {"=meselesi|=meselesidir|=meselesiymis"},
	}},
	// advice: told to take it to the municipality, the union, the landlord or the bank — guidance on where
	// to turn (that it is "not a police matter" is the brush-off, read by its own cues)
	{adv, langCues{
		langNO: {"=ring|=ringe|=kontakt|=kontakte|=ga =til =kommunen|=fagforeningen|=utleier|=utleieren|=banken"},
		langSV: {"=ring|=ringa|=kontakta|=ga|=vand =till =kommunen|=facket|=hyresvarden|=banken"},
		langDE: {"=zur|=zum =gemeinde|=gewerkschaft|=vermieter|=bank|=kommune|=stadt", "=an =die|=den =gemeinde|=gewerkschaft|=vermieter|=bank|=kommune|=stadt", "=gemeinde|=gewerkschaft|=vermieter|=kommune =anrufen|=wenden|=melden"},
		langPL: {"=dzwonic|=zadzwonic|=isc|=zwrocic =do =gminy|=zwiazku|=wlasciciela|=banku|=kommune"},
		langTR: {"=belediyeye|=sendikaya|=bankaya|=kommuneye =git|=gidin|=basvur|=ara|=sorun", "=ev =sahibine =git|=gidin|=basvur|=ara|=sorun"},
		langRO: {"=sun|=sunati|=mergeti|=mergi|=adresati =la =primarie|=primaria|=sindicat|=proprietar|=banca|=kommune"},
		langSO: {"=wac|=xiriir =dowlada|=kommune|=bangiga|=milkiilaha", "=u =tag =dowlada|=kommune|=bangiga|=milkiilaha"},
		langAR: {"روح عالبلديه|للبلديه|عالبنك|للبنك|للنقابه", "اتصل بالبلديه|بالبنك|بالنقابه", "=ruh|=rou7|=ettesel =3al|=lal =baladiye|=bank|=kommune"},
		langFA: {"=boro|=zang =bezan =shahrdari|=bank|=kommune|=sandika", "برو شهرداری|بانک", "زنگ بزن شهرداری|بانک"},
		langUK: {"=дзвоніть|=зверніться|=йдіть =в|=до|=у =комуну|=kommune|=профспілку|=банк|=муніципалітет"},
		langRU: {"=звоните|=обратитесь|=идите =в =коммуну|=kommune|=профсоюз|=банк|=муниципалитет"},
	}},
	// advice: the information given was wrong, told with the noun first
	{adv, langCues{
		langNO: {"=informasjonen|=svaret|=beskjeden =var =feil"},
		langSV: {"=informationen|=svaret|=beskedet =var =fel"},
		langDE: {"=auskunft|=information|=informationen|=antwort =war|=waren =falsch"},
		langPL: {"=informacja|=informacje|=odpowiedz =byla|=byly =bledna|=bledne|=zla|=zle"},
		langTR: {"=bilgi|=bilgiler =yanlisti|=yanlismis|=yanlis"},
		langRO: {"=informatia|=informatiile|=raspunsul =a|=au =fost =gresita|=gresite|=gresit"},
		langUK: {"=інформація|=відповідь =була =неправильною|=невірною|=хибною"},
		langRU: {"=информация|=ответ =была|=был =неправильной|=неверной|=неправильным|=неверным"},
	}},
	// praise: staff answered or explained calmly (staff calm, not "all is calm now")
	{ros, langCues{
		langNO: {"=rolig|=rolige", "=forklarte =rolig|=godt"},
		langSV: {"=lugnt", "=forklarade =lugnt|=bra"},
		langDE: {"=ruhig", "=sachlich", "=korrekt =abgelaufen|=behandelt"},
		langPL: {"=spokojnie", "=spokojnie =wytlumaczyl|=wytlumaczyla|=wyjasnil|=wyjasnila"},
		langTR: {"=sakin =bir =sekilde|=sakince", "=sakin =kaldi|=davrandi"},
		langRO: {"=calm|=calma", "=linistit|=linistita"},
		langSO: {"=si =deggan", "=deggan"},
		langAR: {"بهدوء", "=b =hdoo2|=hudu2", "=bhdoo2|=bhudu2"},
		langFA: {"=aroom|=arom =javab|=tozih", "با آرامش", "آروم جواب|توضیح"},
		langUK: {"=вона|=він|=оператор|=поліцейський =спокійно", "=спокійно =пояснила|=пояснив|=перепитала|=перепитав|=відповіла|=відповів|=вислухала|=вислухав"},
		langRU: {"=она|=он|=оператор|=полицейский =спокойно", "=спокойно =объяснила|=объяснил|=переспросила|=переспросил|=ответила|=ответил|=выслушала|=выслушал"},
	}},
	// praise: staff solved it or did it right (not "it was ok" or "all good", which as often tell how
	// the writer is now)
	{ros, langCues{
		langRO: {"=mersi", "=a|=au =rezolvat"},
		langFA: {"درست انجام داد", "=dorost =anjam =dad"},
		langUK: {"=все =зробила|=зробили|=зробив =швидко"},
	}},
}
