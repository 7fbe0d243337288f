package classify

// categoryConcepts are session 5's complaint concepts for the foreign lists, written for every language
// side by side like foreignConcepts (and merged with them): the ways people write that they were told it
// is someone else's business, that nobody contacted them, that they were sent from office to office, that
// there was no interpreter or no MitID. Written from DOMAIN.md's categories, not from any one text.
var categoryConcepts = []foreignConcept{
	// session 6: a writer under threat told to call (again) if it happens or if they come, or just to wait,
	// is brushed off (not_taken_seriously: toldToWaitField); "nothing to be done", "a civil dispute, we
	// don't deal with that" (below)
	{toldToWaitField, langCues{
		langNO: {"=ringe|=ring =igjen|=tilbake =hvis|=om|=nar", "=ringe|=ring =hvis|=om =det =skjer|=de|=han|=hun", "=bare =vente"},
		langSV: {"=ringa|=ring =igen|=tillbaka =om|=ifall|=nar", "=ringa|=ring =om|=ifall|=nar =det =hander|=de|=han|=hon", "=bara =vanta"},
		langDE: {"=anrufen|=melden =wenn|=falls", "=wieder =anrufen|=melden", "=rufen =sie =an =wenn|=falls", "=einfach|=nur =abwarten|=warten"},
		langPL: {"zadzwoni =jak|=jesli|=gdy|=kiedy|=jezeli|=gdyby", "=dzwonic =jak|=jesli|=gdy|=kiedy", "=tylko|=po =prostu =czekac|=poczekac"},
		langTR: {"=olursa|=gelirse|=gelirlerse =ara|=arayin|=arayiniz|=ararsin", "=tekrar =ara|=arayin", "=sadece =bekle|=bekleyin"},
		langRO: {"=sun|=sunati|=suna|=sunam =daca|=cand|=inapoi", "=doar =sa =astept|=asteptati|=asteptam"},
		langSO: {"=wac =haddii|=hadii|=markay|=marka", "=soo =wac =haddii|=hadii|=markay|=marka", "=sug =oo =keliya|=kaliya"},
		langAR: {"اتصل اذا", "اتصلي اذا", "اتصلوا اذا", "اتصل لما", "اتصلي لما", "=ettesel|=ettasel|=etsel|=d2ele|=dle2 =iza|=eza|=law|=lamma"},
		langFA: {"=age|=agar|=ageh =zang", "اگه اومد زنگ", "اگر آمد زنگ", "اگر اتفاقی افتاد زنگ", "=faghat =sabr|=montazer"},
		langUK: {"=дзвоніть|=зателефонуйте|=подзвоніть|=телефонуйте =якщо|=коли", "=просто =чекати|=чекайте"},
		langRU: {"=звоните|=позвоните|=перезвоните =если|=когда", "=просто =ждать|=ждите"},
	}},
	{nts, langCues{
		langNO: {"=ingenting =a =gjore", "=ikke =noe =a =gjore"},
		langSV: {"=inte =finns =nagot =att =gora", "=finns =inget =att =gora"},
		langDE: {"=nichts =zu =machen", "=nichts =aufgenommen", "=aufgenommen =wurde =gar|=nichts", "=das =passiert =oft|=halt|=andauernd"},
		langUK: {"цивільн", "=цим =не =займається|=займаємось|=займаються"},
		langRU: {"гражданск", "=этим =не =занимается|=занимаемся|=занимаются"},
	}},
	// session 6: nobody knows who is responsible; did not understand what to do (unclear guidance). Not
	// the writer's own "I don't know what to do" in a danger, which is helplessness, not guidance received.
	{adv, langCues{
		langRU: {"=никто =не =знает|=знал|=знали", "=не =понял|=поняла|=понимаю =что =делать"},
		langUK: {"=ніхто =не =знає|=знав|=знали", "=не =зрозумів|=зрозуміла|=розумію =що =робити"},
		langTR: {"=ne =yapmam =gerektigini|=gerekiyor", "=ne =yapacagimi =anlamadim"},
		langFA: {"=nafahmidam =chi", "نفهمیدم چه کار", "نفهمیدم چیکار"},
		langPL: {"=nikt =nie =wie|=wiedzial"},
		langDE: {"=niemand =wusste|=weiss"},
	}},
	// session 6 (batch C): nobody speaks the writer's language, did not understand anything (Arabizi)
	{acc, langCues{
		langAR: {"=by7ki|=byehki|=yi7ki|=bte7ki|=yehki =3arabi|=arabi", "ما في حدا يحكي", "يحكي عربي", "يتكلم عربي", "=ma =fhmt|=fhmet|=fhimt =shi|=eshi|=7aga"},
	}},
	// session 6 (batch E): nobody explained where or how (unclear guidance)
	{adv, langCues{
		langPL: {"=nikt =nie =wytlumaczyl|=wyjasnil|=powiedzial"}, langDE: {"=niemand =hat =mir =erklart|=gesagt", "=niemand =konnte =mir =sagen"},
		langRU: {"=никто =не =объяснил|=сказал"}, langUK: {"=ніхто =не =пояснив|=сказав"}, langTR: {"=kimse =aciklamadi|=soylemedi"},
		langRO: {"=nimeni =nu =mi-a =explicat|=spus"}, langSV: {"=ingen =forklarade|=sa"}, langNO: {"=ingen =forklarte"},
	}},
	// session 6: the emergency line busy is the wait, and help late or not come in Arabic and Arabizi
	{rt, langCues{
		langNO: {"=opptatt"}, langSV: {"=upptaget|=upptagen|=upptagna"}, langDE: {"=besetzt"}, langPL: {"=zajety|=zajete|=zajeta"},
		langTR: {"mesgul"}, langRO: {"=ocupat|=ocupata"}, langUK: {"=зайнято|=зайнята"}, langRU: {"=занято|=занята"},
		langAR: {"تاخروا", "تاخرت", "=t2a5aro|=t2a5aru|=t2akharo|=ta2akharo|=et2a5aro", "لم يات احد", "لم ياتي احد", "ما اجا حدا", "ما حدا اجا", "محدش جه", "=ma =2aja|=eja|=ija =7ada|=hada"},
	}},
	// session 6: nothing changed after the police came (a brush-off); someone who speaks Somali (the
	// language barrier); stayed calm, fair, it was ok (thanks) in German, Romanian and Polish
	{nts, langCues{
		langPL: {"=nic =sie =nie =zmienilo"}, langDE: {"=nichts =hat =sich =geandert|=veraendert|=verandert"}, langSV: {"=inget =har =forandrats|=andrats"},
		langRO: {"=nu =s-a =schimbat =nimic", "=nimic =nu =s-a =schimbat"},
	}},
	{acc, langCues{
		langSO: {"=qof =soomaali =ku =hadla|=hadlo", "=af =soomaali", "=soomaali =ku =hadla|=hadlo"},
	}},
	{ros, langCues{
		langDE: {"=blieb|=war =ruhig|=freundlich|=geduldig", "=fair"},
		langRO: {"=a =ramas =calma|=calm", "=au =fost =ok|=bine|=de =treaba"},
		langPL: {"=byl|=byla =spokojny|=spokojna|=mily|=mila|=uprzejmy|=uprzejma"},
	}},
	// not_taken_seriously: "not for the police / not for us", "someone else's business" (the bank's, the
	// union's, a civil matter), "nothing we can do", "not a priority", "forget it", "probably a joke"
	{nts, langCues{
		langNO: {"=ikke =for =oss|=politiet", "=ikke =politiets =sak|=oppgave|=bord", "=sivil =sak", "=ikke =prioritert|=prioritet", "=glem =det", "=ikke =noe =vi =kan =gjore", "=kan =ikke =gjore =noe"},
		langSV: {"=inte =for =oss|=polisen", "=inte =polisens =sak|=uppgift|=bord", "=civilrattslig|=civilrattsligt", "=inte =prioriterat|=prioritet", "=glom =det", "=inget =vi =kan =gora"},
		langDE: {"=kein =fall =fur =die =polizei|=uns", "=nicht =fur =uns", "=nicht =unser =problem|=ding", "=zivilrechtlich|=zivilrechtliche|=zivilsache", "=keine =prioritat", "=vergessen =sie =es|=das", "=konnen =da =nichts", "=da =kann =man =nichts"},
		langPL: {"=nie =dla =nas|=nich|=policji", "=to =nie =do =nas", "=nie =zajmujemy|=zajmuje|=zajmuja =sie", "=sprawa =cywilna|=dla", "=nie =jest =priorytetem", "=zapomniec|=zapomniala|=zapomnial =o =tym", "=nic =sie =nie =da =zrobic", "=nic =nie =mozemy =zrobic"},
		langTR: {"ilgilendirmez", "ilgilendirmiyor", "=hukuki =mesele|=meseledir|=konu|=bir", "=bizim =konumuz =degil", "=oncelik =degil", "=oncelikli =degil", "=unutun", "=yapabilecegimiz =bir =sey =yok", "=sakadir|=saka =yapiyordur"},
		langRO: {"=e|=este =treaba", "=nu =e|=este =o =prioritate", "=nu =ne =priveste", "=problema =civila", "=nu =se =poate =face =nimic", "=uitati|=uita =de =asta"},
		langSO: {"=ma =aha =wax =booliis|=booliisku|=booliska|=booliiska", "=ma =aha =mid =aan|=ay", "=waxba =kama =qaban =karno|=karaan"},
		langAR: {"ليست للشرطه", "ليس للشرطه", "مو للشرطه", "مش للشرطه", "ليس شان", "مو شان", "مش شان", "مشكله جيران", "مشكله مدنيه", "مو اولويه", "ليس اولويه", "انسى الموضوع", "انسي الموضوع", "ما نقدر نسوي شي", "لا نستطيع فعل", "=mish|=mesh|=msh =emergency|=shoghlna|=shoghl|=shughul|=mashakil", "=mish|=mesh =lal|=lel =police|=shorta", "=ma =fi =shi =mna3mlo"},
		langFA: {"=polisi =nist", "پلیسی نیست", "ربطی به پلیس", "=rabti =be =polis", "کاری از دستمون", "=kari =az =dastemoon|=dastamoon", "شوخی میکنه", "=shookhi|=shukhi =mikone", "اولویت نیست", "=olaviat =nist"},
		langUK: {"=не =до =нас", "=цивільна =справа", "=не =пріоритет", "=забудьте", "=нічого =не =можемо|=можуть =зробити", "=нічого =не =вдієш"},
		langRU: {"=не =к =нам", "=не =по =нашей =части", "=гражданско", "=не =приоритет", "=забудьте", "=ничего =не =можем =сделать", "=ничего =не =поделаешь"},
	}},
	// response_time: help slow or not here yet, in the forms people write it ("braucht ewig", "ambulans
	// nerde", "всё ещё нет", "ma 2ajo"); category only — the urgent net reads its own "awaited" list
	{rt, langCues{
		langNO: {"=ikke =her =enda|=enna", "=tar =evig|=evigheter", "=finner =ikke =frem|=hit"},
		langSV: {"=inte =har =an", "=tar =en =evighet", "=hittar =inte =hit|=fram"},
		langDE: {"=ewig|=ewigkeit|=ewigkeiten", "=findet =uns =nicht", "=findet =nicht =hierher"},
		langPL: {"=wiecznosc", "=nie =moze =nas =znalezc|=trafic"},
		langTR: {"=nerde", "=bulamiyor|=bulamadi"},
		langRO: {"=o =vesnicie", "=nu =ne =gaseste|=gasesc"},
		langSO: {"=waqti =dheer"},
		langAR: {"ما اجوا", "ما اجو", "ما جاو", "=ma =2ajo|=ejo|=ijo|=ajo"},
		langFA: {"نشانی کجاست", "اورژانس کجاست", "=atashneshani|=orjans|=orzhans =kojast"},
		langUK: {"=вічність", "=ще =немає", "=досі =немає"},
		langRU: {"=вечность", "=все|=всё =еще|=ещё =нет", "=еще|=ещё =нет"},
	}},
	// not_taken_seriously: told to wait until morning or tomorrow (brushed off), "just a family quarrel"
	{nts, langCues{
		langNO: {"=vente =til =i =morgen|=morgen", "=bare =en =familiekrangel"},
		langSV: {"=vanta =till =imorgon|=morgon|=i", "=bara =en =familj =som =brakar"},
		langDE: {"=bis =morgen =warten", "=warten =bis =morgen", "=nur =ein =familienstreit|=ehestreit"},
		langPL: {"=poczekac|=poczekala|=poczekal|=czekac|=zaczekac =do =rana|=jutra", "=klotnia =rodzinna"},
		langTR: {"=yarina|=sabaha =kadar bekle", "=aile =meselesi|=kavgasi"},
		langRO: {"=sa =astept =pana =maine|=dimineata", "=certuri =in =familie"},
		langSO: {"=sug =ilaa =berri"},
		langAR: {"لبكرا", "حتى الصباح", "حتى الغد", "=la =bokra|=bukra", "مشكله عائليه"},
		langFA: {"=goft|=goftan =montazer =bashim|=bashid|=bash", "تا فردا صبر", "=ta =farda =sabr", "دعوای خانوادگی"},
		langUK: {"=чекати|=почекати =до =ранку|=завтра", "=сімейна =сварка"},
		langRU: {"=ждать|=подождать =до =утра|=завтра", "=семейная =ссора", "=семейные =дела"},
	}},
	// technical: the call dropped, the form or website fails with an error
	{tech, langCues{
		langNO: {"=feilmelding", "=henger =seg"},
		langSV: {"=felmeddelande", "=hanger =sig"},
		langDE: {"=fehlermeldung", "=fehler", "=webseite|=website =funktioniert"},
		langPL: {"=blad", "=strona =nie =dziala", "=rozlaczylo|=rozlacza"},
		langTR: {"=hata =veriyor|=verdi|=mesaji", "=site|=sitesi =acilmiyor"},
		langRO: {"=eroare", "=nu =se =deschide", "=s-a =inchis =apelul"},
		langSO: {"=qalad", "=ma =furmayo"},
		langAR: {"=y2ta3|=ye2ta3|=bi2ta3", "=el =5at|=khat", "خطا", "ما يفتح"},
		langFA: {"=error", "=baz =nemishe", "باز نمیشه", "=kar =nemikone", "کار نمیکنه", "ارور"},
		langUK: {"=форма|=forma", "=видає|=показує|=пише помилк", "=сайт", "=скинув|=скинуло|=скинулось"},
		langRU: {"сброс", "sbros", "=форма|=forma =не", "=не =принимает", "=выдает|=показывает|=пишет ошибк", "=vydaet|=pishet oshibk", "=сайт"},
	}},
	// not_taken_seriously: not believed, told it is nothing serious, that they exaggerate or
	// make it up (found missing by probing with sentences written for it, every language)
	{nts, langCues{
		langNO: {"=ikke =trodde =meg", "=trodde =meg =ikke", "=overdriver", "=ikke =noe =alvorlig"},
		langSV: {"=trodde =mig =inte", "=inte =trodde =mig", "=overdriver", "=inget =allvarligt"},
		langDE: {"=nicht =so =anstellen", "=ubertreiben|=ubertreibe|=ubertreibst", "=nichts =ernstes|=schlimmes"},
		langPL: {"=nic =powaznego", "=przesadzam|=przesadza|=przesadzasz", "=nie =uwierzyl|=uwierzyla|=uwierzono"},
		langTR: {"abartiyorsun", "abartma", "=ciddi =bir =sey =yok", "=inanmadi|=inanmadilar", "=ciddiye =almadi|=almadilar"},
		langRO: {"exagerez|exagerati|exagerezi", "=nimic =grav", "=nu =m-au|=m-a =crezut"},
		langSO: {"=ma =aha =wax =muhiim", "=ima =rumaysan|=rumeysan", "=waad =ka =badinaysaa"},
		langAR: {"ما|لم اخذو بجديه", "تبالغ", "تبالغي", "مو شي مهم", "ليس شيئا مهما", "ما صدقوني", "لم يصدقوني", "=ma =sadda2|=sade2", "=tbalghi|=tbaleghi|=tbalegh|=mbalgha"},
		langFA: {"جدی نگرفت", "شلوغش نکن", "باور نکردن", "باورم نکردن", "=bavar =nakardan", "=sholoogh =nakon", "اغراق"},
		langUK: {"=не =повірили|=повірив|=повірила", "вигадув", "=нічого =серйозного", "перебільшу"},
		langRU: {"=не =поверили|=поверил|=поверила", "выдумыва", "=ничего =серьезного", "преувеличива"},
	}},
	// advice: sent on again and again, told something different each time, not knowing where to turn
	{adv, langCues{
		langNO: {"=sendte =meg =videre", "=hvor =jeg =skal =henvende", "=noe =annet"},
		langSV: {"=skickade =mig =vidare", "=vart =jag =ska|=skulle =vanda", "=nagot =annat"},
		langDE: {"=weitergeleitet|=weitergeschickt|=weiterverwiesen", "=etwas|=was =anderes", "=an =wen =ich =mich"},
		langPL: {"=odsylali|=odeslali|=przekierowali", "=rozne|=roznych =informacje|=informacji", "=co =innego", "=gdzie =mam =sie =zglosic|=isc"},
		langTR: {"=yonlendirdiler|=yonlendirip", "=baska =bir =sey =soyledi", "=kime =gidecegimi|=basvuracagimi"},
		langRO: {"=altceva", "=unde =sa =merg|=ma =adresez", "=m-au =plimbat"},
		langSO: {"=meel =kale =ayay =ii =direen", "=halkaasna =meel =kale", "=meel =kale"},
		langAR: {"وين اروح", "الى اين", "حولوني من"},
		langFA: {"هر کی یه چیز", "کجا برم", "=koja =beram", "=har =ki =ye =chiz", "پاس کاری", "=pas =kari"},
		langUK: {"=щось =інше", "=куди =звертатися|=звернутися", "=перенаправили|=відправляли|=футболили"},
		langRU: {"=что =то =свое|=своё|=другое", "=куда =обратиться", "=перенаправили|=отправляли|=футболили"},
	}},
	// follow_up: months gone and no news, nothing received about the report
	{fu, langCues{
		langNO: {"=ikke =hort =noe =om =saken"},
		langSV: {"=inte =hort =nagot =om"},
		langPL: {"=nikt =sie =ze =mna =nie", "=zadnych =wiadomosci|=informacji"},
		langSO: {"=war =ma|=iimaan|=lama =helin|=helay", "=jawaab =ma|=lama|=iimaan =helin|=helay", "=weli =jawaab"},
		langAR: {"ما وصلني", "لم يصلني", "=ma =7ada =7akani|=7akana|=ettasal", "=ma =wesalni|=wasalni"},
		langUK: {"жодн новин|відповід", "=ні =слуху"},
		langRU: {"=ни =слуху"},
	}},
	// thanks and "they were fine / great" in their everyday forms; nobody picks up the phone, still not
	// come (not "nobody answers": that is as often the neighbour behind the door)
	{ros, langCues{
		langNO: {"kjempebra", "=veldig =bra", "=bra =jobba|=jobbet", "=supert"},
		langSV: {"jattebra", "=valdigt|=mycket|=riktigt =bra", "=bra =jobbat|=bemotande", "=toppen", "=suveranti|=suverant"},
		langDE: {"=super =gemacht", "=sehr =gut", "=top"},
		langPL: {"=byli|=byl|=byla =w =porzadku", "=bardzo =mili|=pomocni|=uprzejmi", "=super"},
		langTR: {"=cok =iyi|=yardimci|=kibar", "=super"},
		langRO: {"=foarte =amabili|=amabil|=draguti|=buni", "=super"},
	}},
	{rt, langCues{
		langNO: {"=ingen =tar|=tok =telefonen"},
		langSV: {"=ingen =tar|=tog =telefonen"},
		langDE: {"=niemand|=keiner =geht|=nimmt =ran|=ab"},
		langRO: {"=nu =a =venit =nici"},
	}},
	// not_taken_seriously: told it is a trifle, not worth their time, to deal with it oneself; brushed off
	{nts, langCues{
		langNO: {"=sant|=slikt =bruker =de =ikke =tid", "=ikke =tid =til =sant|=slikt", "=bagatell", "=ordne =det =selv"},
		langSV: {"=inte =tid =med", "=sadant|=sant =har =de =inte", "=struntsak|=bagatell", "=ordna =det =sjalv"},
		langDE: {"=kleinigkeit|=lappalie|=bagatelle", "=keine =zeit =fur =so", "=selbst =regeln|=klaren"},
		langPL: {"=zbyli|=zbyl|=zbyla|=zbywali", "=drobnostk|=drobiazg|=bzdur", "=sam|=sama =poradzic|=zalatwic", "=nie =maja =czasu =na"},
		langTR: {"umursamadi|umursamadilar", "=kucuk =bir =sey", "=onemsiz|=onemsemedi|=onemsemediler", "=kendin =hallet|=halledin"},
		langRO: {"=prostii|=fleacuri|=mărunțișuri", "=nu =are|=au =timp =de", "=nu =i-a|=le-a =pasat", "=descurcati-va|=descurca =singur"},
		langSO: {"=muhiim =ma|=maaha", "=ma =aha =arrin =muhiim", "=iska =xalliso", "=wax =looma =qaban", "=looma =qaban =karo"},
		langAR: {"تافه", "شي بسيط", "ما يستاهل", "ما اهتموا", "=tafeh|=tafih", "=mesh =mhem|=mohem", "=ma =htammo|=ehtammo", "دبر حالك", "=dabber =7alak"},
		langFA: {"ارزش", "مهم نیست", "=arzesh =nadare", "=mohem =nist", "اهمیت ندادن", "=ahamiat =nadadan", "خودت حلش کن"},
		langUK: {"дрібниц", "=дурниц", "=не =варто =уваги", "=розбирайтеся =самі", "=відмахнул|=відмахнувся"},
		langRU: {"ерунд", "=пустяк", "=мелоч", "=разбирайтесь =сами", "=отмахнул|=отмахнулся|=отмахнулась"},
	}},
	// advice: wrong or contradictory information, nobody could explain where or how
	{adv, langCues{
		langNO: {"=feil =informasjon", "=ingen =kunne =forklare"},
		langSV: {"=fel =information", "=ingen =kunde =forklara"},
		langDE: {"=falsche =auskunft|=information|=informationen", "=widerspruchlich", "=was =denn =nun", "=niemand =konnte =mir =erklaren|=sagen"},
		langPL: {"=bledne|=zle|=nieprawdziwe =informacje", "=nikt =nie =potrafil|=umial =wyjasnic|=powiedziec", "=sprzeczne"},
		langTR: {"=yanlis =bilgi|=yer|=yere", "=celiskili", "=kimse =aciklayamadi"},
		langRO: {"=informatii =gresite", "=contradictorii", "=nimeni =nu =a =stiut =sa =explice"},
		langSO: {"=macluumaad =khaldan", "=qofna =ima =sharxin"},
		langAR: {"معلومات غلط", "معلومات خاطئه", "متناقض", "=ma3lomat =ghalat|=ghalta"},
		langFA: {"اطلاعات غلط", "اطلاعات اشتباه", "=etelaat =ghalat|=eshtebah", "ضد و نقیض"},
		langUK: {"неправильн|невірн інформаці", "=суперечлив", "=ніхто =не =зміг =пояснити"},
		langRU: {"неправильн|неверн информаци", "=противоречи", "=никто =не =смог =объяснить"},
	}},
	// praise: "spasibi" in Ukrainian, "sorted it all quickly"
	{ros, langCues{
		langUK: {"спасиб", "=швидко =вирішили|=допомогли"},
		langRU: {"=быстро =решили|=помогли"},
	}},
	// follow_up: not knowing what is happening with the case
	{fu, langCues{
		langNO: {"=hva =som =skjer =med =saken|=anmeldelsen"},
		langSV: {"=vad =som =hander =med =arendet|=anmalan"},
		langDE: {"=was =mit =meiner =anzeige|=sache =ist|=passiert"},
		langPL: {"=co =sie =dzieje =ze =sprawa|=zgloszeniem|=zawiadomieniem"},
		langTR: {"=dosyam|=sikayetim|=ihbarim =ne =durumda|=oldu"},
		langRO: {"=ce =se =intampla =cu =dosarul|=plangerea"},
		langSO: {"=kiiskayga =xaaladdiisa|=maxaa"},
		langAR: {"شو صار بالقضيه|بالبلاغ|بالشكوى", "ماذا حدث في|بالقضيه|بالبلاغ", "=shu =sar =bl|=bel =2adiye|=balagh"},
		langFA: {"پرونده چی شد", "پرونده چه شد", "=parvande =chi|=che =shod"},
		langUK: {"=що =з =моєю =заявою|=справою"},
		langRU: {"=что =с =моим =заявлением|=делом"},
	}},
	// advice: "they said go there, and there they said come here"; nothing they can do (they, not we);
	// deaf, and no other way to make contact (accessibility)
	{adv, langCues{
		langPL: {"=a =na|=w =kazali|=powiedzieli|=kazala"},
	}},
	{nts, langCues{
		langRO: {"=nu =pot|=poate =face =nimic"},
		langFA: {"کاری نکردن", "=kari =nakardan"},
	}},
	{acc, langCues{
		langNO: {"=ingen =annen =mate"},
		langSV: {"=inget =annat =satt"},
		langDE: {"=keine =andere =moglichkeit"},
		langPL: {"=innej =mozliwosci|=opcji"},
		langTR: {"=baska =yol|=yolu"},
		langRO: {"=alta =optiune|=posibilitate"},
		langSO: {"=hab =kale"},
		langAR: {"طريقه ثانيه", "طريقه اخرى"},
		langFA: {"راه دیگه", "راه دیگری"},
		langUK: {"глух", "=іншого =способу"},
		langRU: {"глух", "=другого =способа"},
	}},
	// follow_up: nobody contacted me since, no news on the case, no case number
	{fu, langCues{
		langNO: {"=ikke =hort =noe =mer", "=ingen =har =tatt =kontakt", "=ingen =nyheter", "=ikke =fatt =saksnummer"},
		langSV: {"=inte =hort =nagot", "=ingen =har =hort =av =sig", "=inget =besked", "=inget =arendenummer"},
		langDE: {"=keine =ruckmeldung|=nachricht|=antwort", "=nichts =mehr =gehort", "=aktenzeichen|=vorgangsnummer", "=hat =sich =niemand =gemeldet"},
		langPL: {"=zadnej =informacji|=odpowiedzi|=wiadomosci", "=nikt =sie =nie =odezwal|=kontaktowal", "=nikt =sie =ze =mna =nie =skontaktowal"},
		langTR: {"=haber =yok|=alamadim", "=dosya =numarasi", "=kimse =donmedi|=donus =yapmadi", "=kimse =benimle =iletisime"},
		langRO: {"=niciun =raspuns|=vest", "=numar =de =dosar", "=nimeni =nu =m-a =contactat"},
		langSO: {"=war =kama =helin", "=lambarka =kiiska", "=qofna =ila =soo =xiriirin"},
		langAR: {"لم|ولم يتصل بي احد", "لم|ولم يتصل احد", "ما اتصل فيني احد", "ما حدا اتصل", "ما في اي خبر", "لا خبر", "لم|ولم يرد احد على", "=la|=ma =7ada|=hada =ettasal|=ttasal|=etasal|=7aka", "=ma =fi =5abar|=khabar", "=ra2m =2adiye|=qadiye"},
		langFA: {"هیچکس زنگ نزد", "هیچ کس زنگ نزد", "کسی زنگ نزد", "هیچ خبری", "خبری نشد", "شماره پرونده", "=hichkas|=kasi =zang =nazad", "=hich =kas =zang", "=hich =khabari", "=khabari =nashod", "=shomare =parvande"},
		langUK: {"=жодної =відповіді|=новини", "=справа =не =рухається", "=ніхто =не =зв'язався", "=ніхто =не =дзвонив"},
		langRU: {"=ни =ответа", "=никаких =новостей|=ответов", "=неделя|=месяц =и =тишина", "=никто =не =связался", "=никто =не =звонил"},
	}},
	// advice: sent from one office to another ("the kommune said the police, the police said the
	// kommune"), different answers, one said one thing and another something else
	{adv, langCues{
		langNO: {"=sendt =fra|=mellom", "=frem =og =tilbake", "=kommunen =sa =politiet", "=politiet =sa =kommunen"},
		langSV: {"=skickad =mellan|=fram", "=fram =och =tillbaka", "=kommunen =sa =polisen", "=polisen =sa =kommunen", "=olika =svar"},
		langDE: {"=hin =und =her", "=zur =kommune =geschickt", "=schickten|=schickte =mich =zuruck|=weiter", "=unterschiedliche|=verschiedene =antworten|=auskunfte", "=jeder =sagt =was =anderes"},
		langPL: {"=tam =kazali|=powiedzieli", "=odeslali =mnie", "=jedna|=jeden =osoba|=pani|=pan =mowi|=mowila|=powiedziala", "=druga|=drugi =ze", "=a =kommune =do|=kazala", "=rozne =odpowiedzi", "=kazdy =mowi =co =innego"},
		langTR: {"=farkli =yer|=yerler|=cevap|=cevaplar", "=baska =yere", "=top =gibi", "=kommune =de|=da =polise|=size", "=herkes =baska =bir =sey"},
		langRO: {"=raspunsuri =diferite", "=m-au =trimis =la", "=acolo =mi-au =zis|=spus", "=fiecare =spune =altceva"},
		langSO: {"=meel =kale =ayay", "=jawaabo =kala =duwan"},
		langAR: {"كل واحد يقول شي", "ارسلوني", "بعتوني", "حولوني", "اجوبه مختلفه", "شي مختلف", "كل موظف قال", "قالوا|قال|قالت لي|ان اذهب|روح|اتصل", "قالت|قال اذهب|روح|اتصل", "الى اين اذهب", "وين اروح", "مين المسؤول", "=2alu|=alu|=2alouli|=2aloulna =roo7|=ro7|=rou7|=eteslo|=ettasel", "=ba3atouni|=ba3tuni|=7awalouni", "=mish =3arfe|=3aref =wein|=wen =rou7"},
		langFA: {"فرستادنم", "جا فرستاد", "جاهای مختلف", "جواب های مختلف", "=ferestadan|=ferestadanam|=ferestadand", "=javabaye =mokhtalef"},
		langUK: {"=там =сказали|=відправили", "=відправили =до|=в", "=одне|=одно =на =сайті", "=різні =відповіді", "=кожен =каже =інше"},
		langRU: {"=там =сказали|=отправили", "=сказал|=сказала|=говорит =одно", "=написано =другое", "=отправили =в|=к", "=разные =ответы", "=каждый =говорит =свое"},
	}},
	// accessibility: no interpreter, could not understand, no MitID (and so no way to report online)
	{acc, langCues{
		langAR: {"tarjam", "=mtarjem|=mutarjem", "=ma =bfham|=befham|=fhemt =danske|=dansk", "ما فهمت", "ما افهم"},
		langFA: {"=nemifahmam|=nafahmidam =danmarki"},
		langRO: {"=nu =am =inteles|=intelegeam =daneza"},
	}},
}
