package classify

import (
	"slices"
	"sync"
)

// Concept tables for the foreign lists: one concept, every language side by side, so a concept added
// for one language is written for all (DOMAIN.md's categories and flags, not any one text). They are
// merged into foreignLexicons before compiling; the syntax is the lists' own (foreign_lexicon.go).

type foreignConcept struct {
	field string // danger, help, conduct, over, past, now, third, staff, or a category
	cues  map[string][]string
}

// awaitedField holds the "help not come yet" concept among the categories of a compiled list; it scores
// no category.
const awaitedField = "awaited"

// toldToWaitField holds session 6's "told to call (again) if it happens or if they come, or just to wait":
// a brush-off (it scores not_taken_seriously), but told mostly by writers under a threat the lists may
// not read, so it neither makes the text read for the 112 recall net nor recognised for routing.
const toldToWaitField = "toldToWait"

// idiomField holds the "almost / I thought I'd" markers of a figure of speech among the categories; it
// scores no category.
const idiomField = "idiom"

// sorryField holds an apology among the categories; it scores no category. A conduct cue whose nearest
// person before it in its sentence is the writer (selfWords; he, she or they are pronounWords), in a
// text that thanks or apologises, is the writer's own rudeness ("byłem niegrzeczny …, ale pan był
// spokojny. Dziękuję i przepraszam"), not staff conduct.
const sorryField = "sorry"

// selfWords and pronounWords are single words, compared folded in the list's language only in the few
// words before a conduct cue of a text that thanks or apologises (never indexed: they are common words).
var selfWords = map[string][]string{
	"no": {"jeg", "eg"}, "sv": {"jag"}, "de": {"ich"}, "pl": {"ja", "byłem", "byłam", "przyznaję"},
	"tr": {"ben"}, "ro": {"eu", "am", "recunosc"}, "so": {"aniga", "anigu", "waan"},
	"ar": {"انا", "أنا", "ana", "kont", "kunt", "كنت"}, "fa": {"من", "man", "boodam", "بودم"},
	"uk": {"я", "ya", "був", "була"}, "ru": {"я", "ya", "был", "была"},
}

var pronounWords = map[string][]string{
	"no": {"han", "hun", "de", "dere", "du"}, "sv": {"han", "hon", "de", "ni", "du"}, "de": {"er", "sie", "du"},
	"pl": {"on", "ona", "oni", "pan", "pani"}, "tr": {"o", "onlar", "sen", "siz"}, "ro": {"el", "ea", "ei", "dumneavoastra"},
	"so": {"isaga", "iyada", "iyaga"}, "ar": {"هو", "هي", "هم", "howa", "huwa", "hiya", "heya", "homa"},
	"fa": {"او", "اونا", "oo", "oon", "una"}, "uk": {"він", "вона", "вони", "vin", "vona"}, "ru": {"он", "она", "они", "on", "ona", "oni"},
}

var (
	personWordsOnce     sync.Once
	selfSet, pronounSet map[string]map[string]bool
)

// personWords returns selfWords and pronounWords folded per language, built on first use.
func personWords() (self, pronoun map[string]map[string]bool) {
	personWordsOnce.Do(func() {
		build := func(src map[string][]string) map[string]map[string]bool {
			out := map[string]map[string]bool{}
			for lang, ws := range src {
				out[lang] = map[string]bool{}
				for _, w := range ws {
					out[lang][foldFor(lang, w)] = true
				}
			}
			return out
		}
		selfSet, pronounSet = build(selfWords), build(pronounWords)
	})
	return selfSet, pronounSet
}

