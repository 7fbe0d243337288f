package classify

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// Urgent recall beyond Danish and English (session 6, issue 11): dangers told without the words the
// lists knew, found by the seventh blind set and written here by concept for every language, never as
// one text's words. Besides the danger cues themselves (intent to die told sideways, '%'; a stroke
// told by its signs; self-harm; a drunk or wrong-way driver, '&', only with a word of now), four
// fields feed two mechanisms in readForeign (recallMechanisms):
//
//   - fearField and arriveField: fear told now ("mi-e frică", "waan baqayaa") is danger in a text that
//     also tells of a threat or a danger, or of someone coming ("vine diseară la mine", "przyjdą dziś
//     w nocy"): a threat announced for tonight, which the police told the writer to call about "if they
//     come". Fear alone ("I'm afraid the police don't care") is not, nor fear told in the past.
//   - childField and exposedField: a child near a word of being alone or on a road ("ett litet barn går
//     ensamt längs motorvägen", "gabar yar oo keligeed") in a sentence told now is a child in danger.
const (
	fearField    = "fear"
	arriveField  = "arrive"
	childField   = "child"
	exposedField = "exposed"
	routineField = "routine"
	ifComesField = "ifcomes"
	kinField     = "kin"
	missingField = "missing"
	recentField  = "recent"
	illField     = "ill"
	signField    = "sign"
)

// recallFields score no category and are not "seen" for the 112 recall net.
var recallFields = map[string]bool{fearField: true, arriveField: true, childField: true, exposedField: true, routineField: true, ifComesField: true, kinField: true, missingField: true, recentField: true, illField: true, signField: true,
	threatField: true, threatObjectField: true, workField: true, habitField: true, helpCameField: true, otherSenseField: true,
	lureField: true, carField: true, onlineField: true, lockedInField: true, metField: true, outsideField: true,
	fumesField: true, symptomField: true, balconyField: true, hungUpField: true, queueField: true, waterField: true, outOfSightField: true, toldOnlineField: true, otherChannelField: true, barrierField: true, heldField: true,
	writerAskedField: true, waitWordField: true, goneField: true, pleaField: true, helpLeftField: true, orderNoUseField: true, counselField: true, knowsWhereField: true, todayField: true, releaseLaterField: true, thingsField: true}

