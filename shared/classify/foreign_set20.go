package classify

// Urgent recall and precision and conduct from the twentieth blind set (session 10's third round, cls-18u,
// issue 11; a tuning set since its blind measure, recorded in doc_intro.md): the concepts its urgent
// misses, false alarm and conduct misses told that no list had, written for every language the foreign
// lists read, never as one text's words; pinned with their counterparts in set20_test.go. The Danish and
// English side of each concept is in lexicon.go.

var setTwentyConcepts = []foreignConcept{
	// a drunk driver driving now with someone in the car ('&': only with a word of now in its sentence;
	// "drove drunk last year" is the past)
	{"danger", langCues{
		langNO: {"&=full|=beruset ~=kjorer"}, langSV: {"&=full|=berusad|=packad ~=kor"}, langDE: {"&=betrunken ~=fahrt"},
		langPL: {"&=pijany|=pijana ~=jedzie|=prowadzi"}, langTR: {"&=sarhos ~=araba =kullaniyor|=suruyor"},
		langRO: {"&=beat|=beata|=baut|=bauta ~=conduce"}, langSO: {"&=sakhraan ~=wadaa|=wado|=wadaya"},
		langAR: {"&سكران|سكرانه ~بيسوق|يسوق|عم يسوق", "&=sakran|=sakrana|=sekran|=sekrana ~=bisou2|=ysou2|=kaysoug|=katsoug|=kaysou9|=katsou9"},
		langFA: {"&مست ~رانندگی میکنه|داره رانندگی", "&=mast ~=ranandegi =mikone"},
		langUK: {"&=п'яний|=п'яна|=пʼяний|=пʼяна ~=їде|=кермом"}, langRU: {"&=пьяный|=пьяная ~=едет|=рулем|=рулём"},
	}},
	// a child lost now, in Maghrebi Arabic ("wldi tlef", "bnti tlfat"; the Levantine "ضاع" was read), and
	// "search with us" asked for now
	{"danger", langCues{langAR: {
		"@=wldi|=weldi|=wlidi|=bnti|=benti|=bniti|=ibni|=binti ~=tlef|=tlfat|=tlfet|=telfet|=tlef-li|=dayya3",
		"@ولدي|بنتي ~تلف|تلفت|ضاع|ضاعت", "@=y9elleb|=i9elleb|=y9ellbo|=i9ellbo|=n9elbo|=nqelbo|=yqelleb ~=m3ana|=m3ah|=3lih|=3liha",
	}}},
	// tried to break in, told in the perfect or past ("nån försökt bryta sig in i bilen"): the past
	// ("försöker bryta sig in" is the present, read as danger)
	{"past", langCues{langSV: {"=forsokt|=forsokte"}, langNO: {"=forsokt|=forsokte"}}},
	// staff named the writer to the one reported ("nevnt navnet mitt"): a breach of confidentiality
	// ('!': the one told is named; '^': only in a sentence that names staff)
	{"conduct", langCues{
		langNO: {"!^=nevnt|=nevnte|=oppgitt|=oppga|=sa =navnet =mitt"}, langSV: {"!^=namnt|=namnde|=uppgett|=uppgav|=sa =mitt =namn"},
		langDE: {"!^=meinen =namen =genannt|=gesagt|=verraten|=weitergegeben", "!^=nannte|=verriet =meinen =namen"},
		langPL: {"!^=podal|=podala|=wymienil|=wymienila|=zdradzil|=zdradzila =moje =nazwisko|=imie"},
		langRO: {"!^=a =spus|=dat|=dezvaluit =numele =meu"}, langSO: {"!^=magacayga =u =sheegay|=sheegtay|=siiyay"},
		langAR: {"!^قالوا|قال|قالت|عطاه|عطوه|اعطاه اسمي", "!^=2alo|=2al|=2alet|=3ata|=3atoh =esmi|=ismi"},
		langFA: {"!^اسممو|اسمم رو گفت|گفتن|گفته|داد", "!^=esmamo|=esmam =goft|=goftan|=gofte|=dad"},
		langUK: {"!^=назвав|=назвала|=повідомив|=повідомила =моє ~=прізвище|=ім'я|=ім’я"},
		langRU: {"!^=назвал|=назвала|=сообщил|=сообщила =мое|=моё ~=имя|=фамилию"},
	}},
	// staff told the husband or wife what the writer reported (the breach list named brothers, neighbours,
	// employers; '!': the one told is named). The Polish husband wants "everything" or "what" (sets 15–17: "told
	// the husband to come" is no breach); here "everything" before him
	{"conduct", langCues{
		langTR: {"!=kocama|=karima|=babama|=anneme|=ablama|=agabeyime =anlatti|=soyledi|=anlatmis|=soylemis"},
		langPL: {"!=powiedzial|=powiedziala|=powiedzieli|=przekazal|=przekazala =wszystko ~=mezowi|=zonie|=bylemu|=partnerowi"},
		langRO: {"!=a =spus|=zis|=povestit =sotului|=sotiei|=sotului =meu"}, langSO: {"!=u =sheegay|=sheegtay =ninkayga|=seygayga|=xaaskayga"},
		langAR: {"!حكى|حكت|قال|قالت|خبر|خبرت لزوجتي|لمرتي", "!=2al|=2alet|=7aka|=7akat|=khabbar =la =mrati|=zawjti|=jozi"},
		langFA: {"!به شوهرم|همسرم گفت|گفته|گفتن", "!=be =shoharam|=hamsaram =goft|=gofte|=goftan"},
		langUK: {"!=розповів|=розповіла|=сказав|=сказала|=повідомив|=повідомила =моєму|=моїй =чоловікові|=чоловіку|=дружині"},
		langRU: {"!=рассказал|=рассказала|=сказал|=сказала|=сообщил|=сообщила =моему|=моей =мужу|=жене"},
	}},
	// "learn Danish first, then call": a remark on who the writer is, conduct with staff as its speaker
	// (remarkField; the Turkish "danca öğren" was read)
	{remarkField, langCues{
		langNO: {"=laer =deg|=dere =dansk|=norsk"}, langSV: {"=lar =dig|=er =danska|=svenska"}, langDE: {"=lernen =sie|=lern|=lernt ~=danisch|=deutsch"},
		langPL: {"=naucz|=nauczcie ~=po =dunsku", "=naucz|=nauczcie ~=dunskiego"}, langRO: {"=invata|=invatati ~=daneza|=romaneste"},
		langSO: {"=baro|=barta ~=af-deenishka|=deenishka|=deenish"}, langAR: {"اتعلم|تعلم|تعلمي ~دنماركي|الدنماركي|الدنماركيه", "=t3allam|=et3allam|=ta3allam|=t3alam ~=danmarki|=dansk"},
		langFA: {"یاد بگیر ~دانمارکی", "=yad =begir|=begirid ~=danmarki"},
		langUK: {"=навчіться|=навчись|=вивчіть|=вивчи ~=данську|=данською|=данськи"},
		langRU: {"=научитесь|=научись|=выучите|=выучи ~=датски|=датский|=датскому"},
	}},
}