var foreignConcepts = []foreignConcept{
	// a breach of confidentiality: staff told someone else (a brother, the neighbours, the employer,
	// everyone, the man reported) the writer's details, where they live or why they called. The one told
	// is named in the cue ('!'), the teller is staff ('^' where the verb alone is not enough).
	{"conduct", map[string][]string{
		"no": {"!=fortalte|=sa =til =broren|=naboen|=naboene|=sjefen|=arbeidsgiveren|=eksen|=alle|=familien|=mannen", "!^=ga|=gav =adressen|=navnet =mitt|=min"},
		"sv": {"!=berattade|=sa =for|=till =brorsan|=grannen|=grannarna|=chefen|=arbetsgivaren|=exet|=alla|=familjen|=mannen", "!^=gav =ut =min|=mitt =adress|=namn"},
		"de": {"!^=weitergegeben|=weitergeben|=weitergab|=weitergeleitet", "!=meinem|=meiner|=meinen|=dem|=der =nachbarn|=nachbarin|=chef|=arbeitgeber|=bruder|=schwester|=exfreund|=familie|=mann =erzahlt|=gesagt|=verraten", "!=erzahlte|=sagte|=verriet =meinem|=meiner|=dem|=der =nachbarn|=nachbarin|=chef|=arbeitgeber|=bruder|=schwester|=exfreund|=familie"},
		"pl": {"!=powiedzial|=powiedziala|=przekazal|=przekazala|=zdradzil|=zdradzila =mojemu|=mojej|=moim =bratu|=sasiadowi|=sasiadce|=sasiadom|=szefowi|=pracodawcy|=rodzinie|=bylemu", "!=powiedzial|=powiedziala =wszystkim|=calej"},
		"tr": {"!=herkese|=komsulara|=komsuma|=komsumuza|=patronuma|=isverenime|=kardesime|=aileme|=esime =anlatti|=soyledi|=anlatmis|=soylemis|=verdi", "!=gizlilik =nerede|=yok", "!=adresimi|=bilgilerimi|=ismimi =verdi|=soyledi|=vermis"},
		"ro": {"!=a =spus|=zis =cu =voce =tare", "!=a =spus|=zis|=povestit =fratelui|=vecinilor|=vecinului|=sefului|=angajatorului|=familiei|=tuturor|=fostului"},
		"so": {"!=u =sheegay|=sheegtay =walaalkay|=deriskayga|=dariskayga|=shaqo-bixiyahayga|=qoyskayga|=dadka =oo =dhan"},
		"ar": {"!حكى|حكت|قال|قالت|خبر|اخبر|أخبر|أخبرت لأخي|لاخي|لأخوي|لاخوي|لجاري|لجيراني|للجيران|لمديري|لعيلتي|لعائلتي|لاهلي|لأهلي|لزوجي|لطليقي", "!خرق للخصوصية|الخصوصية", "!=2al|=2alo|=2alet|=2alha|=7aka|=7akat|=a5bar|=khabbar =gerani|=girani|=jirani|=jarani|=jari|=gari|=akhoya|=a5oya|=akhi|=a5i|=mudiri|=modiri|=3eelti|=ahli|=jozi"},
		"fa": {"!به کارفرما|همسایه|همسایه‌ها|برادرم|خواهرم|خانواده|رئیسم|همه گفت|گفته|گفتن", "!=be =karfarmam|=hamsaye|=hamsayeha|=baradaram|=khanevadam|=hame =goft|=gofte|=goftan", "!^جزئیات پرونده"},
		"uk": {"!=розповів|=розповіла|=сказав|=сказала|=повідомив|=повідомила =моєму|=моїй|=моїм =братові|=брату|=сусідам|=сусіду|=сусідці|=роботодавцю|=начальнику|=колишньому", "!=rozpoviv|=rozpovila|=skazav|=skazala =susidam|=bratovi|=robotodavtsyu"},
		"ru": {"!=рассказал|=рассказала|=сказал|=сказала|=сообщил|=сообщила =моему|=моей|=моим =брату|=соседям|=соседу|=соседке|=работодателю|=начальнику|=бывшему", "!=rasskazal|=rasskazala|=skazal|=skazala =sosedyam|=bratu|=rabotodatelyu"},
	}},
	{sorryField, map[string][]string{
		"no": {"=beklager", "=unnskyld"}, "sv": {"=forlat", "=ursakta"}, "de": {"=entschuldigung|=entschuldige", "=tut =mir =leid"},
		"pl": {"przepraszam"}, "tr": {"=ozur"}, "ro": {"=scuze|=scuzati", "=imi =pare =rau"}, "so": {"=raali =noqo|=ahow", "=iga =raali"},
		"ar": {"آسف", "اسف", "آسفة", "اسفة", "=asef|=aasef|=asfa", "سامحوني", "=sorry"}, "fa": {"ببخشید", "معذرت", "=bebakhshid", "=mazerat"},
		"uk": {"вибач", "=vybachte|=vybachayus"}, "ru": {"извин", "=простите", "=izvinite|=prostite"},
	}},
	// response_time: nobody answers, nobody has come yet, still waiting — the complaint inside a call
	// for help as much as after it
	{rt, map[string][]string{
		"no": {"=ingen =er =her =enna", "=ikke =kommet =enna", "=ingen =svarte", "=112|=114|=politiet =svarer =ikke", "=ingen =tok =telefonen", "=fortsatt =ingen =her"},
		"sv": {"=ingen =har =kommit", "=inte =kommit", "=112|=114|=polisen =svarar =inte", "=fortfarande =ingen =har", "=ingen =svarade"},
		"de": {"=ging =keiner|=niemand =ran", "=erreiche =niemanden|=keinen", "=niemand =erreicht", "=noch =nicht =da|=gekommen", "=noch =niemand =da|=gekommen", "=kommt =niemand|=keiner", "=niemand =kommt", "=nimmt =keiner|=niemand =ab", "=wo =bleibt|=bleiben"},
		"pl": {"=nikt =nie =przyjechal|=przyszedl", "=nadal =nikogo", "=wciaz =nikogo", "=jeszcze =nikogo", "=nikt =nie =odpowiada", "=gdzie =jest =policja|=karetka"},
		"tr": {"=112|=114|=polis =cevap =vermiyor|=vermedi", "=cevap =vermedi", "=kimse =gelmedi", "=kimse =cevap =vermedi", "=hala +=yok", "=neredesiniz", "=112|=114|=polis =telefonu =acmiyor|=acmadi"},
		"ro": {"=112|=114|=politia =nu =raspunde", "=nimeni =nu =vine", "=nu =a =venit =nimeni", "=inca =nimeni", "=unde =e =politia|=ambulanta"},
		"so": {"saacad =kadib", "=qofna =ma =iman", "=qofna =ma =jawaabin", "=112|=114|=booliska =ma =jawaabayo", "=weli =qofna", "=ma =soo =gaarin"},
		"ar": {"ما وصل", "ما وصلت", "لم تصل", "ما احد رد", "ما حد رد", "ما حدا رد", "لحد الان", "لسا ما", "لسه ما", "ما زال ما", "محد رد", "=112|=114 ما يردون|يرد", "=ma =wisil|=wesel|=wasalet", "=ma =7ada =bired|=byrod", "=lessa =ma =ejo|=ija"},
		"fa": {"=112|=114|پلیس جواب", "کسی جواب نداد", "هنوز نیومد", "هنوز نیامد", "نیومدن", "=112|=114|=polis =javab", "=kasi =javab =nadad", "=hanooz =kasi =nayoomade", "=kasi =nayoomad"},
		"uk": {"=ніхто =не =відповів|=приїхав|=прийшов", "=досі =нікого", "=досі =не =приїхал|=приїхав", "=ще =не =приїхал", "=112|=114|=поліція =не =відповідає", "=де =поліція|=швидка", "=поліція|=швидка =де", "=їде =вже", "=чекаємо =вже"},
		"ru": {"=никто =не =приехал|=пришел", "=до =сих =пор =никого|=не", "=еще =не =приехал", "=112|=114|=полиция =не =отвечает", "=где =полиция|=скорая", "=полиция|=скорая =где", "=едет =уже|=едут", "=ждем =уже", "=уже =полчаса"},
	}},
	// awaited: the help called for has not come YET, or "where are the police/the ambulance?" — told in
	// the present, so the caller is still waiting for help now. Not a category: in a 112 text that needs
	// translation, rated 1–2, with no thanks and nothing over, it is read as danger now (pipeline.go), since
	// the danger itself may be in words no list reads ("the ambulance has not come yet" after a sentence
	// about a swollen face). Past arrivals ("came after an hour") are not here.
	{awaitedField, map[string][]string{
		"no": {"=ikke =kommet =enna", "=ingen =er =her =enna", "=fortsatt =ingen", "=enna =ikke =kommet", "=hvor =er =politiet|=ambulansen|=brannvesenet"},
		"sv": {"=inte =kommit =an", "=fortfarande =ingen", "=annu =inte =kommit", "=var =ar =polisen|=ambulansen|=brandkaren"},
		"de": {"=noch =nicht =da|=gekommen|=hier", "=noch =niemand|=keiner =da|=gekommen|=hier", "=immer =noch =keiner|=niemand|=nicht", "=wo =bleibt|=bleiben", "=wo =ist|=sind =die =polizei|=der =krankenwagen|=die =feuerwehr"},
		"pl": {"=nadal|=wciaz|=jeszcze =nie =ma", "=nadal|=wciaz|=jeszcze =nikogo", "=nadal|=wciaz|=jeszcze =nie =przyjechal|=przyjechala|=przyjechali", "=karetki|=policji|=strazy =nie =ma", "=gdzie =jest =policja|=karetka|=straz"},
		"tr": {"=hala =kimse", "=hala|=henuz =gelmedi|=gelmediler|=yok", "=ambulans|=polis|=itfaiye =nerede", "=neredesiniz", "=kimse =gelmedi =hala"},
		"ro": {"=inca =nimeni", "=inca =nu =a|=au =venit", "=nu =a|=au =venit =inca", "=unde =e|=este =politia|=ambulanta|=pompierii"},
		"so": {"=weli =qofna", "=weli =ma =iman|=imaan|=iman", "=xaggee =ay =joogaan"},
		"ar": {"لم يصل بعد", "لم تصل بعد", "ما وصل بعد", "ما وصلت بعد", "لسا ما", "لسه ما", "ما زال ما", "وين الشرطه|الاسعاف", "اين الشرطه|الاسعاف", "فين الشرطه|الاسعاف", "=lessa|=lissa|=lesa =ma", "=wein|=wen|=fein =el =shorta|=is3af|=isaaf"},
		"fa": {"هنوز نیومد", "هنوز نیامد", "هنوز نرسید", "پلیس|آمبولانس کجاست", "=hanooz =nayoomad|=nayoomade|=nayumad|=nayumade|=naresid|=naresideh", "=polis|=ambulance|=amboolans =kojast"},
		"uk": {"=ще =не =приїхал|=приїхав|=прийшл|=прийшов", "=досі =нікого", "=досі =не =приїхал|=приїхав", "=де =поліція|=швидка"},
		"ru": {"=еще =не =приехал|=приехала|=приехали|=пришел", "=до =сих =пор =никого", "=все =еще =никого", "=где =полиция|=скорая"},
	}},
	// danger, probed after the fourth blind set (by concept, every language): a long gun (rifle,
	// shotgun); someone held in ("won't let her out"); a child alone in a car or on a balcony; a child
	// gone missing (a person noun first: "my bike went missing" is no danger); the verb-second form of "I'll
	// end it" in German
	{"danger", map[string][]string{
		"no": {"=gevaer|=hagle|=geveret", "=slipper =henne|=ham|=oss =ikke =ut", "@=alene =i =bilen", "@=alene =pa =balkongen", "=barnet|=sonnen|=datteren =er =savnet|=forsvunnet"},
		"sv": {"=gevar|=hagelgevar|=geväret", "=slapper =inte =ut", "@=ensam =i =bilen", "@=ensam =pa =balkongen", "=barnet|=sonen|=dottern =ar =forsvunnen|=saknas"},
		"de": {"=gewehr|=flinte", "=lasst =sie|=ihn|=uns =nicht", "@=allein =im =auto|=wagen", "@=allein =auf =dem =balkon", "=mach =ich =schluss", "=kind|=sohn|=tochter =ist =verschwunden|=vermisst"},
		"pl": {"=strzelba|=strzelbe|=karabin", "=nie =wypuszcza", "@=sam|=sama =w =samochodzie|=aucie", "@=sam|=sama =na =balkonie", "=syn|=corka|=dziecko =nie =wrocil|=wrocila|=zaginal|=zaginela", "=zaginal|=zaginela =syn|=corka|=dziecko"},
		"tr": {"=tufek|=tufegi|=tufekle", "=disari =cikarmiyor|=birakmiyor", "@=arabada|=balkonda =yalniz", "=kayboldu|=kayip =cocuk"},
		"ro": {"=pusca", "=arma =de =vanatoare", "=nu =o|=il|=ne =lasa", "=nu =lasa =sa =iasa", "@=singur|=singura =in =masina", "@=singur|=singura =pe =balcon", "=se =catara", "=copilul|=fiul|=fiica =a =disparut"},
		"so": {"=qori", "=ma =sii =deynayo", "@=keligiis|=keligeed =gaariga", "=ilmaha|=wiilkayga|=gabadhayda =waa =lumay"},
		"ar": {"بندقيه", "بارودة", "ما يخليها تطلع", "ما يخليهم يطلعوا", "وحده في السياره", "لحاله في السياره", "=bunduqiyye|=barode", "ابني|بنتي|ولدي ضايع|مفقود"},
		"fa": {"تفنگ", "=tofang", "نمیذاره بیاد بیرون", "=nemizare =biad =biroon", "تنها تو ماشین", "=tanha =too|=tu", "@=tanha =mashin", "=pesaram|=dokhtaram|=bacham|=bachem =gom", "پسرم|دخترم گم"},
		"uk": {"=рушниця|=рушницю|=рушницею", "=гвинтівка|=гвинтівку|=гвинтівкою", "=не =випускає", "@=сам|=сама|=сами =в =машині|=авто", "@=сам|=сама|=сами =на =балконі", "=залишилась|=залишився|=залишили =сама|=сам|=саму", "=зник|=зникла|=зникли =син|=донька|=дитина", "=син|=донька|=дитина =зник|=зникла"},
		"ru": {"=ружье|=ружьем|=ружья", "=винтовка|=винтовку|=винтовкой", "=не =выпускает", "=заперся =в =доме|=квартире =с", "@=один|=одна =в =машине", "@=один|=одна =на =балконе", "=остался|=осталась|=оставили =один|=одна", "=пропал|=пропала =ребенок|=сын|=дочь", "=ребенок|=сын|=дочь =пропал|=пропала"},
	}},
	// a plea: "please hurry", "for God's sake help" — a call for help in every language
	{"help", map[string][]string{
		"no": {"=vaer =snill =kom|=skynd", "=send =noen|=hjelp =na"},
		"sv": {"=snalla =kom|=skynda|=hjalp", "=skicka =nagon|=hjalp =nu"},
		"de": {"=bitte =beeilen|=beeilt|=helft"},
		"pl": {"=prosze =pomozcie|=szukajcie|=przyjedzcie", "=na =litosc =boska"},
		"tr": {"=lutfen =acele", "=acele =edin", "=allah =askina"},
		"ro": {"=va =rog =veniti|=ajutati|=grabiti"},
		"so": {"=fadlan =na =caawiya|=degdega"},
		"ar": {"دخيلك", "=dakhilak|=da5ilak", "بالله عليكم ساعدونا|تعالوا"},
		"fa": {"تو رو خدا", "=toro =khoda", "=lotfan =komak|=zood"},
		"uk": {"=будь =ласка =допоможіть|=швидше|=приїжджайте"},
		"ru": {"=пожалуйста =помогите|=быстрее|=приезжайте"},
	}},
	// idiom: "almost", "was about to", "I thought I'd" — before a danger word in a text that complains of a
	// wait or laughs ("Myślałem że kogoś zabiję z nerwów czekając 40 minut :D", "era sa fac infarct cand am
	// vazut cat am asteptat") it is a figure of speech, not danger. Not a category.
	{idiomField, map[string][]string{
		"no": {"=holdt =pa =a", "=nesten"},
		"sv": {"=holl =pa =att", "=nastan"},
		"de": {"=fast", "=beinahe", "=dachte =ich"},
		"pl": {"=prawie", "=o =malo", "=myslalem|=myslalam =ze"},
		"tr": {"=neredeyse", "=az =kalsin", "=az =kaldi"},
		"ro": {"=era =sa", "=aproape", "=credeam =ca"},
		"so": {"=ku =dhowaad"},
		"ar": {"كنت رح", "كدت", "=kent|=kunt|=kint =ra7|=rah"},
		"fa": {"نزدیک بود", "=nazdik =bood", "=dashtam"},
		"uk": {"=мало =не", "=ледь =не", "=думав|=думала =що"},
		"ru": {"=чуть =не", "=едва =не", "=думал|=думала =что"},
	}},
	// not_taken_seriously: told it is not urgent, not a police matter, that nothing can be done, no time
	{nts, map[string][]string{
		"no": {"politisak", "=ikke +=akutt", "=ikke =var|=er +=akutt", "=ikke =noe =for =politiet", "=kunne =ikke =gjore =noe", "=ikke =tid"},
		"sv": {"polisarende", "=inte +=akut", "=inte =var|=ar +=akut", "=inte =nagot =for =polisen", "=kunde =inte =gora =nagot", "=ingen =tid", "=lade =pa"},
		"de": {"=nicht =unsere|=ihre =sache|=aufgabe", "=keine +=zeit", "=nicht +=dringend", "=kein +=notfall", "=keine =sache =der =polizei", "=nicht =zustandig =fur =so", "=konnen|=kann =nichts =machen|=tun"},
		"pl": {"=nie =nasza|=ich =sprawa", "=nie +=jest +=pilne", "=to =nie +=pilne", "=nie =ma =czasu", "=nic =nie =mozemy|=moga", "=nie =nasza =sprawa", "=to =nie =sprawa"},
		"tr": {"=bizim =isimiz =degil", "=polis =isi =degil", "=acil +=degil", "=polisin =isi =degil", "=yapacak =bir =sey =yok", "=bir =sey =yapamayiz|=yapamazlar", "=zamanimiz =yok"},
		"ro": {"=nu =e|=este =treaba =noastra", "=nu =e|=este +=urgent", "=nu =e|=este =treaba =politiei", "=nu =putem =face =nimic", "=nu =au =timp"},
		"so": {"=khuseyn =maayo", "=khusayso", "=ma =khuseyso", "=ma =aha =mid =boolis|=booliis", "=waxba =lama =qaban", "=ma =aha +=degdeg", "=waxba =kama =qaban =karno"},
		"ar": {"ليس من شان", "مو من شان", "مش من شان", "مو شغل الشرطه", "مش شغل الشرطه", "ليس عمل الشرطه", "مو شغلنا", "مش شغلنا", "ما يقدروا يسووا", "ما نقدر نسوي", "ما بيقدروا يعملوا", "مو مستعجل", "مش مستعجل", "ليس عاجلا", "ليس مستعجلا", "=mesh =moshkelet|=moshkeletna|=shoghlna", "=mesh =mosta3jel|=moste3jel", "=ma =fi =shi =na3mlo"},
		"fa": {"جدی نگرفت", "=jeddi =nagereft", "=kar =polis =nist", "=fori +=nist", "فوری نیست", "کار پلیس نیست", "کاری نمیتونیم", "=kari =nemitoonim"},
		"uk": {"=не =наша|=їхня =справа", "=не +=терміново", "=не =справа =поліції", "=нічого =не =можемо|=можуть", "=нікого =не =цікавить", "=ніхто =мене =не =слухає", "=не =мають =часу"},
		"ru": {"=не =их|=наше|=наша =дело", "=не +=срочно", "=никто =меня =не =слушает", "=не =сделала|=сделали =ничего", "=ничего =не =сделала", "=не =стали =записывать", "=не =записал|=записали", "=нет =времени"},
	}},
	// advice: sent between offices, contradicting answers, nobody could say who is responsible or what to do
	{adv, map[string][]string{
		"no": {"=hva =er =riktig", "=hvem =som =har =ansvar", "=sa =at =det =var =kommunen", "=hva =jeg =skal =gjore", "=en =sa|=sier =112|=114", "=en =annen =sa"},
		"sv": {"=vad =som =stammer", "=vem =som =ansvarar", "=vad =jag =ska =gora", "=en =sa|=sager =112|=114", "=en =annan =sa"},
		"de": {"=der =eine =sagte|=sagt", "=die =andere|=der =andere =sagte|=sagt", "=eine =sagt|=sagte =112|=114", "=wer =zustandig =ist", "=zustandig", "=zuruck =geschickt", "=zur =kommune =und", "=was =ich =tun =soll", "=was =ich =machen =soll", "=wohin =ich"},
		"pl": {"=jeden =mowil|=powiedzial|=mowi", "=drugi =na|=mowil|=powiedzial", "=zebym =dzwonil|=dzwonila =na", "=co =mam =robic", "=co =robic =dalej", "=kto =jest =odpowiedzialny", "=nikt =nie =wie"},
		"tr": {"=bir =112|=114 =dedi", "=hangi =numarayi", "=ne =yapmam =gerek", "=ne =yapacagimi", "=kimse =bilmiyor", "=kim =sorumlu"},
		"ro": {"=unul =a =zis|=spus", "=altul =a =zis|=spus", "=apoi =iar", "=nimeni =nu =stie", "=ce =sa =fac", "=cine =e =responsabil"},
		"so": {"=mid =ayaa =yiri|=yidhi", "=mid =kale", "=waxa =aan =sameeyo", "=qofna =iima =sheegin", "=meel =kale =ii =dir|=diray", "=ma =garanayo =waxa"},
		"ar": {"واحد قال", "واحد يقول", "الثاني قال", "=wa7ad =2al", "شو لازم اعمل", "ايش اسوي", "ماذا افعل", "ما اعرف وين", "كل واحد قال", "=shu =lazem =a3mel", "=kel =wa7ad =2alli|=2al", "=mekhtelef", "=sho =a3mel", "=shu =a3mel"},
		"fa": {"چکار کنم", "چیکار کنم", "نمیدونم کجا", "هر کس یه چیزی", "=chikar =konam", "=har =kas =ye =chizi"},
		"uk": {"=один =каже|=сказав", "=інший|=другий =каже|=сказав", "=сказали =спочатку", "=спочатку =сказали|=відправили", "=потім =знову", "=ніхто =нічого =не =знає", "=що =робити =далі", "=не =пояснив|=пояснила|=пояснили", "=кому =звертатися"},
		"ru": {"=один =говорит|=сказал", "=другой =говорит|=сказал", "=сказали =сначала", "=сначала =сказали|=отправили", "=потом =опять|=снова", "=никто =ничего =не =знает", "=что =делать =дальше", "=не =объяснил|=объяснили", "=куда =обращаться"},
	}},
	// follow_up: nobody called back as promised, no case number, no answer to a report
	{fu, map[string][]string{
		"no": {"=ingen =ringte =meg", "=lovet =a =ringe"},
		"sv": {"=ingen =ringde =mig", "=lovade =att =ringa"},
		"de": {"=niemand =hat =sich =gemeldet", "=versprochen =anzurufen", "=zuruckzurufen"},
		"pl": {"=nikt =nie =oddzwonil", "=numer =sprawy", "=obiecali =oddzwonic"},
		"tr": {"=kimse =aramadi", "=arayacaklarini =soylediler"},
		"ro": {"=nimeni =nu =m-a =sunat", "=au =promis =ca =ma =suna"},
		"so": {"=qofna =iima =soo =wicin", "=ballan =qaadeen"},
		"ar": {"رقم قضيه", "رقم البلاغ", "ما احد اتصل", "ما حد اتصل", "محد اتصل", "مثل ما وعدوني", "وعدوني", "=wa3adouni|=wa3adoni"},
		"fa": {"=kasi =tamas =nagereft", "کسی تماس نگرفت", "قول دادن"},
		"uk": {"=номер =справи", "=ніхто =не =передзвонив|=зателефонував", "=пообіцяли =передзвонити|=зателефонувати", "=так =і =не =подзвонив|=передзвонив"},
		"ru": {"=номер =дела", "=никто =не =перезвонил|=позвонил", "=обещали =перезвонить|=позвонить", "=так =и =не =позвонил|=перезвонил"},
	}},
	// technical: the line dropped, the menu did not react
	{tech, map[string][]string{
		"sv": {"knappval", "=menyn", "=reagerade =inte"},
		"de": {"=leitung", "=getrennt", "=menu", "=reagierte =nicht"},
		"pl": {"zrywal", "=zerwalo|=zerwane", "=polaczenie", "=menu"},
		"tr": {"=hat =koptu", "koptu", "=menu"},
		"ro": {"=s-a =intrerupt", "=meniu"},
		"ar": {"انقطع الخط", "الخط انقطع", "=el =khat =2ata3|=n2ata3"},
		"fa": {"=ghat =shod", "قطع شد", "=khat =ghat"},
		"uk": {"обірва", "=лінія|=зв'язок", "=меню"},
		"ru": {"оборва", "=линия", "=меню", "=сорвал"},
	}},
	// praise: thanks and "well done" in their usual forms
	{ros, map[string][]string{
		"uk": {"дяку", "молодц", "=чудово", "=вдячн", "класн", "=респект", "=супер", "=дуже =добре|=гарно =поводилися|=поводились", "=povodylysya|=povodylys =duzhe =dobre"},
		"ru": {"молодц", "благодар", "=отлично", "=вели =себя =хорошо|=отлично", "классн", "=респект|=respekt", "=супер"},
		"tr": {"=sagolun", "=eline =saglik", "=harika"},
		"de": {"=professionell", "=danke =schon|=sehr", "=herzlichen =dank"},
		"pl": {"=dziekujemy", "=swietnie", "=bardzo =dobrze"},
		"ar": {"اشكر", "نشكر", "جزاكم الله", "=ashkorkom|=ashkurkum|=nashkorkom"},
		"fa": {"سپاس", "=sepas", "=dastetoon =dard =nakone", "دستتون درد نکنه"},
		"so": {"=waad =mahadsan|=mahadsantihiin", "=aad =baad =u =mahadsan"},
		"ro": {"=va =multumesc", "=bravo"},
	}},
	// conduct: staff threatening the caller (arrest, a report against them) — counted only in a sentence
	// naming staff ('^'); humiliation; telling the neighbours, after which everyone knows
	{"conduct", map[string][]string{
		"no": {"^=truet|=truede =meg", "^=bli =anmeldt|=arrestert", "^=foltes =som =en =trussel"},
		"sv": {"^=hotade =mig|=oss", "^=bli =anmald|=gripen|=arresterad", "^=kandes =som =ett =hot"},
		"de": {"^=drohte =mir|=mich|=uns", "^=selbst =angezeigt|=verhaftet", "^=bedroht =gefuhlt", "=demutigend|=erniedrigend"},
		"pl": {"^=grozil|=grozila =mi|=mnie", "^=zagrozil|=zagrozila", "^=aresztowac|=aresztuja|=zatrzymaja", "=ponizajac"},
		"tr": {"^=tehdit =etti", "^=tutuklar|=tutuklayacak|=tutuklatirim", "=asagilayici"},
		"ro": {"^=m-a =amenintat", "^=ma =aresteze|=aresteaza", "=umilitor"},
		"so": {"^=iigu =hanjabay|=hanjabtay", "^=xiran|=xirayaan"},
		"ar": {"^هددني", "^يقبضون", "^بيقبضوا", "^سيقبضون", "^=haddadni|=hadadni|=hadadne", "مهين", "بطريقه مهينه", "!=7aket|=7aka|=7ake|=5abbaret|=khabbaret =la =jarti|=jari|=jiran|=jeeran|=jirani", "=kel =el =binaye|=bineye|=7ara =b3rfo|=3arfeen|=b3erfo", "كل العماره تعرف", "كل الجيران عرفوا|يعرفون", "=sirri"},
		"fa": {"^تهدیدم کرد", "^=tahdidam =kard", "^بازداشت", "تحقیرآمیز"},
		"uk": {"^=погрожував|=погрожувала =мені", "^заарешт|арешт", "=принизлив"},
		"ru": {"^=угрожал|=угрожала =мне", "^арест", "^=задержат|=задержим", "=унизительн"},
	}},
	// if, in case, when: a danger in a question after one is asked about ("was mache ich, falls er
	// wieder auftaucht?"), not reported
	{"cond", map[string][]string{
		"no": {"=hvis", "=om"}, "sv": {"=om", "=ifall", "=när"}, "de": {"=falls", "=wenn", "=sollte"},
		"pl": {"=jesli", "=jezeli", "=gdyby", "=kiedy"}, "tr": {"=eger", "=olursa", "=cikarsa", "=gelirse"},
		"ro": {"=daca", "=cand"}, "so": {"=haddii", "=hadii"}, "ar": {"اذا", "لو", "إذا", "=iza", "=eza", "=law"},
		"fa": {"اگر", "=agar", "=age"}, "uk": {"=якщо", "=коли", "=якби"}, "ru": {"=если", "=когда-нибудь", "=когда"},
	}},
	// conduct found missing by probing after the tuning: talked down to like a child, mocking the
	// headscarf or the faith, "women always exaggerate", telling the neighbour who called
	{"conduct", map[string][]string{
		"no": {"=som =om =jeg =var =et =barn", "=som =til =et =barn", "=lo|=ler =av =hijaben|=sloret|=religionen|=troen", "=kvinner =alltid", "!=fortalte =naboen|=naboene =min|=mine|=hvem"},
		"sv": {"=som =till =ett =barn", "=skamtade|=skrattade =om|=at =min =sloja|=hijab|=religion|=tro", "=kvinnor =alltid", "!=berattade =for =grannen|=grannarna"},
		"de": {"=wie =mit =einem =kind|=kleinen", "=lustig =gemacht", "=kopftuch|=religion =lustig", "=frauen =ubertreiben|=immer", "!=meinem|=meiner|=den =nachbarn|=nachbarin =gesagt|=erzahlt"},
		"pl": {"=jak =do =dziecka", "protekcjonaln", "=kobiety =zawsze|=przesadzaja", "!=powiedziala|=powiedzial|=powiedzieli =sasiadowi|=sasiadce|=sasiadom"},
		"tr": {"=cocukla =konusur =gibi", "=cocukmusum =gibi", "=kucumse", "=kadinlar =hep|=abartir", "!^=komsuma|=komsulara|=patronuma|=isverenime"},
		"ro": {"=ca =unui =copil", "=ca =pe =un =copil", "condescendent", "=misto =de", "=femeile =exagereaza|=mereu", "!=i-a =spus =vecinului|=vecinei|=sefului"},
		"so": {"=ila =hadlay =sidii", "=haweenku =had", "=haween =waa"},
		"ar": {"كاني طفل", "كأني طفل", "النساء دائما", "الحريم دايم", "!قالت لجاري", "!قال لجاري", "!قالوا لجاري", "!قالت للجيران", "!قالوا للجيران", "=ka2enni =walad|=tifl"},
		"fa": {"با من مثل", "=ba =man =mesle", "زن ها همیشه", "زنها همیشه"},
		"uk": {"=як =з =дитиною", "насміх", "=жінки =завжди", "!=сказала|=сказав|=сказали|=розповіла|=розповів =сусідові|=сусіду|=сусідці|=роботодавцю|=начальнику"},
		"ru": {"=как =с =ребенком", "насмеха", "=женщины =всегда", "!=сказала|=сказал|=сказали|=рассказала|=рассказал =соседу|=соседке|=начальнику|=работодателю"},
	}},
	// danger: a young child alone at home; "I cannot live any more / I will end it tonight"
	{"danger", map[string][]string{
		"no": {"=alene =hjemme", "=kan =ikke =leve =mer", "=gjore =slutt =pa =alt"},
		"sv": {"=ensam =hemma", "=kan =inte =leva =langre", "=gora =slut =pa =allt"},
		"de": {"umbring", "=allein =zu =hause|=zuhause", "=kann =nicht =mehr =leben", "=mache =schluss", "=allem =ein =ende"},
		"pl": {"=sam|=sama =w =domu", "=nie =moge =juz =zyc", "=skoncze =ze =soba|=z =tym"},
		"tr": {"=evde =yalniz", "=yasayamam", "=her =seyi =bitirecegim"},
		"ro": {"=singur|=singura =acasa", "=nu =mai =pot =trai", "=pun =capat"},
		"so": {"=keligiis|=keligeed =guriga", "=ma =rabo =inaan =noolaado"},
		"ar": {"وحده في البيت", "وحدها في البيت", "لحاله في البيت", "ما عاد اقدر اعيش", "بنهي حياتي", "انهي حياتي", "=la7alo|=la7ala =bel =bet"},
		"fa": {"تنها در خانه", "تنها خونه", "تنهاست", "دیگه نمیتونم زندگی", "تمومش میکنم", "=tanha =khoone|=khane"},
		"uk": {"=сам|=сама =вдома", "=не =можу =більше =жити", "=не =можу =жити", "=покінчу", "=все =закінчу"},
		"ru": {"=один|=одна =дома", "=не =могу =больше =жить", "=не =могу =жить", "=покончу", "=всё =закончу", "=все =закончу", "=хочу =умереть"},
	}},
	// danger: an overdose told by its amount or its medicine ("took a whole pack of her antidepressants",
	// "en hel pakke panodil"); a pill alone is no danger, a whole pack of them is
	{"danger", map[string][]string{
		"no": {"=hele =pakken|=glasset|=brettet|=esken", "=en =hel =pakke|=eske|=boks"},
		"sv": {"=hela =forpackningen|=burken|=kartan|=asken", "=en =hel =forpackning|=burk|=karta|=ask"},
		"de": {"=ganze =packung|=schachtel|=flasche|=dose|=tablettenpackung", "=alle =tabletten"},
		"pl": {"=cale =opakowanie|=pudelko", "=cala =paczke|=butelke|=fiolke", "=wszystkie =tabletki"},
		"tr": {"=butun|=tum|=koca =kutuyu|=kutu", "=butun|=tum =haplari|=ilaclari", "=bir =kutu =hap|=ilac"},
		"ro": {"=toata =cutia|=folia", "=o =cutie =intreaga", "=toate =pastilele|=tabletele"},
		"so": {"=dhammaan =kiniinada|=daawada", "=kiniinka =oo =dhan", "=daawada =oo =dhan"},
		"ar": {"علبة كاملة", "علبة كاملة حبوب", "كل الدوا", "=3elbe|=3elba|=elbe =kamle|=kamla", "=kel =el =dawa"},
		"fa": {"یه بسته کامل", "همه قرص", "=ye =baste =kamel", "=hame =ghors|=ghorsa|=ghorsaro"},
		"uk": {"=цілу =пачку|=упаковку|=пляшечку", "=всі =таблетки|=пігулки"},
		"ru": {"=целую =пачку|=упаковку|=пачку", "=все =таблетки"},
	}},
	// danger, more forms found by probing after the tuning: swallowed a battery or pills, burning, not
	// moving, a gun and "will shoot", "will kill herself" in its future and colloquial forms
	{"danger", map[string][]string{
		"no": {"=svelget =et =batteri", "=skal =skyte", "=skyte =oss|=meg"},
		"sv": {"=svalt =ett =batteri", "=ska =skjuta", "=skjuta =oss|=mig"},
		"de": {"verschluck", "erschiessen", "erschies", "=zu =erschiessen"},
		"pl": {"polknal|polknel", "=wymiotuje =krwia", "zastrzel", "@=nie =rusza =sie"},
		"tr": {"@=hareket =etmiyor", "=pil =yuttu", "=vuracak|=vuracagini|=vurur", "=yaniyor|=yandi =ev|=mutfak"},
		"ro": {"impusc", "@=nu =se =misca"},
		"so": {"=is =dilayaa|=dili|=dilaya|=dilayo", "bastoolad", "toogan", "@=ma =dhaqaaqayo", "=dab =ka =kacay", "=dab =baa"},
		"ar": {"بتنتحر", "بينتحر", "تنتحر", "رح تنتحر", "النار", "يحترق", "تحترق", "محترق", "يطخ", "@ما يتحرك", "@ما تتحرك"},
		"fa": {"قورت داد", "آتیش گرفته", "اتیش گرفته", "آتش گرفته", "اتش گرفته", "میکشه", "شلیک", "=atish =gerefte"},
		"uk": {"покінч =з =собою", "проковт", "застрел", "=горить"},
		"ru": {"покончит|покончу =с =собой", "проглот", "застрел", "=горит"},
	}},
	// over: the fire is out, nobody was hurt — the danger told is over
	{"over", map[string][]string{
		"no": {"slokket", "=uskadd|=uskadde", "=alle =er =ok"},
		"sv": {"slackt|slackts", "=oskadd|=oskadda", "=alla =ar =ok"},
		"de": {"geloscht", "=unverletzt", "=alle =sind =ok", "=im =krankenhaus =und", "=geht =es =ihm|=ihr =besser"},
		"pl": {"ugaszon", "=nikt =nie =ucierpial", "=wszyscy =cali", "=w =szpitalu =i", "=czuje =sie =lepiej|=dobrze"},
		"tr": {"sonduruldu", "=kimseye =bir =sey =olmadi", "=hastanede =ve", "=daha =iyi", "=simdi|=artik +=iyi"},
		"ro": {"stins", "=nimeni =nu =a =patit", "=la =spital =si", "=e =mai =bine"},
		"ar": {"انطفا", "اطفئ", "اطفاو", "الحمد لله الكل بخير", "ما في خطر", "في المستشفى وصار احسن", "صار احسن", "=sar =a7san", "الحين بخير", "صار بخير"},
		"fa": {"خاموش شد", "همه سالم", "حالش بهتره", "=halesh =behtare"},
		"uk": {"=загасили|=погасили", "=всі =цілі", "=вже =все =добре", "=все =добре", "=позаду", "=у|=в =лікарні", "=йому|=їй =краще"},
		"ru": {"=потушили|=погасили", "=все =целы", "=уже =все =хорошо", "=позади", "=в =больнице", "=ему|=ей =лучше"},
	}},
	// now: colloquial words of now
	{"now", map[string][]string{
		"ar": {"الحين", "الحين", "هسه", "هسا", "دلوقتي", "توه", "=al7een|=al7in|=el7in|=il7een|=hal7in|=hassa|=halla"},
		"ru": {"=щас", "=прям =щас", "=shchas|=shas"},
		"uk": {"=щас", "=прямо =зараз"},
		"tr": {"=simdi", "=hemen =simdi"},
	}},
	// past: "last week" — a danger told with it is over (not "ago": "упал 10 минут назад и не дышит"
	// is now)
	{"past", map[string][]string{
		"uk": {"=минулого =тижня"},
		"ru": {"=на =прошлой =неделе"},
		"de": {"=vor =einer =woche|=einem =monat"},
	}},
	// a state told in the present: not breathing, unconscious, not waking, not responding, bleeding —
	// now, whatever past verb stands in its sentence ("fell ten minutes ago and is not breathing")
	{"danger", map[string][]string{
		"no": {"@=puster =ikke", "@bevisstlos", "@=vakner =ikke", "@=svarer =ikke =nar", "@=blor =mye"},
		"sv": {"@=andas =inte", "@medvetslos", "@=vaknar =inte", "@=blor =mycket"},
		"de": {"@=atmet =nicht|=kaum", "@bewusstlos", "@=wacht =nicht =auf", "@=reagiert =nicht", "@=blutet =stark"},
		"pl": {"@=nie =oddycha", "@nieprzytomn", "@=nie =budzi =sie", "@=nie =reaguje", "@=mocno =krwawi"},
		"tr": {"@=nefes =almiyor", "@=bilinci =kapali", "@=uyanmiyor", "@=tepki =vermiyor", "@=cok =kaniyor"},
		"ro": {"@=nu =respira", "@inconstient", "@=nu =se =trezeste", "@=nu =reactioneaza", "@=sangereaza =mult"},
		"so": {"@=ma =neefsanayo", "@=miyir =ma =laha", "@=ma =soo =kacayo"},
		"ar": {"@ما يتنفس", "@لا يتنفس", "@ما بيتنفس", "@ما يصحى", "@مغمى عليه", "@فاقد الوعي", "@=ma =yitnaffas|=bitnaffas"},
		"fa": {"@نفس نمیکشه", "@نفس نمیکشد", "@بیهوش", "@بیدار نمیشه", "@=nafas =nemikeshe", "@=bihoosh"},
		"uk": {"@=не =дихає", "@непритомн", "@=не =прокидається", "@=не =реагує", "@=сильно =кровоточить"},
		"ru": {"@=не =дышит", "@=без =сознания", "@=не =просыпается", "@=не =реагирует", "@=сильно =кровоточит"},
	}},
	// staff: the one who answered the call ("Ninkii iga jawaabay wuu i caayay", "la mujer que contestó"):
	// a person noun followed by "who answered" is the call taker, not someone else
	{"staff", map[string][]string{
		"no": {"=som =svarte", "=som =tok =telefonen"},
		"sv": {"=som =svarade", "=som =tog =samtalet"},
		"de": {"=der|=die =abgenommen|=rangegangen", "=der|=die =mir =geantwortet"},
		"pl": {"=ktory|=ktora =odebral|=odebrala", "=ktory|=ktora =mi =odpowiedzial|=odpowiedziala"},
		"tr": {"=telefonu =acan|=acti", "=telefona =bakan|=cikan"},
		"ro": {"=care =a =raspuns", "=care =mi-a =raspuns"},
		"so": {"=iga =jawaabay|=jawaabtay", "=taleefanka =qabtay|=qaaday"},
		"ar": {"اللي رد", "الي رد", "الذي رد", "التي ردت", "اللي ردت", "=elli|=illi|=eli|=lli =rad|=radd|=raddet|=radet|=rada"},
		"fa": {"کسی که جواب داد", "=ke =javab =dad", "=ke =goshi =ro =bardasht"},
		"uk": {"=хто =відповів|=відповіла", "=який =відповів", "=яка =відповіла"},
		"ru": {"=кто =ответил|=ответила", "=который =ответил", "=которая =ответила"},
	}},
	// conduct: hung up in the writer's face, in the Arabic of the Levant and Egypt in Latin letters
	{"conduct", map[string][]string{
		"ar": {"=sakkar|=sakkaret|=sakaret|=sakkarat|=sakkarli =el =telefon|=tilifon|=tlifon|=khat", "=2afal|=2afalet|=afal =el =sekka|=khat|=telefon", "قفل السكة"},
	}},
	// someone else: offenders and drivers the citizen called about; a relative clause "who … me" after a
	// noun (staff named right before it keep it)
	{"third", map[string][]string{
		"no": {"=som =slo|=ranet|=truet|=angrep =meg"},
		"sv": {"=som =slog|=ranade|=hotade|=attackerade =mig"},
		"de": {"=der|=die =mich|=mir|=uns", "=der =mann|=kerl|=typ =der"},
		"pl": {"=ktory|=ktora =mnie|=mi", "=kierowca|=kierowcy"},
		"tr": {"=beni =doven|=soyan|=tehdit|=darp", "=otobus =soforu"},
		"ro": {"=care =m-a|=ma", "=soferul"},
		"ru": {"=который|=которая =меня|=мне", "=таксист|=водитель"},
		"uk": {"=який|=яка =мене|=мені", "=таксист|=водій"},
		"ar": {"اللي ضربني", "اللي سرقني", "السواق", "=elli =darabni|=sara2ni"},
	}},
}

