package classify

import (
	"slices"
	"strings"
)

// Urgent recall from the twelfth blind set (session 8, issue 11, a tuning set since its blind
// measure): concepts its writers told danger by and no foreign list had, written by concept for every
// language the foreign lists read, never as one text's words. Danger cues first, then additions to the
// fields of recallMechanisms (someone missing), then two fields for a mechanism of its own
// (twelfthSetMechanisms):
//
//   - waterField and outOfSightField: someone in the water the writer can no longer see ("raft too ab
//     va dige nemibinimesh"), both in one sentence, the sight told now.
//
// The carbon-monoxide alarm joins the fumes of the eleventh set (fumesField): an alarm going off with a
// sign of poisoning near it is the same danger as the stove's fumes.
const (
	waterField      = "water"
	outOfSightField = "outofsight"
)

var twelfthSetConcepts = []foreignConcept{
	// a farewell told sideways: look after my dog (or cat, or children) for me; goodbye to all; tired of
	// everything, the last time I write, give my love to mum ('%': thanks in the same text do not end it)
	{"danger", langCues{
		langNO: {"%=ta =vare =pa =hunden|=katten|=barna|=ungene|=mamma", "%=pass =pa =hunden|=katten|=barna =for =meg", "%=ingen =trenger =a =bekymre =seg =for =meg"},
		langSV: {"%=ta =hand =om =hunden|=katten|=barnen|=mamma", "%=ingen =behover =oroa =sig =for =mig"},
		langDE: {"%=kummert|=kummere =euch|=dich =um =meinen|=meine =hund|=katze|=kinder", "%=niemand =muss =sich =mehr =sorgen", "%=passt =auf =meinen|=meine =hund|=katze|=kinder =auf"},
		langPL: {"%=zaopiekujcie|=zaopiekuj =sie =moim|=moja|=moimi =psem|=kotem|=dziecmi|=mama", "%=nikt =nie =musi =sie =juz =o =mnie =martwic"},
		langTR: {"%=kopegime|=kedime|=cocuklarima|=anneme =iyi =bakin|=bak", "%=kimse =benim =icin =uzulmesin|=endiselenmesin"},
		langRO: {"%=aveti|=ai =grija =de =cainele|=caine|=pisica|=copii|=mama =mea|=meu|=mei", "%=nimeni =nu =trebuie =sa =isi =mai =faca =griji"},
		langSO: {"%=nabadgelyo =dhamaantiin|=dhammaantiin|=dhamaantin|=dhammaan|=idinka", "%=eeygayga|=bisaddayda|=carruurtayda =ilaaliya|=daryeela"},
		langAR: {"%ما بقيتش قادر", "%عييت من كلشي", "%اخر مره نكتب", "%سلمو على ماما", "%ديرو بالكم على", "%=ma =b9itch|=bqitch|=b9itsh|=b9it =9ader|=9adra|=qader|=qadra", "%=3yit|=3yeet|=3iyit =mn|=men|=min =kolshi|=kolchi|=koulchi|=kulshi",
			"%=akhir|=akher|=a5er|=a5ir =mra|=marra|=merra =nktb|=nekteb|=nkteb|=naktob", "%=slmo|=sallmo|=sallemo|=sallmou =3la|=3ala =mama|=mami|=yemma|=ommi", "%=dir|=deer|=diro =balkom|=balak|=balek =3la|=3al =kalb|=lkalb|=el =kalb|=qett|=wlad"},
		langFA: {"%مواظب سگم باشید", "%=movazebe =sagam|=gorbam|=bacheham =bashid|=bash", "%=hich =kas =negaran =man =nabashe", "%=be =maman =salam =beresoon"},
		langUK: {"%=подбай|=подбайте|=доглянь|=догляньте =про =мого|=мою|=моїх =собаку|=кота|=кішку|=дітей"},
		langRU: {"%=позаботься|=позаботьтесь|=присмотри|=присмотрите =о|=за =моей|=моим|=моих =собаке|=собакой|=кошке|=кошкой|=детях|=детьми", "%=никто =не =должен =обо =мне =волноваться"},
	}},
	// a carbon-monoxide alarm going off ('&': with a word of now; "bippede i sidste uge" is the past)
	{"danger", langCues{
		langNO: {"&=co =alarmen|=varsleren =piper|=uler|=gar", "&=kullosvarsleren|=karbonmonoksidvarsleren =piper|=uler|=gar"},
		langSV: {"&=co =larmet|=varnaren =piper|=tjuter|=larmar", "&=kolmonoxidlarmet|=kolosvarnaren|=koloxidvarnaren =piper|=tjuter|=larmar"},
		langDE: {"&=co =melder|=warnmelder =piept|=schlagt|=geht", "&=kohlenmonoxidmelder|=gasmelder =piept|=schlagt|=geht"},
		langPL: {"&=czujnik|=czujka =czadu =piszczy|=wyje|=dzwoni|=sie =wlaczyl"},
		langTR: {"&=karbonmonoksit|=gaz =alarmi|=dedektoru|=dedektörü =otuyor|=caliyor|=ottu"},
		langRO: {"&=detectorul =de =monoxid|=gaz =suna|=piuie|=tiuie"},
		langAR: {"&=alarm|=jihaz|=7assas =el =ghaz|=ghaz =3am =ysaffer|=yzammer|=yrenn"},
		langFA: {"&=hoshdar|=alarm|=dastgah =gaz|=monoxid =boogh =mizane|=sedash =miad"},
		langUK: {"&=датчик =чадного =газу =пищить|=спрацював|=верещить"},
		langRU: {"&=датчик =угарного =газа =пищит|=сработал|=орет"},
	}},
	// the alarm with a sign of poisoning (eleventhSetMechanisms' fumes)
	{fumesField, langCues{
		langNO: {"=co =alarmen|=varsleren", "=kullosvarsleren"}, langSV: {"=co =larmet|=varnaren", "=kolmonoxidlarmet|=kolosvarnaren"},
		langDE: {"=co =melder|=warnmelder", "=kohlenmonoxidmelder"}, langPL: {"=czujnik =czadu", "=czujka =czadu"},
		langTR: {"=karbonmonoksit =alarmi|=dedektoru"}, langRO: {"=detectorul =de =monoxid"}, langSO: {"=alaarmiga =qiiqa|=gaaska"},
		langAR: {"=7assas|=alarm =el =ghaz", "جهاز الغاز"}, langFA: {"=hoshdar =gaz|=monoxid"}, langUK: {"=датчик =чадного"}, langRU: {"=датчик =угарного"},
	}},
	// someone turning blue, who cannot breathe (Egyptian and Levantine Arabic the lists lacked) — a state
	// told now ('@')
	{"danger", langCues{
		langNO: {"@=blir =bla", "@=bla =i =ansiktet|=leppene"}, langSV: {"@=blir =bla", "@=bla =i =ansiktet|=lapparna"},
		langDE: {"@=lauft =blau =an", "@=wird =blau", "@=lippen =sind =blau", "@=blau =im =gesicht"}, langPL: {"@=sinieje", "@=robi =sie =siny|=sina", "@=sine =usta"},
		langTR: {"@=moriyor", "@=morardi", "@=dudaklari =mor"}, langRO: {"@=se =invineteste", "@=s-a =invinetit", "@=buzele =vinete|=albastre"},
		langSO: {"@=buluug =noqonaya|=noqday|=isu =beddelay"},
		langAR: {"@وشها ازرق", "@وشه ازرق", "@وجهه ازرق", "@وجهها ازرق", "@مش قادره تتنفس", "@مش قادر يتنفس", "@=wesh|=wesha|=wesho|=wa2ho|=wij =b2a =azra2|=zar2a|=azra2", "@=wesh|=wesha|=wesho|=wa2ho =azra2|=zar2a|=azra2a",
			"@=mesh|=msh|=mish =2adra|=2ader|=aadra|=aader|=2adreen =tetnaffes|=yetnaffes|=tetnafas|=yetnafas|=titnaffis|=yitnaffis"},
		langFA: {"@کبود شده", "@داره کبود میشه", "@=kaboud|=kabud =shode|=mishe"}, langUK: {"@=синіє", "@=посинів|=посиніла", "@=сині =губи"}, langRU: {"@=синеет", "@=посинел|=посинела", "@=синие =губы"},
	}},
	// a child (or anyone) who will not open the eyes ('@')
	{"danger", langCues{
		langNO: {"@=apner =ikke =oynene", "@=vil =ikke =apne =oynene"}, langSV: {"@=oppnar =inte =ogonen", "@=vill =inte =oppna =ogonen"},
		langDE: {"@=macht =die =augen =nicht =auf", "@=offnet =die =augen =nicht"}, langPL: {"@=nie =otwiera =oczu"},
		langTR: {"@=gozlerini =acmiyor"}, langRO: {"@=nu =deschide =ochii"}, langSO: {"@=indhaha =ma =furayso|=furayo|=furaynayso|=furaynayo|=furto|=furo|=furanayo"},
		langAR: {"@ما عم تفتح عيونها", "@ما عم يفتح عيونه", "@مش بتفتح عينيها", "@=ma =3am =tefta7|=yefta7|=tifta7|=yifta7 =3younha|=3youna|=3yuno|=3younou", "@=mesh|=msh =bteft7|=btefta7|=byefta7 =3eneha|=3enaha|=3eno|=3enih"},
		langFA: {"@چشماشو باز نمیکنه", "@=cheshmasho|=cheshmash|=cheshmaasho =baz =nemikone|=nemikoneh"}, langUK: {"@=не =відкриває =очі|=очей"}, langRU: {"@=не =открывает =глаза"},
	}},
	// smoke thickening, the door hot, no way out (a fire spreading now); the Somali smoke word with its
	// article
	{"danger", langCues{
		langNO: {"=royken =blir =tykkere|=verre", "=doren|=dora =er =varm|=het", "=kommer =oss =ikke =ut"},
		langSV: {"=roken =blir =tjockare|=varre", "=dorren =ar =varm|=het", "=kommer =inte =ut"},
		langDE: {"=rauch =wird =dichter|=starker|=immer =mehr", "=tur =ist =heiss", "=kommen =nicht =raus|=hinaus"},
		langPL: {"=coraz =wiecej =dymu", "=dym =gestnieje|=coraz =gestszy", "=drzwi =sa =gorace", "=nie =mozemy =wyjsc"},
		langTR: {"=duman =artiyor|=yogunlasiyor|=coguluyor", "=kapi =sicak|=sicacik", "=disari =cikamiyoruz"},
		langRO: {"=fumul =e =tot =mai =gros|=dens", "=tot =mai =mult =fum", "=usa =e =fierbinte", "=nu =putem =iesi"},
		langSO: {"=qiiqa|=qiiqii|=qiiqu", "=sii =badanayaa|=kordhayaa =qiiq", "=albaabka =waa =kulul", "=ma =bixi =karno"},
		langAR: {"الدخان عم يزيد", "الباب سخن", "ما فينا نطلع", "=el =dokhan|=eddo5an|=dukhan|=ed-dokhan =3am =yzid|=yeb2a|=byzid", "=el =bab|=elbab =sokhn|=so5n|=sa5en|=sokhon", "=ma =fina =ntla3|=nitla3"},
		langFA: {"دود داره بیشتر میشه", "در داغه", "نمیتونیم بیایم بیرون", "=dood|=dud =dare =bishtar|=ziad", "=dar =dagh|=daghe", "=nemitoonim|=nemitunim =biaim|=berim =biroon|=birun"},
		langUK: {"=дим =густішає|=сильнішає", "=дедалі =більше =диму", "=двері =гарячі", "=не =можемо =вийти"},
		langRU: {"=дым =становится =гуще", "=все =больше =дыма", "=дверь =горячая", "=не =можем =выйти"},
	}},
	// an obstacle across a road: a lorry across the lane, a load on the motorway, cars swerving round it
	// (a word of the past in its sentence without a word of now makes it the past: "lay across the road yesterday")
	{"danger", langCues{
		langNO: {"=pa =tvers =av|=over =veien|=veibanen|=motorveien|=feltet", "=bilene =svinger =unna"},
		langSV: {"=tvars =over =vagen|=korfaltet|=motorvagen|=korbanan", "=bilarna =svanger|=vajar"},
		langDE: {"=quer =auf =der|=die =fahrbahn|=autobahn|=strasse", "=autos =weichen =aus"},
		langPL: {"=w =poprzek =drogi|=jezdni|=pasa|=autostrady", "=samochody =omijaja|=hamuja"},
		langTR: {"=yolun|=otoyolun =ortasinda|=ortasında", "=yola =devrilmis|=devrildi", "=arabalar =zor =duruyor|=kaciyor"},
		langRO: {"=de-a =curmezisul =drumului|=autostrazii|=benzii|=soselei", "=masinile =abia =franeaza|=ocolesc"},
		langSO: {"=waddada|=jidka =dhexdeeda|=dhexdiisa =taagan|=yaal"},
		langAR: {"عارضه الطريق", "=3ared|=3arda|=m3arred =fel|=fi|=bel =tari2|=shari3|=otostrad", "=sadd|=sad =el =tari2"},
		langFA: {"وسط اتوبان", "=vasat|=vasate =otoban|=autoban|=jadde|=khiaboon"},
		langUK: {"=поперек =смуги|=дороги|=траси", "=машини =ледве =встигають|=гальмують"},
		langRU: {"=поперек =полосы|=дороги|=трассы", "=машины =еле =успевают|=тормозят"},
	}},
	// a child who never arrived at school, got lost, is still not to be found (recallMechanisms: with a
	// kin or child word in its sentence)
	{missingField, langCues{
		langNO: {"=kom =aldri =fram|=frem", "=ikke =kommet =til =skolen|=barnehagen", "=finner =ham|=henne =ikke", "=har =gatt =seg =bort"},
		langSV: {"=kom =aldrig =fram", "=inte =kommit =till =skolan|=forskolan", "=hittar =honom|=henne =inte", "=gatt =vilse"},
		langDE: {"=nie =angekommen", "=nicht =in =der =schule =angekommen|=aufgetaucht", "=finden =ihn|=sie =nicht", "=hat =sich =verlaufen", "=verlaufen"},
		langPL: {"=nie =dotarl|=dotarla =do =szkoly|=przedszkola", "=nie =ma =go|=jej =w =szkole", "=nie =mozemy =go|=jej =znalezc", "=zgubil|=zgubila =sie"},
		langTR: {"=okula =gitmemis|=varmamis|=gelmemis|=ulasmamis", "=okula =hic =gelmedi", "=onu =bulamiyoruz|=bulamiyorum", "=kayboldu"},
		langRO: {"=n-a =ajuns =la =scoala|=gradinita", "=nu =a =ajuns =la =scoala", "=nu =il|=o =gasim|=gasesc", "=s-a =pierdut|=ratacit"},
		langSO: {"=ma =iman|=iman =dugsiga", "=dugsiga =ma =tegin|=gaarin", "=lumay|=lumatay|=luntay"},
		langAR: {"تاهت", "تاه", "مش لاقيينها", "مش لاقيينه", "ما وصل عالمدرسه", "=ta2et|=tahet|=taahet", "=mesh|=msh|=mish =la2yinha|=la2ienha|=la2yeenha|=la2yino|=la2ino|=la2yeeno|=la2inha", "=ma =wesel|=weselsh|=wosel|=woslet|=weslet =3al|=3ala =madrase|=madrasa|=madrasseh"},
		langFA: {"به مدرسه نرسیده", "پیداش نمیکنیم", "=be =madrese =naresid|=naraside|=narafte", "=peydash =nemikonim|=nemikonam"},
		langUK: {"=не =дійшов|=дійшла =до =школи|=садочка", "=не =можемо =його|=її =знайти", "=не =можемо =знайти =його|=її", "=загубився|=загубилася"},
		langRU: {"=не =дошел|=дошла =до =школы|=садика", "=не =пришел|=пришла =в =школу", "=не =можем =его|=ее =найти", "=не =можем =найти =его|=ее", "=потерялся|=потерялась"},
	}},
	// the water and someone out of sight in it (twelfthSetMechanisms)
	{waterField, langCues{
		langNO: {"=vannet|=sjoen|=havet|=elva|=bolgene"}, langSV: {"=vattnet|=sjon|=havet|=alven|=vagorna"}, langDE: {"=wasser|=see|=meer|=fluss|=wellen"},
		langPL: {"=wody|=wodzie|=wode|=jeziora|=jeziorze|=morza|=morzu|=rzeki|=rzece|=fale"}, langTR: {"=suya|=suda|=denize|=denizde|=gole|=golde|=nehre|=dalgalar"},
		langRO: {"=apa|=apei|=lac|=lacul|=mare|=marea|=raul|=valuri"}, langSO: {"=biyaha|=badda|=webiga|=mowjadaha"},
		langAR: {"المي", "المياه", "البحر", "=el =mayy|=mayye|=ba7r|=ba7er", "=fel =ba7r|=mayye"}, langFA: {"آب", "دریا", "=ab|=aab|=darya|=daryache|=estakhr"},
		langUK: {"=воду|=воді|=річку|=річці|=море|=морі|=озеро|=озері|=хвилі"}, langRU: {"=воду|=воде|=реку|=реке|=море|=озеро|=озере|=волны"},
	}},
	{outOfSightField, langCues{
		langNO: {"@=ser =ham|=henne =ikke =lenger|=mer", "@=ser =ham|=henne =ikke"}, langSV: {"@=ser =honom|=henne =inte =langre", "@=ser =honom|=henne =inte"},
		langDE: {"@=sehen =ihn|=sie =nicht =mehr", "@=sehe =ihn|=sie =nicht =mehr"}, langPL: {"@=nie =widze|=widzimy =go|=jej"},
		langTR: {"@=goremiyoruz|=goremiyorum"}, langRO: {"@=nu =il|=o =mai =vad|=vedem"}, langSO: {"@=ma =aragno|=arko|=aragti"},
		langAR: {"@ما عم نشوفه", "@ما عم شوفه", "@=ma =3am =nshoufo|=shoufo|=nshoufa|=shoufa", "@=mesh =shayfino|=shayfeeno|=shayfinha"},
		langFA: {"@دیگه نمیبینمش", "@دیگه نمیبینیمش", "@=dige =nemibinimesh|=nemibinamesh|=nemibinimash|=nemibinim"},
		langUK: {"@=не =бачу|=бачимо =його|=її"}, langRU: {"@=не =вижу|=видим =его|=ее"},
	}},
	// a weapons permit is a matter of paperwork, not a weapon now ("pozwolenie na broń")
	{otherSenseField, langCues{
		langNO: {"=vapenlisens|=vapenkort", "=lisens =pa =vapen"}, langSV: {"=vapenlicens", "=licens =for =vapen"},
		langDE: {"=waffenschein|=waffenbesitzkarte|=waffenerlaubnis"}, langPL: {"=pozwolenie|=pozwolenia =na =bron"},
		langTR: {"=silah =ruhsati|=ruhsat"}, langRO: {"=permis =de =arma|=port =arma"}, langSO: {"=ruqsad =hub|=qori"},
		langAR: {"رخصه سلاح", "=rokhset|=rukhset|=ro5set =sela7|=silah"}, langFA: {"مجوز اسلحه", "=mojavez =aslahe|=aslahe"},
		langUK: {"=дозвіл =на =зброю"}, langRU: {"=разрешение =на =оружие"},
	}},
	// over: the writer safe now, no contact any more; earlier (Farsi)
	{"over", langCues{langFA: {"در امانم", "=dar =amanam|=amaanam|=amanim", "=hich =rabti =nadarim"}, langPL: {"=znalezlismy|=odnalezlismy"}}},
	{"past", langCues{langFA: {"قبلا", "=ghablan|=qablan"}}},
}

