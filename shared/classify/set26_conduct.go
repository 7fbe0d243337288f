package classify

import "slices"

// Conduct recall from the twenty-eighth set (session 12, cls-26c, blind_multilingual26; a tuning set):
// the concepts behind its missed conduct texts, written for every language the foreign lists read,
// never as one text's words; pinned with their counterparts in set26_conduct_test.go. The Danish and
// English side of each concept is in lexicon.go (the block marked "session 12").
//
//   - disclosure to the family or the workplace: staff told the writer's mother, father, parents, uncle,
//     aunt, sister or in-laws, or the employer, the workplace or HR, what the writer had reported ('!':
//     the one told is named; the writer telling them is the writer's own doing);
//   - the writer's name given away: staff mentioned or gave the writer's name to someone ('!^': in a
//     sentence that names staff);
//   - someone close knew that the writer had called: the neighbour, the family, the boss knew the next
//     day ('!': the knower is named, not staff; "I knew that I …" is the writer);
//   - remarks on religion and sex put to the writer (remarkField, counted with staff as the speaker):
//     "your religion", "you are a woman", "you (people) are used to …";
//   - the writer called drunk: staff saying or asking that the writer is drunk (remarkField);
//   - the writer's property doubted: asked whether the car is "really mine" (remarkField);
//   - mocking: the writer's words repeated in their accent, laughing in a sentence that names staff, and
//     mockery named (Arabic "istihza'");
//   - treated otherwise than a man or a Dane would be: "he would not have talked like that to my husband".
var setTwentySixConductConcepts = []foreignConcept{
	// disclosure to the family or the workplace
	{"conduct", langCues{
		langNO: {"!=fortalte ~=moren|=mora|=mamma|=faren|=pappa|=foreldrene|=onkelen|=onkel|=tanten|=tanta|=sosteren|=fetteren|=kusinen|=svigermor|=svigerfar|=svigerforeldrene|=jobben|=arbeidsplassen|=personalavdelingen"},
		langSV: {"!=berattade|=sade ~=mamma|=pappa|=foraldrarna|=foraldrar|=farbror|=morbror|=faster|=moster|=syster|=kusin|=svarmor|=svarfar|=jobbet|=arbetsplatsen|=personalavdelningen"},
		langDE: {"!=erzahlte|=sagte|=verriet|=erzahlt|=gesagt|=verraten ~=meiner|=meinem|=meinen =mutter|=vater|=eltern|=onkel|=tante|=schwester|=cousine|=cousin|=schwiegermutter|=schwiegereltern|=arbeitgeber|=personalabteilung",
			"!=meiner|=meinem|=meinen =mutter|=vater|=eltern|=onkel|=tante|=schwester|=schwiegermutter|=schwiegereltern|=personalabteilung ~=erzahlt|=gesagt|=verraten|=weitererzahlt"},
		langPL: {"!=powiedzial|=powiedziala|=przekazal|=przekazala|=zdradzil|=zdradzila|=opowiedzial|=opowiedziala ~=mamie|=matce|=tacie|=ojcu|=rodzicom|=wujkowi|=cioci|=siostrze|=kuzynowi|=kuzynce|=tesciowej|=tesciom|=kadrom"},
		langTR: {"!=anneme|=babama|=annemlere|=amcama|=dayima|=teyzeme|=halama|=ablama|=kayinvalideme|=isyerime|=patronuma ~=anlatti|=soyledi|=anlatmis|=soylemis|=haber", "!=is =yerime ~=anlatti|=soyledi|=anlatmis|=soylemis"},
		langRO: {"!=a =spus|=zis|=povestit ~=mamei|=mamii|=tatalui|=parintilor|=unchiului|=matusii|=surorii|=verisorului|=verisoarei|=soacrei|=angajatorului", "!=i-a|=le-a =spus|=povestit =tot =ce"},
		langSO: {"!=u =sheegay|=sheegtay ~=hooyaday|=aabahay|=waalidkay|=waalidiintay|=adeerkay|=abtigay|=eeddaday|=habaryartay|=walaashay|=shaqadayda"},
		langAR: {"!حكى|حكت|حكالها|حكاله|قال|قالت|خبر|خبرت|اخبر|اخبرت لامي|لماما|لابوي|لبابا|لابي|لاهلي|لعمي|لخالي|لعمتي|لخالتي|لاختي|لحماتي|لحماي",
			"!=2al|=2alo|=2alet|=7aka|=7akat|=a5bar|=khabbar =la2emmi|=lemmi|=lmama|=labuya|=lbaba|=la3ammi|=l3ammi|=la5ali|=lkhali|=la5ti|=lokhti|=la2ahli|=lahli"},
		langFA: {"!به مادرم|پدرم|عموم|داییم|خالم|خواهرم|خانوادم|همسرم گفت|گفته|گفتن|گفتند", "!=be =madaram|=pedaram|=amoom|=amum|=daeim|=dayim|=khalam|=khaharam|=khanevadam ~=goft|=gofte|=goftan"},
		langUK: {"!=розповів|=розповіла|=сказав|=сказала|=повідомив|=повідомила ~=мамі|=матері|=батькові|=татові|=батькам|=дядькові|=тітці|=сестрі|=роботодавцю",
			"!=rozpoviv|=rozpovila|=skazav|=skazala ~=mami|=materi|=batkam|=bat'kam|=tatovi|=dyadkovi|=dyad'kovi|=titsi|=sestri"},
		langRU: {"!=рассказал|=рассказала|=сказал|=сказала|=сообщил|=сообщила ~=маме|=матери|=отцу|=папе|=родителям|=дяде|=тёте|=тете|=сестре|=работодателю|=начальнику",
			"!=rasskazal|=rasskazala|=skazal|=skazala ~=mame|=materi|=ottsu|=pape|=roditelyam|=dyade|=tete|=sestre"},
	}},
	// the writer's name given away by staff
	{"conduct", langCues{
		langNO: {"!^=nevnte|=ga|=gav|=oppga =navnet =mitt"},
		langSV: {"!^=namnde|=gav|=uppgav =mitt =namn"},
		langDE: {"!^=nannte|=verriet|=gab ~=meinen =namen", "!^=meinen =namen ~=genannt|=verraten|=gegeben|=weitergegeben"},
		langPL: {"!^=podal|=podala|=zdradzil|=zdradzila|=wymienil|=wymienila|=powiedzial|=powiedziala ~=moje =nazwisko|=imie"},
		langTR: {"!^=adimi|=ismimi ~=verdi|=soyledi|=vermis|=soylemis|=sizdirdi"},
		langRO: {"!^=i-a|=le-a =dat|=spus =numele =meu"},
		langSO: {"!^=magacayga ~=u =sheegay|=sheegtay|=siiyay|=siisay"},
		langAR: {"!^ذكر|ذكرت|قال|قالت|عطى|عطت|اعطى له|لها|لهم|الهم|اله اسمي", "!^=zakar|=2al|=2alo|=2alet|=a3ta ~=esmi|=ismi|=esmy"},
		langFA: {"!^اسممو|اسمم ~گفت|گفته|داد|داده", "!^=esmamo|=esmam ~=goft|=gofte|=dad|=dade"},
		langUK: {"!^=назвав|=назвала|=сказав|=сказала|=дав|=дала|=повідомив|=повідомила ~=моє =ім'я|=прізвище"},
		langRU: {"!^=назвал|=назвала|=сказал|=сказала|=дал|=дала|=сообщил|=сообщила ~=моё|=мое|=мою =имя|=фамилию"},
	}},
	// someone close knew that the writer had called
	{"conduct", langCues{
		langNO: {"!=visste|=vet =at ~=ringt|=ringte|=anmeldt|=anmeldte"},
		langSV: {"!=visste|=vet =att ~=ringt|=ringde|=anmalt|=anmalde"},
		langDE: {"!=wusste|=wussten|=weiss|=wissen =dass ~=angerufen|=gerufen|=angezeigt|=gemeldet"},
		langPL: {"!=wiedzial|=wiedziala|=wiedzieli|=wie|=wiedza =ze ~=dzwonilam|=dzwonilem|=zadzwonilam|=zadzwonilem|=zglosilam|=zglosilem"},
		langTR: {"!=aradigimi|=ettigimi ~=biliyordu|=biliyor|=biliyorlardi|=ogrenmis|=duymus"},
		langRO: {"!=stia|=stie|=stiau|=aflase|=aflasera =ca ~=am =sunat|=reclamat|=anuntat"},
		langSO: {"!=ogaa|=ogyahay|=ogaaday|=ogaatay|=ogyihiin ~=inaan ~=wacay"},
		langAR: {"!عرف|عرفت|عرفوا|بيعرف|بتعرف|بيعرفوا ~اني|انني|انو|انه ~اتصلت|بلغت|اشتكيت", "!=3eref|=3erfet|=3erfo|=bya3ref|=bte3ref ~=enni|=eni|=inni|=enno ~=ettasalt|=etasalt|=ballaght|=ballaght"},
		langFA: {"!میدونست|میدانست|فهمید|فهمیده|فهمیدن ~که ~زنگ|گزارش ~زدم|دادم", "!=midoonest|=midunest|=fahmid|=fahmide|=fahmidan ~=ke ~=zang|=gozaresh ~=zadam|=dadam"},
		langUK: {"!=знав|=знала|=знали|=знає|=дізнався|=дізналася|=дізналися ~=що =я ~=дзвонила|=дзвонив|=подзвонила|=подзвонив|=заявила|=поскаржилася"},
		langRU: {"!=знал|=знала|=знали|=знает|=узнал|=узнала|=узнали ~=что =я ~=звонила|=звонил|=позвонила|=позвонил|=заявила|=пожаловалась"},
	}},
	// remarks on religion and sex put to the writer; "you (people) are used to …"
	{remarkField, langCues{
		langNO: {"=din =religion|=tro", "=du =er =jo|=bare =kvinne|=dame|=jente", "=dere =er =jo|=vel =vant =til"},
		langSV: {"=din =religion|=tro", "=du =ar =ju|=bara =kvinna|=tjej", "=ni =ar =ju|=val =vana =vid"},
		langDE: {"=deine|=ihre|=deiner|=ihrer|=deinem|=ihrem =religion|=glaube|=glauben", "=sie =sind|=du =bist =ja|=doch|=nur =eine =frau", "=ihr =seid|=sie =sind =das|=es =ja|=doch =gewohnt"},
		langPL: {"=twoja|=pani =religia|=wiara", "=religia =pani|=pozwala", "=jest =pani|=jestes =tylko =kobieta", "=jest =pani|=jestes =kobieta", "=wy =jestescie =przyzwyczajeni|=przyzwyczajone|=do"},
		langTR: {"=dinin|=dininiz", "=sen =kadinsin", "=kadinsin|=kadinsiniz =sonucta|=zaten", "=siz =alisiksiniz", "=alisiksinizdir"},
		langRO: {"=religia =ta|=dumneavoastra", "=esti|=sunteti =doar =femeie", "=esti|=sunteti =femeie", "=voi =sunteti =obisnuiti|=obisnuite"},
		langSO: {"=diintaadu|=diintaada|=diintiina|=diintiinu", "=waxaad =tahay =haweeney|=naag|=gabar", "=adigu =waxaad =tahay =naag"},
		langAR: {"دينك|دينكم", "=dinek|=dinik|=dinak|=deenek|=dinkon|=dinkom", "انتي مره|امراه|بنت", "=enti|=inti|=anti =mara|=mra|=emra2a|=imra2a|=bint", "انتو|انتم|انتوا متعودين", "=intu|=entu|=into =mit3awwdin|=met3awwdin|=mit3awdin|=met3awdin"},
		langFA: {"دینت|دينت|دینتون|مذهبت", "=dinet|=dinetoon|=mazhabet", "=to =zani", "=zan =hasti", "تو زنی", "شما عادت دارین|دارید", "=shoma =adat =darin|=darid"},
		langUK: {"=ваша|=твоя =релігія|=віра", "=вашої|=твоєї =релігії", "=ти|=ви =ж =жінка", "=ти|=ви =жінка", "=ви =ж =звикли", "=ви =звикли"},
		langRU: {"=ваша|=твоя =религия|=вера", "=вашей|=твоей =религии", "=ты|=вы =же =женщина", "=ты|=вы =женщина", "=вы =же =привыкли", "=вы =привыкли"},
	}},
	// the writer called drunk by staff (said or asked): the first person in the clause, so "he said the
	// neighbour was drunk" is no remark; asking whether the writer had been drinking is routine (after a
	// road accident), not a remark: only the word "drunk"
	{remarkField, langCues{
		langNO: {"=spurte|=mente|=trodde =at|=om =jeg ~=full|=beruset|=drukken", "=sa +=at +=jeg ~=full|=beruset|=drukken"},
		langSV: {"=fragade|=trodde|=sade =att|=om =jag ~=full|=berusad|=packad", "=sa +=att +=jag ~=full|=berusad|=packad"},
		langDE: {"=sagte|=fragte|=meinte|=gefragt|=gesagt =ob|=dass =ich ~=betrunken|=besoffen|=blau"},
		langPL: {"=powiedzial|=powiedziala|=zapytal|=zapytala|=pytal|=pytala|=stwierdzil|=stwierdzila ~=pijana|=pijany"},
		langTR: {"=sarhos =musun|=musunuz|=oldugumu|=oldugumu", "=sarhossun|=sarhossunuz"},
		langRO: {"=ca|=daca =sunt|=eram|=as =fi ~=beat|=beata|=matol|=mahmur"},
		langSO: {"=waad =sakhraansan|=sakhraan|=sakhran =tahay"},
		langAR: {"انك|انتي|انت سكرانه|سكران", "=enti|=inti|=enta|=inta|=ennik|=ennek =sakrane|=sakrana|=sakran"},
		langFA: {"=to =masti", "=mast =hasti", "مست هستی"},
		langUK: {"=що =я ~=п'яна|=п'яний", "=shcho|=scho|=shho|=sho =ya ~=p'yana|=pyana|=p'yanyi|=pyanyi"},
		langRU: {"=что =я ~=пьяная|=пьяна|=пьяный|=пьян", "=chto =ya ~=pyanaya|=pyana|=p'yanaya|=p'yana"},
	}},
	// the writer's property doubted: "whether the car is really mine"
	{remarkField, langCues{
		langNO: {"=virkelig =var|=er =min|=mitt|=mine|=din|=ditt"},
		langSV: {"=verkligen =var|=ar =min|=mitt|=mina|=din|=ditt"},
		langDE: {"=wirklich =mir|=ihnen|=dir =gehort|=gehorte", "=wirklich =meins|=meiner|=ihrer|=deins|=deiner"},
		langPL: {"=naprawde =moj|=moja|=moje|=pani|=twoj|=twoja|=twoje"},
		langTR: {"=gercekten =benim|=senin|=sizin"},
		langRO: {"=chiar =a|=al =mea|=meu|=ta|=tau|=dumneavoastra"},
		langSO: {"=runtii =adiga|=aniga =leh|=leedahay"},
		langAR: {"فعلا الك|الك|حقك|الي|حقي", "=fe3lan|=3anjad|=3njad =2elak|=elak|=elik|=ilak|=7a2ak|=7a2ek|=2ili|=ili"},
		langFA: {"=vaghean|=vaqean|=vaghan =male =khodete|=khodet|=khodame|=toe", "واقعا مال خودته|خودمه|توئه"},
		langUK: {"=справді|=дійсно =ваша|=твоя|=ваш|=твій|=моя|=мій"},
		langRU: {"=действительно|=правда =ваша|=твоя|=ваш|=твой|=моя|=мой"},
	}},
	// mocking: the writer's words repeated in their accent, laughing in a sentence that names staff,
	// mockery named ('^': only in a sentence that names staff)
	{"conduct", langCues{
		langNO: {"^=hermet|=hermer =etter", "^=gjentok =ordene =mine ~=lo|=flirte"},
		langSV: {"^=harmade|=harmar", "^=upprepade =mina =ord ~=skrattade|=flinade"},
		langDE: {"^=wiederholte =meine =worte ~=lachte|=akzent", "^=meine =worte =nachgeahmt|=nachgemacht|=nachgeafft"},
		langPL: {"^=powtarzal|=powtarzala =moje =slowa ~=smial|=smiala|=akcentem"},
		langTR: {"^=taklit =etti|=ediyordu|=yapti|=yapiyordu", "^=sozlerimi =tekrarlayip|=tekrarladi ~=guldu|=gulerek"},
		langRO: {"^=m-a =imitat|=maimutarit", "^=imita|=imitat =accentul"},
		langSO: {"^=igu =jees =jeesay|=jeeseen", "^=igu =jeesjeesay|=jeesjeeseen"},
		langAR: {"^بلكنتي|بلهجتي", "^يعيد|بيعيد|يكرر|بيكرر|عاد|كرر كلماتي|كلامي", "^يضحك|بيضحك|تضحك|بتضحك", "استهزاء|استهزا|يستهزئ|بيستهزئ|استهزاء",
			"=este7za2|=isti7za2|=este7za|=estehza2|=istihza2|=estehza", "^=bi|=b|=bel =lahjti|=la7jti|=lahjeti|=la7jeti", "^=y3id|=bi3id|=ye3id|=yekarrar|=bikarrer =kalami|=klami|=kalimati", "^=da7ak|=de7ek|=da7aket|=d7ek|=dahak"},
		langFA: {"^=adamo|=adaye =mano =dar =avord|=daravord|=miavord", "^ادامو|ادای درآورد|درمیاورد"},
		langUK: {"^=повторював|=повторювала =мої =слова ~=сміявся|=сміялася|=акцентом"},
		langRU: {"^=повторял|=повторяла =мои =слова ~=смеялся|=смеялась|=акцентом"},
	}},
	// treated otherwise than a man or a Dane would be: "he would not have talked like that to my husband"
	{"conduct", langCues{
		langNO: {"!=til|=med =en|=mannen =mann|=min|=nordmann|=danske ~=ville|=hadde =han|=hun =aldri|=ikke"},
		langSV: {"!=till|=med =en|=min =man|=svensk|=dansk ~=skulle|=hade =han|=hon =aldrig|=inte"},
		langDE: {"!=mit|=zu =einem|=meinem =mann|=danen|=deutschen ~=hatte|=wurde =er|=sie ~=so =nicht|=nie|=geredet|=gesprochen|=behandelt"},
		langPL: {"!=do|=z =mezczyzny|=meza|=mezczyzna|=mezem|=dunczyka|=dunczykiem ~=by =tak =nie|=nigdy"},
		langTR: {"!=bir =erkege|=esime|=danimarkaliya|=erkekle ~=boyle =konusmazdi|=davranmazdi"},
		langRO: {"!=cu =un =barbat|=danez ~=n-ar =fi", "!=cu =un =barbat|=danez ~=nu =ar =fi"},
		langUK: {"!=з =чоловіком|=данцем ~=так|=би =так|=би =не"},
		langRU: {"!=с =мужчиной|=мужем|=датчанином ~=так|=бы =так|=бы =не"},
	}},
	// blaming the victim of a sexual assault: asked what the writer was wearing (remarkField)
	{remarkField, langCues{
		langNO: {"=hva =jeg =hadde =pa =meg"}, langSV: {"=vad =jag =hade =pa =mig"},
		langDE: {"=was =ich =anhatte|=anhabe|=getragen|=trug"}, langPL: {"=co =mialam|=mialas =na =sobie"},
		langTR: {"=ne =giydigimi|=giydiginizi|=giymistim|=giymistin"}, langRO: {"=ce =purtam|=purtai|=aveam|=aveai =pe =mine|=tine", "=cu =ce =eram =imbracata"},
		langSO: {"=maxaad|=maxaan =xirnayd|=xirnaa|=xidhnayd|=xidhnaa"},
		langAR: {"شو|ايش|شنو كنت|كنتي لابسه|لابس", "=shu|=sho|=eish|=shou =kent|=kunti|=konti|=kenti =labse|=labsa|=labseh"},
		langFA: {"چی پوشیده|پوشیدی بودی|بودم", "=chi =pooshide|=pushide|=pooshidi =boodi|=budi|=boodam|=budam"},
		langUK: {"=що =на =мені|=вас|=тобі =було", "=у|=в =що =я =була =одягнена|=вдягнена"},
		langRU: {"=что =на =мне|=вас|=тебе =было", "=во =что =я =была =одета"},
	}},
	// said verbs and staff words the lists lacked (Somali "weydiiyay", the Romanian and Latin Ukrainian
	// forms of the operator, the Somali soldier-officer and "your staff")
	{saidField, langCues{langSO: {"=weydiiyay|=weydiiyeen|=weydiisay"}}},
	{"staff", langCues{
		langRO: {"operatoare", "=polițistul|=politistul"},
		langSO: {"askari", "shaqaalahiin", "shaqaalaha"},
		langUK: {"operatork"}, langRU: {"operatorsh"},
	}},
}