var recallConcepts = []foreignConcept{
	// intent to die or to end it, told sideways: can't go on, won't be here tomorrow, will end it
	// tonight, says goodbye — '%': thanks in the same text do not end it
	{"danger", langCues{
		langNO: {"%=klarer =ikke =mer", "%=holder =ikke =ut =lenger", "%=vil =ikke =vaere =her =lenger", "%=ikke =vaere =her =i =morgen", "%=er =ikke =her =i =morgen", "%=gjore =slutt =pa =det", "%=ta =livet =mitt", "%=sier =farvel =til =alle"},
		langSV: {"%=orkar =inte =mer|=langre", "%=klarar =inte =mer", "%=vill =inte =vara =har =langre", "%=inte =vara =har =i =morgon|=imorgon", "%=gor|=gora =slut =pa =det", "%=ta =mitt =liv", "%=sager =hejda =till =alla"},
		langDE: {"%=halte =das =nicht =mehr =aus", "%=morgen =nicht =mehr =da|=hier", "%=nicht =mehr =da =sein", "%=will =nicht =mehr", "%=mache|=mach =heute =schluss", "%=heute =nacht|=abend =ist =schluss", "%=verabschiedet =sich", "%=sich =das =leben =nehmen"},
		langPL: {"%=nie =dam =juz =rady", "%=juz =nie =daje =rady", "%=jutro =mnie =nie =bedzie", "%=mnie =juz =nie =bedzie", "%=skoncze =to|=z =tym|=ze =soba", "%=to =skoncze", "%=odebrac =sobie =zycie", "%=nie =chce =juz =zyc", "%=zegna =sie|=zegnam"},
		langTR: {"%=artik =dayanamiyorum", "%=dayanamiyorum", "%=yarin =burada =olmayacagim", "%=yarin =olmayacagim", "%=her =seyi =bitirecegim", "%=hayatima =son =verecegim", "%=canima =kiyacagim|=kiyacagini", "%=veda =etti|=ediyor", "%=yasamak =istemiyor|=istemiyorum"},
		langRO: {"%=nu =mai =rezist", "%=nu =mai =suport", "%=maine =nu =mai =sunt", "%=nu =voi =mai =fi =aici", "%=termin =cu =tot|=totul|=viata", "%=pun =capat =vietii|=zilelor", "%=imi =iau =viata", "%=isi =ia =viata", "%=isi|=si =ia =ramas =bun"},
		langSO: {"%=ma =sii =wadi =karo", "%=ma =awoodo =inaan =sii", "%=berri =ma =joogi|=joogo", "%=naftayda =waan =qaadi", "%=naftiisa|=nafteeda =ayuu|=ayay =qaadi", "%=caawa =ayaan =dhammeyn|=dhameyn|=dhammeynayaa"},
		langAR: {"%ما عاد فيي كمل", "%ما عدت اقدر", "%ما بقدر كمل", "%مش قادر اكمل", "%بكرا ما رح كون", "%لن اكون هنا غدا", "%بدي موت", "%ما بدي عيش", "%لا اريد العيش", "%رح انهي كل شي",
			"%=ma =3ad =fiyyi|=fiye|=fiyi|=fini|=2der|=a2der", "%=ma =3ad =baddi|=badi =3ish|=3eesh|=3ayesh", "%=mesh =2ader|=2adra|=aader =kammel|=kamel", "%=bukra|=bokra =ma =ra7 =koon|=kun|=kon", "%=baddi|=badi|=bade|=bidi|=beddi =moot|=mout|=mut", "%=ra7 =5alles|=khalles =3ala =7ali|=7ayati", "%=ma =baddi|=badi =3ish|=3eesh"},
		langFA: {"%دیگه نمیتونم", "%دیگه نمیکشم", "%فردا نیستم", "%میخوام بمیرم", "%امشب تمومش", "%خودمو میکشم", "%=dige =nemitoonam|=nemitunam|=nemikesham", "%=farda =nistam", "%=mikham =bemiram", "%=emshab =tamoomesh|=tamumesh", "%=khodamo =mikosham"},
		langUK: {"%=більше =не =витримую", "%=не =витримую", "%=завтра =мене =не =буде", "%=мене =вже =не =буде", "%=прощається|=прощаюся|=прощаюсь", "%=все =закінчити", "%=не =хочу =жити"},
		langRU: {"%=больше =не =выдерживаю|=выдержу", "%=не =выдерживаю", "%=завтра =меня =не =будет", "%=меня =больше =не =будет", "%=прощается|=прощаюсь", "%=свести =счеты =с =жизнью", "%=не =хочу =больше =жить"},
	}},
	// the plain words of suicide and of not wanting to live, '%' here too: thanks do not end them ("nu mai
	// vreau sa traiesc, multumesc"); "tonight I'll finish everything" only with its word of now ('%&')
	{"danger", langCues{
		langNO: {"%=vil =ikke =leve", "%=vil =do", "%=gjor|=gjore =slutt =pa =alt|=livet|=det", "%=ta =livet =mitt|=av =meg", "%selvmord"},
		langSV: {"%=vill =inte =leva", "%=vill =do", "%=gor|=gora =slut =pa =allt|=livet", "%=ta =livet =av =mig", "%sjalvmord"},
		langDE: {"%=nicht =mehr =leben", "%=will =sterben", "%=mich =umbringen", "%selbstmord", "%suizid"},
		langPL: {"%=nie =chce =zyc", "%=zakoncze =to|=z =tym|=ze =soba|=wszystko", "%=to =zakoncze", "%=zabic =sie", "%samobojst", "%=chce =umrzec"},
		langTR: {"%=yasamak =istemiyorum", "%=olmek =istiyorum", "%=kendimi =oldurecegim", "%intihar"},
		langRO: {"%=nu =mai =vreau =sa =traiesc", "%=vreau =sa =mor", "%=ma =sinucid", "%sinucid"},
		langSO: {"%=ma =rabo =inaan =noolaado", "%=is =dili|=dilo", "%&=wax =walba =waan =dhammeynayaa|=dhameynayaa|=dhammeyn"},
		langAR: {"%انتحار", "%انتحر", "%اقتل نفسي", "%لا اريد ان اعيش", "%ما بدي عيش", "%=ente7ar|=entehar|=inti7ar", "%=a2tol|=aktol|=ektel =nafsi", "%&=ra7 =5alles|=khalles =kel|=kol =shi|=shee|=she", "%&رح خلص كل شي"},
		langFA: {"%خودکشی", "%نمیخوام زنده", "%خودمو بکشم", "%خودم را بکشم", "%=khodamo =bokosham|=bekosham", "%=khodkoshi", "%=nemikham =zende =basham|=bemoonam|=bemanam", "%=nemikham =zendegi =konam", "%&=hamechi|=hamechiz =ro =tamoom|=tamum =mikonam", "%&=hame =chi|=chiz =ro =tamoom|=tamum", "%&همه چی رو تموم میکنم"},
		langUK: {"%=не =хочу =жити", "%=не =можу =жити", "%=не =можу =більше =жити", "%=не =хочу =більше =жити", "%самогуб", "%=покінчити =з =собою", "%&=все =закінчу"},
		langRU: {"%=не =хочу =жить", "%=не =могу =жить", "%=больше =не =могу =жить", "%=не =могу =больше =жить", "%=не =хочу =больше =жить", "%=не =hochu =zhit", "%=не =hochu =больше =zhit", "%суицид", "%самоубий", "%=покончить =с =собой", "%&=все =закончу", "%&=всё =закончу"},
	}},
	{"now", langCues{
		langRU: {"=сегодня =ночью"}, langUK: {"=сьогодні =вночі"}, langPL: {"=dzis|=dzisiaj =w =nocy"}, langNO: {"=i =natt|=kveld"},
	}},
	// past: "two years ago" in Romanian, whose "acum" is also "now"
	{"past", langCues{langRO: {"=acum =doi|=doua|=trei|=cativa|=multi|=un|=o =ani|=an|=luni|=saptamani|=zile"}}},
	{"over", langCues{langRO: {"=acum =e|=este =bine", "=e|=este =bine =acum"}}},
	// "if he comes / when they come" — with someone coming tonight, the threat the police told the writer
	// to call about (recallMechanisms)
	{ifComesField, langCues{
		langNO: {"=hvis|=om|=nar =han|=hun|=de =kommer|=dukker"}, langSV: {"=om|=ifall|=nar =han|=hon|=de =kommer|=dyker"},
		langDE: {"=wenn|=falls =er|=sie =kommt|=kommen|=auftaucht|=auftauchen|=vorbeikommt"},
		langPL: {"=jak|=jesli|=gdy|=kiedy|=jezeli =przyjdzie|=przyjda|=przyjedzie|=przyjada", "=jak|=jesli|=gdy|=kiedy|=jezeli =sie =pojawi"},
		langTR: {"=gelirse|=gelirlerse"}, langRO: {"=daca|=cand =vine|=vin|=apare"},
		langSO: {"=haddii|=hadii|=markay|=marka =uu|=ay =yimaado|=yimaadaan", "=markay|=haddii|=hadii =yimaado|=yimaadaan"},
		langAR: {"=iza|=eza|=law|=lamma =eja|=ejo|=ija|=iju|=ajo|=jaa|=ejeh", "اذا اجا", "اذا جا", "اذا اتى", "اذا جاء", "لما يجي", "اذا اجوا"},
		langFA: {"=age|=agar|=ageh =oomad|=umad|=omad|=oomadan|=umadan", "اگه اومد", "اگر آمد", "اگه اومدن", "اگر اومد"},
		langUK: {"=якщо|=коли =прийде|=прийдуть|=приїде|=приїдуть|=з'явиться"}, langRU: {"=если|=когда =придет|=придут|=приедет|=приедут|=появится"},
	}},
	// routine: school and every day — a child "alone" in their sentence is a habit, not danger now
	{routineField, langCues{
		langNO: {"skole", "=hver =dag"}, langSV: {"skola", "=varje =dag"}, langDE: {"schule", "=jeden =tag"}, langPL: {"szkol", "codziennie", "=kazdego =dnia"},
		langTR: {"okul", "=her =gun"}, langRO: {"scoal", "=in =fiecare =zi", "=zilnic"}, langSO: {"dugsi", "iskuul", "=maalin =kasta"},
		langAR: {"مدرس", "=madrase|=madrasa|=madraseh|=madrasti", "=kel|=kol =yom|=yoom", "كل يوم"}, langFA: {"مدرسه", "=madrese|=madreseh", "=har =rooz|=ruz", "هر روز"},
		langUK: {"школ", "=щодня", "=кожного =дня"}, langRU: {"школ", "=каждый =день", "=ежедневно"},
	}},
	{"over", langCues{langDE: {"=ist =umgezogen|=weggezogen"}}},
	// over: in prison — a danger told before it is over
	{"over", langCues{
		langNO: {"=i =fengsel"}, langSV: {"=i =fangelse"}, langDE: {"=im =gefangnis"}, langPL: {"=w =wiezieniu"}, langTR: {"hapiste", "=hapse =girdi"},
		langRO: {"=la =inchisoare"}, langSO: {"=waa =xabsi", "=xabsiga =ku =jira", "xabsiga"}, langAR: {"بالسجن", "في السجن", "=bel =habs|=7abs", "=bil =sijn"},
		langFA: {"=tu|=too =zendan|=zendoon", "زندانه", "تو +زندان"}, langUK: {"=у|=в =в'язниці", "=за =гратами"}, langRU: {"=в =тюрьме", "=за =решеткой"},
	}},
	// suicide told by its preparations: "this is my last message" ('?': only closing or opening its sentence,
	// not "my last message about the fine"), a farewell letter, giving everything away, a rope made ready,
	// wanting to jump
	{"danger", langCues{
		langNO: {"?%=min =siste =melding", "%avskjedsbrev", "%=gitt|=gir =bort =alle =tingene", "%=tau|=tauet =klart|=klar"},
		langSV: {"?%=mitt =sista =meddelande", "%avskedsbrev", "%=gett|=ger =bort =alla =sina|=mina =saker|=grejer", "%=rep|=repet =klart|=redo"},
		langDE: {"?%=meine =letzte =nachricht", "%abschiedsbrief", "%=alles|=sachen =verschenkt", "%=seil|=strick =vorbereitet|=bereit|=aufgehangt"},
		langPL: {"?%=moja =ostatnia =wiadomosc", "%=list|=listy =pozegnaln", "%pozegnalny|pozegnalne", "%=rozdala|=rozdal|=rozdaje =wszystkie =rzeczy", "%=rozdala|=rozdal|=rozdaje =rzeczy", "%=sznur =przygotowal|=przygotowala|=gotowy"},
		langTR: {"?%=son =mesajim|=yazim|=notum", "?%=bu =son =mesajim|=yazim|=notum", "%=veda =mektubu|=mektubunu", "%vedalasma", "%=esyalarini|=esyalarimi =dagitti|=dagitiyor"},
		langRO: {"?%=ultimul =meu =mesaj", "%=scrisoare|=scrisoarea =de =adio", "%=a =dat|=da =toate =lucrurile", "%=funia =pregatita"},
		langSO: {"?%=fariintaydii|=farriintaydii|=fariintayda =ugu =dambaysay|=dambeysay|=dambeysa", "%=warqad =nabadgelyo|=macsalaameyn"},
		langAR: {"?%اخر رساله مني", "?%هذه اخر رساله", "?%=a5er|=akher|=aakher|=akhir =risale|=resale|=risala|=message", "?%=a5er|=akher|=aakher|=akhir =risale|=resale|=risala|=message =minni|=mni|=menni|=mini", "%رساله وداع", "%=risalet|=risalat|=resalet =wada3",
			"%=wazza3 =kel =aghradu|=gharado|=ghradu", "%وزع كل اغراضه", "%=7abel|=habel =jahez|=7ader", "%=bado|=badu|=bada|=baddo =ynot|=tnot|=yenot|=yentor"},
		langFA: {"?%اخرین پیام", "?%اخرین پیام منه|من", "?%=akharin =payam|=payame", "?%=akharin =payam|=payame =mane|=man|=manast", "%نامه خداحافظی", "%=nameye|=name =khodahafezi", "%=hame =vasayelesho|=chizasho =bakhshid", "%=tanab =amade"},
		langUK: {"?%=моє =останнє =повідомлення", "%=прощальний =лист|=листа", "%передсмертн", "%=роздав|=роздала =всі =речі", "%=мотузку =приготував|=приготувала"},
		langRU: {"?%=мое =последнее =сообщение", "?%=poslednee =soobshchenie|=soobshenie", "%=прощальное =письмо", "%предсмертн", "%=раздал|=раздала =все =вещи", "%=веревку =приготовил|=приготовила"},
	}},
	// self-harm: will hurt himself, do something to herself — '%' too
	{"danger", langCues{
		langNO: {"%=skade =seg =selv", "%=gjore =noe =med =seg =selv"},
		langSV: {"%=skada =sig =sjalv", "%=gora =sig =illa"},
		langDE: {"%=sich =selbst =verletzen|=weh", "%=sich =etwas =antun|=anzutun", "%=sich =was =antun"},
		langPL: {"%=zrobi|=zrobic =sobie =krzywde|=cos", "%=skrzywdzi =sie|=siebie"},
		langTR: {"%=kendine =zarar", "%=kendine =bir =sey =yapacak|=yapacagini"},
		langRO: {"%=isi|=si =face =rau", "%=sa =isi =faca =rau", "%=sa =se =raneasca"},
		langSO: {"%=is =dhaawici|=dhaawaco|=dhaawacayo", "%=naftiisa|=nafteeda =dhaawac"},
		langAR: {"%يأذي نفسه", "%يؤذي نفسه", "%تؤذي نفسها", "%=y2zi|=yo2zi|=ya2zi|=ye2zi|=yi2zi|=t2zi|=te2zi =nafso|=nafsa|=7alo|=7ala"},
		langFA: {"%به خودش آسیب", "%=be =khodesh =asib"},
		langUK: {"%=заподіяти =собі =шкоду", "%=зробить =собі =щось", "%=нашкодить =собі"},
		langRU: {"%=причинить =себе =вред", "%=навредить =себе", "%=что-то =с =собой =сделает"},
	}},
	// a stroke told by its signs: slurred or strange speech, cannot stand, the face drooping, one side
	// numb or lame ('@': a state told now, whatever past verb stands beside it)
	{"danger", langCues{
		langNO: {"@=han|=hun|=mor|=far =snakker =ikke =ordentlig", "@=han|=hun|=mor|=far =snakker =utydelig|=rart", "@=han|=hun|=mor|=far =klarer =ikke =a =sta|=reise", "@=henger =i =ansiktet", "@=munnen =henger", "=fatt =slag|=hjerneslag", "hjerneslag", "@=kan =ikke =lofte =armen"},
		langSV: {"@=sluddrar", "@=han|=hon|=mamma|=pappa =pratar =konstigt|=osammanhangande", "@=han|=hon|=mamma|=pappa =kan =inte =sta|=prata|=tala", "@=sidan =ar =forlamad|=domnad", "@=hanger =i =ansiktet", "@=munnen =hanger", "=fatt =en =stroke", "=stroke", "hjarnblodning", "@=kan =inte =lyfta =armen"},
		langDE: {"@=lallt", "@=spricht =undeutlich|=verwaschen|=komisch", "@=kann =nicht =mehr =stehen|=sprechen", "@=mundwinkel|=gesicht =hangt", "@=gelahmt", "halbseitig"},
		langPL: {"@=belkocze", "@=mowi =niewyraznie|=belkotliwie|=dziwnie", "@=nie =moze =ustac|=mowic", "@=opadl|=opadniety =kacik", "@=twarz =opadla|=krzywa", "niedowlad", "sparalizowan"},
		langTR: {"@=konusamiyor", "@=dili =dolasiyor", "@=ayakta =duramiyor", "@=yuzu|=agzi =kaydi|=kaymis", "=felc =gecir", "@=kolunu =kaldiramiyor"},
		langRO: {"@=vorbeste =greu|=ciudat|=neclar", "@=nu =poate =vorbi|=sta", "@=gura =stramba", "@=fata =cazuta|=strambata", "=a =facut =atac|=avc", "=avc"},
		langSO: {"@=si =fiican =uma =hadli|=hadlayo", "@=ma =hadli =karo", "@=ma =istaagi =karo", "istaroog"},
		langAR: {"@ما عم يحكي منيح", "@لسانه ثقيل", "@ما بيقدر يوقف", "@لا يستطيع الوقوف", "@وجهه مايل", "جلطه", "=jalta|=jalteh|=jal6a", "@=ma =3am =ye7ki|=yi7ki =mni7|=mnee7", "@=ma =fi =yo2af|=yu2af", "@=wesho|=wejho =mayel"},
		langFA: {"@نمیتونه درست حرف بزنه", "@زبونش سنگین", "@نمیتونه وایسه", "@صورتش کج", "=sekte", "@=nemitoone =dorost =harf", "@=nemitoone =vayse|=vaiste"},
		langUK: {"@=не =може =говорити|=стояти", "@=говорить =невиразно|=дивно", "@=обличчя =перекосило|=перекошене", "@=заплітається =язик"},
		langRU: {"@=не =может =говорить|=стоять", "@=говорит =невнятно|=странно", "@=лицо =перекосило|=перекошено", "@=заплетается =язык"},
	}},
	// medical emergencies by their signs, found missing by a probe without the 112 net: a swelling throat
	// or face (an allergic reaction), chest tightness and a numb arm, a household poison swallowed
	{"danger", langCues{
		langNO: {"@=halsen|=ansiktet =hovner|=svulmer", "=allergisk =reaksjon|=sjokk", "=drukket =klor|=klorin|=avlopsrens|=rengjoringsmiddel|=lut"},
		langSV: {"@=halsen|=ansiktet =svullnar", "=allergisk =reaktion|=chock", "=druckit =klorin|=avloppsrens|=diskmedel|=lut"},
		langDE: {"@=hals|=gesicht =schwillt|=zugeschwollen", "@=schwillt =zu", "=allergischer =schock", "anaphyla", "@=brust =druckt|=eng", "@=linke =arm =taub|=kribbelt",
			"=chlorreiniger|=abflussreiniger|=bleichmittel|=putzmittel|=rohrreiniger =getrunken|=geschluckt"},
		langPL: {"@=puchnie|=spuchlo|=spuchla =gardlo|=twarz", "@=gardlo|=twarz =puchnie|=spuchlo|=spuchla", "anafilak", "@=ucisk =w =klatce", "@=dretwieje =lewa =reka",
			"=wypil|=wypila|=wypilo|=napil|=napila|=napilo =plyn|=wybielacz|=domestos|=chlor|=kret|=kreta"},
		langTR: {"@=bogazi|=yuzu =sisiyor|=sisti", "=alerjik =sok|=reaksiyon", "@=gogsu|=gogsum =sikisiyor|=agriyor", "@=kolu =uyusuyor|=uyustu", "=camasir =suyu", "=deterjan|=kezzap =icti"},
		langRO: {"@=se =umfla =gatul|=fata", "@=gatul|=fata =se =umfla", "anafilac", "@=o|=il|=ma =strange =in =piept", "@=amorteste =mana|=bratul", "=a =baut =clor|=inalbitor|=detergent|=soda"},
		langSO: {"@=cunaha|=wejiga =ayaa =bararay|=barara|=bararaya", "@=laabta =ayaa =i|=u =cadaadis", "=cabay =kaloriin|=saabuun|=sun"},
		langAR: {"@=wejho|=wijho|=7al2o|=ra2bto|=wejha =nafakh|=mnaffakh|=wirem|=warem|=manfou5", "@وجهه منفخ", "@وجهه متورم", "@حلقه يتورم", "=7asasiye|=hasasiye =2awiye|=shdide", "حساسيه شديده",
			"@ضيق بصدره", "@=sadro =m2ayyad|=dayye2", "@=ido|=eido =tnammalat|=mnammle", "=shereb|=sherbet|=shirib|=sharab =chlor|=klor|=kloor|=flash|=ri7a|=cloro", "شرب كلور", "شرب مبيض", "شرب منظف"},
		langFA: {"@=galoosh|=gelosh|=soratesh =varam", "@گلوش ورم", "@صورتش ورم", "@=sinash|=sineh =tir =mikeshe", "@=dastesh =bi =hess", "=vaytex|=vitex =khord|=khorde", "وایتکس خورد", "وایتکس خورده"},
		langUK: {"@=набрякає|=опухає =горло|=обличчя", "@=горло|=обличчя =набрякає|=опухає", "анафілак", "@=тисне =в =грудях", "@=німіє =ліва =рука", "=випив|=випила =хлор|=білизну|=отруту|=засіб", "=отруївся|=отруїлася"},
		langRU: {"@=отекает|=опухает =горло|=лицо", "@=горло|=лицо =отекает|=опухает", "анафилак", "=отек =квинке", "@=давит =в =груди", "@=немеет =левая =рука", "=выпил|=выпила =хлор|=белизну|=отраву|=уксус", "=отравился|=отравилась"},
	}},
	// ongoing danger on a road: a drunk or wrong-way driver, driving zigzag — only with a word of now ('&')
	{"danger", langCues{
		langNO: {"&fyllekjor", "&promillekjor", "&=kjorer =i =feil =retning", "&=kjorer =sikksakk", "&=motsatt =kjoreretning"},
		langSV: {"&rattfull", "&rattonykter", "&=kor =mot =trafiken", "&=kor =sicksack", "&spokbilist"},
		langDE: {"&=betrunkener|=betrunkene =fahrer|=autofahrer|=fahrerin", "&geisterfahrer", "&schlangenlinie", "&=falschen =richtung"},
		langPL: {"&=pijany =kierowca", "&=pod =prad", "&zygzak", "&=pod =wplywem"},
		langTR: {"&=sarhos =surucu|=sofor", "&=ters =yonde", "&zikzak"},
		langRO: {"&=sofer =beat|=baut", "&contrasens", "&zigzag", "&=zig =zag"},
		langSO: {"&=darawal =sakhraan", "&=sakhraan =ayaa =wadaya"},
		langAR: {"&سائق سكران", "&عكس السير", "&=sakran|=sakra =3am =ysou2|=ysu2", "&=sawwe2|=sa2e2 =sakran", "&=3aks =el =sir|=seer"},
		langFA: {"&راننده مست", "&خلاف جهت", "&=ranande =mast", "&=khalaf =jahat"},
		langUK: {"&=п'яний =водій", "&зустрічн", "&зигзаг"},
		langRU: {"&=пьяный =водитель", "&=по =встречке", "&=по =встречной", "&зигзаг"},
	}},
	// someone standing or waiting outside the writer's home now ('@': "seit heute Morgen" is no past)
	{"danger", langCues{
		langNO: {"@=star|=venter =utenfor =huset|=vinduet|=leiligheten"},
		langSV: {"@=star|=vantar =utanfor =huset|=fonstret|=lagenheten"},
		langDE: {"@=steht|=wartet =vor =meinem|=unserem =haus|=fenster|=wohnung|=tur"},
		langPL: {"@=stoi|=czeka =pod =domem|=oknem|=blokiem"},
		langTR: {"@=evimin|=evin =onunde =bekliyor|=duruyor"},
		langRO: {"@=sta|=asteapta =in =fata =casei|=blocului"},
		langSO: {"@=guriga =hortiisa =ayuu =taagan"},
		langAR: {"@واقف قدام البيت", "@=wa2ef|=wa2if =2oddam|=odam =el =bet|=beit"},
		langFA: {"@جلوی خونه وایساده", "@=jeloye =khoone =vayside|=vaysade"},
		langUK: {"@=стоїть|=чекає =під =будинком|=вікнами"},
		langRU: {"@=стоит|=ждет =под =домом|=окнами|=у =дома"},
	}},
	// stalking told in the present: follows me, is stalking me
	{"danger", langCues{
		langNO: {"=forfolger =meg|=oss"}, langSV: {"=forfoljer =mig|=oss"}, langDE: {"=mich|=uns =verfolgt", "=verfolgt =mich|=uns"},
		langPL: {"=sledzi =mnie|=nas", "=przesladuje =mnie"}, langTR: {"=beni =takip =ediyor"}, langRO: {"=ma =urmareste"},
		langSO: {"=i =daba =socda", "=i =raacaya"}, langAR: {"عم يلحقني", "=3am =yel7a2ni|=yla7e2ni"}, langFA: {"دنبالم میکنه", "=donbalam =mikone"},
		langUK: {"=переслідує =мене"}, langRU: {"=преследует =меня", "=следит =за =мной"},
	}},
	// danger in the Latin-letter spellings a fourth probe (with no 112 net behind it) found missing:
	// hitting, not breathing, fallen, burning, someone getting in, hiding, the face and speech of a stroke
	{"danger", langCues{
		langAR: {"yedrob|yidrob|yodrob|bidrob|byedrob|tedrob", "@=ma =3am =yetnaffas|=yitnaffas|=titnaffas|=tetnaffas", "@=wa2e3|=wa2i3|=wa23a|=wa2a3 =3al|=3ala =ard|=el2ard|=2ard",
			"ya7ter2|yi7ter2|ye7ter2|=7ari2a", "=dokhan|=dukhkhan", "=3am =yfut|=yfoot|=yfout =3al|=3a =bet|=beit", "mkhabay|m5abay|mit5abbi|mitkhabbi",
			"@=msh|=mesh|=mish =2ader|=2adra =yetkallam|=yitkallam|=ye7ki|=yi7ki", "@=ma =fi|=bi2dar =yetkallam|=yitkallam|=ye7ki|=yi7ki", "@=wesho|=wejho|=wishu|=wijho =mayel|=ma2loob|=a3waj"},
		langFA: {"bezoor", "=be =zoor =biad|=vared", "@=nemitoone =harf =bezane|=bezanad", "@=soratesh|=sooratesh|=suratesh =kaj"},
		langRO: {"=incearca =sa =intre|=patrunda", "=intra =in =casa|=apartament"},
		langSO: {"guban", "=guriga =soo =galo|=galay|=gelayo|=galaya", "=isku =dayaya =inuu|=inay =soo =galo|=galaan"},
		langDE: {"%=will|=wolle|=wird =sich =verletzen|=umbringen|=etwas"},
		langUK: {"%заподі =собі =шкоду"},
	}},
	// weapons and threats in the spellings the lists lacked
	{"danger", langCues{
		langAR: {"=sla7|=slah|=sle7|=ma3hon =sla7"},
		langSO: {"=igu =hanjabay|=hanjabeen|=hanjabayaan"},
	}},
	// conduct: staff told the landlord (the one told is named: '!'), in the lists' telling verbs
	{"conduct", langCues{
		langNO: {"!=fortalte|=sa =til =utleieren|=utleier|=huseieren|=huseier|=vaktmesteren"},
		langSV: {"!=berattade|=sa =for|=till =min =hyresvard|=hyresvarden|=vard|=fastighetsagaren", "!=berattade|=sa =for|=till =hyresvarden|=fastighetsagaren"},
		langDE: {"!=meinem|=meiner|=dem|=der =vermieter|=vermieterin|=hausverwaltung|=hausmeister =erzahlt|=gesagt|=verraten", "!=erzahlte|=sagte|=verriet =meinem|=meiner|=dem|=der =vermieter|=vermieterin|=hausverwaltung"},
		langPL: {"!=powiedzial|=powiedziala|=przekazal|=przekazala =wlascicielowi|=wlascicielce|=wynajmujacemu|=administratorowi"},
		langTR: {"!=ev =sahibime|=sahibine|=sahibimize =anlatti|=soyledi|=soylemis", "!=yoneticiye =anlatti|=soyledi"},
		langRO: {"!=a =spus|=zis|=povestit =proprietarului|=proprietarei|=administratorului"},
		langSO: {"!=u =sheegay|=sheegtay =milkiilaha|=mulkiilaha"},
		langAR: {"!لصاحب البيت", "!للمالك", "!=la =sa7eb|=sa7ib|=saheb =el =bet|=beit|=bayt", "!=lal =malek|=malik"},
		langFA: {"!به صاحبخونه", "!به صاحب خانه", "!=be =sahabkhune|=sahebkhoone|=sahabkhoone", "!=be =saheb|=sahab =khune|=khoone|=khane"},
		langUK: {"!=розповів|=розповіла|=сказав|=сказала|=повідомив|=повідомила =орендодавцю|=господарю|=власнику"},
		langRU: {"!=рассказал|=рассказала|=сказал|=сказала|=сообщил|=сообщила =арендодателю|=хозяину|=владельцу"},
	}},
	// conduct: hung up in the writer's face, laughed at them, made them feel ridiculed, racism named
	{"conduct", langCues{
		langNO: {"latterliggj", "=gjorde =narr =av"}, langSV: {"forlojlig", "=gjorde =narr =av"},
		langPL: {"=zaczal|=zaczela|=zaczeli =sie =smiac|=smiac", "osmieszy"}, langTR: {"irkcilik", "=irkci", "=benimle =dalga"},
		langAR: {"=sakar|=sakkar|=sakkaret|=sakaret =el =telefon|=tilifon|=talafon|=khat|=5at", "سكر التلفون"},
		langFA: {"=gooshi|=goshi|=gushi =ro|=ra =gozasht", "گوشی رو گذاشت", "گوشی را گذاشت"},
	}},
	// remarks on who the writer is (counted with staff as the speaker, foreign_remarks.go): learn the
	// language, where are you from, "typical women", "X always make trouble", stop whining
	{remarkField, langCues{
		langNO: {"=lar|=laer|=lare =deg =dansk|=norsk|=spraket", "=hvor =er =du|=dere =fra", "=hvor =kommer =du|=dere =fra", "=typisk =kvinner|=kvinne|=utlendinger|=innvandrere", "=slutte|=slutt =a =sutre|=syte|=klage|=grine", "=sutre|=sutrer|=syter"},
		langSV: {"=lar =dig =svenska|=danska|=spraket", "=var =kommer =du|=ni =fran", "=var =ar =du|=ni =fran", "=typiskt =kvinnor|=invandrare", "=sluta =gnall|=gnalla|=tjata|=klaga"},
		langDE: {"=lern|=lernen|=lernt =danisch|=deutsch|=sprache", "=woher =kommen|=kommst =sie|=du", "=wo =kommen =sie =her", "=typisch =frauen|=auslander", "=hor|=horen =auf =zu =jammern", "=jammern =sie|=du =nicht"},
		langPL: {"=naucz =sie =dunskiego|=jezyka|=po", "=skad =pani|=pan|=ty =jest|=jestes", "=a =skad", "=typowe =kobiety|=baby", "=przestan|=przestac =jeczec|=marudzic|=narzekac"},
		langTR: {"=danca|=dil =ogren|=ogrenin", "=nerelisin|=nerelisiniz", "=nereden =geldin|=geldiniz", "=turkler|=yabancilar|=araplar =hep|=zaten|=boyle|=hep", "=sizlanmayi =birak|=kesin", "=mizmizlanma"},
		langRO: {"=invata|=invatati =daneza|=limba", "=de =unde =esti|=sunteti", "=tipic =femeilor|=femeilor", "=romanii|=strainii =mereu|=astia", "=nu =te =mai =plange|=vaita"},
		langSO: {"=baro =af =deenish|=afka|=luuqada", "=xaggee|=halkee =baad|=aad =ka =timid|=timaadeen", "=soomaalidu|=soomaalida =had =iyo|=waa"},
		langAR: {"=ta3allam|=t3allam|=et3allam|=ta3alam|=t3alam =dansk|=danske|=danmarki|=danmarkiye|=lugha|=lougha|=ellugha", "تعلم الدنماركي", "تعلم الدنماركيه", "تعلم اللغه", "من وين انت", "من وين انتي", "من اين انت", "=men|=mnen|=min =wein|=wen =enta|=enti|=inta|=inti", "العرب دايما", "العرب دائما", "=el =3arab =dayman|=daymen|=kellon"},
		langFA: {"=boro =zaboon|=zabun|=zaban =yad =begir", "=zaboon|=zabun|=zaban =yad =begir|=begirid", "زبان یاد بگیر", "زبون یاد بگیر", "=ahle =koja|=kojaee|=kojai", "=koja|=kojaei|=kojai =hasti|=hastid", "اهل کجایی", "اهل کجا هستی", "=afghaniha|=iraniha =hamishe", "=khareji-ha =hamishe"},
		langUK: {"=вивчи|=вчи|=вивчіть =данську|=мову", "=звідки =ви|=ти", "=типово =для =жінок", "=перестаньте|=перестань =скиглити|=нити"},
		langRU: {"=выучи|=учи|=выучите =датский|=язык", "=откуда =вы|=ты", "=типично =для =женщин", "=хватит =ныть", "=перестаньте|=перестань =ныть"},
	}},
	// the eighth set's conduct, remarks counted with staff as the speaker (foreign_remarks.go): blaming the
	// victim ("your own fault", "with a skirt like that"), a slur for a woman or a beggar, "speak Danish" and
	// "this is not your country", crying called howling
	{remarkField, langCues{
		langNO: {"=din =egen =skyld", "=skyld =deg =selv", "=en =hore|=ludder", "=ludder", "=snakk =dansk|=norsk"},
		langSV: {"=ditt =eget =fel", "=skyll =dig =sjalv", "=en =hora|=slampa", "=slampa", "=prata =svenska|=danska"},
		langDE: {"=selbst|=selber =schuld", "=mit =so =einem =rock|=kleid|=outfit", "=nicht =wundern", "=hure|=schlampe|=nutte", "=sprechen =sie =danisch|=deutsch", "=auf =zu =heulen", "=heulen =sie|=du =nicht"},
		langPL: {"=sama =sobie =winna", "=sam =sobie =winien", "=w =takiej =spodnicy|=sukience", "=dziwka|=szmata|=zdzira", "=mow =po =dunsku", "=prosze =mowic =po =dunsku", "=przestan|=przestac =ryczec|=beczec"},
		langTR: {"=kendi =sucun|=sucunuz|=hatan", "=boyle =giyinirsen|=giyinince", "=orospu|=fahise", "=danca =konus|=konusun", "=bana =gulup|=guldu|=gulerek"},
		langRO: {"=e =vina =ta|=dumneavoastra", "=curva|=tarfa", "=vorbeste|=vorbiti =daneza"},
		langSO: {"=dhillo|=sharmuuto", "=ku =hadal =af =deenish"},
		langAR: {"انتي الغلطانه", "غلطتك", "=ghaltek|=ghaltik|=8altek", "شرموطه", "=sharmouta|=sharmota", "احكي دنماركي", "=e7ki|=i7ki =danmarki"},
		langFA: {"تقصیر خودته", "=taghsire|=taqsire =khodete|=khodet", "جنده", "=jende|=jendeh", "دانمارکی حرف بزن", "=danmarki =harf =bezan"},
		langUK: {"=сама =винна", "=сам =винен", "=повія", "жебрач", "=говоріть|=говори|=розмовляйте =данською", "=тут =вам =не"},
		langRU: {"=сама =виновата", "=сам =виноват", "=шлюха|=проститутка", "попрошайк", "=говорите|=говори =по-датски", "=тут =вам =не"},
	}},
	// the writer's complaint told to their employer: a disclosure of who complained
	{whoCalledField, langCues{
		langFA: {"=ke =man =shekayat =kardam", "که من شکایت کردم"},
	}},
	{fearField, langCues{
		langNO: {"=redd|=livredd|=livredde|=skremt", "=tor =ikke"},
		langSV: {"=radd|=radda|=livradd|=skrams|=skramd", "=vagar =inte"},
		langDE: {"=angst", "todesangst", "=panische =angst", "=furchte =mich", "=traue =mich =nicht"},
		langPL: {"=boje|=boimy =sie", "=sie =boje|=boimy", "przerazon", "=strach"},
		langTR: {"=korkuyorum|=korkuyoruz", "=korkudan"},
		langRO: {"=mi-e|=ne-e =frica|=teama", "=mi =e =frica", "=imi =este =frica|=teama", "=speriat|=speriata", "=ma =tem"},
		langSO: {"=waan =baqayaa|=baqanayaa|=cabsanayaa", "=baqayaa|=baqanayaa", "=cabsi", "=baqdin"},
		langAR: {"خائف", "خايف", "خايفه", "خائفه", "اخاف", "مرعوب", "=khayef|=5ayef|=5ayfe|=khayfe|=khayfa|=5ayfa|=5ayfeh"},
		langFA: {"میترسم", "=mitarsam|=mitarsim", "=tars =daram"},
		langUK: {"=боюся|=боюсь|=боїмося", "=страшно", "=boiusia|=boyusya|=strashno"},
		langRU: {"=боюсь|=боимся", "=страшно", "=boyus|=boius|=strashno"},
	}},
	// someone coming tonight (a bare "will come" only with a word of now, '&'), or a threat made (any
	// tense): with fear now, danger (recallMechanisms)
	{arriveField, langCues{
		langNO: {"&=skal|=vil =komme =hjem =til", "&=kommer =hjem =til", "&=skal|=vil =komme", "=kommer|=komme =i =kveld|=natt", "=kommer|=komme =ikveld|=inatt"},
		langSV: {"&=ska|=kommer =att =komma", "&=ska =komma", "=kommer|=komma =hit|=hem =ikvall|=inatt", "=kommer|=komma =ikvall|=inatt"},
		langDE: {"=kommt|=kommen =heute", "=heute =nacht|=abend =kommt|=kommen", "=wollen|=will =heute =kommen|=vorbeikommen", "&vorbeikomm", "=heute =nacht|=abend =zu =kommen", "=heute =nacht|=abend =vorbeikommt|=vorbeizukommen", "&=zu =kommen", "gedroht", "=droht|=drohte"},
		langPL: {"&przyjda", "&przyjdzie", "&=przyjedzie|=przyjada", "=przyjda|=przyjdzie|=przyjedzie|=przyjada =w =nocy|=wieczorem|=dzis|=dzisiaj"},
		langTR: {"&=gelecek|=gelecekler|=gelecegini|=geleceklerini", "&=eve =gelip", "=bu =gece =gelecek|=gelecegini|=geleceklerini|=eve"},
		langRO: {"=vine|=vin =diseara", "&=vine|=vin =la|=peste =mine", "=vine|=vin =la =noapte", "&=va|=vor =veni", "amenint"},
		langSO: {"&=iman =doonaan|=doono|=doonaa", "&imanay", "&=ii =iman", "hanjab"},
		langAR: {"&سيأتون", "&سياتي", "&رح يجوا", "&رح يجي", "&جايين", "&=ra7|=rah =yiju|=yeju|=yiji|=yeji|=yejo", "&=jayeen|=jayin"},
		langFA: {"&میان سراغم", "&میاد سراغم", "&میاد خونه", "&میان خونه", "امشب میاد", "امشب میان", "&=miyan|=miad =soraghe|=soragham|=khoone|=khune", "=miyan|=miad =emshab", "=emshab =miad|=miyan", "تهدید", "=tahdid"},
		langUK: {"&=прийдуть|=прийде|=приїдуть|=приїде", "=прийдуть|=прийде|=приїдуть|=приїде =вночі|=ввечері|=сьогодні"},
		langRU: {"&=придут|=придет|=приедут|=приедет", "=придут|=придет|=приедут|=приедет =ночью|=вечером|=сегодня"},
	}},
	// the eighth blind set's concepts (session 6, by concept for every language): no sense in living
	// ('%': thanks do not end it)
	{"danger", langCues{
		langNO: {"%=ser =ingen =mening =med =livet", "%=ser =ingen =mening =med =a =leve", "%=ingen =mening =med =a =leve", "%=livet =har =ingen =mening"},
		langSV: {"%=ser =ingen =mening =med =livet", "%=ser =ingen =mening =med =att =leva", "%=ingen =mening =med =att =leva", "%=livet =har =ingen =mening"},
		langDE: {"%=keinen =sinn =mehr =zu =leben", "%=keinen =sinn =zu =leben", "%=keinen =sinn =mehr =im =leben", "%=leben =hat =keinen =sinn"},
		langPL: {"%=nie =widze =sensu =zycia|=zyc", "%=nie =ma =sensu =zyc", "%=zycie =nie =ma =sensu"},
		langTR: {"%=yasamanin =anlami =yok|=kalmadi", "%=hayatin =anlami =yok|=kalmadi", "%=yasamak =anlamsiz"},
		langRO: {"%=nu =mai =are =rost =sa =traiesc", "%=nu =are =rost =sa =traiesc", "%=nu =vad =rostul =vietii", "%=viata =nu =mai =are =sens|=rost"},
		langSO: {"%=noloshu|=nolosha =micno =ma =leh|=lahan", "%=nolol =micno =ma =leh"},
		langAR: {"%ما في معنى للحياه", "%الحياه ما الها معنى", "%لا معنى للحياه", "%=ma =fi =ma3na =lal|=lil|=lal7ayat|=lil7aya|=7ayat|=7aya|=7ayeh|=hayat"},
		langFA: {"%زندگی معنی نداره", "%زندگی معنایی نداره", "%=zendegi =mani|=ma3ni|=maani =nadare"},
		langUK: {"%=не =бачу =сенсу =жити|=життя", "%=немає =сенсу =жити", "%=життя =не =має =сенсу"},
		langRU: {"%=не =вижу =смысла =жить|=жизни", "%=нет =смысла =жить", "%=жизнь =не =имеет =смысла"},
	}},
	// someone taken by the water: drowning, pulled out by the current ('@': the pull is told in the past,
	// the danger is now)
	{"danger", langCues{
		langNO: {"@drukner", "@=strommen =tok|=dro|=tar|=drar", "@=tatt|=dratt|=revet =av|=med =strommen|=bolgene"},
		langSV: {"@drunknar", "@=strommen =tog|=drog|=tar|=drar", "@=dragits|=dragen|=tagen =ut|=med =av =strommen|=vagorna"},
		langDE: {"@=ertrinkt|=ertrinken", "@=von =der =stromung =mitgerissen|=weggezogen|=erfasst|=rausgezogen", "@=stromung =hat =ihn|=sie|=es =mitgerissen|=rausgezogen"},
		langPL: {"@=topi =sie", "@=tonie", "@=prad =porwal|=zniosl|=wciagnal|=zabral", "@=porwal|=zniosl =go|=ja =prad"},
		langTR: {"@bogul", "@=akinti =surukledi|=kapti|=aldi|=cekti", "@=akintiya =kapildi"},
		langRO: {"@=se =ineaca", "@=luat|=tras|=dus =de =curent|=valuri"},
		langSO: {"@=biyaha|=mowjadda =ayaa =qaaday|=qaadeen|=qaatay", "@=hafanaya|=qarqaraya|=qarqmaya", "@qarqa"},
		langAR: {"@عم يغرق", "@غرقان", "@=3am =yighra2|=yeghra2|=yighraq|=yeghraq|=tighra2|=teghra2", "@=ghar2an|=ghar2ane|=gharqan", "@التيار سحبه|سحبها|اخده|اخدها|جره", "@=el =tayyar|=tayar =sa7abo|=sa7aba|=akhado|=a5ado|=jarro"},
		langFA: {"@داره غرق میشه", "@=dare =gharq|=gharg =mishe|=mishavad", "@جریان آب بردش", "@=jaryan =ab|=e =ab =bordesh|=bord"},
		langUK: {"@=тоне|=тонуть", "@=течія =віднесла|=понесла|=затягла", "@=віднесло|=затягло =течією"},
		langRU: {"@=тонет|=тонут", "@=течение =унесло|=утащило|=затянуло", "@=унесло|=утащило =течением"},
	}},
	// a seizure now: cramps, convulsions, barely responsive (the present verb '@'; the nouns told in the
	// past are over)
	{"danger", langCues{
		langNO: {"@=har =kramper", "krampeanfall", "=epileptisk =anfall"},
		langSV: {"@=har =kramper", "krampanfall", "=epileptiskt =anfall"},
		langDE: {"@=krampft", "krampfanfall", "=epileptischen =anfall", "@=kaum =ansprechbar", "@=nicht =ansprechbar"},
		langPL: {"@=ma =drgawki", "drgawk", "=atak =padaczki", "konwulsj"},
		langTR: {"@=nobet =geciriyor", "@kasiliyor", "havale"},
		langRO: {"convulsi", "=criza =de =epilepsie", "@=are =convulsii|=crize"},
		langSO: {"@=suuxdin =ayaa =qabta|=haysa", "qallal"},
		langAR: {"تشنج", "=tashannoj|=teshannoj|=tashanoj", "@=3am =yetshannaj|=yitshannaj|=tetshannaj"},
		langFA: {"تشنج", "=tashanoj|=tashannoj"},
		langUK: {"судом", "=епілептичний =напад"},
		langRU: {"судорог", "=эпилептический =приступ", "конвульси"},
	}},
	{"over", langCues{langDE: {"=geht =es =ihm|=ihr|=uns =gut|=besser", "=es =geht =ihm|=ihr|=uns =gut|=besser"}}},
	// over: a restraining order, calm now, no problem any more, he has left (a danger told before it)
	{"over", langCues{
		langNO: {"=er =rolig =na", "=na =er =det =rolig", "besoksforbud", "kontaktforbud"},
		langSV: {"=ar =lugnt =nu", "=nu =ar =det =lugnt", "kontaktforbud"},
		langDE: {"=jetzt =ist =ruhe", "=ist =jetzt =ruhe", "kontaktverbot", "annaherungsverbot"},
		langPL: {"=jest =spokoj", "=zakaz =zblizania"},
		langTR: {"=artik =sakin", "=uzaklastirma =karari"},
		langRO: {"=acum =e =liniste", "=ordin =de =restrictie|=protectie"},
		langSO: {"=hadda =waa =xasilloon|=deggan"},
		langAR: {"هلق هادي", "الحين هادي", "=hala2 =hadi|=hady", "امر ابعاد", "امر حمايه"},
		langFA: {"دیگه مشکلی نیست", "=dige =moshkeli =nist", "از اینجا رفته", "=az =inja =rafte", "حکم منع"},
		langUK: {"=зараз =спокійно", "=заборона =наближатися", "=він|=вона =поїхав|=поїхала|=пішов|=пішла"},
		langRU: {"=сейчас =спокойно", "=запрет =приближаться", "=он|=она =уехал|=уехала|=ушел|=ушла"},
	}},
	// a threat to get the writer ("he'll get me tonight", "er kriegt mich"), and someone not moving
	{"danger", langCues{
		langNO: {"=skal =ta =meg", "=tar =meg =i =kveld|=natt"}, langSV: {"=ska =ta =mig", "=tar =mig =ikvall|=inatt"},
		langDE: {"=mich =erwischt|=kriegt", "=erwischt|=kriegt =mich"}, langPL: {"=mnie =dopadnie|=dorwie", "=dopadnie|=dorwie =mnie"},
		langTR: {"=beni =bulacagini|=bulacak|=yakalayacagini|=yakalayacak"}, langRO: {"=ma =prinde", "=o =sa =ma =prinda"},
		langSO: {"=i =heli =doonaa"}, langAR: {"رح يوصلي", "رح يمسكني", "=ra7 =ywsalli|=yewsalli|=yemsekni|=ymsekni"},
		langFA: {"@تکون نمیخوره", "@=tekoon|=tekun =nemikhore|=nemikhorad"},
		langUK: {"=доберется|=дістанеться|=добереться =до =мене", "=до =мене =доберется|=дістанеться|=добереться"}, langRU: {"=доберется =до =меня", "=до =меня =доберется"},
	}},
	// someone beating a third person now: his wife, her child
	{"danger", langCues{
		langNO: {"slar =sin|=kona|=kone|=kjaresten|=dama"}, langSV: {"slar =sin|=frun|=flickvannen"},
		langDE: {"schlagt =seine|=seinen|=ihre|=ihren|=unsere|=unseren|=ihr|=ihm"},
	}},
	// a diabetic's low sugar: danger as it stands
	{"danger", langCues{
		langNO: {"=lavt =blodsukker|=sukkerfall"}, langSV: {"=lagt =blodsocker|=blodsockerfall"}, langDE: {"=unterzuckert|=unterzuckerung|=unterzucker"},
		langPL: {"=niski =cukier", "hipoglik"}, langTR: {"=sekerim =dustu|=dusuk", "=seker =dusuklugu"}, langRO: {"=glicemia|=zaharul =scazut|=scazuta|=a =scazut", "hipoglic"},
		langSO: {"=sonkorta =ayaa =hoos =u =dhacday"}, langAR: {"السكر نازل", "هبوط سكر", "=sokkar|=sukkar|=sokar =nazel|=wati"},
		langFA: {"قندم افتاده", "=ghandam|=ghandesh =oftade"}, langUK: {"=низький =цукор", "гіпоглік"}, langRU: {"=низкий =сахар", "=сахар =упал", "гипоглик"},
	}},
	// feeling very ill now is danger only with a sign of the body in its sentence (recallMechanisms):
	// "I feel very bad now because of how I was treated" is hurt, not ill
	{illField, langCues{
		langNO: {"=foler =meg =veldig =darlig|=syk"}, langSV: {"=mar =jattedaligt|=mycket =daligt"}, langDE: {"=geht =es =sehr =schlecht", "=mir =ist =sehr =schlecht"},
		langPL: {"=czuje =sie =bardzo =zle|=fatalnie", "=jest =mi =bardzo =slabo|=zle"}, langTR: {"=kendimi =cok =kotu =hissediyorum"},
		langRO: {"=ma =simt =foarte =rau|=prost", "=mi-e =foarte =rau"}, langSO: {"=aad =ayaan =u =xanuunsanayaa"},
		langAR: {"تعبان كتير", "=ta3ban|=t3ban =ktir|=kteer|=kter"}, langFA: {"حالم خیلی بده", "=halam =kheili|=khili =bade"},
		langUK: {"=мені =дуже =погано"}, langRU: {"=мне =очень =плохо"},
	}},
	{signField, langCues{
		langNO: {"=skjelver", "svimmel", "=ser =ikke", "diabet", "=svetter", "=besvimer"}, langSV: {"=skakar|=darrar", "yr", "=ser =inte", "diabet", "=svettas", "=svimmar"},
		langDE: {"=zittere|=zittert", "schwindlig", "=sehe =nichts|=kaum", "diabet", "=schwitze", "=ohnmacht|=ohnmachtig"},
		langPL: {"=trzese =sie", "=drze", "=zawroty", "=nie =widze", "cukrzyc", "=poce =sie", "=mdleje"},
		langTR: {"=titriyorum|=titriyor", "=basim =donuyor", "=goremiyorum", "seker =hastasi", "diyabet", "=bayiliyorum"},
		langRO: {"=tremur", "=ameteala|=ametit|=ametita", "=nu =mai =vad", "diabet", "=transpir", "=lesin"},
		langSO: {"=gariir", "=wareer", "=ma =arko", "sonkorow"}, langAR: {"عم ارجف", "دايخ", "دايخه", "ما عم شوف", "سكري", "=3am =erjof", "=dayekh|=daykha", "=sekkari|=sukkari"},
		langFA: {"میلرزم", "سرگیجه", "نمیبینم", "دیابت", "=milarzam", "=sargije", "=dyabet|=diabet"},
		langUK: {"=тремчу|=трясе", "=паморочиться", "=не =бачу", "діабет", "=втрачаю =свідомість"}, langRU: {"=дрожу|=трясет", "=кружится =голова", "=не =вижу", "диабет", "=теряю =сознание"},
	}},
	// someone missing (a child, a son or daughter, a parent): a kin word and a word of missing or not come
	// home in one sentence (recallMechanisms); "my bike went missing" names no one
	{kinField, langCues{
		langNO: {"=sonn|=sonnen|=datter|=datteren|=barnet|=gutten|=jenta|=mor|=far|=pappa|=mamma"},
		langSV: {"=son|=sonen|=dotter|=dottern|=barnet|=pojken|=flickan|=mamma|=pappa"},
		langDE: {"=sohn|=tochter|=kind|=junge|=madchen|=mutter|=vater|=mama|=papa"},
		langPL: {"=syn|=corka|=coreczka|=synek|=dziecko|=mama|=tata|=corke|=syna"},
		langTR: {"=oglum|=kizim|=cocugum|=oglu|=kizi|=annem|=babam"},
		langRO: {"=fiul|=fiica|=fetita|=baiatul|=copilul|=baietelul|=mama|=tata"},
		langSO: {"=wiilkayga|=gabadhayda|=ilmahayga|=inantayda|=hooyaday|=aabahay|=wiilka|=gabadha"},
		langAR: {"ابني", "بنتي", "ولدي", "طفلي", "امي", "ابوي", "=ebni|=ibni|=binti|=benti|=waladi|=ibnati|=emmi|=abuy"},
		langFA: {"پسرم", "دخترم", "بچم", "مادرم", "پدرم", "=pesaram|=dokhtaram|=bacham|=madaram|=pedaram"},
		langUK: {"=син|=сина|=донька|=доньку|=дочка|=дитина|=мама|=тато"},
		langRU: {"=сын|=сына|=дочь|=дочка|=ребенок|=мама|=папа"},
	}},
	// over: healthy or recovered now
	{"over", langCues{
		langNO: {"=er =frisk"}, langSV: {"=ar =frisk"}, langDE: {"=ist =wieder =gesund", "=ist =gesund"}, langPL: {"=jest =zdrowy|=zdrowa"},
		langTR: {"=iyilesti", "=sagligi =yerinde"}, langRO: {"=e =sanatos|=sanatoasa"}, langSO: {"=waa =caafimaad =qaba"},
		langAR: {"صار منيح", "=sar =mni7|=mnee7"}, langFA: {"=khoob =shode", "خوب شده"}, langUK: {"=здоровий|=здорова"}, langRU: {"=здоров|=здорова"},
	}},
	// over: the missing person found ("they found her this morning")
	{"over", langCues{
		langNO: {"=funnet", "=fant =ham|=henne|=dem"}, langSV: {"=hittade =honom|=henne|=dem", "=hittad|=hittades|=hittats"},
		langDE: {"=gefunden", "=fanden =ihn|=sie"}, langPL: {"=znalezli|=odnalezli|=znaleziony|=znaleziona|=odnalazl|=odnalazla|=znalazl|=znalazla"},
		langTR: {"=bulundu|=bulduk|=buldular"}, langRO: {"=gasit|=gasita|=gasitu", "=l-au|=au =gasit"}, langSO: {"=la =helay", "=helnay|=heleen"},
		langAR: {"لقيناه", "لقيناها", "لقوه", "لقوها", "=l2eenah|=la2eenah|=l2enah|=l2ouh|=l2uha"}, langFA: {"پیدا شد", "پیداش کردیم", "پیداش کردن", "=peyda =shod", "=peydash =kardim|=kardan"},
		langUK: {"=знайшли|=знайшлася|=знайшовся"}, langRU: {"=нашли|=нашелся|=нашлась"},
	}},
	// yesterday, last night, this morning: someone missing since then is still missing (recallMechanisms)
	{recentField, langCues{
		langNO: {"=i =gar|=natt|=morges", "=igar|=inatt", "=i =gar =kveld"}, langSV: {"=igar|=inatt|=imorse", "=i =gar|=natt"},
		langDE: {"=gestern", "=heute =morgen|=fruh", "=letzte =nacht"}, langPL: {"=wczoraj", "=dzis =rano", "=w =nocy"},
		langTR: {"=dun", "=bu =sabah", "=dun =gece|=aksam"}, langRO: {"=ieri", "=azi|=in =dimineata|=noaptea", "=aseara"},
		langSO: {"=shalay", "=xalay", "=saaka"}, langAR: {"امبارح", "مبارح", "البارحه", "=embare7|=mbare7|=imbare7"},
		langFA: {"دیروز", "دیشب", "=dirooz|=diruz|=dishab"}, langUK: {"=вчора|=учора", "=сьогодні =вранці", "=вночі"},
		langRU: {"=вчера", "=сегодня =утром", "=ночью"},
	}},
	{missingField, langCues{
		langNO: {"=savnet|=forsvunnet|=forsvant", "=ikke =kommet =hjem"},
		langSV: {"=forsvunnen|=forsvann|=saknas", "=inte =kommit =hem"},
		langDE: {"=verschwunden|=vermisst", "=nicht =nach =hause =gekommen", "=nicht =heimgekommen"},
		langPL: {"=zaginal|=zaginela|=zniknal|=zniknela", "=nie =wrocil|=wrocila =do =domu"},
		langTR: {"=kayboldu|=kayip", "=eve =gelmedi|=donmedi"},
		langRO: {"=disparut|=disparuta", "=nu =a =venit =acasa", "=nu =s-a =intors|=intoarce =acasa"},
		langSO: {"=maqan|=lumay|=lumatay", "=ma =soo =noqon"},
		langAR: {"ضايع", "ضايعه", "مفقود", "اختفى", "اختفت", "ما رجع", "ما رجعت", "=mafqood|=mafqud|=dayi3|=da2e3|=5tafa|=ekhtafa", "=ma =rije3|=reje3|=rej3et|=rij3it"},
		langFA: {"گم شده", "گم شد", "=gom =shode|=shod", "خونه نیومده", "=khoone =nayomade|=nayoomade"},
		langUK: {"=зник|=зникла|=пропав|=пропала", "=не =повернувся|=повернулась|=повернулася =додому", "=не =прийшов|=прийшла =додому"},
		langRU: {"=пропал|=пропала|=исчез|=исчезла", "=не =вернулся|=вернулась =домой", "=не =пришел|=пришла =домой"},
	}},
	{childField, langCues{
		langNO: {"=barn|=barnet|=gutt|=gutten|=jente|=jenta|=ungen|=pike"},
		langSV: {"=barn|=barnet|=pojke|=pojken|=flicka|=flickan|=grabb"},
		langDE: {"=kind|=kleinkind|=junge|=madchen|=kleine"},
		langPL: {"=dziecko|=dziecka|=chlopiec|=chlopczyk|=dziewczynka|=maluch"},
		langTR: {"=cocuk|=cocugu|=bebek"},
		langRO: {"=copil|=copilul|=fetita|=baietel|=copilas"},
		langSO: {"=ilmo|=ilmaha|=caruur|=ilmaheyga", "=gabar|=wiil =yar"},
		langAR: {"طفل", "طفله", "ولد صغير", "بنت صغيره", "=tefl|=tifl|=tfl", "=walad|=bent|=binet =zghir|=zghire|=saghir|=sghire"},
		langFA: {"بچه", "کودک", "=bache|=bacheh|=kudak|=koodak"},
		langUK: {"=дитина|=дитину|=хлопчик|=дівчинка|=малюк"},
		langRU: {"=ребенок|=мальчик|=девочка|=малыш"},
	}},
	{exposedField, langCues{
		langNO: {"=alene", "=motorveien|=motorveg|=veibanen|=skinnene|=jernbanen"},
		langSV: {"=ensam|=ensamt|=ensamma", "=motorvagen|=vagbanan|=spåret|=sparet|=jarnvagen"},
		langDE: {"=allein|=alleine", "=autobahn|=fahrbahn|=gleis|=gleisen|=schienen"},
		langPL: {"=sam|=sama|=samo", "=autostradzie|=jezdni|=torach"},
		langTR: {"=yalniz|=yapayalniz", "=tek =basina", "=otoyol|=otobanda|=otoyolda|=raylarda"},
		langRO: {"=singur|=singura|=singurel", "=autostrada|=carosabil|=sine"},
		langSO: {"=keligiis|=keligeed|=kaligeed|=kaligiis|=keligii|=kaligii", "=waddada|=jidka"},
		langAR: {"وحده", "وحدها", "لحاله", "لحالها", "=la7alo|=la7ala|=wa7do|=wa7da|=lwa7do|=lwa7da", "الاوتوستراد", "=otostrad|=autostrad"},
		langFA: {"تنها", "=tanha", "اتوبان", "=otoban|=autoban"},
		langUK: {"=сам|=сама|=самі|=одна|=один", "=трасі|=автостраді|=рейках"},
		langRU: {"=один|=одна|=сам|=сама", "=трассе|=автостраде|=рельсах"},
	}},
}

