package classify

// Urgent recall from the thirteenth blind set (session 8, cls-13, issue 11; a tuning set since its blind
// measure, recorded in doc_intro.md): the concepts its urgent misses and false alarms told that no list
// had, written for every language the foreign lists read, never as one text's words; pinned with their
// counterparts in thirteenthset_test.go.
var thirteenthSetConcepts = []foreignConcept{
	// someone at the door now kicking, hammering or ringing it (no '@': kicking told as a habit,
	// "every night", stays a trouble to complain of)
	{"danger", langCues{
		langNO: {"=sparker|=hamrer|=banker|=slar =pa|=i =dora|=doren"},
		langSV: {"=sparkar|=bankar|=hamrar|=slar =pa =dorren|=dorr", "=sparkar =pa =dorren"},
		langDE: {"=tritt|=hammert|=schlagt|=tritt =gegen =die|=meine|=unsere =tur|=wohnungstur|=haustur", "=tritt|=hammert|=schlagt =dagegen", "=steht|=ist =jetzt =vor =meiner|=unserer =tur ~=tritt|=klingelt|=hammert"},
		langPL: {"=kopie|=wali|=uderza =w =drzwi", "=kopie|=wali =drzwi"},
		langTR: {"=kapiyi =tekmeliyor|=yumrukluyor|=zorluyor", "=kapiya =vuruyor", "=kapiya|=kapiyi =tekme =atiyor"},
		langRO: {"=loveste|=bate|=izbeste =in =usa", "=da =cu =piciorul =in =usa"},
		langSO: {"=albaabka ~=laadayaa|=garaacayaa|=jebinayaa"},
		langAR: {"يرفس الباب", "يدك الباب", "يدق الباب", "يضرب الباب", "يدك الجرس", "يدق الجرس", "=ybo3|=yodrob|=ydrob|=yda2|=ydo2|=yde2 =el|=3al|=3ala =bab", "واكف جوه البيت", "واكف يم الباب", "واكف عالباب", "واكف على الباب", "واقف على الباب", "واقف عالباب"},
		langFA: {"به در لگد میزنه", "در رو لگد میزنه", "به در میکوبه", "=lagad =mizane =be =dar", "=dar =ro =lagad =mizane"},
		langUK: {"=копає|=бє|=гатить|=стукає =в|=у =двері", "=ломиться =в|=у =двері"},
		langRU: {"=пинает|=бьет|=колотит|=ломится|=стучит =в =дверь", "=пинает =дверь", "=ломится", "=pinaet|=lomitsya|=kolotit =v =dver|=dver"},
	}},
	// he is on his way here now, with a threat that tonight it ends
	{"danger", langCues{
		langNO: {"@=han|=hun =er =pa =vei =hit", "@=han|=hun =er =pa =vei =hjem =til =meg|=oss", "=i =kveld|=natt =er =det =slutt", "=ikveld|=inatt =er =det =slutt"},
		langSV: {"@=han|=hon =ar =pa =vag =hit", "@=han|=hon =ar =pa =vag =hem =till =mig|=oss", "=ikvall|=inatt =ar =det =slut"},
		langDE: {"@=er|=sie =ist =auf =dem =weg =zu =mir|=uns", "@=er|=sie =ist =auf =dem =weg =hierher", "@=er|=sie =ist =unterwegs =zu =mir|=uns", "@=er|=sie =ist =unterwegs =hierher", "=heute =nacht|=abend =ist =es =vorbei|=schluss"},
		langPL: {"@=jedzie|=idzie =do =mnie|=nas|=tutaj", "@=jest =w =drodze =do =mnie|=nas", "=dzis =w =nocy =to =koniec", "=dzis =wieczorem =to =koniec"},
		langTR: {"@=buraya|=bana|=eve =geliyor|=geliyormus", "=bu =gece =her =sey =bitecek|=bitiyor"},
		langRO: {"@=vine =spre =mine|=noi|=aici|=casa", "@=e|=este =pe =drum =spre =mine|=noi|=aici", "=in =seara =asta =se =termina"},
		langSO: {"@=halkan|=gurigayga =buu =u =socdaa|=imanayaa"},
		langAR: {"@جاي عليي", "@جاي لعندي", "@جاي علينا", "@=jaye|=jay|=jaaye =3alay|=3layi|=la3andi|=3alayna"},
		langFA: {"@داره میاد اینجا", "@تو راهه که بیاد", "@=dare =miad =inja"},
		langUK: {"@=їде|=йде =до =мене|=нас|=сюди", "@=yide|=ide =do =mene|=nas"},
		langRU: {"@=едет|=идет =ко|=к =мне|=нам", "@=едет|=идет =сюда", "@=edet|=idet =ko|=k =mne|=nam", "@=edet|=idet =syuda"},
	}},
	// a small child or a baby shut in a car in the heat
	{"danger", langCues{
		langNO: {"@=barn|=baby|=babyen|=barnet ~=i =bilen ~=varmt|=varme|=solen|=lukket|=last", "@=barn|=barnet|=baby =last|=innelast =i =bilen"},
		langSV: {"@=barn|=bebis|=barnet ~=i =bilen ~=varmt|=varme|=solen|=stangda", "@=barn|=barnet|=bebis =inlast|=last =i =bilen"},
		langDE: {"@=kind|=baby|=kleinkind ~=im =auto|=wagen ~=heiss|=hitze|=sonne|=geschlossen|=zu", "@=kind|=baby =eingesperrt|=eingeschlossen|=allein =im =auto|=wagen"},
		langPL: {"@=dziecko|=niemowle|=bobas ~=szyby|=okna =zamkniete", "@=w =srodku ~=dziecko|=niemowle ~=goraco|=upal|=szyby", "@=dziecko|=niemowle =zamkniete|=samo =w =aucie|=samochodzie"},
		langTR: {"@=arabada ~=bebek|=cocuk ~=sicak|=camlar|=kapali|=kilitli", "@=arabanin =icinde ~=bebek|=cocuk ~=sicak|=camlar|=kapali|=kilitli", "@=bebek|=cocuk =arabada =kilitli|=kapali|=yalniz"},
		langRO: {"@=copil|=copilul|=bebelus|=bebelusul ~=in =masina ~=cald|=caldura|=geamurile|=inchis|=inchisa|=incuiat", "@=copil|=bebelus =incuiat|=inchis|=singur =in =masina"},
		langSO: {"@=ilmo|=ilmaha|=canug ~=gaariga =dhexdeeda|=gudaha ~=kulayl|=kulul|=xiran"},
		langAR: {"@طفل ~بالسياره|السياره ~حر|شوب|مسكره|مقفله", "@=walad|=tefel|=baby|=beibi ~=sayara|=sayyara|=siyara ~=7ar|=shob|=msakkra|=m2afale"},
		langFA: {"@بچه ~ماشین ~گرم|بسته|قفل", "@=bache|=bachche ~=mashin ~=garm|=garma|=baste|=ghofl"},
		langUK: {"@=дитина|=немовля ~=в|=у =машині|=авто ~=спека|=жарко|=закрита|=зачинена|=вікна", "@=dytyna ~=v|=u =mashyni ~=speka|=zharko|=zakryta"},
		langRU: {"@=ребенок|=младенец ~=в =машине ~=жара|=жарко|=закрыта|=закрыт|=окна", "@=rebenok|=rebyonok ~=v =mashine ~=zhara|=zharko|=zakryta"},
	}},
	// a farewell with "look after everyone" sent now ('%': thanks do not end it)
	{"danger", langCues{
		langNO: {"%=ha =det =bra ~=ta =vare =pa =alle|=dere"},
		langSV: {"%=hejda|=adjo|=farval ~=ta =hand =om =alla|=er"},
		langDE: {"%=lebt =wohl", "%=lebewohl ~=passt =auf =alle"},
		langPL: {"%=zegnajcie", "%=do =widzenia ~=opiekujcie|=zaopiekujcie =sie =wszystkimi"},
		langTR: {"%=hosca =kal ~=herkese|=herkesi|=hepinize|=annemize =iyi =bak|=bakin", "%=herkese|=hepinize =iyi =bakin|=bak ~=hosca =kalin|=kal"},
		langRO: {"%=adio ~=aveti =grija =de =toti"},
		langSO: {"%=nabadgelyo ~=dhammaan =ilaaliya|=daryeela"},
		langAR: {"%مع السلامه ~ديرو بالكم على الكل", "%=ma3 =salama|=elsalame ~=dero|=diru =balkon|=balkom"},
		langFA: {"%خداحافظ ~مواظب همه باشید", "%=khodahafez ~=movazebe =hame =bashid"},
		langUK: {"%=прощавайте", "%=бувайте ~=бережіть =усіх|=всіх"},
		langRU: {"%=прощайте", "%=proshchaite|=proshchayte"},
	}},
	// hearing the neighbours beat their child, a child screaming (the Levantine "3am" present; '@')
	{"danger", langCues{
		langDE: {"@=horen|=hore ~=nachbarn ~=schlagen|=verprugeln ~=kind|=sohn|=tochter"},
		langPL: {"@=slychac|=slysze|=slyszymy ~=sasiedzi ~=bija|=leja ~=dziecko|=syna|=corke"},
		langAR: {"@نسمع ~يضربو|يضربوا|يضربون ~ابنهم|ابنن|بنتهم|الولد", "@=nesma3|=nisma3|=asma3|=sam3in|=sem3in ~=yedrbo|=ydrbo|=yedrobo|=ydrobo|=byedrbo", "@=3am =yseree5|=ysarre5|=ysari5|=ysrekh|=ysarrekh|=ysaye7|=y3ayyet", "@=yedrbo|=ydrbo|=yedrobo|=byedrbo =ebnon|=ebnhon|=ebnhom|=bento|=benton|=walad"},
		langFA: {"@صدای کتک زدن ~بچه", "@=dare =bachasho =mizane", "@=kotak =mizane"},
		langUK: {"@=чуємо|=чую ~=сусіди ~=бють ~=дитину|=сина|=доньку"},
		langRU: {"@=слышим|=слышу ~=соседи ~=бьют ~=ребенка|=сына|=дочь"},
	}},
	// "I'll kill" shouted, shots heard (the Latin transliteration of Russian and Ukrainian)
	{"danger", langCues{
		langNO: {"@=horer|=hoerer =skudd"},
		langSV: {"@=hor =skott"},
		langDE: {"=schusse|=schuesse", "=schiesserei", "=schiesst|=schiessen"},
		langPL: {"=strzaly|=strzalow|=strzelanina|=strzelaja|=strzela"},
		langTR: {"=silah =sesi|=sesleri", "=ates =ediyor|=ediyorlar"},
		langRO: {"=impuscaturi|=focuri =de =arma", "=trage =cu =arma|=pistolul"},
		langSO: {"=rasaas", "=xabad =la =riday|=ridayo"},
		langAR: {"رصاص", "اطلاق نار", "=rsas|=rasas|=rsaas", "=tal2 =nari|=naree"},
		langFA: {"تیراندازی", "صدای تیر", "=tirandazi", "=tir =andazi", "=sedaye =tir"},
		langUK: {"=ubyu", "@=postrily|=postriliv|=striliaiut|=striliaie|=strilianyna"},
		langRU: {"=ubyu|=ubiu", "=vystrel|=vystrely|=vystrelov|=strelyayut|=strelyaet|=strelba", "=убью"},
	}},
	// calm now: a danger asked about with it is no danger now
	{"over", langCues{
		langNO: {"=na =er =det =rolig|=stille"},
		langSV: {"=nu =ar =det =lugnt|=tyst"},
		langDE: {"=jetzt =ist =es =ruhig", "=im =moment =ist =es =ruhig"},
		langPL: {"=teraz =jest =spokojnie|=cicho", "=na =razie =jest =spokojnie|=cicho"},
		langTR: {"=simdi =sakin|=sessiz", "=su =an =sakin|=sessiz"},
		langRO: {"=acum =e|=este =liniste|=calm"},
		langSO: {"=hadda =waa =deggan =yahay"},
		langAR: {"هلق هادي", "=halla2|=hala2|=halla =hadi|=hady"},
		langFA: {"الان آرومه", "الان آروم", "=alan =aroome|=aroom"},
		langUK: {"=зараз =тихо|=спокійно"},
		langRU: {"=сейчас =тихо|=спокойно", "=seichas|=seychas =tiho|=spokoino"},
	}},
	// found and brought home: someone missing who is back
	{"over", langCues{
		langNO: {"=fant =ham|=henne =og =kjorte|=tok"},
		langSV: {"=hittade =honom|=henne =och =korde|=tog"},
		langDE: {"=gefunden =und =nach =hause =gebracht"},
		langPL: {"=znalazla|=znalazl|=znalezli =go|=ja =i =przywiozla|=przywiozl|=przywiezli"},
		langTR: {"=buldu|=buldular =ve =eve =getirdi|=getirdiler"},
		langRO: {"=au =gasit ~=adus =acasa"},
		langSO: {"=helay =oo =guriga =keenay"},
		langAR: {"لقيوه وجابوه عالبيت", "=la2ouh|=la2yoh =w =jabouh"},
		langFA: {"پیداش کرد", "پیداش کردن", "آوردش خونه", "=peydash =kard|=kardan", "=avordesh =khoone"},
		langUK: {"=знайшли =і =привезли =додому"},
		langRU: {"=нашли =и =привезли =домой", "=nashli =i =privezli =domoi"},
	}},
	// nights, days or times in a row: a trouble told as a habit (with no word of now the danger beside it
	// is a long-standing trouble to complain of, not danger now)
	{habitField, langCues{
		langNO: {"=netter|=kvelder|=dager|=ganger =pa =rad"},
		langSV: {"=natter|=kvallar|=dagar|=ganger =i =rad"},
		langDE: {"=nachte|=abende|=tage|=mal =hintereinander", "=nachte|=abende|=tage =in =folge"},
		langPL: {"=noce|=nocy|=wieczory|=dni|=razy =z =rzedu"},
		langTR: {"=ust =uste"},
		langRO: {"=nopti|=seri|=zile|=ori =la =rand"},
		langAR: {"ليالي ورا بعض", "=layali|=leyali =wara =ba3d"},
		langFA: {"شب پشت سر هم", "=shab =poshte =sare =ham"},
		langUK: {"=ночі|=дні|=рази =поспіль", "=noch|=dni|=razy =pospil"},
		langRU: {"=ночи|=дня|=дней|=раза =подряд", "=nochi|=dnya|=dnei|=raza =podryad"},
	}},
}
