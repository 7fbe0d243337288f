package classify

// Urgent recall by probing (session 8, cls-probe, issue 11): concepts found missing by texts written in
// new words after the lists were tuned, written by concept for every language the foreign lists read,
// never as one text's words.
var probeFourConcepts = []foreignConcept{
	// a farewell already said to everyone (the perfect: the farewell is done, the danger is now; '%':
	// thanks in the same text do not end it), and an absence tomorrow told in the forms the lists lacked
	{"danger", langCues{
		langNO: {"%=har =sagt =farvel =til =alle|=dere|=familien", "%=har =tatt =farvel =med =alle"},
		langSV: {"%=har =sagt =hejda|=adjo|=farval =till =alla|=er|=familjen", "%=har =tagit =farval =av =alla", "%=ar =inte =har =i =morgon|=imorgon"},
		langDE: {"%=habe =mich =von =allen|=euch =verabschiedet", "%=habe =mich =von =meiner =familie =verabschiedet", "%=bin =morgen =nicht =mehr =da|=hier"},
		langPL: {"%=pozegnalem|=pozegnalam =sie =ze =wszystkimi", "%=pozegnalem|=pozegnalam =sie =z =rodzina", "%=juz =sie =ze =wszystkimi =pozegnalem|=pozegnalam"},
		langTR: {"%=herkesle|=ailemle =vedalastim", "%=herkese =veda =ettim"},
		langRO: {"%=luat =ramas =bun =de =la =toti|=familie", "%=nu =mai =sunt =aici =maine"},
		langSO: {"%=dhammaan|=dhamaan =ayaan =nabadgelyo =ku =iri|=idhi|=dhahay", "%=qof =walba =ayaan =nabadgelyo =ku =iri|=idhi|=dhahay", "%=berri =halkan =ma =joogi|=joogo"},
		langAR: {"%ودعت الكل", "%ودعت الجميع", "%ودعت كل الناس", "%=wadda3t|=wade3t|=wada3t|=wadda3et =el =kol|=kel|=nas", "%=wadda3t|=wade3t|=wada3t|=wadda3et =elkol|=elkel|=kolshi|=elnas"},
		langFA: {"%با همه خداحافظی کردم", "%=ba =hame =khodahafezi =kardam"},
		langUK: {"%=попрощався|=попрощалася =з =усіма|=всіма|=родиною", "%=poproshchavsia|=poproshchalasia =z =usima|=vsima"},
		langRU: {"%=попрощался|=попрощалась =со =всеми", "%=попрощался|=попрощалась =с =семьей", "%=poproshchalsya|=poproshchalas =so =vsemi"},
	}},
	// a confused or demented person wandering outside, on the road or in the dark now (the present verb,
	// '@': "he wandered off last winter" has no present verb and is not read)
	{"danger", langCues{
		langNO: {"@=forvirret|=dement|=demens ~=gar|=vandrer|=rusler ~=rundt|=ute|=veien|=gata|=morket|=kulda", "@=gar|=vandrer|=rusler ~=veien|=gata|=morket|=kulda ~=forvirret|=dement"},
		langSV: {"@=forvirrad|=dement|=demens ~=gar|=vandrar|=irrar ~=runt|=ute|=vagen|=gatan|=morkret|=kylan", "@=gar|=vandrar|=irrar ~=vagen|=gatan|=morkret|=kylan ~=forvirrad|=dement"},
		langDE: {"@=verwirrt|=dement|=demenz|=demenzkrank ~=lauft|=irrt|=wandert ~=herum|=draussen|=strasse|=dunkeln|=kalte", "@=lauft|=irrt|=wandert ~=strasse|=dunkeln|=kalte ~=verwirrt|=dement"},
		langPL: {"@=zdezorientowany|=zdezorientowana|=zagubiony|=zagubiona|=demencja|=demencje ~=chodzi|=blaka|=wedruje ~=ulicy|=drodze|=ciemku|=ciemnosci|=zimnie|=dworze", "@=chodzi|=blaka|=wedruje ~=ulicy|=drodze|=ciemku ~=zdezorientowany|=zdezorientowana|=demencja|=demencje"},
		langTR: {"@=kafasi =karisik|=karmakarisik ~=dolasiyor|=yuruyor|=geziyor|=dolanip", "@=bunamis|=demans ~=dolasiyor|=yuruyor|=geziyor|=dolanip", "@=yolda|=sokakta|=karanlikta|=disarida ~=dolasiyor|=yuruyor ~=bunamis|=demans"},
		langRO: {"@=confuz|=confuza|=dezorientat|=dezorientata|=dementa ~=umbla|=rataceste|=merge ~=strada|=drum|=drumul|=intuneric|=frig|=afara", "@=umbla|=rataceste ~=strada|=drum|=drumul|=intuneric ~=confuz|=confuza|=dezorientat|=dezorientata|=dementa"},
		langSO: {"@=jahwareersan|=wareersan|=wareersantahay ~=wadada|=waddada|=mugdiga|=dibadda|=jidka", "@=wadada|=waddada|=mugdiga|=jidka ~=jahwareersan|=wareersan"},
		langAR: {"@=kharfan|=5arfan|=tayeh|=tayh|=dayi3|=daye3 ~=share3|=shari3|=shere3|=tari2|=3atme|=3atmeh|=barra", "@=yemshi|=yimshi|=ymshi|=beymshi ~=share3|=tari2|=3atme ~=kharfan|=5arfan|=tayeh", "@خرفان ~الشارع|الطريق|العتمه|الظلام", "@تايه ~الشارع|الطريق|العتمه|الظلام", "@ضايع ~الشارع|الطريق|العتمه|الظلام"},
		langFA: {"@=gij|=gije|=gijeh|=alzaymer|=alzheimer ~=khiaboon|=khiyaban|=khiaban|=tariki|=jade|=biroon", "@گیج ~خیابون|خیابان|تاریکی|جاده|بیرون", "@گیجه ~خیابون|خیابان|تاریکی|جاده|بیرون"},
		langUK: {"@=розгублений|=розгублена|=дезорієнтований|=дезорієнтована|=деменцією|=деменція ~=ходить|=блукає ~=дорозі|=вулиці|=темряві|=холоді|=надворі", "@=ходить|=блукає ~=дорозі|=вулиці|=темряві ~=розгублений|=розгублена|=дезорієнтований|=дезорієнтована"},
		langRU: {"@=растерянный|=растерянная|=дезориентирован|=дезориентирована|=деменцией|=деменция ~=ходит|=бродит ~=дороге|=улице|=темноте|=холоде", "@=ходит|=бродит ~=дороге|=улице|=темноте ~=растерянный|=растерянная|=дезориентирован|=дезориентирована"},
	}},
	// the fourth probe (probe_urgent_conduct4.jsonl, measured before these): being followed by "us" (the
	// plural object the following cues lacked), someone standing behind the house now ('@')
	{"danger", langCues{
		langNO: {"@=star|=venter =bak =huset"},
		langSV: {"@=star|=vantar =bakom =huset"},
		langDE: {"@=steht|=wartet =hinter =dem|=unserem|=meinem =haus"},
		langPL: {"@=stoi|=czeka =za =domem|=blokiem"},
		langTR: {"=pesimizden|=arkamizdan =geliyor|=geldi|=yuruyor", "=bizi =takip =ediyor|=etti", "@=evimizin|=evin =arkasinda =bekliyor|=duruyor"},
		langRO: {"@=sta|=asteapta =in =spatele =casei|=blocului"},
		langAR: {"عم يلحقنا", "لاحقنا", "يلاحقنا", "=ylle7e2na|=yla7e2na|=yel7a2na|=yle7a2na|=la7e2na|=la7i2na|=btla7e2na|=byla7e2na|=ylahe2na", "@واقف ورا البيت", "@واقف ورا بيتنا",
			"@=wa2ef|=wa2fe|=wa2if =wara|=2odam|=odam|=barra =bayetna|=betna|=baytna|=bitna|=beitna", "@=wa2ef|=wa2fe|=wa2if =wara =el =bet|=beit|=bayt"},
		langFA: {"دنبالمون", "=donbalemoon|=donbalemun|=dombalemoon", "@پشت خونه وایساده", "@=poshte =khoone =vaysade|=vayside"},
		langUK: {"@=стоїть|=чекає =за =будинком"},
		langRU: {"@=стоит|=ждет =за =домом"},
	}},
	// someone gone under the water who has not come up again ('@': the going under is told in the past)
	{"danger", langCues{
		langNO: {"@=kom|=kommet =ikke =opp =igjen"},
		langSV: {"@=kom|=kommit =inte =upp =igen"},
		langDE: {"@=nicht =wieder|=mehr =hochgekommen"},
		langPL: {"@=nie =wyplynal|=wyplynela|=wynurzyl|=wynurzyla", "@=poszedl|=poszla =pod =wode"},
		langTR: {"@=suyun =altina =gitti|=battı", "@=sudan =cikmadi|=cikamadi"},
		langRO: {"@=nu =a =mai =iesit =la =suprafata", "@=dus =la =fund"},
		langAR: {"@غطس وما طلع", "@غرق وما طلع", "@=ghotes|=ghatas|=ghere2|=ghire2 =w =ma =tele3|=tili3|=tele3et"},
		langFA: {"@رفت زیر آب", "@=raft =zire =ab|=aab"},
		langUK: {"@=пішов|=пішла =під =воду", "@=не =виринув|=виринула"},
		langRU: {"@=ушел|=ушла =под =воду", "@=не =всплыл|=всплыла|=вынырнул|=вынырнула"},
	}},
	// a time long gone: years ago, last summer or winter (a danger told with it is over)
	{"past", langCues{
		langNO: {"=for =ett|=to|=tre|=flere =ar =siden"},
		langSV: {"=for =ett|=tva|=tre|=flera =ar =sedan", "=i =somras|=vintras"},
		langDE: {"=vor =einem|=zwei|=drei|=vier|=vielen =jahr|=jahren", "=vor =ein =paar =jahren", "=letzten =sommer|=winter"},
		langPL: {"=rok =temu", "=dwa|=trzy|=cztery =lata =temu", "=kilka|=piec =lat =temu", "=zeszlego =lata", "=zeszlej =zimy"},
		langTR: {"=yil|=sene =once"},
		langRO: {"=vara|=iarna =trecuta"},
		langAR: {"من سنه", "قبل سنه", "قبل سنتين", "السنه الماضيه", "=2abel|=abel|=abl =sene|=seneh|=sana|=santen"},
		langFA: {"سال پیش", "پارسال", "=sale|=sal =pish", "=parsal"},
		langUK: {"=рік =тому", "=роки|=років =тому"},
		langRU: {"=год =назад", "=года|=лет =назад"},
	}},
	// over: separated from the one who did it and safe now; living in a care home, well looked after
	{"over", langCues{
		langNO: {"=vi =er =skilt|=separert", "=bor ~=pa =sykehjem|=sykehjemmet"},
		langSV: {"=vi =ar =skilda|=separerade", "=bor ~=pa =aldreboende|=aldreboendet|=serviceboende"},
		langDE: {"=wir =sind =getrennt|=geschieden", "=lebt|=wohnt ~=im =pflegeheim|=altenheim|=heim", "=gut =betreut|=versorgt"},
		langPL: {"=rozstalismy =sie", "=jestesmy =po =rozwodzie", "=mieszka ~=w =domu =opieki"},
		langTR: {"=ayrildik", "=bosandik", "=huzurevinde|=bakimevinde =kaliyor|=yasiyor"},
		langRO: {"=suntem =despartiti|=divortati", "=locuieste ~=la =azil|=camin"},
		langAR: {"انفصلنا", "تطلقنا", "=enfasalna|=tala2na|=t6alla2na"},
		langFA: {"جدا شدیم", "امنم", "در امانم", "=joda =shodim", "=amnam"},
		langUK: {"=ми =розлучилися", "=живе ~=в|=у =будинку =престарілих"},
		langRU: {"=мы =развелись|=расстались", "=живет ~=в =доме =престарелых", "=живет ~=в =пансионате"},
	}},
	// next time: a danger after it is asked about or told of, not reported ("next time he threatens you,
	// call us")
	{"cond", langCues{
		langNO: {"=neste =gang"}, langSV: {"=nasta =gang"}, langDE: {"=nachstes =mal", "=beim =nachsten =mal"}, langPL: {"=nastepnym =razem"},
		langTR: {"=bir =dahaki =sefere"}, langRO: {"=data =viitoare"}, langSO: {"=marka =xigta"}, langAR: {"المره الجايه", "=el =marra|=mara =el =jaye|=jaye"},
		langFA: {"دفعه بعد", "=dafe =bad|=baad"}, langUK: {"=наступного =разу"}, langRU: {"=в =следующий =раз"},
	}},
	// drowning in work, paper or mail: a figure of speech, not the water
	{otherSenseField, langCues{
		langNO: {"=drukner =i ~=arbeid|=papirarbeid|=papirer|=skjemaer|=mail|=eposter|=regninger"},
		langSV: {"=drunknar =i ~=arbete|=jobb|=pappersarbete|=papper|=blanketter|=mejl|=rakningar"},
		langDE: {"=ertrinke|=ertrinken =in ~=arbeit|=papierkram|=papieren|=formularen|=mails|=rechnungen"},
		langPL: {"=tone =w ~=papierach|=pracy|=formularzach|=mailach|=rachunkach"},
		langTR: {"=evrak|=is|=ise|=islere|=mail =icinde|=altinda =boguluyorum", "=ise|=evraga|=evraklara =boguldum"},
		langRO: {"=ma =inec =in ~=hartii|=munca|=formulare|=mailuri|=facturi"},
		langAR: {"غرقان بالشغل", "غرقانه بالشغل", "غرقان بالورق", "=ghar2an|=ghar2ane =bel =shoghl|=wara2"},
		langFA: {"غرق کار", "غرق کاغذبازی", "=ghargh =kar|=kaghazbazi"},
		langUK: {"=тону =в|=у ~=паперах|=роботі|=документах|=листах"},
		langRU: {"=тону =в ~=бумагах|=работе|=документах|=письмах"},
	}},
	// a farewell for a move: said goodbye to everyone because we are moving — not a farewell to life (a
	// word in another sense, either order)
	{otherSenseField, langCues{
		langNO: {"=farvel ~=flytter|=flytte|=flyttet", "=flytter|=flytte ~=farvel"},
		langSV: {"=hejda|=adjo|=farval ~=flyttar|=flytta|=flyttat", "=flyttar|=flytta ~=hejda|=adjo|=farval"},
		langDE: {"=verabschiedet ~=umziehen|=ziehe|=ziehen|=umzug", "=umziehen|=ziehe|=ziehen|=umzug ~=verabschiedet"},
		langPL: {"=pozegnalem|=pozegnalam ~=przeprowadzam|=przeprowadzamy|=przeprowadzka|=wyjezdzam|=wyjezdzamy", "=przeprowadzam|=przeprowadzamy|=przeprowadzka|=wyjezdzam|=wyjezdzamy ~=pozegnalem|=pozegnalam"},
		langTR: {"=vedalastim|=veda ~=tasiniyorum|=tasiniyoruz|=tasindik|=tasinacagim|=tasinacagiz", "=tasiniyorum|=tasiniyoruz|=tasinacagim|=tasinacagiz ~=vedalastim|=veda"},
		langRO: {"=ramas =bun ~=mutam|=mut|=mutat|=plecam|=plec", "=mutam|=mut|=plecam ~=ramas =bun"},
		langSO: {"=nabadgelyo ~=guuraynaa|=guuraya|=guurayaa|=u =guurayno"},
		langAR: {"ودعت ~ننتقل|بننتقل|منتقل|رح ننقل", "=wadda3t|=wade3t|=wada3t ~=nenta2el|=bnenta2el|=n2el|=ra7 =n2el"},
		langFA: {"خداحافظی ~اسباب|اسبابکشی|میریم", "=khodahafezi ~=asbab|=asbabkeshi"},
		langUK: {"=попрощався|=попрощалася ~=переїжджаю|=переїжджаємо|=переїзд", "=переїжджаю|=переїжджаємо ~=попрощався|=попрощалася"},
		langRU: {"=попрощался|=попрощалась ~=переезжаю|=переезжаем|=переезд", "=переезжаю|=переезжаем ~=попрощался|=попрощалась"},
	}},
	// a second look (session 8, cls-probe): a picture of pills sent ('%'); stuck in the car after a crash ('@')
	{"danger", langCues{
		langNO: {"%=bilde ~=piller|=pillene|=tabletter", "@=sitter =fast =i =bilen|=vraket"},
		langSV: {"%=bild|=foto ~=piller|=tabletter|=tabletterna", "@=sitter =fast =i =bilen|=vraket", "@=fastklamd|=fastklamda"},
		langDE: {"%=foto|=bild ~=tabletten|=pillen", "@=eingeklemmt", "@=sitzt =im =auto =fest"},
		langPL: {"%=zdjecie ~=tabletek|=tabletki|=pigulek", "@=zakleszczony|=zakleszczona|=uwieziony|=uwieziona =w =samochodzie|=aucie"},
		langTR: {"%=fotograf|=fotografini|=resim|=resmini ~=hap|=haplarin|=ilac|=ilaclarin", "@=arabada =sikisti|=sikismis|=mahsur"},
		langRO: {"%=poza|=fotografie ~=pastile|=pastilelor|=medicamente", "@=blocat|=blocata|=prins|=prinsa =in =masina"},
		langSO: {"%=sawir ~=kiniinyo|=kaniin|=kiniin", "@=gaariga =ku =xayiran|=xanibsan"},
		langAR: {"%صوره ~حبوب", "%=sora|=soura|=sura ~=7boob|=7bob|=7ubub", "@عالق ~السياره", "@=3al2an|=3al2ane|=3ale2 ~=sayyara|=siyara"},
		langFA: {"%عکس ~قرص|قرصا", "%=aks ~=ghors|=ghorsa", "@تو ماشین گیر کرده", "@=too =mashin =gir =karde"},
		langUK: {"%=фото ~=таблеток|=таблетки|=пігулок", "@=затиснуло|=затиснутий|=застряг ~=в|=у =машині|=авто"},
		langRU: {"%=фото ~=таблеток|=таблетки", "@=зажат|=зажало|=застрял ~=в =машине"},
	}},
}