// recallMechanisms adds the urgent evidence of fear with a threat and of a child alone or on a road
// (recallConcepts), scoped like the danger cues: negated, over, thanked for with no word of now, or told
// in the past without a word of now does not count.
func recallMechanisms(ev *foreignEvidence, toks []token, ft foreignText, danger, now, past, staff []fhit, cats map[string][]fhit, findField func(string),
	negated, cleared func(fhit) (string, bool), thankedAfter, overAfter, asked func(fhit) bool, sentHas func([]fhit, int) bool, reason func(string, ...any)) {
	if ev.urgent {
		return
	}
	// each field is found only when the fields before it found something (the worst case, a long text
	// that is none of these, pays for two)
	findField(arriveField)
	findField(childField)
	findField(kinField)
	if len(cats[arriveField]) > 0 {
		findField(ifComesField)
	}
	if len(cats[childField]) > 0 {
		findField(exposedField)
		findField(routineField)
	}
	told := func(h fhit) bool { // not negated, not over, not thanked for, not told in the past
		if _, ok := negated(h); ok {
			return false
		}
		if thankedAfter(h) {
			return false
		}
		if _, ok := cleared(h); ok {
			return false
		}
		sent, cl := toks[h.start].sent, toks[h.start].clause
		inClause := func(hs []fhit) bool {
			return slices.ContainsFunc(hs, func(o fhit) bool { return toks[o.start].clause == cl })
		}
		// a word of now in another clause does not renew a clause told in the past ("war allein, wir haben
		// es sofort gefunden")
		return (!sentHas(past, sent) || sentHas(now, sent)) && (!inClause(past) || inClause(now))
	}
	found := func(h fhit, kind string) {
		ev.urgent = true
		ev.urgentAt = append(ev.urgentAt, [2]int{h.start, h.end})
		ev.recognised++
		ev.langs[h.lang] = true
		reason("%s: '%s' → urgent (%s)", h.lang, ft.words(h), kind)
	}
	// comingTonight: someone coming (a bare "will come" with a word of now in its sentence: "przyjdą jutro
	// naprawić zamek" is no threat) who is not staff, a patrol or an ambulance, or a threat made
	comingTonight := func(h fhit) bool {
		if _, neg := negated(h); neg || h.nowOnly && !sentHas(now, toks[h.start].sent) {
			return false
		}
		sent := toks[h.start].sent
		if sentHas(staff, sent) || toks[h.start].question || slices.ContainsFunc(cats[ifComesField], func(c fhit) bool { return c.start <= h.start && c.end >= h.start }) {
			return false // staff coming, or "what do I do if he comes again?": asked about, not announced
		}
		for _, t := range toks {
			if t.sent == sent && hasAnyPrefix(foldForeign(t.word), responders) {
				return false
			}
		}
		return true
	}
	// a threat or danger told in any tense that is not negated or over, or someone coming who is not staff
	threat := slices.ContainsFunc(danger, func(h fhit) bool {
		_, neg := negated(h)
		_, over := cleared(h)
		return !neg && !over
	}) || slices.ContainsFunc(cats[arriveField], comingTonight)
	// someone coming tonight, and the police said to call "if he comes": a threat announced for tonight
	if len(cats[ifComesField]) > 0 {
		for _, h := range cats[arriveField] {
			if comingTonight(h) {
				found(h, "someone coming tonight, told to call if they come")
				return
			}
		}
	}
	// someone coming tonight who knows where the writer lives ("skriver nu att han vet var jag bor och
	// kommer ikväll"): a threat announced (session 10's second round)
	for _, h := range cats[arriveField] {
		if comingTonight(h) {
			findField(knowsWhereField)
			if len(cats[knowsWhereField]) > 0 {
				found(h, "someone coming tonight who knows where the writer lives")
				return
			}
			break
		}
	}
	if threat {
		findField(fearField)
		// a threat told only in the past ("rok temu groził mi nożem") with psychological help asked for:
		// the fear is its after-effect, not danger now (session 10's second round)
		afterEffect := len(cats[fearField]) > 0 && !slices.ContainsFunc(danger, func(h fhit) bool {
			_, neg := negated(h)
			_, over := cleared(h)
			sent := toks[h.start].sent
			return !neg && !over && (!sentHas(past, sent) || sentHas(now, sent))
		}) && !slices.ContainsFunc(cats[arriveField], comingTonight)
		if afterEffect {
			findField(counselField)
			afterEffect = len(cats[counselField]) > 0
		}
		for _, h := range cats[fearField] {
			if told(h) && !afterEffect {
				found(h, "fear now, with a threat")
				return
			}
		}
	}
	// feeling very ill with a sign of the body in its sentence (trembling, dizzy, cannot see, diabetic)
	findField(illField)
	if len(cats[illField]) > 0 {
		findField(signField)
		for _, h := range cats[illField] {
			if told(h) && sentHas(cats[signField], toks[h.start].sent) {
				found(h, "feeling very ill with a sign of the body, now")
				return
			}
		}
	}
	// someone of the writer's missing: a kin word near a word of missing in its sentence, not negated,
	// over or thanked for; "since yesterday" is still missing, so only a word of the past in the missing
	// word's own clause with no word of now makes it told
	if len(cats[childField]) > 0 || len(cats[kinField]) > 0 {
		findField(missingField)
		if len(cats[missingField]) > 0 {
			findField(recentField)
		}
		kin := append(append([]fhit{}, cats[kinField]...), cats[childField]...)
		// the past words of the missing clause, less yesterday or last night: missing since then is missing now
		oldPast := slices.DeleteFunc(slices.Clone(past), func(p fhit) bool {
			return slices.ContainsFunc(cats[recentField], func(r fhit) bool { return r.start <= p.end && r.end >= p.start })
		})
		for _, m := range cats[missingField] {
			if _, neg := negated(m); neg || thankedAfter(m) {
				continue
			}
			if asked(m) {
				// "co robić, jeśli dziecko nie wróci ze szkoły?": asked about, not reported (nor for the model)
				reason("%s: '%s' in a question with 'if': asked about, not reported", m.lang, ft.words(m))
				ev.setAside("asked about")
				continue
			}
			// "er ist weg", "a plecat" (gone: the attacker left) is over, but not as the missing words
			// themselves ("Opa (Demenz) ist weg")
			// someone not found now ('@') is cleared only by what is told after it: "he went out … we can't
			// find him" (gone is how he went missing), "everyone else is fine, but we can't find grandpa"
			if o, over := cleared(m); over && !strings.Contains(ft.words(m), o) && (!m.present || overAfter(m)) {
				continue
			}
			cl := toks[m.start].clause
			inClause := func(hs []fhit) bool {
				return slices.ContainsFunc(hs, func(o fhit) bool { return toks[o.start].clause == cl })
			}
			// a past told after the missing word is background ("ما عم ترد من امبارح وكانت تعبانة": not answering
			// since yesterday, and she was very tired)
			pastBefore := slices.ContainsFunc(oldPast, func(o fhit) bool { return toks[o.start].clause == cl && o.start < m.start })
			if pastBefore && !inClause(now) && !m.present {
				continue // not a state told now ('@': "went out two hours ago … we can't find him" is missing now)
			}
			for _, k := range kin {
				if toks[k.start].sent == toks[m.start].sent && m.start >= k.start-4 && m.start <= k.end+14 && m.start != k.start {
					found(m, "someone missing, now")
					return
				}
			}
		}
	}
	for _, c := range cats[childField] {
		if sentHas(cats[routineField], toks[c.start].sent) {
			continue // "goes to school alone every day": a habit to complain of, not a child in danger now
		}
		for _, e := range cats[exposedField] {
			near := e.start >= c.start-3 && e.start <= c.end+5 && toks[e.start].sent == toks[c.start].sent
			if near && e.start != c.start && told(e) && told(c) {
				found(e, "a child alone or on a road, now")
				return
			}
		}
	}
	tenthSetMechanisms(ev, toks, ft, now, past, cats, findField, told, negated, cleared, reason)
	eleventhSetMechanisms(ev, toks, ft, now, past, cats, findField, told, reason)
	twelfthSetMechanisms(ev, toks, ft, cats, findField, told, negated, cleared, reason)
}

