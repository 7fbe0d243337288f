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
		langDE: {"&=co =melder|=warnmelder =piept|=schlagt|=geht", "&=kohlenmonoxidmelder|=gasmelder|=kohlenmonoxid-warnmelder =piept|=schlagt|=geht"},
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