// apologyOnly: the writer apologises ("undskyld til jer", "sorry"), no sentence names staff and no word
// of the lists hints at conduct: what the text tells is the writer's own doing ("jeg var lige ved at
// slå min lillebror ihjel da han fortalte han havde ringet 112 for sjov … undskyld til jer"), and the
// conduct model's weight on verbs of telling and on anger is not staff's (read.go). An apology beside
// staff named in another sentence, or beside a conduct word, leaves the model as it was.
func (e *evidence) apologyOnly() bool {
	if e.conductHint {
		return false
	}
	var sorrySent []int
	for i, x := range e.toks {
		switch x.key {
		case "undskyld", "sorry", "sry", "soz", "apologise", "apologize", "apologies", "unnskyld", "ursakta":
		default:
			continue
		}
		// "så sagde hun 'undskyld, men det er lidt sjovt'": staff's apology, quoted after a verb of saying
		quoted := false
		for p := i - 1; p >= 0 && p >= i-3 && e.toks[p].sent == x.sent; p-- {
			quoted = quoted || saidOnTheCall(e.toks[p].key) || e.toks[p].key == "siger" || e.toks[p].key == "says"
		}
		if !quoted {
			sorrySent = append(sorrySent, x.sent)
		}
	}
	// staff named only where the apology is made to them ("undskyld til jer") is no staff in the story
	return len(sorrySent) > 0 && !slices.ContainsFunc(e.staffSent, func(s int) bool { return !slices.Contains(sorrySent, s) })
}