// conjunctions ("and") per list language, compared folded; the Arabic and Farsi "و" also stands written
// onto the next word.
var conjunctions = map[string][]string{
	"no": {"og"}, "sv": {"och"}, "de": {"und"}, "pl": {"i", "oraz"}, "tr": {"ve"}, "ro": {"si"}, "so": {"iyo"},
	"ar": {"و", "w", "we", "wa"}, "fa": {"و", "va"}, "uk": {"і", "та", "i", "ta"}, "ru": {"и", "i"}, "intl": {"and"},
}

// andBetween: an "and" stands between a negator ending at n and a cue starting at start, so the negator
// belongs to the phrase before ("ما يقدر يتكلم ووجهه مايل": he cannot speak, and his face droops). A cue
// right after its negator is negated whatever it starts with ("ما وصل").
func andBetween(lang string, toks []token, n, start int) bool {
	if start == n+1 {
		return false
	}
	for i := n + 1; i <= start; i++ {
		k := foldForeign(toks[i].word)
		if i < start && slices.Contains(conjunctions[lang], k) {
			return true
		}
		if (lang == "ar" || lang == "fa") && strings.HasPrefix(k, "و") && utf8.RuneCountInString(k) > 3 {
			return true
		}
	}
	return false
}

// responders: a patrol, an ambulance, the police coming is help, not a threat (folded prefixes, every language)
var responders = []string{"patrul", "ambulan", "politi", "polic", "polis", "polit", "karetk", "radiow", "straz", "brann", "brand", "feuerwehr",
	"krankenwagen", "itfaiye", "pompier", "booli", "isaaf", "is3af", "اسعاف", "الشرط", "پلیس", "امبولانس", "поліц", "полиц", "швидк", "скор"}

func hasAnyPrefix(w string, prefixes []string) bool {
	for _, p := range prefixes {
		if strings.HasPrefix(w, p) {
			return true
		}
	}
	return false
}
