package classify

import "slices"

// Urgent recall from the eleventh blind set (session 7, issue 11, a tuning set since its blind
// measure): concepts its writers told danger by and no foreign list had, written by concept for every
// language the foreign lists read, never as one text's words. Danger cues first, then additions to the
// fields of recallMechanisms (someone missing, a child exposed), then two fields for a mechanism of its
// own (eleventhSetMechanisms):
//
//   - fumesField and symptomField: fumes from a stove, a heater or a grill (carbon monoxide) with a sign
//     of poisoning (headache, dizziness, vomiting) near it in its sentence, told now.
//   - balconyField: a child alone on a balcony, a window ledge or a roof — a child or kin word, a word of
//     being alone (exposedField) and the place in one sentence, the place told now.
const (
	fumesField   = "fumes"
	symptomField = "symptom"
	balconyField = "balcony"
)

var eleventhSetConcepts = []foreignConcept{
	// a farewell: apologising to everyone, "farewell, thanks for everything", forgive me all ('%':
	// thanks in the same text do not end it — a farewell thanks)
	{"danger", langCues{
		langNO: {"%=ber =alle =om =unnskyldning|=tilgivelse", "%=unnskyld =til =alle", "%=farvel =og =takk =for =alt", "%=tilgi =meg =alle"},
		langSV: {"%=ber =alla =om =forlatelse|=ursakt", "%=forlat =mig =alla", "%=hejda|=adjo =och =tack =for =allt", "%=farval =tack =for =allt"},
		langDE: {"%=entschuldigt =sich =bei =allen", "%=lebt|=lebe =wohl", "%=verzeiht =mir =alle", "%=vergebt =mir"},
		langPL: {"%=przeprasza|=przepraszam =wszystkich", "%=przeprasza =za =wszystko", "%=zegnaj|=zegnajcie", "%=wybaczcie =mi"},
		langTR: {"%=herkesten =ozur =diledi|=diliyor|=dilerim", "%=elveda", "%=hakkinizi =helal =edin", "%=hakkini =helal =et"},
		langRO: {"%=isi =cere =iertare =de =la =toti", "%=cere =iertare =tuturor", "%=iertati-ma =toti|=pe =toti", "%=adio =si =multumesc =pentru =tot"},
		langSO: {"%=iga =cafiya =dhammaan|=dhamaan", "%=nabadgelyo =weligiin"},
		langAR: {"%سامحوني", "%الوداع", "%وداعا", "%=sam7ouni|=sam7oni|=sami7ouni|=samhouni|=sam7uni", "%=wada3an"},
		langFA: {"%حلالم کنید", "%بدرود", "%=halalam =konid|=kon|=konin", "%=bedrood|=bedrud"},
		langUK: {"%=прощавай|=прощавайте|=прощай", "%=пробачте =мені =всі|=все", "%=вибачається =перед =усіма|=всіма"},
		langRU: {"%=прощай|=прощайте", "%=простите =меня =все", "%=извиняется =перед =всеми"},
	}},
	// someone in the water no longer swimming, going under ('@': "fell in" is told in the past, the
	// struggle is now)
	{"danger", langCues{
		langNO: {"@=svommer =ikke =ordentlig|=lenger|=mer", "@=gar =under =vann", "@=hodet =under =vann|=vannet"},
		langSV: {"@=simmar =inte =ordentligt|=langre|=mer", "@=gar =under =vatten|=ytan", "@=huvudet =under =vattnet|=ytan"},
		langDE: {"@=schwimmt =nicht =mehr|=richtig", "@=geht =unter", "@=kopf =unter =wasser"},
		langPL: {"@=nie =plynie|=plywa =juz|=dobrze", "@=juz =nie =plynie|=plywa", "@=idzie =pod =wode", "@=tonie"},
		langTR: {"@=yuzemiyor", "@=artik =yuzmuyor", "@=suya =batiyor", "@=boguluyor"},
		langRO: {"@=nu =mai =inoata", "@=nu =inoata =bine", "@=se =scufunda", "@=se =ineaca"},
		langSO: {"@=dabaalan =kari =maayo|=waayay", "@=biyaha =ku =qarqamaya|=hoos =u =dhacaya"},
		langAR: {"@ما عاد يسبح", "@عم يغرق", "@=ma =3ad =yesba7|=yisba7|=yesbah", "@=3am =yeghra2|=yighra2|=yegh2a"},
		langFA: {"@دیگه شنا نمیکنه", "@داره غرق میشه", "@=dige =shena =nemikone", "@=dare =gharq|=ghargh =mishe"},
		langUK: {"@=вже =не =пливе|=плаває", "@=не =може =випливти", "@=тоне|=тоне"},
		langRU: {"@=уже =не =плывет", "@=не =может =выплыть", "@=тонет"},
	}},
	// someone prising a door or window open, breaking in, told in the present
	{"danger", langCues{
		langNO: {"=bryter =opp =doren|=vinduet|=dora", "=prover =a =bryte =seg =inn|=opp", "=bryter =seg =inn"},
		langSV: {"=bander|=banda =upp", "=bryter =upp", "=forsoker =bryta =sig =in|=upp", "=bryter =sig =in"},
		langDE: {"=bricht =die =tur =auf", "=aufzubrechen|=aufzuhebeln", "=versucht =einzubrechen", "=bricht =gerade =ein", "=hebelt"},
		langPL: {"=wlamuje =sie", "=probuje =sie =wlamac", "=wywaza|=podwaza =drzwi|=okno"},
		langTR: {"=kapiyi =zorluyor|=kiriyor", "=iceri =girmeye =calisiyor|=calisiyorlar"},
		langRO: {"=forteaza =usa|=geamul|=fereastra", "=incearca =sa =intre|=sparga"},
		langSO: {"=albaabka =jabinaya|=jebinaya|=furaya", "=guriga =u =soo =dhacaya"},
		langAR: {"عم يكسر الباب", "عم يخلع الباب", "=3am =yeksor|=yiksar|=yekser|=ykhla3|=yekhla3 =el =bab|=elbab"},
		langFA: {"داره در رو میشکنه", "=dare =dar =ro =mishkane|=mishkoone", "=dare =dar =ro =baz =mikone"},
		langUK: {"=ламає|=виламує =двері|=вікно", "=намагається =вломитися|=залізти"},
		langRU: {"=ломает|=взламывает =дверь|=окно", "=пытается =вломиться|=залезть"},
	}},
	// over: a fire put out, a patient better now ("mår bättre nu")
	{"over", langCues{
		langNO: {"=er =slukket|=slokket", "=har =det =bedre", "=er =bedre =na"},
		langSV: {"=ar =slackt|=slackts", "=slacktes", "=mar =battre|=bra"},
		langDE: {"=ist =geloscht|=geloescht", "=feuer =ist =aus", "=geht =es =besser"},
		langPL: {"=ugaszony|=ugaszono|=ugasili", "=czuje =sie =lepiej"},
		langTR: {"=sonduruldu|=sondurdu", "=simdi =daha =iyi", "=daha =iyi =durumda"},
		langRO: {"=a =fost =stins|=stinsa", "=s-a =stins", "=se =simte =mai =bine"},
		langSO: {"=dabka =waa =la =damiyay|=bakhtiyay", "=wuu|=way =ka =soo =raynayaa"},
		langAR: {"انطفت", "طفوها", "=entafat|=tafouha|=tafuha", "صار احسن", "=sar|=sarit =a7san"},
		langFA: {"خاموش شد", "=khamoosh|=khamush =shod", "حالش بهتره", "=halesh|=halash =behtare|=behtareh|=behtar"},
		langUK: {"=загасили|=погасили", "=почувається =краще"},
		langRU: {"=потушили|=погасили", "=чувствует =себя =лучше"},
	}},
	// someone missing: gone since, not back, still not found (recallMechanisms: with a kin or child word)
	{missingField, langCues{
		langNO: {"=borte =siden", "=ikke =kommet =tilbake"},
		langSV: {"=borta =sedan", "=inte =kommit =tillbaka"},
		langDE: {"=immer =noch =weg", "=noch =nicht =zuruck|=zurueck", "=nicht =zuruckgekommen|=zurueckgekommen"},
		langPL: {"=nadal =go|=jej =nie =ma", "=wciaz =go|=jej =nie =ma", "=nadal|=wciaz|=jeszcze =nie =wrocil|=wrocila"},
		langTR: {"=hala =donmedi", "=hala =eve =gelmedi|=donmedi"},
		langRO: {"=inca =nu =s-a =intors|=intoarce", "=nu =a =mai =venit"},
		langSO: {"=weli =lama =helin", "=weli =ma =soo =laaban|=noqon"},
		langAR: {"لسا ما رجع", "لسا ما رجعت", "=lessa|=lissa|=lasa|=lesa =ma =rije3|=reje3|=rej3et|=rij3it"},
		langFA: {"هنوز برنگشته", "=hanooz|=hanuz =barnagashte"},
		langUK: {"=досі =не =повернувся|=повернулася"},
		langRU: {"=до =сих =пор =не =вернулся|=вернулась"},
	}},
	// the person missing: a grandparent or an old person with dementia
	{kinField, langCues{
		langNO: {"=demens|=dement|=alzheimer"}, langSV: {"=dement|=demens|=alzheimer"}, langDE: {"=dement|=demenz|=demenzkrank|=alzheimer"},
		langPL: {"=demencja|=demencje|=demencji|=alzheimer|=alzheimera"}, langTR: {"=demans|=alzheimer"}, langRO: {"=dementa|=alzheimer"},
		langSO: {"=xusuusta|=xasuusta =ka =jiran|=xanuunsan", "=aabahay|=ayeeyo|=awoowe"}, langAR: {"خرف", "زهايمر", "=alzheimer|=zheimer|=5arfan|=kharfan"},
		langFA: {"آلزایمر", "=alzaymer|=alzheimer"}, langUK: {"=деменція|=деменцію|=деменцією|=альцгеймер"}, langRU: {"=деменция|=деменцией|=альцгеймер"},
	}},
	// a small child (arabizi spellings the child field lacked)
	{childField, langCues{langAR: {"=3ayel|=3ayyel|=3eyel|=soghayar|=sghayar|=soghayyar"}}},
	// a balcony, a window ledge, a roof (eleventhSetMechanisms: a child alone there, told now)
	{balconyField, langCues{
		langNO: {"=balkongen|=vinduskarmen|=taket"}, langSV: {"=balkongen|=fonsterbradan|=taket"}, langDE: {"=balkon|=fensterbrett|=dach"},
		langPL: {"=balkonie|=parapecie|=dachu"}, langTR: {"=balkonda|=balkonun|=catida"}, langRO: {"=balcon|=pervaz|=acoperis"},
		langSO: {"=balakoonka|=daaqadda"}, langAR: {"البلكون", "البلكونه", "=balakona|=balkona|=balcon|=balkon|=balakone|=balakoon"},
		langFA: {"بالکن", "=balkon"}, langUK: {"=балконі|=підвіконні"}, langRU: {"=балконе|=подоконнике"},
	}},
	{fumesField, langCues{
		langNO: {"=ovnen|=vedovnen|=peisen|=kaminen|=grillen|=eksos|=kullos|=karbonmonoksid"},
		langSV: {"=kaminen|=spisen|=vedspisen|=grillen|=avgaser|=kolos|=koloxid"},
		langDE: {"=ofen|=kaminofen|=gasofen|=heizung|=grill|=abgase|=kohlenmonoxid"},
		langPL: {"=piec|=pieca|=piecyk|=piecyka|=grill|=spaliny|=czad|=czadu"},
		langTR: {"=soba|=sobadan|=sobanin|=mangal|=sofben|=karbonmonoksit"},
		langRO: {"=soba|=sobei|=gratarul|=monoxid", "=centrala =termica|=pe =gaz"}, // not "centrala" alone: also the dispatch centre
		langSO: {"=dhuxul|=dhuxusha|=dabka =guriga"},
		langAR: {"الصوبيا", "المدفأه", "الفحم", "=sobia|=sobya|=soba|=madfa2a|=fa7m"},
		langFA: {"بخاری", "منقل", "=bokhari|=manghal|=zoghal"},
		langUK: {"=піч|=печі|=грубка|=котел|=чадний|=чад|=угарний"},
		langRU: {"=печь|=печка|=печки|=котел|=угарный|=угар|=чад"},
	}},
	// signs of poisoning told in the present ("har hodepine", "spyr"), not "fikk hodepine", "spydde"
	{symptomField, langCues{
		langNO: {"=har =hodepine", "=er =svimle|=svimmel|=kvalme|=kvalm", "=kaster =opp", "=vondt =i =hodet", "=spyr"},
		langSV: {"=har =huvudvark", "=ar =yra|=yr|=illamaende", "=mar =illa", "=spyr|=kraks", "=ont =i =huvudet"},
		langDE: {"=haben|=habe|=hat =kopfschmerzen", "=ist =schwindlig|=ubel|=uebel|=schlecht", "=erbricht|=ubergibt|=uebergibt"},
		langPL: {"=boli =glowa|=glowy", "=boli =nas|=mnie =glowa", "=mam|=mamy|=ma =zawroty|=nudnosci|=mdlosci", "=wymiotuje|=wymiotuja"},
		langTR: {"=basim|=basimiz|=baslari|=basi =agriyor", "=kusuyor|=kusuyorlar", "=midem|=midesi =bulaniyor", "=basim =donuyor"},
		langRO: {"=doare =capul", "=ne|=ma|=il|=o =doare =capul", "=ametiti|=ametit|=ametita =suntem|=sunt|=este", "=vomita|=varsa", "=ne =e|=mi-e =greata|=rau"},
		langSO: {"=madax =xanuun", "=madaxa =i|=na =xanuunaya", "=matagaya|=lalabo|=dawakhsan"},
		langAR: {"وجع راس", "عم يستفرغ", "دايخ", "دايخين", "=waja3 =ras", "=dayekh|=day5|=daykhin", "=3am =yestafregh|=yesta2fregh"},
		langFA: {"سردرد داریم", "سرم گیج میره", "استفراغ میکنه", "=sardard =darim|=daram|=dare", "=saram =gij =mire", "=estefragh =mikone"},
		langUK: {"=болить =голова", "=нудить|=блює|=паморочиться"},
		langRU: {"=болит =голова", "=тошнит|=рвет|=кружится"},
	}},
}

