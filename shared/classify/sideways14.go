package classify

// sidewaysConcepts: danger said sideways, from session 14's probe (20 concepts written in every
// language the lists read, 320 texts, all urgent; 270 found at rules .213 before these): a threat to
// "finish what he started" tonight (found in 5 of 16 languages), a last message ("you won't hear from me
// again": 9 of 16), and the one feared who knows the address and is on his way (11 of 16). Written by
// concept for every language, never as one text's words; the English and Danish side is in lexicon.go
// (presentDanger, "session 14"). Pinned in sideways14_test.go.
var sidewaysConcepts = []foreignConcept{
	// he will finish tonight what he started: a threat to come back and do it
	{"danger", langCues{
		langNO: {"=gjore|=gjor =ferdig ~=det =han|=hun =begynte|=startet|=paborjet"},
		langSV: {"=gora|=gor =klart|=fardigt ~=det =han|=hon =paborjade|=borjade"},
		langDE: {"=zu =ende =bringen|=machen ~=was =er|=sie =angefangen", "=beenden|=vollenden ~=was =er|=sie =angefangen"},
		langPL: {"=dokonczy|=skonczy ~=co =zaczal|=zaczela"},
		langTR: {"=yarim =kalan =isi", "=basladigi =isi ~=bitirecek|=bitirecegini|=bitirecekmis"},
		langRO: {"=termina ~=ce =a =inceput"},
		langSO: {"=dhammeyn|=dhameyn|=dhammaystiri ~=wixii =uu =bilaabay"},
		langAR: {"يكمل|يخلص ~اللي بلش|بدأ|بدا", "=ykammel|=ykamel|=ykammil|=y5alles ~=lli|=elli|=illi =balash|=bada2|=bala4"},
		langFA: {"کاری که شروع کرده", "=kari =ke =shoroo|=shoru =karde"},
		langUK: {"=закінчить|=доробить|=докінчить ~=те =що =почав", "=zakinchyt|=dorobyt ~=te =shcho =pochav"},
		langRU: {"=закончит|=доделает|=довершит ~=то =что =начал", "=zakonchit|=dodelaet ~=to =chto =nachal"},
	}},
	// a last message to you all, from me: you will not hear from me again (an intent, '%'); "my last
	// message was never answered", "this is my last message about the case" are none
	{"danger", langCues{
		langNO: {"%=dette|=det =er =min =siste =melding =til =dere|=alle", "%=horer|=hore =ikke =mer =fra =meg"},
		langSV: {"%=detta|=det =ar =mitt =sista =meddelande =till =er|=alla", "%=hor|=hora =inget|=inte =mer =fran =mig"},
		langDE: {"%=das =ist =meine =letzte =nachricht =an =euch|=alle", "%=hort|=horen =ihr =nichts|=nix =mehr =von =mir"},
		langPL: {"%=ostatnia =wiadomosc =ode|=od =mnie", "%=wiecej =sie =nie =odezwe"},
		langTR: {"%=benden =bir =daha =haber =alamayacaksiniz"},
		langRO: {"%=acesta|=asta =e|=este =ultimul =meu =mesaj =catre =voi|=toti", "%=nu =mai =auziti|=auzi =de =mine"},
		langSO: {"%=fariintaydii|=fariintayda =ugu =dambeysay|=dambaysay", "%=igama =maqli =doontaan"},
		langAR: {"%اخر|آخر رساله|رسالة مني", "%=a5er|=akher|=akhir|=a5r =risale|=risala|=resale|=resala =menni|=mni|=meni", "%=ma =ra7 =tesma3o|=tesma3u =3anni|=menni"},
		langFA: {"%از من خبری نمیشنوید", "%=dige =az =man =khabari =nemishnavid|=nemishenavid"},
		langUK: {"%=останнє =повідомлення =від =мене", "%=більше =не =напишу", "%=ostannie =povidomlennia =vid =mene", "%=bilshe =ne =napyshu"},
		langRU: {"%=последнее =сообщение =от =меня", "%=больше =не =напишу", "%=poslednee =soobshenie|=soobschenie|=soobshchenie =ot =menya", "%=bolshe =ne =napishu"},
	}},
	// the one feared knows the address and is on the way now: he or she, or "found out where I live"
	// (not the patrol on its way after the writer gave the address)
	{"danger", langCues{
		langNO: {"=adressen|=adresse|=adressa ~=han|=hun =er =pa =vei"},
		langSV: {"=adressen|=adress ~=han|=hon =ar =pa =vag"},
		langDE: {"=adresse ~=er|=sie =ist =unterwegs", "=adresse ~=er|=sie =ist =auf =dem =weg"},
		langPL: {"=zna|=ma =moj =adres ~=jedzie", "=zna|=ma =moj =adres ~=w =drodze", "=wie =gdzie =mieszkam ~=jedzie", "=wie =gdzie =mieszkam ~=w =drodze"},
		langTR: {"=adresimi =ogrenmis|=ogrendi|=biliyor|=bulmus ~=geliyor|=yolda"},
		langRO: {"=a =aflat =adresa|=unde ~=vine", "=stie =adresa|=unde ~=vine", "=a =aflat =adresa|=unde ~=pe =drum", "=stie =adresa|=unde ~=pe =drum"},
		langAR: {"عرف عنواني ~جاي|بالطريق", "عرف وين ساكنه|ساكنة|ساكن ~جاي|بالطريق", "=3ref|=3eref|=3arif =wen|=wein =saken|=sakne|=sakneh ~=jeye|=jay|=jaye|=jayi", "=3ref|=3eref|=3arif =3enwani|=3nwani ~=jeye|=jay|=jaye|=jayi"},
		langFA: {"آدرسمو پیدا کرده ~داره|راهه", "آدرسم رو پیدا کرده ~داره|راهه", "فهمیده کجا زندگی ~داره|راهه"},
		langUK: {"=дізнався|=дізналася|=знає =мою =адресу ~=їде", "=дізнався|=дізналася|=знає =мою =адресу ~=в =дорозі", "=diznavsia|=znaie =moiu =adresu ~=yide|=ide"},
		langRU: {"=узнал|=узнала|=знает =мой =адрес ~=едет", "=узнал|=узнала|=знает =мой =адрес ~=в =пути", "=uznal|=znaet =moi|=moy =adres ~=edet"},
	}},
	// to sleep and never wake up; nobody will miss me, I am only a burden: suicide risk told sideways (an
	// intent, '%')
	{"danger", langCues{
		langNO: {"%=sovne ~=aldri =vakne", "%=ingen =kommer =til =a =savne =meg", "%=bare =en =byrde"},
		langSV: {"%=slippa =vakna", "%=somna ~=aldrig =vakna", "%=ingen =kommer =att =sakna =mig", "%=bara =en =borda"},
		langDE: {"%=nie|=nicht =mehr =aufwachen", "%=vermisst|=vermissen ~=mich =keiner|=niemand", "%=keiner|=niemand =vermisst|=wird =mich", "%=allen =nur =im =weg", "%=nur =eine =last"},
		langPL: {"%=zasnac ~=nie =obudzic", "%=nikt =nie =bedzie =tesknil|=tesknic", "%=jestem =tylko =ciezarem"},
		langTR: {"%=bir =daha =uyanmamak|=uyanmasam", "%=kimse =beni =ozlemeyecek|=aramayacak", "%=herkese =yuk|=yukum"},
		langRO: {"%=sa =nu =ma =mai =trezesc", "%=nimeni =n-o =sa-mi =simta =lipsa", "%=nimeni =nu =o =sa-mi =simta =lipsa", "%=sunt =doar =o =povara"},
		langSO: {"%=qofna =ima =xasuusan =doono", "%=qofna =iima|=ima =u =xiisi =doono", "%=culays =keliya|=kaliya =ayaan"},
		langAR: {"%=ma =7ada =ra7 =ye2ta2li|=yeftaqedni|=yet2a2li", "%=7eml =3al|=3a =kel", "%=7eml =3alaykon", "%ما حدا رح يفتقدني|يشتقلي", "%عبء|عالة على"},
		langFA: {"%بیدار نشم", "%کسی دلش برام تنگ نمیشه", "%سربار همه", "%=bidar =nasham"},
		langUK: {"%=не =прокинутися|=прокинутись", "%=ніхто =не =помітить|=сумуватиме", "%=я =тільки =заважаю", "%=ne =prokynutysia", "%=nikhto =ne =pomityt", "%=ya =tilky =zavazhayu"},
		langRU: {"%=не =проснуться", "%=никто =не =заметит|=будет =скучать", "%=я =только =обуза|=мешаю", "%=ne =prosnutsya|=prosnutsa", "%=nikto =ne =zametit"},
	}},
}