// Session 5 (issue 11, urgent precision), by concept in every language: the false alarms of the fifth
// blind set and the earlier ones were dangers the text itself says are over ("now everyone is fine",
// "he is stable now", "he has moved", "he was arrested", "nobody is in danger") or dates days back
// ("last night", "last month", "a month ago"; minutes ago stay now).
var overAndPastConcepts = []foreignConcept{
	{"over", map[string][]string{
		"no": {"=alt =er =bra|=fint|=rolig|=ok", "=det =er =rolig", "=er|=ble =tatt|=arrestert|=pagrepet", "=har =flyttet", "=ingen =er =i =fare", "=er =stabil"},
		"sv": {"=allt =ar =bra|=lugnt|=ok", "=det =ar =lugnt", "=har =flyttat", "=ar =gripen|=anhallen", "=greps|=anholls", "=ingen =ar =i =fara", "=ar =stabil"},
		"de": {"=alles =ist =gut|=ruhig|=ok", "=alles =in =ordnung", "=ist =jetzt =stabil", "=ist =stabil", "=ist =weggezogen|=ausgezogen", "=wurde =festgenommen|=verhaftet", "=niemand =ist =in =gefahr", "=es =ist =vorbei"},
		"pl": {"=wszystko =jest =dobrze|=ok", "=wszystko =w =porzadku", "=wszystko =dobrze", "=jest =stabilny|=stabilna", "=wyprowadzil =sie", "=zostal =zatrzymany|=aresztowany", "=nikt =nie =jest =w =niebezpieczenstwie"},
		"tr": {"=herkes =iyi|=guvende", "=her =sey =yolunda|=iyi", "=durumu =iyi|=stabil", "=tasindi", "=tutuklandi", "=gozaltina =alindi", "=kimse =tehlikede =degil"},
		"ro": {"=totul =e|=este =bine", "=totul =e|=este =in =regula", "=e|=este =totul =bine", "=s-a =mutat", "=a =fost =arestat|=retinut", "=nimeni =nu =e|=este =in =pericol", "=e|=este =stabil|=stabila"},
		"so": {"=wax =walba =waa =fiican|=nabad", "=hadda =waa =nabad"},
		"ar": {"كل شيء بخير", "كل شي بخير", "كلشي بخير", "كله تمام", "الكل بخير", "قبضوا عليه", "تم القبض عليه", "ما حدا بخطر", "لا احد في خطر", "=kel =shi =mni7|=mnee7|=tamam|=mne7", "=kello =tamam", "=kolo =tamam", "=2abado =3aleh", "=2abadou =3ale"},
		"fa": {"همه چی ارومه", "همه چي ارومه", "همه چيز خوبه", "همه چي خوبه", "من خوبم", "حالم خوبه", "دستگير شد", "دستگيرش كردن", "اونو برد", "بردنش", "=hame =chi =arome|=aroome|=khoobe|=khube", "=man =khoobam|=khubam", "=halam =khoobe|=khube", "=dastgir =shod", "=dastgiresh =kardan", "=bordesh|=bordanesh"},
		"uk": {"=усе|=все =добре|=гаразд", "=переїхав|=переїхала", "=ніхто =не =в =небезпеці", "=стабільн"},
		"ru": {"=все =хорошо|=нормально", "=все =в =порядке", "=переехал|=переехала", "=никто =не =в =опасности", "=стабильн"},
	}},
	{"past", map[string][]string{
		"no": {"=forrige =maned", "=en =uke|=maned =siden"},
		"sv": {"=forra =manaden", "=en =vecka|=manad =sedan"},
		"de": {"=letzte =nacht", "=vor =einer|=zwei|=drei =woche|=wochen|=monat|=monaten"},
		"pl": {"=zeszlej =nocy", "=miesiac|=tydzien =temu"},
		"tr": {"=gecen =ay", "=dun =gece", "=bir =ay|=hafta =once"},
		"ro": {"=luna =trecuta", "=aseara", "=acum =o =luna|=saptamana"},
		"so": {"=bishii =hore"},
		"ar": {"الشهر الماضي", "الاسبوع الماضي", "قبل شهر", "قبل اسبوع", "=mn =shahr|=shahrain|=sene", "=2abel =shahr|=jom3a"},
		"fa": {"ديشب", "ماه پيش", "هفته پيش", "پارسال", "=dishab", "=mahe =pish", "=parsal"},
		"uk": {"=місяць|=тиждень|=рік =тому", "=минулого =місяця|=року|=тижня"},
		"ru": {"=месяц|=неделю|=год =назад", "=в =прошлом =месяце|=году"},
	}},
}

