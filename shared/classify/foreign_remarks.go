package classify

// Conduct shown by what staff said (session 5, issue 11): remarks on the writer's sex, faith, dress,
// origin or accent, insults put in quotes, and telling others who called. None of these words is
// conduct on its own — "as a woman", "my headscarf", "I called" are the writer's own words as often
// as staff's — so each counts only with its speaker found (readForeign):
//
//   - saidField: verbs of saying, telling, asking, shouting or talking in the third person or
//     impersonal ("powiedział", "dedi", "قال", "goft", "сказали"); the first person ("I told the
//     police …") is left out, since the writer telling staff is no conduct.
//   - remarkField: a remark on who the writer is ("like all women", "your country", "here is Denmark",
//     "the headscarf", "hysterical", "speak like a human"): conduct when the nearest person named
//     before it in the text is staff, or nobody is named and a verb of saying stands in its sentence
//     ("Мне сказали: 'в вашей стране …'"). Written "!…": the writer's "because I am a woman", which
//     names no speaker: conduct when the text names staff anywhere.
//   - whoCalledField: "that it was me who called / that I reported" — a disclosure when a verb of
//     telling stands before it in its sentence and the nearest person named before that verb is staff
//     ("policeyskyi skazav susidam shcho ce ya podzvonyla").
//
// A text of thanks takes none of them ("the officer saw my headscarf and was very kind, thank you").
const (
	saidField      = "said"
	remarkField    = "remark"
	whoCalledField = "whocalled"
)