// eleventhSetMechanisms adds the urgent evidence of fumes from a stove, a heater or a grill with a sign
// of poisoning near it in its sentence, and of a child alone on a balcony or a ledge (eleventhSetConcepts),
// told now: not negated, over, thanked for or in the past.
func eleventhSetMechanisms(ev *foreignEvidence, toks []token, ft foreignText, now, past []fhit, cats map[string][]fhit, findField func(string),
	told func(fhit) bool, reason func(string, ...any)) {
	if ev.urgent {
		return
	}
	found := func(h fhit, kind string) {
		ev.urgent = true
		ev.urgentAt = append(ev.urgentAt, [2]int{h.start, h.end})
		ev.recognised++
		ev.langs[h.lang] = true
		reason("%s: '%s' → urgent (%s)", h.lang, ft.words(h), kind)
	}
	inSent := func(hs []fhit, sent int) bool {
		return slices.ContainsFunc(hs, func(o fhit) bool { return toks[o.start].sent == sent })
	}
	findField(fumesField)
	if len(cats[fumesField]) > 0 {
		findField(symptomField)
		for _, f := range cats[fumesField] {
			sent := toks[f.start].sent
			if !told(f) || inSent(past, sent) && !inSent(now, sent) {
				continue // "Ovnen var kald og jeg fikk hodepine av ventingen": told of the past
			}
			for _, s := range cats[symptomField] {
				if toks[s.start].sent == sent && abs(s.start-f.start) <= 8 && told(s) {
					found(f, "fumes with a sign of poisoning, now")
					return
				}
			}
		}
	}
	if len(cats[childField])+len(cats[kinField]) == 0 {
		return
	}
	findField(balconyField)
	if len(cats[balconyField]) == 0 {
		return
	}
	findField(exposedField)
	for _, h := range cats[balconyField] {
		sent := toks[h.start].sent
		if told(h) && (inSent(cats[childField], sent) || inSent(cats[kinField], sent)) && inSent(cats[exposedField], sent) {
			found(h, "a child alone on a balcony or a ledge, now")
			return
		}
	}
}