// Session 6: arrested told alone ("Er ist inzwischen festgenommen") ends a danger; a weekday gone by
// ("letzten Sonntag", "w zeszłą niedzielę", "geçen pazar") dates it.
var arrestedAndWeekdayConcepts = []foreignConcept{
	{"over", map[string][]string{
		"no": {"=arrestert|=pagrepet"}, "sv": {"=gripen|=anhallen|=haktad"}, "de": {"=festgenommen|=verhaftet|=inhaftiert"},
		"pl": {"=aresztowany|=aresztowana|=zatrzymany|=zatrzymana", "=w =areszcie"}, "tr": {"=tutuklandi|=gozaltinda"},
		"ro": {"=arestat|=arestata|=retinut|=retinuta"}, "so": {"=la =xiray", "=xabsiga =ku =jira"},
		"ar": {"اعتقلوه", "انمسك", "=2abadu|=e3ta2aloh|=mas2ook"}, "fa": {"=bazdasht", "بازداشت"},
		"uk": {"=заарештували|=затримали|=заарештований|=затриманий", "=зараз =я =ок|=окей|=нормально", "=зі =мною =все =добре"},
		"ru": {"=арестовали|=задержали|=арестован|=задержан", "=сейчас =я =ок|=окей|=нормально|=в =порядке", "=со =мной =все =хорошо"},
	}},
	{"past", map[string][]string{
		"no": {"=i =sondags|=lordags|=fredags|=torsdags|=onsdags|=tirsdags|=mandags", "=forrige =sondag|=lordag|=fredag|=torsdag|=onsdag|=tirsdag|=mandag"},
		"sv": {"=i =sondags|=lordags|=fredags|=torsdags|=onsdags|=tisdags|=mandags", "=forra =sondagen|=lordagen|=fredagen|=torsdagen|=onsdagen|=tisdagen|=mandagen"},
		"de": {"=letzten|=vergangenen|=letzte|=vergangene =sonntag|=samstag|=freitag|=donnerstag|=mittwoch|=dienstag|=montag|=woche|=wochenende", "=am =wochenende"},
		"pl": {"=w =zeszla|=ostatnia =niedziele|=sobote|=srode", "=w =zeszly|=ostatni =piatek|=czwartek|=wtorek|=poniedzialek|=weekend", "=tydzien =temu"},
		"tr": {"=gecen =pazar|=cumartesi|=cuma|=persembe|=carsamba|=sali|=pazartesi|=hafta|=haftasonu"},
		"ro": {"=duminica|=sambata|=vinerea|=joia|=miercurea|=martea|=lunea =trecuta", "=saptamana =trecuta", "=weekendul =trecut"},
		"so": {"=toddobaadkii =hore", "=maalintii =axadda|=sabtida|=jimcaha"},
		"ar": {"الاسبوع الماضي", "يوم الجمعة الماضي", "=el =jom3a|=sabt|=a7ad =el =madye|=elli =fatet"},
		"fa": {"=hafte =pish|=gozashte", "هفته پیش", "هفته گذشته"},
		"uk": {"=минулої =неділі|=суботи|=п'ятниці", "=минулого =тижня|=понеділка|=вівторка"},
		"ru": {"=в =прошлое|=прошлую =воскресенье|=субботу|=пятницу|=среду", "=в =прошлый =понедельник|=вторник|=четверг", "=на =прошлой =неделе"},
	}},
}