// twelfthSetMechanisms adds the urgent evidence of someone in the water the writer can no longer see
// (twelfthSetConcepts), told now: not negated, over, thanked for or in the past.
func twelfthSetMechanisms(ev *foreignEvidence, toks []token, ft foreignText, cats map[string][]fhit, findField func(string),
	told func(fhit) bool, negated, cleared func(fhit) (string, bool), reason func(string, ...any)) {
	if ev.urgent {
		return
	}
	findField(outOfSightField)
	if len(cats[outOfSightField]) == 0 {
		return
	}
	findField(waterField)
	for _, s := range cats[outOfSightField] {
		sent := toks[s.start].sent
		wi := slices.IndexFunc(cats[waterField], func(w fhit) bool { return toks[w.start].sent == sent && w.start < s.start && s.start-w.start <= 10 })
		if wi < 0 {
			continue
		}
		water := cats[waterField][wi]
		_, neg := negated(s)
		// a word of "gone" before the water is how the person got there ("raft too ab": went into the
		// water), not the danger over
		ow, over := cleared(s)
		if over && slices.ContainsFunc(toks[:water.start], func(t token) bool { return t.sent == sent && strings.EqualFold(t.word, ow) }) {
			over = false
		}
		if neg || over || !s.present && !told(s) {
			continue // '@': a state told now, whatever past verb stands beside it ("went into the water")
		}
		ev.urgent = true
		ev.urgentAt = append(ev.urgentAt, [2]int{s.start, s.end})
		ev.recognised++
		ev.langs[s.lang] = true
		reason("%s: '%s' → urgent (someone in the water out of sight, now)", s.lang, ft.words(s))
		return
	}
}