// hungUpAfterBarrier: a hang-up told after an accessibility barrier in its own sentence ("I dont speak
// danish good and the call taker hang up on me", "ما فهمت علي لأن دنماركيتي مو منيحة، وسكّرت الخط
// بوجهي"): the call ended on the barrier, an accessibility complaint, not staff's manner. A hang-up
// told first and explained after it ("hung up on me because my danish was not good") stays conduct, and
// so does every other conduct cue of the text. A language named counts as the barrier only negated.
func (rd *reading) hungUpAfterBarrier(h hit) bool {
	sent := rd.toks[h.start].sent
	return slices.ContainsFunc(rd.hits, func(b hit) bool {
		if b.rule.kind != kCategory || b.end >= h.start || rd.toks[b.start].sent != sent {
			return false
		}
		c := categoryCues[b.rule.cue]
		if c.cat != acc || c.w <= 0 || !slices.Contains(rd.catAt[acc], b.start) {
			return false
		}
		// the barrier is a lack ("I dont speak danish", "they couldn't understand me", "no interpreter"):
		// "the man say polish people always make problem and hang up on me" names the writer's origin, and
		// "I have a stammer and the call handler … hung up on me" a disability: the hang-up is staff's
		_, neg := rd.e.negation(b, false)
		return neg
	})
}

// hungUpAfterBarrierForeign is hungUpAfterBarrier for the foreign lists: the conduct cue h tells a
// hang-up (hung) and an accessibility cue told as a lack ends before it in its sentence.
func hungUpAfterBarrierForeign(toks []token, keys []string, h fhit, hung, access, neg []fhit) bool {
	if !slices.ContainsFunc(hung, func(o fhit) bool { return o.start <= h.end && o.end >= h.start }) {
		return false
	}
	sent := toks[h.start].sent
	return slices.ContainsFunc(access, func(a fhit) bool {
		if a.end >= h.start || toks[a.start].sent != sent {
			return false
		}
		// a lack, its negation in its own words or right before it ("nie mówię po duńsku", "ما فهمت",
		// "danca bilmiyorum"); a disability or a language named is not the barrier the call ended on
		return slices.ContainsFunc(neg, func(n fhit) bool { return n.start >= a.start-2 && n.start <= a.end }) ||
			a.lang == "tr" && slices.ContainsFunc(keys[a.start:a.end+1], turkishNegativeVerb)
	})
}
