package classify

// categoryConcepts are session 5's complaint concepts for the foreign lists, written for every language
// side by side like foreignConcepts (and merged with them): the ways people write that they were told it
// is someone else's business, that nobody contacted them, that they were sent from office to office, that
// there was no interpreter or no MitID. Written from DOMAIN.md's categories, not from any one text.
var categoryConcepts = []foreignConcept{
	// session 6: a writer under threat told to call (again) if it happens or if they come, or just to wait,
	// is brushed off (not_taken_seriously: toldToWaitField); "nothing to be done", "a civil dispute, we
	// don't deal with that" (below)
	{toldToWaitField, map[string][]string{
		"no": {"=ringe|=ring =igjen|=tilbake =hvis|=om|=nar", "=ringe|=ring =hvis|=om =det =skjer|=de|=han|=hun", "=bare =vente"},
		"sv": {"=ringa|=ring =igen|=tillbaka =om|=ifall|=nar", "=ringa|=ring =om|=ifall|=nar =det =hander|=de|=han|=hon", "=bara =vanta"},
		"de": {"=anrufen|=melden =wenn|=falls", "=wieder =anrufen|=melden", "=rufen =sie =an =wenn|=falls", "=einfach|=nur =abwarten|=warten"},
		"pl": {"zadzwoni =jak|=jesli|=gdy|=kiedy|=jezeli|=gdyby", "=dzwonic =jak|=jesli|=gdy|=kiedy", "=tylko|=po =prostu =czekac|=poczekac"},
		"tr": {"=olursa|=gelirse|=gelirlerse =ara|=arayin|=arayiniz|=ararsin", "=tekrar =ara|=arayin", "=sadece =bekle|=bekleyin"},
		"ro": {"=sun|=sunati|=suna|=sunam =daca|=cand|=inapoi", "=doar =sa =astept|=asteptati|=asteptam"},
		"so": {"=wac =haddii|=hadii|=markay|=marka", "=soo =wac =haddii|=hadii|=markay|=marka", "=sug =oo =keliya|=kaliya"},
		"ar": {"اتصل اذا", "اتصلي اذا", "اتصلوا اذا", "اتصل لما", "اتصلي لما", "=ettesel|=ettasel|=etsel|=d2ele|=dle2 =iza|=eza|=law|=lamma"},
		"fa": {"=age|=agar|=ageh =zang", "اگه اومد زنگ", "اگر آمد زنگ", "اگر اتفاقی افتاد زنگ", "=faghat =sabr|=montazer"},
		"uk": {"=дзвоніть|=зателефонуйте|=подзвоніть|=телефонуйте =якщо|=коли", "=просто =чекати|=чекайте"},
		"ru": {"=звоните|=позвоните|=перезвоните =если|=когда", "=просто =ждать|=ждите"},
	}},
	{nts, map[string][]string{
		"no": {"=ingenting =a =gjore", "=ikke =noe =a =gjore"},
		"sv": {"=inte =finns =nagot =att =gora", "=finns =inget =att =gora"},
		"de": {"=nichts =zu =machen", "=nichts =aufgenommen", "=aufgenommen =wurde =gar|=nichts", "=das =passiert =oft|=halt|=andauernd"},
		"uk": {"цивільн", "=цим =не =займається|=займаємось|=займаються"},
		"ru": {"гражданск", "=этим =не =занимается|=занимаемся|=занимаются"},
	}},
	// session 6: nobody knows who is responsible; did not understand what to do (unclear guidance). Not
	// the writer's own "I don't know what to do" in a danger, which is helplessness, not guidance received.
	{adv, map[string][]string{
		"ru": {"=никто =не =знает|=знал|=знали", "=не =понял|=поняла|=понимаю =что =делать"},
		"uk": {"=ніхто =не =знає|=знав|=знали", "=не =зрозумів|=зрозуміла|=розумію =що =робити"},
		"tr": {"=ne =yapmam =gerektigini|=gerekiyor", "=ne =yapacagimi =anlamadim"},
		"fa": {"=nafahmidam =chi", "نفهمیدم چه کار", "نفهمیدم چیکار"},
		"pl": {"=nikt =nie =wie|=wiedzial"},
		"de": {"=niemand =wusste|=weiss"},
	}},
	// session 6 (batch C): nobody speaks the writer's language, did not understand anything (Arabizi)
	{acc, map[string][]string{
		"ar": {"=by7ki|=byehki|=yi7ki|=bte7ki|=yehki =3arabi|=arabi", "ما في حدا يحكي", "يحكي عربي", "يتكلم عربي", "=ma =fhmt|=fhmet|=fhimt =shi|=eshi|=7aga"},
	}},
	// session 6 (batch E): nobody explained where or how (unclear guidance)
	{adv, map[string][]string{
		"pl": {"=nikt =nie =wytlumaczyl|=wyjasnil|=powiedzial"}, "de": {"=niemand =hat =mir =erklart|=gesagt", "=niemand =konnte =mir =sagen"},
		"ru": {"=никто =не =объяснил|=сказал"}, "uk": {"=ніхто =не =пояснив|=сказав"}, "tr": {"=kimse =aciklamadi|=soylemedi"},
		"ro": {"=nimeni =nu =mi-a =explicat|=spus"}, "sv": {"=ingen =forklarade|=sa"}, "no": {"=ingen =forklarte"},
	}},
	// session 6: the emergency line busy is the wait, and help late or not come in Arabic and Arabizi
	{rt, map[string][]string{
		"no": {"=opptatt"}, "sv": {"=upptaget|=upptagen|=upptagna"}, "de": {"=besetzt"}, "pl": {"=zajety|=zajete|=zajeta"},
		"tr": {"mesgul"}, "ro": {"=ocupat|=ocupata"}, "uk": {"=зайнято|=зайнята"}, "ru": {"=занято|=занята"},
		"ar": {"تاخروا", "تاخرت", "=t2a5aro|=t2a5aru|=t2akharo|=ta2akharo|=et2a5aro", "لم يات احد", "لم ياتي احد", "ما اجا حدا", "ما حدا اجا", "محدش جه", "=ma =2aja|=eja|=ija =7ada|=hada"},
	}},
	// session 6: nothing changed after the police came (a brush-off); someone who speaks Somali (the
	// language barrier); stayed calm, fair, it was ok (thanks) in German, Romanian and Polish
	{nts, map[string][]string{
		"pl": {"=nic =sie =nie =zmienilo"}, "de": {"=nichts =hat =sich =geandert|=veraendert|=verandert"}, "sv": {"=inget =har =forandrats|=andrats"},
		"ro": {"=nu =s-a =schimbat =nimic", "=nimic =nu =s-a =schimbat"},
	}},
	{acc, map[string][]string{
		"so": {"=qof =soomaali =ku =hadla|=hadlo", "=af =soomaali", "=soomaali =ku =hadla|=hadlo"},
	}},
	{ros, map[string][]string{
		"de": {"=blieb|=war =ruhig|=freundlich|=geduldig", "=fair"},
		"ro": {"=a =ramas =calma|=calm", "=au =fost =ok|=bine|=de =treaba"},
		"pl": {"=byl|=byla =spokojny|=spokojna|=mily|=mila|=uprzejmy|=uprzejma"},
	}},
	// not_taken_seriously: "not for the police / not for us", "someone else's business" (the bank's, the
	// union's, a civil matter), "nothing we can do", "not a priority", "forget it", "probably a joke"
	{nts, map[string][]string{
		"no": {"=ikke =for =oss|=politiet", "=ikke =politiets =sak|=oppgave|=bord", "=sivil =sak", "=ikke =prioritert|=prioritet", "=glem =det", "=ikke =noe =vi =kan =gjore", "=kan =ikke =gjore =noe"},
		"sv": {"=inte =for =oss|=polisen", "=inte =polisens =sak|=uppgift|=bord", "=civilrattslig|=civilrattsligt", "=inte =prioriterat|=prioritet", "=glom =det", "=inget =vi =kan =gora"},
		"de": {"=kein =fall =fur =die =polizei|=uns", "=nicht =fur =uns", "=nicht =unser =problem|=ding", "=zivilrechtlich|=zivilrechtliche|=zivilsache", "=keine =prioritat", "=vergessen =sie =es|=das", "=konnen =da =nichts", "=da =kann =man =nichts"},
		"pl": {"=nie =dla =nas|=nich|=policji", "=to =nie =do =nas", "=nie =zajmujemy|=zajmuje|=zajmuja =sie", "=sprawa =cywilna|=dla", "=nie =jest =priorytetem", "=zapomniec|=zapomniala|=zapomnial =o =tym", "=nic =sie =nie =da =zrobic", "=nic =nie =mozemy =zrobic"},
		"tr": {"ilgilendirmez", "ilgilendirmiyor", "=hukuki =mesele|=meseledir|=konu|=bir", "=bizim =konumuz =degil", "=oncelik =degil", "=oncelikli =degil", "=unutun", "=yapabilecegimiz =bir =sey =yok", "=sakadir|=saka =yapiyordur"},
		"ro": {"=e|=este =treaba", "=nu =e|=este =o =prioritate", "=nu =ne =priveste", "=problema =civila", "=nu =se =poate =face =nimic", "=uitati|=uita =de =asta"},
		"so": {"=ma =aha =wax =booliis|=booliisku|=booliska|=booliiska", "=ma =aha =mid =aan|=ay", "=waxba =kama =qaban =karno|=karaan"},
		"ar": {"ليست للشرطه", "ليس للشرطه", "مو للشرطه", "مش للشرطه", "ليس شان", "مو شان", "مش شان", "مشكله جيران", "مشكله مدنيه", "مو اولويه", "ليس اولويه", "انسى الموضوع", "انسي الموضوع", "ما نقدر نسوي شي", "لا نستطيع فعل", "=mish|=mesh|=msh =emergency|=shoghlna|=shoghl|=shughul|=mashakil", "=mish|=mesh =lal|=lel =police|=shorta", "=ma =fi =shi =mna3mlo"},
		"fa": {"=polisi =nist", "پلیسی نیست", "ربطی به پلیس", "=rabti =be =polis", "کاری از دستمون", "=kari =az =dastemoon|=dastamoon", "شوخی میکنه", "=shookhi|=shukhi =mikone", "اولویت نیست", "=olaviat =nist"},
		"uk": {"=не =до =нас", "=цивільна =справа", "=не =пріоритет", "=забудьте", "=нічого =не =можемо|=можуть =зробити", "=нічого =не =вдієш"},
		"ru": {"=не =к =нам", "=не =по =нашей =части", "=гражданско", "=не =приоритет", "=забудьте", "=ничего =не =можем =сделать", "=ничего =не =поделаешь"},
	}},
	// response_time: help slow or not here yet, in the forms people write it ("braucht ewig", "ambulans
	// nerde", "всё ещё нет", "ma 2ajo"); category only — the urgent net reads its own "awaited" list
	{rt, map[string][]string{
		"no": {"=ikke =her =enda|=enna", "=tar =evig|=evigheter", "=finner =ikke =frem|=hit"},
		"sv": {"=inte =har =an", "=tar =en =evighet", "=hittar =inte =hit|=fram"},
		"de": {"=ewig|=ewigkeit|=ewigkeiten", "=findet =uns =nicht", "=findet =nicht =hierher"},
		"pl": {"=wiecznosc", "=nie =moze =nas =znalezc|=trafic"},
		"tr": {"=nerde", "=bulamiyor|=bulamadi"},
		"ro": {"=o =vesnicie", "=nu =ne =gaseste|=gasesc"},
		"so": {"=waqti =dheer"},
		"ar": {"ما اجوا", "ما اجو", "ما جاو", "=ma =2ajo|=ejo|=ijo|=ajo"},
		"fa": {"نشانی کجاست", "اورژانس کجاست", "=atashneshani|=orjans|=orzhans =kojast"},
		"uk": {"=вічність", "=ще =немає", "=досі =немає"},
		"ru": {"=вечность", "=все|=всё =еще|=ещё =нет", "=еще|=ещё =нет"},
	}},
	// not_taken_seriously: told to wait until morning or tomorrow (brushed off), "just a family quarrel"
	{nts, map[string][]string{
		"no": {"=vente =til =i =morgen|=morgen", "=bare =en =familiekrangel"},
		"sv": {"=vanta =till =imorgon|=morgon|=i", "=bara =en =familj =som =brakar"},
		"de": {"=bis =morgen =warten", "=warten =bis =morgen", "=nur =ein =familienstreit|=ehestreit"},
		"pl": {"=poczekac|=poczekala|=poczekal|=czekac|=zaczekac =do =rana|=jutra", "=klotnia =rodzinna"},
		"tr": {"=yarina|=sabaha =kadar bekle", "=aile =meselesi|=kavgasi"},
		"ro": {"=sa =astept =pana =maine|=dimineata", "=certuri =in =familie"},
		"so": {"=sug =ilaa =berri"},
		"ar": {"لبكرا", "حتى الصباح", "حتى الغد", "=la =bokra|=bukra", "مشكله عائليه"},
		"fa": {"=goft|=goftan =montazer =bashim|=bashid|=bash", "تا فردا صبر", "=ta =farda =sabr", "دعوای خانوادگی"},
		"uk": {"=чекати|=почекати =до =ранку|=завтра", "=сімейна =сварка"},
		"ru": {"=ждать|=подождать =до =утра|=завтра", "=семейная =ссора", "=семейные =дела"},
	}},
	// technical: the call dropped, the form or website fails with an error
	{tech, map[string][]string{
		"no": {"=feilmelding", "=henger =seg"},
		"sv": {"=felmeddelande", "=hanger =sig"},
		"de": {"=fehlermeldung", "=fehler", "=webseite|=website =funktioniert"},
		"pl": {"=blad", "=strona =nie =dziala", "=rozlaczylo|=rozlacza"},
		"tr": {"=hata =veriyor|=verdi|=mesaji", "=site|=sitesi =acilmiyor"},
		"ro": {"=eroare", "=nu =se =deschide", "=s-a =inchis =apelul"},
		"so": {"=qalad", "=ma =furmayo"},
		"ar": {"=y2ta3|=ye2ta3|=bi2ta3", "=el =5at|=khat", "خطا", "ما يفتح"},
		"fa": {"=error", "=baz =nemishe", "باز نمیشه", "=kar =nemikone", "کار نمیکنه", "ارور"},
		"uk": {"=форма|=forma", "=видає|=показує|=пише помилк", "=сайт", "=скинув|=скинуло|=скинулось"},
		"ru": {"сброс", "sbros", "=форма|=forma =не", "=не =принимает", "=выдает|=показывает|=пишет ошибк", "=vydaet|=pishet oshibk", "=сайт"},
	}},
	// not_taken_seriously: not believed, told it is nothing serious, that they exaggerate or
	// make it up (found missing by probing with sentences written for it, every language)
	{nts, map[string][]string{
		"no": {"=ikke =trodde =meg", "=trodde =meg =ikke", "=overdriver", "=ikke =noe =alvorlig"},
		"sv": {"=trodde =mig =inte", "=inte =trodde =mig", "=overdriver", "=inget =allvarligt"},
		"de": {"=nicht =so =anstellen", "=ubertreiben|=ubertreibe|=ubertreibst", "=nichts =ernstes|=schlimmes"},
		"pl": {"=nic =powaznego", "=przesadzam|=przesadza|=przesadzasz", "=nie =uwierzyl|=uwierzyla|=uwierzono"},
		"tr": {"abartiyorsun", "abartma", "=ciddi =bir =sey =yok", "=inanmadi|=inanmadilar", "=ciddiye =almadi|=almadilar"},
		"ro": {"exagerez|exagerati|exagerezi", "=nimic =grav", "=nu =m-au|=m-a =crezut"},
		"so": {"=ma =aha =wax =muhiim", "=ima =rumaysan|=rumeysan", "=waad =ka =badinaysaa"},
		"ar": {"ما|لم اخذو بجديه", "تبالغ", "تبالغي", "مو شي مهم", "ليس شيئا مهما", "ما صدقوني", "لم يصدقوني", "=ma =sadda2|=sade2", "=tbalghi|=tbaleghi|=tbalegh|=mbalgha"},
		"fa": {"جدی نگرفت", "شلوغش نکن", "باور نکردن", "باورم نکردن", "=bavar =nakardan", "=sholoogh =nakon", "اغراق"},
		"uk": {"=не =повірили|=повірив|=повірила", "вигадув", "=нічого =серйозного", "перебільшу"},
		"ru": {"=не =поверили|=поверил|=поверила", "выдумыва", "=ничего =серьезного", "преувеличива"},
	}},
	// advice: sent on again and again, told something different each time, not knowing where to turn
	{adv, map[string][]string{
		"no": {"=sendte =meg =videre", "=hvor =jeg =skal =henvende", "=noe =annet"},
		"sv": {"=skickade =mig =vidare", "=vart =jag =ska|=skulle =vanda", "=nagot =annat"},
		"de": {"=weitergeleitet|=weitergeschickt|=weiterverwiesen", "=etwas|=was =anderes", "=an =wen =ich =mich"},
		"pl": {"=odsylali|=odeslali|=przekierowali", "=rozne|=roznych =informacje|=informacji", "=co =innego", "=gdzie =mam =sie =zglosic|=isc"},
		"tr": {"=yonlendirdiler|=yonlendirip", "=baska =bir =sey =soyledi", "=kime =gidecegimi|=basvuracagimi"},
		"ro": {"=altceva", "=unde =sa =merg|=ma =adresez", "=m-au =plimbat"},
		"so": {"=meel =kale =ayay =ii =direen", "=halkaasna =meel =kale", "=meel =kale"},
		"ar": {"وين اروح", "الى اين", "حولوني من"},
		"fa": {"هر کی یه چیز", "کجا برم", "=koja =beram", "=har =ki =ye =chiz", "پاس کاری", "=pas =kari"},
		"uk": {"=щось =інше", "=куди =звертатися|=звернутися", "=перенаправили|=відправляли|=футболили"},
		"ru": {"=что =то =свое|=своё|=другое", "=куда =обратиться", "=перенаправили|=отправляли|=футболили"},
	}},
	// follow_up: months gone and no news, nothing received about the report
	{fu, map[string][]string{
		"no": {"=ikke =hort =noe =om =saken"},
		"sv": {"=inte =hort =nagot =om"},
		"pl": {"=nikt =sie =ze =mna =nie", "=zadnych =wiadomosci|=informacji"},
		"so": {"=war =ma|=iimaan|=lama =helin|=helay", "=jawaab =ma|=lama|=iimaan =helin|=helay", "=weli =jawaab"},
		"ar": {"ما وصلني", "لم يصلني", "=ma =7ada =7akani|=7akana|=ettasal", "=ma =wesalni|=wasalni"},
		"uk": {"жодн новин|відповід", "=ні =слуху"},
		"ru": {"=ни =слуху"},
	}},
	// thanks and "they were fine / great" in their everyday forms; nobody picks up the phone, still not
	// come (not "nobody answers": that is as often the neighbour behind the door)
	{ros, map[string][]string{
		"no": {"kjempebra", "=veldig =bra", "=bra =jobba|=jobbet", "=supert"},
		"sv": {"jattebra", "=valdigt|=mycket|=riktigt =bra", "=bra =jobbat|=bemotande", "=toppen", "=suveranti|=suverant"},
		"de": {"=super =gemacht", "=sehr =gut", "=top"},
		"pl": {"=byli|=byl|=byla =w =porzadku", "=bardzo =mili|=pomocni|=uprzejmi", "=super"},
		"tr": {"=cok =iyi|=yardimci|=kibar", "=super"},
		"ro": {"=foarte =amabili|=amabil|=draguti|=buni", "=super"},
	}},
	{rt, map[string][]string{
		"no": {"=ingen =tar|=tok =telefonen"},
		"sv": {"=ingen =tar|=tog =telefonen"},
		"de": {"=niemand|=keiner =geht|=nimmt =ran|=ab"},
		"ro": {"=nu =a =venit =nici"},
	}},
	// not_taken_seriously: told it is a trifle, not worth their time, to deal with it oneself; brushed off
	{nts, map[string][]string{
		"no": {"=sant|=slikt =bruker =de =ikke =tid", "=ikke =tid =til =sant|=slikt", "=bagatell", "=ordne =det =selv"},
		"sv": {"=inte =tid =med", "=sadant|=sant =har =de =inte", "=struntsak|=bagatell", "=ordna =det =sjalv"},
		"de": {"=kleinigkeit|=lappalie|=bagatelle", "=keine =zeit =fur =so", "=selbst =regeln|=klaren"},
		"pl": {"=zbyli|=zbyl|=zbyla|=zbywali", "=drobnostk|=drobiazg|=bzdur", "=sam|=sama =poradzic|=zalatwic", "=nie =maja =czasu =na"},
		"tr": {"umursamadi|umursamadilar", "=kucuk =bir =sey", "=onemsiz|=onemsemedi|=onemsemediler", "=kendin =hallet|=halledin"},
		"ro": {"=prostii|=fleacuri|=mărunțișuri", "=nu =are|=au =timp =de", "=nu =i-a|=le-a =pasat", "=descurcati-va|=descurca =singur"},
		"so": {"=muhiim =ma|=maaha", "=ma =aha =arrin =muhiim", "=iska =xalliso", "=wax =looma =qaban", "=looma =qaban =karo"},
		"ar": {"تافه", "شي بسيط", "ما يستاهل", "ما اهتموا", "=tafeh|=tafih", "=mesh =mhem|=mohem", "=ma =htammo|=ehtammo", "دبر حالك", "=dabber =7alak"},
		"fa": {"ارزش", "مهم نیست", "=arzesh =nadare", "=mohem =nist", "اهمیت ندادن", "=ahamiat =nadadan", "خودت حلش کن"},
		"uk": {"дрібниц", "=дурниц", "=не =варто =уваги", "=розбирайтеся =самі", "=відмахнул|=відмахнувся"},
		"ru": {"ерунд", "=пустяк", "=мелоч", "=разбирайтесь =сами", "=отмахнул|=отмахнулся|=отмахнулась"},
	}},
	// advice: wrong or contradictory information, nobody could explain where or how
	{adv, map[string][]string{
		"no": {"=feil =informasjon", "=ingen =kunne =forklare"},
		"sv": {"=fel =information", "=ingen =kunde =forklara"},
		"de": {"=falsche =auskunft|=information|=informationen", "=widerspruchlich", "=was =denn =nun", "=niemand =konnte =mir =erklaren|=sagen"},
		"pl": {"=bledne|=zle|=nieprawdziwe =informacje", "=nikt =nie =potrafil|=umial =wyjasnic|=powiedziec", "=sprzeczne"},
		"tr": {"=yanlis =bilgi|=yer|=yere", "=celiskili", "=kimse =aciklayamadi"},
		"ro": {"=informatii =gresite", "=contradictorii", "=nimeni =nu =a =stiut =sa =explice"},
		"so": {"=macluumaad =khaldan", "=qofna =ima =sharxin"},
		"ar": {"معلومات غلط", "معلومات خاطئه", "متناقض", "=ma3lomat =ghalat|=ghalta"},
		"fa": {"اطلاعات غلط", "اطلاعات اشتباه", "=etelaat =ghalat|=eshtebah", "ضد و نقیض"},
		"uk": {"неправильн|невірн інформаці", "=суперечлив", "=ніхто =не =зміг =пояснити"},
		"ru": {"неправильн|неверн информаци", "=противоречи", "=никто =не =смог =объяснить"},
	}},
	// praise: "spasibi" in Ukrainian, "sorted it all quickly"
	{ros, map[string][]string{
		"uk": {"спасиб", "=швидко =вирішили|=допомогли"},
		"ru": {"=быстро =решили|=помогли"},
	}},
	// follow_up: not knowing what is happening with the case
	{fu, map[string][]string{
		"no": {"=hva =som =skjer =med =saken|=anmeldelsen"},
		"sv": {"=vad =som =hander =med =arendet|=anmalan"},
		"de": {"=was =mit =meiner =anzeige|=sache =ist|=passiert"},
		"pl": {"=co =sie =dzieje =ze =sprawa|=zgloszeniem|=zawiadomieniem"},
		"tr": {"=dosyam|=sikayetim|=ihbarim =ne =durumda|=oldu"},
		"ro": {"=ce =se =intampla =cu =dosarul|=plangerea"},
		"so": {"=kiiskayga =xaaladdiisa|=maxaa"},
		"ar": {"شو صار بالقضيه|بالبلاغ|بالشكوى", "ماذا حدث في|بالقضيه|بالبلاغ", "=shu =sar =bl|=bel =2adiye|=balagh"},
		"fa": {"پرونده چی شد", "پرونده چه شد", "=parvande =chi|=che =shod"},
		"uk": {"=що =з =моєю =заявою|=справою"},
		"ru": {"=что =с =моим =заявлением|=делом"},
	}},
	// advice: "they said go there, and there they said come here"; nothing they can do (they, not we);
	// deaf, and no other way to make contact (accessibility)
	{adv, map[string][]string{
		"pl": {"=a =na|=w =kazali|=powiedzieli|=kazala"},
	}},
	{nts, map[string][]string{
		"ro": {"=nu =pot|=poate =face =nimic"},
		"fa": {"کاری نکردن", "=kari =nakardan"},
	}},
	{acc, map[string][]string{
		"no": {"=ingen =annen =mate"},
		"sv": {"=inget =annat =satt"},
		"de": {"=keine =andere =moglichkeit"},
		"pl": {"=innej =mozliwosci|=opcji"},
		"tr": {"=baska =yol|=yolu"},
		"ro": {"=alta =optiune|=posibilitate"},
		"so": {"=hab =kale"},
		"ar": {"طريقه ثانيه", "طريقه اخرى"},
		"fa": {"راه دیگه", "راه دیگری"},
		"uk": {"глух", "=іншого =способу"},
		"ru": {"глух", "=другого =способа"},
	}},
	// follow_up: nobody contacted me since, no news on the case, no case number
	{fu, map[string][]string{
		"no": {"=ikke =hort =noe =mer", "=ingen =har =tatt =kontakt", "=ingen =nyheter", "=ikke =fatt =saksnummer"},
		"sv": {"=inte =hort =nagot", "=ingen =har =hort =av =sig", "=inget =besked", "=inget =arendenummer"},
		"de": {"=keine =ruckmeldung|=nachricht|=antwort", "=nichts =mehr =gehort", "=aktenzeichen|=vorgangsnummer", "=hat =sich =niemand =gemeldet"},
		"pl": {"=zadnej =informacji|=odpowiedzi|=wiadomosci", "=nikt =sie =nie =odezwal|=kontaktowal", "=nikt =sie =ze =mna =nie =skontaktowal"},
		"tr": {"=haber =yok|=alamadim", "=dosya =numarasi", "=kimse =donmedi|=donus =yapmadi", "=kimse =benimle =iletisime"},
		"ro": {"=niciun =raspuns|=vest", "=numar =de =dosar", "=nimeni =nu =m-a =contactat"},
		"so": {"=war =kama =helin", "=lambarka =kiiska", "=qofna =ila =soo =xiriirin"},
		"ar": {"لم|ولم يتصل بي احد", "لم|ولم يتصل احد", "ما اتصل فيني احد", "ما حدا اتصل", "ما في اي خبر", "لا خبر", "لم|ولم يرد احد على", "=la|=ma =7ada|=hada =ettasal|=ttasal|=etasal|=7aka", "=ma =fi =5abar|=khabar", "=ra2m =2adiye|=qadiye"},
		"fa": {"هیچکس زنگ نزد", "هیچ کس زنگ نزد", "کسی زنگ نزد", "هیچ خبری", "خبری نشد", "شماره پرونده", "=hichkas|=kasi =zang =nazad", "=hich =kas =zang", "=hich =khabari", "=khabari =nashod", "=shomare =parvande"},
		"uk": {"=жодної =відповіді|=новини", "=справа =не =рухається", "=ніхто =не =зв'язався", "=ніхто =не =дзвонив"},
		"ru": {"=ни =ответа", "=никаких =новостей|=ответов", "=неделя|=месяц =и =тишина", "=никто =не =связался", "=никто =не =звонил"},
	}},
	// advice: sent from one office to another ("the kommune said the police, the police said the
	// kommune"), different answers, one said one thing and another something else
	{adv, map[string][]string{
		"no": {"=sendt =fra|=mellom", "=frem =og =tilbake", "=kommunen =sa =politiet", "=politiet =sa =kommunen"},
		"sv": {"=skickad =mellan|=fram", "=fram =och =tillbaka", "=kommunen =sa =polisen", "=polisen =sa =kommunen", "=olika =svar"},
		"de": {"=hin =und =her", "=zur =kommune =geschickt", "=schickten|=schickte =mich =zuruck|=weiter", "=unterschiedliche|=verschiedene =antworten|=auskunfte", "=jeder =sagt =was =anderes"},
		"pl": {"=tam =kazali|=powiedzieli", "=odeslali =mnie", "=jedna|=jeden =osoba|=pani|=pan =mowi|=mowila|=powiedziala", "=druga|=drugi =ze", "=a =kommune =do|=kazala", "=rozne =odpowiedzi", "=kazdy =mowi =co =innego"},
		"tr": {"=farkli =yer|=yerler|=cevap|=cevaplar", "=baska =yere", "=top =gibi", "=kommune =de|=da =polise|=size", "=herkes =baska =bir =sey"},
		"ro": {"=raspunsuri =diferite", "=m-au =trimis =la", "=acolo =mi-au =zis|=spus", "=fiecare =spune =altceva"},
		"so": {"=meel =kale =ayay", "=jawaabo =kala =duwan"},
		"ar": {"كل واحد يقول شي", "ارسلوني", "بعتوني", "حولوني", "اجوبه مختلفه", "شي مختلف", "كل موظف قال", "قالوا|قال|قالت لي|ان اذهب|روح|اتصل", "قالت|قال اذهب|روح|اتصل", "الى اين اذهب", "وين اروح", "مين المسؤول", "=2alu|=alu|=2alouli|=2aloulna =roo7|=ro7|=rou7|=eteslo|=ettasel", "=ba3atouni|=ba3tuni|=7awalouni", "=mish =3arfe|=3aref =wein|=wen =rou7"},
		"fa": {"فرستادنم", "جا فرستاد", "جاهای مختلف", "جواب های مختلف", "=ferestadan|=ferestadanam|=ferestadand", "=javabaye =mokhtalef"},
		"uk": {"=там =сказали|=відправили", "=відправили =до|=в", "=одне|=одно =на =сайті", "=різні =відповіді", "=кожен =каже =інше"},
		"ru": {"=там =сказали|=отправили", "=сказал|=сказала|=говорит =одно", "=написано =другое", "=отправили =в|=к", "=разные =ответы", "=каждый =говорит =свое"},
	}},
	// accessibility: no interpreter, could not understand, no MitID (and so no way to report online)
	{acc, map[string][]string{
		"ar": {"tarjam", "=mtarjem|=mutarjem", "=ma =bfham|=befham|=fhemt =danske|=dansk", "ما فهمت", "ما افهم"},
		"fa": {"=nemifahmam|=nafahmidam =danmarki"},
		"ro": {"=nu =am =inteles|=intelegeam =daneza"},
	}},
}