var remarkConcepts = []foreignConcept{
	// over: out of hospital, back home after it, "but he is fine now"
	{"over", langCues{
		langNO: {"=utskrevet", "=hjemme =igjen"}, langSV: {"=utskriven", "=hemma =igen"},
		langDE: {"=entlassen", "=wieder =zu =hause|=zuhause"}, langPL: {"=wypisali|=wypisany|=wypisana", "=juz =w =domu"},
		langTR: {"=taburcu"}, langRO: {"=externat|=externata", "=acasa =din =nou"}, langSO: {"=isbitaalka =laga =saaray"},
		langAR: {"الان بخير", "هو بخير", "هي بخير", "طلع من المستشفى", "خرج من المستشفى", "=hala2 =mni7|=mnee7|=bkheir"},
		langFA: {"مرخص شد", "=morakhas =shod", "الان خوبه", "=alan =khoobe|=khube"},
		langUK: {"=виписали", "=вже =вдома", "=знову =вдома"}, langRU: {"=выписали", "=уже =дома", "=снова =дома"},
	}},
	// danger: lying on the floor, not answering any more, will jump — found missing by a recall probe
	{"danger", langCues{
		langNO: {"@=ligger =pa =gulvet|=bakken", "@=svarer =ikke =lenger"}, langSV: {"@=ligger =pa =golvet|=marken", "@=svarar =inte =langre"},
		langDE: {"@=liegt =auf =dem =boden", "@=antwortet =nicht =mehr", "=ist =gesturzt", "=will =springen", "=springt =gleich"},
		langPL: {"@=lezy =na =podlodze|=ziemi", "@=nie =odpowiada =juz", "=skoczy", "=chce =skoczyc"},
		langTR: {"@=yerde =yatiyor", "atlayacag", "=atlamak =istiyor"},
		langRO: {"@=zace =pe =jos|=podea", "@=nu =mai =raspunde", "=vrea =sa =sara"},
		langSO: {"@=dhulka =jiifa|=yaal", "=isku =tuurayo"},
		langAR: {"@ملقى على الارض", "@طايح على الارض", "@واقع على الارض", "سيقفز", "رح ينط", "بدو ينط", "=ra7 =ynot|=yenot"},
		langFA: {"@رو زمين افتاده", "@روي زمين افتاده", "ميخواد بپره", "=mikhad =bepare"},
		langUK: {"@=лежить =на =підлозі|=землі", "стрибне", "=хоче =стрибнути"},
		langRU: {"@=лежит =на =полу|=земле", "прыгнет", "=хочет =прыгнуть"},
	}},
	{"danger", langCues{
		langSO: {"@=ma =neefsan =karo|=karto|=kari|=karin", "=wadnaha =ayaa =i|=u =xanuun|=xanuunaya", "=wadnaha =ayaa =xanuunaya"},
	}},
	// conduct: laughing at the writer, shouting at them (a last probe: 5 of 18 such texts were missed)
	{"conduct", langCues{
		langDE: {"=uber =mich =gelacht", "=uber =meinen =namen|=akzent =gelacht", "ausgelacht", "=angeschrien|=angebrullt"},
		langPL: {"=smial|=smiala|=smiali =sie =ze =mnie", "=smial|=smiala|=smiali =sie =z =mojego", "=wysmial|=wysmiala|=wysmiali", "=nakrzyczal|=nakrzyczala =na =mnie"},
		langSO: {"=igu =qoslay|=qosleen", "=igu =qayliyay"},
		langAR: {"=ddehak|=dehek|=di7ik|=de7ek|=d7ek =3alayye|=3alay|=3lay|=3layi", "ضحك علي", "ضحكت علي", "صرخ علي", "صرخت علي"},
		langRU: {"наорал", "=смеялся|=смеялась =надо =мной", "=смеялся|=смеялась =над =мной|=моим", "=высмеял|=высмеяла"},
		langUK: {"=накричав|=накричала", "=сміявся|=сміялася =з =мене"},
	}},
	// conduct: mimicking the accent, mocking; telling what is nobody's business; staff giving the
	// writer's address or number to someone ('^': only in a sentence naming staff)
	{"conduct", langCues{
		langNO: {"^=ga|=gav =adressen =min", "^=ga|=gav =nummeret =mitt"},
		langSV: {"^=gav =min =adress", "^=gav =mitt =nummer"},
		langSO: {"^=doqon|=nacas", "^=cinwaankayga"},
		langRO: {"^=a =dat =adresa =mea", "^=i-a =dat =adresa"},
		langAR: {"^اعطى|اعطت عنواني|رقمي", "^=a3ta|=3ata =3enwani|=3nwani"},
		langDE: {"^=meine =adresse =gegeben|=weitergegeben|=verraten", "!=geht =niemanden =was|=etwas =an", "=akzent =nachgemacht|=nachgeafft", "=nachgeafft"},
		langPL: {"^=podal|=podala|=przekazal|=przekazala|=dal|=dala =moj =adres|=numer", "!=nikogo =to =nie =obchodzi", "=przedrzeznial|=przedrzeznial|=przedrzezniala"},
		langTR: {"^=adresimi|=numarami =verdi|=soyledi", "!=kimseyi =ilgilendirmez", "=aksanimla =dalga|=alay"},
		langFA: {"^=adresamo|=address =dad|=dade", "^آدرسم را داد", "^آدرسمو داد", "=mashkhare|=maskhare|=masxare =kard", "=lahjamo|=lahjeham|=lahjam =mashkhare|=maskhare"},
		langUK: {"^=дав|=дала|=повідомив|=повідомила =мою =адресу", "передражн", "=мою =вимову|=акцент"},
		langRU: {"^=дал|=дала|=сообщил|=сообщила =мой =адрес", "передразн", "=мой =акцент|=выговор"},
	}},
	// danger: barely breathing (a state told now, '@'), found missing while writing the idiom markers
	{"danger", langCues{
		langNO: {"@=puster =nesten =ikke"}, langSV: {"@=andas =knappt|=knappast"}, langPL: {"@=ledwo =oddycha"},
		langTR: {"@=zor =nefes =aliyor"}, langRO: {"@=abia =respira"}, langSO: {"@=si =dhib =ah =u =neefsanaya"},
		langAR: {"@بالكاد يتنفس|تتنفس", "@=bel =ka2ad|=kad =yetnaffas|=tetnaffas"}, langFA: {"@به سختي نفس", "@=be =sakhti =nafas"},
		langUK: {"@=ледве|=ледь =дихає"}, langRU: {"@=еле|=едва|=чуть =дышит"},
	}},
	// idiom, more forms: "that will be the death of me", "if I hear it once more" (foreign.go: idiom)
	{idiomField, langCues{
		langDE: {"=das =bringt|=macht =mich", "=wenn =ich =noch =einmal|=mal"},
		langPL: {"=jak|=jesli|=jezeli =jeszcze =raz"},
		langTR: {"=bir =daha"},
		langRO: {"=daca =mai =aud|=astept|=sun"},
		langUK: {"=якщо =ще =раз", "=ледве =не"},
		langRU: {"=если =еще =раз"},
	}},
	{saidField, langCues{
		langNO: {"=sa", "=sier", "=spurte", "=fortalte", "=ropte", "=kjeftet", "=snakket"},
		langSV: {"=sa", "=sade", "=sager", "=fragade", "=berattade", "=skrek", "=pratade"},
		langDE: {"=sagte", "=gesagt", "=sagt", "=meinte", "=fragte", "=gefragt", "=erzahlte", "=erzahlt", "=schrie", "=rief", "=redete", "=sprach"},
		langPL: {"=powiedzial|=powiedziala|=powiedzieli", "=mowil|=mowila|=mowili|=mowi", "=zapytal|=zapytala|=pytal|=pytala", "=krzyczal|=krzyczala", "=rozmawial|=rozmawiala", "=stwierdzil|=stwierdzila"},
		langTR: {"=dedi", "=dediler", "=soyledi", "=soylediler", "=sordu", "=bagirdi", "=konustu", "=anlatti"},
		langRO: {"=zis", "=spus", "=intrebat", "=tipat", "=strigat", "=vorbit"},
		langSO: {"=yeeray", "=yiri", "=yidhi", "=yiraahdeen", "=weydiiyey", "=hadlay", "=sheegay"},
		langAR: {"=قال|=قالت|=قالوا|=قالي|=قاللي", "=سال|=سالني|=سالت", "=اخبر|=اخبرت|=اخبروا", "=صرخ|=صرخت", "=حكى", "=2al|=2alet|=2alo|=2alli|=2ali", "=sa2al|=sa2alni", "=7aka|=7ake", "=khabbar|=5abbar"},
		langFA: {"=گفت|=گفتن|=گفته|=گفتند", "=پرسيد", "=goft|=gofte|=goftan|=gofteh|=goftand", "=porsid", "=dad =zad"},
		langUK: {"=повідомив|=повідомила|=повідомили", "=сказав|=сказала|=сказали", "=спитав|=спитала", "=казав|=казала", "=говорив|=говорила", "=розмовляв|=розмовляла", "=кричав|=кричала", "=розповів|=розповіла"},
		langRU: {"=сообщил|=сообщила|=сообщили", "=сказал|=сказала|=сказали", "=спросил|=спросила", "=говорил|=говорила", "=разговаривал|=разговаривала", "=кричал|=кричала", "=рассказал|=рассказала", "=заявил|=заявила"},
	}},
	{remarkField, langCues{
		langNO: {"=alle =kvinner", "=kvinner =er =sann|=slik", "=ditt =eget =land", "=ditt =land", "=her =i =norge|=danmark", "=hijab|=hijaben|=sloret", "=enda =en =full", "=hysterisk", "=virkelig =var|=er =fra", "!=fordi =jeg =er =kvinne|=muslim|=utlending"},
		langSV: {"=alla =kvinnor", "=ditt =eget =land", "=ditt =land", "=har =i =sverige|=danmark", "=slojan|=hijaben", "=hysterisk", "=verkligen =var|=ar =fran", "!=for =att =jag =ar =kvinna|=muslim|=invandrare"},
		langDE: {"=leute =wie =ich|=sie|=du|=ihr", "=zuruck =in =ihr|=dein|=euer|=sein =land", "=ihr =auslander", "=alle =frauen", "=typisch =frau", "=eurem|=ihrem|=deinem =land", "=hier =ist =danemark", "=kopftuch", "=hysterisch", "=ihr =leute", "=wie =ein =mensch", "!=weil =ich =eine =frau|=muslimin|=auslanderin =bin"},
		langPL: {"=wy =obcokrajowcy|=cudzoziemcy", "=wszystkie =kobiety", "=jak =wszystkie =kobiety", "histeryczk", "=histeryzuje", "=w =waszym|=twoim =kraju", "=wracaj =do =siebie|=swojego", "=tu =jest =dania", "=chuste|=chusta|=hidzab", "=mow|=mowila|=mowic =normalnie", "=mow|=mowila|=mowic =po =ludzku", "=wy =polacy|=ukraincy|=obcokrajowcy", "=idiotka|=idiotke", "!=bo =jestem =kobieta|=muzulmanka|=obcokrajowcem"},
		langTR: {"=siz =yabancilar", "=yabancilar =hep", "basort", "=tesettur", "=kadinlar =hep|=hepsi|=boyle", "=siz =kadinlar", "=burasi =danimarka", "=ulkene|=ulkende|=ulkenize|=ulkenizde", "=sizin =gibiler", "=histerik", "!=kadin =oldugum =icin", "!=cunku =kadinim"},
		langRO: {"=voi =strainii|=refugiatii", "=toate =femeile", "=ca =toate =femeile", "=isterica", "=tara =ta|=voastra", "=aici =e|=este =danemarca", "=baticul|=batic|=valul|=hijab", "=voi =strainii", "!=pentru =ca =sunt =femeie|=musulmana|=straina"},
		langSO: {"=beenaale|=beenlow", "=qaxooti|=qaxootiga", "=haweenku =waa|=had", "=dalkaaga|=dalkiina", "=xijaabka|=xijaab", "!=sababtoo =ah =waxaan =ahay =haweeney|=naag|=muslim"},
		langAR: {"=kazzabe|=kazzab|=kaddabe|=kaddab", "كذابه", "كذاب", "انتم الاجانب", "=intu|=entu =el =ajaneb", "الحجاب", "حجابي", "=7ijab|=hijab|=7ejab", "كل النساء", "النسوان", "بلدك", "بلدكم", "=baladek|=baladik|=baladkon|=baladkom", "هنا الدنمارك", "=bel =denmark|=danmark", "=hon =denmark|=danmark", "!لانني امراه", "!لاني امراه", "!لاني مره", "!=la2ano|=la2anno|=la2ani =ana =mara|=mra"},
		langFA: {"شما خارجي ها", "شما خارجيا", "خارجي ها هميشه", "=shoma =khareji|=khareji-ha", "=khareji =ha =hamishe", "حجاب", "=hejab|=hijab|=hejabam", "اينجا دانماركه", "=inja =danmarke|=danmark", "نه ايران", "=na =iran", "زن ها", "زنها", "=zanha|=zana =faghat|=hamishe", "كشورت|كشورتون", "=keshvaret|=keshvaretoon", "!چون زن|مسلمان|خارجي هستم", "!=chon =zan|=mosalman|=khareji =hastam"},
		langUK: {"=ви =приїжджі|=іноземці|=біженці", "=усі|=всі =жінки", "істеричн", "істеричк", "=у|=в =вашій =країні", "=ваша =країна", "=тут =данія", "=брехуни|=brehuny|=brekhuny", "=ви =всі =з", "=всі =з =україни", "=хіджаб", "=по =людськи", "=як =з =ідіоткою|=ідіотом|=дурною", "!=бо =я =жінка|=мусульманка|=іноземка"},
		langRU: {"=дурой|=дураком|=идиоткой|=лгуньей|=вруньей|=лжецом", "=вы =приезжие|=иностранцы|=беженцы", "=все =женщины", "истеричн", "истеричк", "=в =вашей =стране", "=ваша =страна", "=здесь =дания", "=врете|=лжецы|=вруны", "=хиджаб", "=по =человечески", "=как =с =идиоткой|=идиотом|=дурой", "!=потому =что =я =женщина|=мусульманка|=иностранка"},
	}},
	// "stop being dramatic", "you're making a drama of it": staff talking down the writer's fear ("you
	// exaggerate" is not believing them: not_taken_seriously, not here)
	{remarkField, langCues{
		langNO: {"=dramatisk"}, langSV: {"=dramatisk"},
		langDE: {"=dramatisch", "=theater =machen", "=so =ein =theater"},
		langPL: {"dramatyz"}, langTR: {"=drama =yapma|=yapiyorsun|=yapiyorsunuz"},
		langRO: {"dramatiz", "=face =drama|=faci"},
		langAR: {"دراما", "=bte3meli|=bte3mel|=bta3mli|=ta3mli|=te3mali|=bte3mali =drama"},
		langFA: {"دراما", "=drama|=derama =nakon|=dorost =nakon"},
		langUK: {"драматиз"}, langRU: {"драматизир", "=устраивай|=устраивайте =драму"},
	}},
	// "whether I even have the right to be in Denmark", "a residence permit": a question about the writer's
	// origin put to someone reporting a crime
	{remarkField, langCues{
		langNO: {"=oppholdstillatelse", "=rett =til =a =vare =her|=i =danmark"}, langSV: {"=uppehallstillstand", "=ratt =att =vara =har|=i =danmark"},
		langDE: {"aufenthaltserlaubnis", "aufenthaltsgenehmigung", "aufenthaltstitel", "=legal =hier|=in =danemark"},
		langPL: {"=prawo =byc =w =danii|=tutaj|=tu", "=pozwolenie =na =pobyt", "=karte =pobytu"}, langTR: {"=oturum =izni|=iznin|=izniniz", "=burada =olmaya =hakk"},
		langRO: {"=drept =sa =fiu|=stai|=stau =in =danemarca|=aici", "=permis =de =sedere"}, langSO: {"=sharci =ma =haysataa|=haysaa", "=deganaansho"},
		langAR: {"اقامة", "إقامة", "=iqame|=ikame|=e2ame|=eqama"}, langFA: {"اقامت", "=eghamat|=eqamat"},
		langUK: {"посвідк", "=право =бути =тут|=в =данії|=у =данії"}, langRU: {"=вид =на =жительство", "=право =находиться|=быть =здесь|=в =дании"},
	}},
	{whoCalledField, langCues{
		langNO: {"=at =det =var =meg =som =ringte|=anmeldte", "=at =jeg =hadde =ringt|=anmeldt", "=at =jeg =ringte|=anmeldte|=klaget"},
		langSV: {"=att =det =var =jag =som =ringde|=anmalde", "=att =jag =hade =ringt|=anmalt", "=att =jag =ringde|=anmalde|=klagade"},
		langDE: {"=dass =ich =angerufen|=angezeigt|=gemeldet", "=dass =ich =die =polizei =gerufen", "=wer =angerufen|=angezeigt =hat"},
		langPL: {"=ze =to =ja =dzwonilam|=dzwonilem|=zadzwonilam|=zadzwonilem|=zglosilam|=zglosilem", "=ze =dzwonilam|=zadzwonilam|=zglosilam|=dzwonilem|=zadzwonilem|=zglosilem", "=kto =dzwonil|=zadzwonil|=zglosil"},
		langTR: {"=aradigimi", "=sikayet =ettigimi", "=ihbar =ettigimi", "=kimin =aradigini"},
		langRO: {"=ca =eu =am =sunat|=facut|=reclamat|=depus", "=ca =am =sunat|=reclamat", "=cine =a =sunat"},
		langSO: {"=inaan =anigu =wacay", "=anigaa =wacay", "=inaan =wacay"},
		langAR: {"انني انا من اتصلت", "انني من اتصلت", "اني انا اللي اتصلت", "انا اللي اتصلت", "اني اتصلت", "انني اتصلت", "انني قدمت بلاغ", "اني قدمت بلاغ", "=eno|=enno =ana =ettasalt|=ettasalet|=ballaght"},
		langFA: {"كه من زنگ زدم", "كه من گزارش دادم", "=ke =man =zang =zadam", "=ke =man =gozaresh =dadam", "=ke =man =polis =ro =khabar =kardam"},
		langUK: {"=що =я =подавала|=писала =заяву|=скаргу", "=що =це =я =подзвонила|=подзвонив|=дзвонила|=дзвонив|=заявила|=поскаржилась", "=що =я =подзвонила|=подзвонив|=дзвонила|=дзвонив", "=хто =дзвонив|=подзвонив"},
		langRU: {"=что =я =подавала|=подал|=писала =заявление|=жалобу", "=что =это =я =позвонила|=позвонил|=звонила|=звонил|=заявила|=пожаловалась", "=что =я =позвонила|=позвонил|=звонила|=звонил", "=кто =звонил|=позвонил"},
	}},
}