// trainingBatchConcepts are concepts session 8's training batch (testdata/train_multilingual2.jsonl, read
// after its measure before use) told danger by and no list had, written by concept for every language
// the foreign lists read: a farewell (the last time you hear from me, better for everyone without me, a
// pet given away), standing on a roof, someone standing below the building now, someone gone out of the
// house (with dementia: kinField), a car sinking, someone fallen through the ice, a drunk driver putting
// the children in the car, bleeding that will not stop (Farsi), a child not back from school.
var trainingBatchConcepts = []foreignConcept{
	{"danger", langCues{
		langNO: {"%=siste =gang =dere|=du =horer =fra =meg", "%=bedre =for =alle =uten =meg", "%=gitt =bort =katten|=hunden", "@=star =pa =taket"},
		langSV: {"%=sista =gangen =ni|=du =hor =fran =mig", "%=battre =for =alla =utan =mig", "%=blir =battre =sa =har =for =alla", "%=gett =bort =katten|=hunden", "%=raknat =upp =alla =tabletter|=tabletterna", "@=star =pa =taket"},
		langDE: {"%=letzte =mal =von =mir", "%=besser =fur =alle =ohne =mich", "%=katze|=hund =weggegeben|=verschenkt", "@=steht =auf =dem =dach"},
		langPL: {"%=ostatni =raz =o|=ode =mnie", "%=lepiej =dla =wszystkich =beze =mnie", "%=wszystkim =bedzie =lepiej", "%=oddalem|=oddalam =kota|=psa", "@=stoi =na =dachu"},
		langTR: {"%=benden =son =kez", "%=bensiz =herkes =daha =iyi", "%=kedimi|=kopegimi =verdim", "@=catida =duruyor|=bekliyor"},
		langRO: {"%=ultima =data =cand =auziti|=auzi =de =mine", "%=mai =bine =pentru =toti =fara =mine", "%=tuturor =le =va =fi =mai =bine", "%=am =dat =pisica|=cainele", "@=sta =pe =acoperis"},
		langSO: {"%=ugu =dambeysa", "%=la'aantay =way =ka =fiicnaan", "@=saqafka =ku =taagan"},
		langAR: {"%اخر مره بتسمعو مني", "%احسن للكل بلاني", "%=akher|=a5er|=akhir =marra|=mra =btesma3o|=tesma3o", "%=a7san =lal =kel|=lalkel =bala =ni|=mni|=bdouni", "@واقف عالسطح", "@=wa2ef|=wa2fe =3al =sate7|=saté7"},
		langFA: {"%آخرین باره که", "%بدون من همه راحت", "%=akharin =bare|=bar", "%=bedoone|=bedune =man =hame =rahat|=behtar", "@روی پشت بوم", "@=rooye|=ruye =posht =bam|=boom"},
		langUK: {"%=востаннє =ви =чуєте", "%=всім =без =мене =буде =легше|=краще", "%=віддав|=віддала =кота|=кішку|=собаку", "@=стоїть =на =даху", "%=vsim =bez =mene =bude =lehshe|=krashche"},
		langRU: {"%=последний =раз =вы =слышите", "%=всем =без =меня =будет =легче|=лучше", "%=vsem =bez =menya =budet =legche|=luchshe", "%=отдал|=отдала =кота|=кошку|=собаку", "@=стоит =на =крыше", "@=stoit =na =kryshe"},
	}},
	// someone standing below the building or at the entrance now (a restraining order broken tonight)
	{"danger", langCues{
		langNO: {"=star =nede =ved =inngangen|=doren"}, langSV: {"=star =utanfor =porten|=dorren =nu"}, langDE: {"=steht =unten =vor =dem =haus|=der =tur"},
		langPL: {"=stoi =pod =blokiem|=domem|=klatka"}, langTR: {"=apartmanin =onunde =bekliyor|=duruyor"}, langRO: {"=sta =in =fata =blocului|=casei"},
		langSO: {"=wuxuu =taagan =yahay =albaabka|=guriga =hortiisa"}, langAR: {"واقف تحت البنايه", "=wa2ef|=wa2if =ta7t =el =binaye|=elbinaye|=elbeit"},
		langFA: {"=jeloye =khoone =vaisade", "جلوی خونه وایساده"}, langUK: {"=стоїть =під =будинком|=під'їздом|=вікнами"}, langRU: {"=стоит =под =окнами|=подъездом|=домом"},
	}},
	// a car sinking with someone in it, someone fallen through the ice, holding on to the edge ('@': now)
	{"danger", langCues{
		langNO: {"@=synker", "@=gjennom =isen", "@=holder =seg =i =kanten"}, langSV: {"@=sjunker", "@=genom =isen", "@=haller =sig =i =kanten"},
		langDE: {"@=sinkt", "@=durchs =eis", "@=ins =eis =eingebrochen", "@=halt =sich =am =rand"}, langPL: {"@=pod =lod", "@=zalamal =sie =lod", "@=trzyma =sie =krawedzi", "@=samochod =tonie"},
		langTR: {"@=buz =kirildi", "@=buza =dustu", "@=araba =batiyor"}, langRO: {"@=sub =gheata", "@=s-a =rupt =gheata", "@=masina =se =scufunda"},
		langSO: {"@=barafka =ku =dhacay", "@=gaariga =biyaha =ku =quusaya"}, langAR: {"@=ta7t =el =talj", "@=el =sayyara =3am =tegra2"},
		langFA: {"@=zire =yakh", "@=mashin =dare =gharq"}, langUK: {"@=під =лід", "@=машина =тоне|=йде =під =воду"}, langRU: {"@=под =лед", "@=pod =led", "@=машина =тонет|=уходит =под =воду"},
	}},
	// a drunk driver putting the children in the car, about to drive ('@')
	{"danger", langCues{
		langNO: {"@=full =og =skal =kjore =barna|=ungene"}, langSV: {"@=full =och =ska =kora =barnen"}, langDE: {"@=setzt =die =kinder =ins =auto", "@=betrunken =und =will =fahren"},
		langPL: {"@=wsadza =dzieci =do =auta|=samochodu", "@=pijany =i =chce =jechac"}, langTR: {"@=cocuklari =arabaya =bindiriyor", "@=sarhos =ve =araba =kullanacak"},
		langRO: {"@=urca =copiii =in =masina", "@=beat =si =vrea =sa =conduca"}, langSO: {"@=carruurta =gaariga =ku =ridaya|=gelinaya"},
		langAR: {"@سكران وبدو يسوق", "@=sakran =w =bdo|=badu =ysou2"}, langFA: {"@مسته و میخواد رانندگی کنه", "@=maste =va =mikhad =ranandegi"},
		langUK: {"@=садить =дітей =в|=у =машину", "@=sadyt =ditei =v|=u =mashynu"}, langRU: {"@=сажает =детей =в =машину", "@=sazhaet =detei =v =mashinu"},
	}},
	// bleeding that will not stop, a child told by an adult met online not to tell anyone (Farsi)
	{"danger", langCues{langFA: {"@خون بند نمیاد", "@=khoon|=khun =band =nemiad|=nemiyad", "@بهش گفته به کسی نگه", "@=behesh =gofte =be =kasi =nage"}}},
	// gone out of the house; not back from school; gone with an adult man (recallMechanisms: with a kin
	// or child word)
	{missingField, langCues{
		langNO: {"=har =gatt =ut =hjemmefra"}, langSV: {"=har =gatt =hemifran"}, langDE: {"=ist =weg", "=ist =weggelaufen"}, langPL: {"=wyszla|=wyszedl =z =domu"},
		langTR: {"=evden =cikti|=cikmis", "=okuldan =donmedi|=gelmedi"}, langRO: {"=a =plecat =din =casa", "=a =iesit =din =casa", "=nu =s-a =intors =de =la =scoala"},
		langSO: {"=guriga =ka =baxday|=baxay", "=kama =soo =noqon|=laaban"}, langAR: {"=tele3|=tel3et =mn =el =bet", "ما رجعت من المدرسه", "ما رجع من المدرسه"},
		langFA: {"=az =khoone =raft|=rafte =biroon", "برنگشته", "=barnagashte"},
		langUK: {"=вийшла|=вийшов =з =дому|=хати", "=vyishla|=vyishov =z =domu", "=не =повернулась|=повернувся =зі|=з =школи", "=пішла|=пішов =з =якимось|=незнайомим|=дорослим"},
		langRU: {"=ушла|=ушел =из =дома", "=ushla|=ushel =iz =doma", "=не =вернулась|=вернулся =из =школы", "=ne =vernulas|=vernulsya =iz =shkoly", "=ушла|=ушел =с =незнакомым|=взрослым", "=ушла|=ушел =с =каким-то"},
	}},
	{kinField, langCues{
		langUK: {"=babusya|=babusia|=didus|=demenciyeyu|=demenciya|=бабуся|=дідусь|=дочка"}, langRU: {"=babushka|=dedushka|=doch|=dochka|=syn|=synok|=бабушка|=дедушка"},
	}},
}
