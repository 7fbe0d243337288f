package classify

// Urgent recall and precision and conduct from the twenty-first blind set (session 10's fourth round,
// cls-19u, issue 11; a tuning set since its blind measure, recorded in doc_intro.md): the concepts its
// urgent misses, false alarms and conduct misses told that no list had, written for every language the
// foreign lists read, never as one text's words; pinned with their counterparts in set21_test.go. The
// Danish and English side of each concept is in lexicon.go.

var setTwentyOneConcepts = []foreignConcept{
	// someone gone and nobody knows where they are now ('@': "went off two hours ago" is no past)
	{"danger", langCues{
		langNO: {"@=ingen =vet =hvor =hun|=han =er"}, langSV: {"@=ingen =vet =var =hon|=han =ar"},
		langDE: {"@=niemand =weiss|=weis =wo =sie|=er =ist"}, langPL: {"@=nikt =nie =wie =gdzie =jest"},
		langTR: {"@=kimse =nerede =oldugunu =bilmiyor"}, langRO: {"@=nimeni =nu =stie =unde =este|=e"},
		langAR: {"@ما حدا بيعرف وين", "@محدا بيعرف وين", "@=ma =7ada|=had =bya3ref|=ya3ref|=y3ref =wen|=fin"},
		langFA: {"@هیچکس نمیدونه کجاست", "@=hichkas =nemidune|=nemidoone =kojast"},
		langUK: {"@=ніхто =не =знає =де =вона|=він"}, langRU: {"@=никто =не =знает =где =она|=он"},
	}},
	// the restraining order said to hold, but he is here ("das Kontaktverbot gilt, aber der ist da"): in the
	// order's sentence, the order is being broken and ends no danger
	{orderNoUseField, langCues{
		langNO: {"=men =han|=hun =er =her|=der"}, langSV: {"=men =han|=hon =ar =har|=dar"}, langDE: {"=aber =er|=der|=sie|=die =ist =da|=hier"},
		langPL: {"=ale =on|=ona =jest =tu|=tutaj"}, langRO: {"=dar =el|=ea =e|=este =aici"},
		langUK: {"=але =він|=вона =тут"}, langRU: {"=но =он|=она =здесь|=тут"},
	}},
	// the one feared is not here now ("Zaraz vin ne tut, ya prosto boiusia"): a fear of what may come, over
	// for now (only with a pronoun: a missing child is "not home")
	{"over", langCues{
		langNO: {"=han|=hun =er =ikke =her =na"}, langSV: {"=han|=hon =ar =inte =har =nu"}, langDE: {"=er|=sie =ist =jetzt|=gerade =nicht =hier|=da"},
		langPL: {"=teraz =go|=jej =tu|=tutaj =nie =ma"}, langUK: {"=zaraz =vin|=vona =ne =tut|=tutai", "=зараз =він|=вона =не =тут", "=зараз =його|=її =тут =немає|=нема"},
		langRU: {"=сейчас =его|=ее =здесь|=тут =нет", "=он|=она =сейчас =не =здесь|=тут", "=sejchas|=seichas =ego|=ee =tut|=zdes =net"},
	}},
	// staff called the writer's employer or workplace about the report ('!': the one told is named; '^':
	// only in a sentence that names staff); told the woman next door everything; "where is the privacy?"
	{"conduct", langCues{
		langNO: {"!^=ringte|=kontaktet =til ~=arbeidsgiveren|=arbeidsgiver|=sjefen|=jobben|=skolen", "=hvor =er =personvernet|=taushetsplikten"},
		langSV: {"!^=ringde|=kontaktade =till ~=arbetsgivaren|=arbetsgivare|=chefen|=jobbet|=skolan", "=var =ar =sekretessen|=integriteten"},
		langDE: {"!^=hat|=haben =meinen|=meine|=bei ~=arbeitgeber|=chef|=chefin|=arbeit ~=angerufen|=informiert|=kontaktiert", "=wo =bleibt|=ist =der|=die =datenschutz|=schweigepflicht|=diskretion"},
		langPL: {"!^=zadzwonil|=zadzwonila|=zadzwonili =do ~=pracodawcy|=szefa|=szefowej|=pracy", "=gdzie =jest =prywatnosc|=dyskrecja|=tajemnica"},
		langTR: {"!^=isverenimi|=patronumu|=isyerimi =aradi|=aramis|=aradilar", "=mahremiyet =nerede"},
		langRO: {"!^=a =sunat|=contactat ~=angajatorul|=seful|=sefa", "=unde =e|=este =confidentialitatea|=discretia"},
		langAR: {"!حكى|حكت|قال|قالت|خبر|خبرت لجارتي|لجارتنا|لجارنا|لجيرانا", "!=2al|=2alet|=7aka|=7akat|=khabbar =la =jarti|=jaretna|=jarna", "!وين|أين|اين|فين الخصوصيه", "!=wen|=fin =el =khososiye|=khususiyye"},
		langFA: {"!حریم خصوصی کجاست", "!^به کارفرمام|رئیسم زنگ زد|زنگ زدن"},
		langUK: {"!^=подзвонив|=подзвонила|=подзвонили ~=роботодавцю|=начальнику|=керівнику", "=де =конфіденційність|=приватність"},
		langRU: {"!^=позвонил|=позвонила|=позвонили ~=работодателю|=начальнику|=руководителю", "=где =конфиденциальность"},
	}},
	// a harassment reported and staff saying to take it as a compliment; "what did you do to make him
	// angry" (victim blaming; '^': only in a sentence that names staff)
	{"conduct", langCues{
		langNO: {"^=som =et =kompliment"}, langSV: {"^=som =en =komplimang"}, langDE: {"^=als =kompliment"}, langPL: {"^=jako =komplement"},
		langTR: {"^=iltifat =olarak"}, langRO: {"^=ca =pe =un =compliment"}, langAR: {"^كمجامله|كاطراء", "^=ka =mojamala|=mujamala"},
		langUK: {"^=як =комплімент"}, langRU: {"^=как =комплимент"},
	}},
}