// mergedLexicons is foreignLexicons with every concept table merged in, built on first use with the
// compiled lists (compiledForeigns), not at package init: merging copies most lists and the category
// maps, about 400 KB of allocations that a cold start which never classifies (the form's GET) would
// pay (issue 13).
func mergedLexicons() map[string]foreignLexicon {
	merged := make(map[string]foreignLexicon, len(foreignLexicons))
	for lang, l := range foreignLexicons {
		merged[lang] = l
	}
	all := append(append(append([]foreignConcept(nil), foreignConcepts...), categoryConcepts...), overAndPastConcepts...)
	for _, c := range slices.Concat(all, remarkConcepts, recallConcepts, arrestedAndWeekdayConcepts, ninthSetConcepts, ninthSetPrecisionConcepts, ninthSetConductConcepts, probeConcepts, probeConcepts2, categoryConcepts7, tenthSetConcepts) {
		for lang, cues := range c.cues {
			l, ok := merged[lang]
			if !ok {
				panic("foreign concept for unknown language " + lang)
			}
			switch c.field {
			case "danger":
				l.danger = append(l.danger, cues...)
			case "over":
				l.over = append(l.over, cues...)
			case "past":
				l.past = append(l.past, cues...)
			case "third":
				l.third = append(l.third, cues...)
			case "staff":
				l.staff = append(l.staff, cues...)
			case "conduct":
				l.conduct = append(l.conduct, cues...)
			case "cond":
				l.cond = append(l.cond, cues...)
			case "now":
				l.now = append(l.now, cues...)
			case "help":
				l.help = append(l.help, cues...)
			default:
				cats := map[string][]string{}
				for k, v := range l.cats {
					cats[k] = v
				}
				cats[c.field] = append(append([]string(nil), cats[c.field]...), cues...)
				l.cats = cats
			}
			merged[lang] = l
		}
	}
	return merged
}
