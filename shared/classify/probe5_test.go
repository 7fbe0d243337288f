package classify

import "testing"

// TestProbeFiveDangers: the fifth probe's urgent misses (probe_urgent_conduct5.jsonl, measured once
// before these at rules .137), each read by its concept in every language the lists read: someone
// carried out on the water and out of sight; a small child missing now and searched for; standing on a
// bridge after a farewell text; wanting to kill oneself (arabizi and Arabic) and locked in; the man who
// followed the writer standing and watching her now; an animal loose on a dark road; a person with
// dementia gone out into the cold and not found. The probe's twins and a few more are the counterparts.
func TestProbeFiveDangers(t *testing.T) {
	checkFlag(t, "urgent", []flagCase{
		// carried out on the water, out of sight now
		{"da drevet ud", "Min søn på 9 er drevet ud på havet på en luftmadras, jeg kan ikke se ham mere!", 1, "112", true},
		{"en drifted out", "My son drifted out on an air mattress and I can't see him anymore!!", 1, "112", true},
		{"de rausgetrieben", "Mein Sohn (9) ist mit der Luftmatratze rausgetrieben am Strand von Marielyst, ich sehe ihn nicht mehr!! 20 min in der Warteschleife", 1, "112", true},
		{"no drevet ut", "Sønnen min har drevet ut på en luftmadrass, jeg ser ham ikke lenger!", 1, "112", true},
		{"sv drivit ut", "Min son har drivit ut på en luftmadrass, jag ser honom inte längre!", 1, "112", true},
		{"pl odpłynął", "Mój syn odpłynął na materacu, już go nie widzę!", 1, "112", true},
		{"tr sürüklendi", "Oğlum şişme yatakla açığa sürüklendi, artık onu göremiyorum!", 1, "112", true},
		{"ro dus în larg", "Fiul meu a fost dus în larg pe o saltea, nu-l mai văd!", 1, "112", true},
		{"so badda qaaday", "Wiilkayga badda ayaa qaaday isagoo saaran furaash, hadda ma arko!", 1, "112", true},
		{"ar سحبه البحر", "ابني سحبه البحر على فرشة هوا وما عدت شايفه!", 1, "112", true},
		{"ar arabizi sa7abo el ba7r", "ebni sa7abo el ba7r 3al farshe, ma 3ad shayfo!", 1, "112", true},
		{"fa آب بردش", "پسرم با تشک بادی رفت تو دریا و آب بردش، دیگه نمیبینمش!", 1, "112", true},
		{"uk віднесло", "Мого сина віднесло в море на матраці, я його більше не бачу!", 1, "112", true},
		{"ru унесло", "Сына унесло в море на матрасе, я его больше не вижу!", 1, "112", true},
		// a small child missing now, searched for
		{"pl szukamy", "Moja corka 4 lata zginela w Fields, szukamy juz pol godziny, ochrona nic nie robi. Ma rozowa kurtke.", 1, "114", true},
		{"da leder efter", "Min datter på 4 er forsvundet i Fields, vi har ledt efter hende i en halv time", 1, "114", true},
		{"en searching", "My 4 year old daughter is missing in Fields, we have been searching for half an hour", 1, "114", true},
		{"de suchen", "Meine Tochter (4) ist im Einkaufszentrum verschwunden, wir suchen sie seit einer halben Stunde", 1, "114", true},
		{"no leter", "Datteren min på 4 er borte i kjøpesenteret, vi har lett etter henne i en halvtime", 1, "114", true},
		{"sv letar", "Min dotter på 4 år är borta i köpcentret, vi har letat efter henne i en halvtimme", 1, "114", true},
		{"tr arıyoruz", "4 yaşındaki kızım AVM'de kayboldu, yarım saattir arıyoruz", 1, "114", true},
		{"ro căutăm", "Fetița mea de 4 ani s-a pierdut în mall, o căutăm de o jumătate de oră", 1, "114", true},
		{"so raadinaynaa", "Gabadhayda 4 jirka ah ayaa ka lumay suuqa, nus saac ayaan raadinaynaa", 1, "114", true},
		{"ar عم ندور", "بنتي عمرها ٤ سنين ضاعت بالمول، صرلنا نص ساعة عم ندور عليها", 1, "114", true},
		{"ar arabizi 3am ndawer", "binti 4 sneen dayre bel mall, sarelna nos se3a 3am ndawer 3lya", 1, "114", true},
		{"fa دنبالش میگردیم", "دختر ۴ ساله‌ام تو پاساژ گم شده، نیم ساعته داریم دنبالش میگردیم", 1, "114", true},
		{"uk шукаємо", "Моя донька 4 роки загубилася в торговому центрі, шукаємо вже пів години", 1, "114", true},
		{"ru ищем", "Моя дочь 4 года потерялась в торговом центре, ищем уже полчаса", 1, "114", true},
		// on the bridge after a farewell text
		{"so buundada", "Walaalkay wuxuu igu soo qoray 'nabadgelyo, iga raali ahow', hadda ma jawaabayo, wuxuu taagan yahay buundada Lillebælt", 2, "114", true},
		{"so iga raali ahow", "Walaalkay wuxuu igu soo qoray 'nabadgelyo, iga raali ahow' hadda ma jawaabayo", 2, "114", true},
		{"da står på broen", "Min bror har skrevet farvel, tilgiv mig, og nu står han på Lillebæltsbroen", 2, "114", true},
		{"en standing on the bridge", "My brother texted goodbye, forgive me, and now he is standing on the bridge", 2, "114", true},
		{"de auf der Brücke", "Mein Bruder hat mir 'verzeih mir' geschrieben und steht jetzt auf der Brücke", 2, "114", true},
		{"no står på brua", "Broren min skrev 'tilgi meg' og står nå på brua", 2, "114", true},
		{"sv står på bron", "Min bror skrev 'förlåt mig' och står nu på bron", 2, "114", true},
		{"pl na moście", "Brat napisał 'wybacz mi' i teraz stoi na moście", 2, "114", true},
		{"tr köprüde", "Kardeşim 'beni affet' yazdı, şimdi köprünün üstünde duruyor", 2, "114", true},
		{"ro pe pod", "Fratele meu mi-a scris 'iartă-mă' și acum stă pe pod", 2, "114", true},
		{"ar على الجسر", "اخوي كتبلي سامحني وهلق واقف على الجسر", 2, "114", true},
		{"ar arabizi 3al jesr", "akhouya katabli sam7ni w halla2 wa2ef 3al jesr", 2, "114", true},
		{"fa روی پل", "برادرم نوشت منو ببخش و الان روی پل وایساده", 2, "114", true},
		{"uk на мосту", "Брат написав 'пробач мені' і зараз стоїть на мосту", 2, "114", true},
		{"ru на мосту", "Брат написал 'прости меня' и сейчас стоит на мосту", 2, "114", true},
		// wanting to kill oneself, locked in
		{"ar arabizi bido yentiher", "el shorti 2alli 'rou7 3a baladak' w sakkar el khat. akhouya halla2 3am y2oul bido yentiher w 7abas 7alo bil 7ammam", 1, "114", true},
		{"ar بدو ينتحر", "اخوي هلق عم يقول بدو ينتحر وحبس حالو بالحمام", 1, "114", true},
		{"ar arabizi 7abas 7alo", "akhouya 7abas 7alo bil 7ammam w ma 3am yrod", 1, "114", true},
		// the follower standing and watching now
		{"fa وایساده و نگاه میکنه", "مامور پلیس پشت تلفن گفت 'شما افغانیا همیشه دروغ میگید'. همون مردی که دنبالم میکرد الان جلوی ایستگاه اتوبوس وایساده و به من نگاه میکنه، تنهام", 1, "114", true},
		{"fa Latin vaysade", "hamoon mardi ke donbalam mikard alan jeloye istgah vaysade va be man negah mikone", 1, "114", true},
		{"da står og kigger", "Manden der fulgte efter mig står nu ved busstoppestedet og kigger på mig, jeg er alene", 1, "114", true},
		{"en standing and staring", "The man who followed me is now standing at the bus stop staring at me, I'm alone", 1, "114", true},
		{"de steht und starrt", "Der Mann, der mir gefolgt ist, steht jetzt an der Bushaltestelle und starrt mich an, ich bin allein", 1, "114", true},
		{"no står og ser", "Mannen som fulgte etter meg står nå ved bussholdeplassen og ser på meg, jeg er alene", 1, "114", true},
		{"sv står och stirrar", "Mannen som följde efter mig står nu vid busshållplatsen och stirrar på mig, jag är ensam", 1, "114", true},
		{"pl stoi i patrzy", "Mężczyzna, który mnie śledził, teraz stoi na przystanku i patrzy na mnie, jestem sama", 1, "114", true},
		{"tr bakıyor", "Beni takip eden adam şimdi otobüs durağında duruyor ve bana bakıyor, yalnızım", 1, "114", true},
		{"ro se uită", "Bărbatul care m-a urmărit stă acum în stație și se uită la mine, sunt singură", 1, "114", true},
		{"so i eegaya", "Ninkii i daba socday hadda wuxuu taagan yahay boosteejada baska oo i eegaya, keligay baan ahay", 1, "114", true},
		{"ar واقف وعم يطلع علي", "الزلمة اللي كان يلحقني هلق واقف عند موقف الباص وعم يطلع فيي، انا لحالي", 1, "114", true},
		{"uk стоїть і дивиться", "Чоловік, який йшов за мною, зараз стоїть на зупинці і дивиться на мене, я сама", 1, "114", true},
		{"ru стоит и смотрит", "Мужчина, который шёл за мной, сейчас стоит на остановке и смотрит на меня, я одна", 1, "114", true},
		// an animal loose on a dark road
		{"ro taur pe drum", "un taur a iesit pe drumul 11 langa Ribe, e intuneric, masinile franeaza in ultimul moment, eu stau cu avariile pornite dar nu ma vad", 2, "114", true},
		{"da tyr på vejen", "Der går en tyr ude på vej 11 ved Ribe, det er mørkt og bilerne bremser i sidste øjeblik", 2, "114", true},
		{"en bull on the road", "A bull is loose on road 11 near Ribe, it's dark and cars are braking at the last second", 2, "114", true},
		{"de Stier auf der Straße", "Ein Stier läuft auf der Straße 11 bei Ribe, es ist dunkel und die Autos bremsen im letzten Moment", 2, "114", true},
		{"no okse på veien", "En okse går på veien ved Ribe, det er mørkt og bilene bremser i siste liten", 2, "114", true},
		{"sv tjur på vägen", "En tjur går på vägen vid Ribe, det är mörkt och bilarna bromsar i sista stund", 2, "114", true},
		{"pl byk na drodze", "Byk chodzi po drodze 11 koło Ribe, jest ciemno, samochody hamują w ostatniej chwili", 2, "114", true},
		{"tr boğa yolda", "Ribe yakınında yolda bir boğa var, hava karanlık, arabalar son anda fren yapıyor", 2, "114", true},
		{"so dibi waddada", "Dibi ayaa ku jira waddada Ribe agteeda, waa mugdi, gawaaridu waxay joojinayaan daqiiqadda ugu dambeysa", 2, "114", true},
		{"ar ثور عالطريق", "في ثور طالع عالطريق قرب ريبه، الدنيا عتمة والسيارات عم تفرمل بآخر لحظة", 2, "114", true},
		{"fa گاو تو جاده", "یه گاو نر وسط جاده نزدیک ریبه هست، هوا تاریکه و ماشینا آخرین لحظه ترمز میکنن", 2, "114", true},
		{"uk бик на дорозі", "На дорозі біля Рібе бик, темно, машини гальмують в останню мить", 2, "114", true},
		{"ru бык на дороге", "На дороге у Рибе бык, темно, машины тормозят в последний момент", 2, "114", true},
		// dementia, gone out into the cold, not found
		{"ar زهايمر طلع من البيت", "جدي عنده زهايمر وطلع من البيت بالبيجاما من ساعتين، برا ثلج وتحت الصفر، ما لقيناه بالحديقة ولا بالشارع", 1, "114", true},
		{"ar arabizi zheimer tele3", "jeddi 3ando zheimer w tele3 men el bet bel pijama men se3ten, barra talj, ma la2ena", 1, "114", true},
		{"da demens gået ud", "Min farfar med demens er gået ud i pyjamas for to timer siden, der er frost, vi kan ikke finde ham", 1, "114", true},
		{"en dementia gone out", "My grandad has dementia and went out in his pyjamas two hours ago, it's below zero, we can't find him", 1, "114", true},
		{"de Demenz rausgegangen", "Mein Opa hat Demenz und ist vor zwei Stunden im Schlafanzug rausgegangen, es friert, wir finden ihn nicht", 1, "114", true},
		{"no demens gått ut", "Bestefar har demens og har gått ut i pyjamas for to timer siden, det er kuldegrader og vi finner ham ikke", 1, "114", true},
		{"sv demens gått ut", "Morfar har demens och har gått ut i pyjamas för två timmar sedan, det är minusgrader och vi hittar honom inte", 1, "114", true},
		{"pl demencja wyszedł", "Dziadek ma demencję, wyszedł z domu w piżamie dwie godziny temu, jest mróz, nie możemy go znaleźć", 1, "114", true},
		{"tr demans çıktı", "Dedemin demansı var, iki saat önce pijamayla evden çıktı, dışarısı eksi derece, onu bulamıyoruz", 1, "114", true},
		{"ro demență a ieșit", "Bunicul are demență, a ieșit din casă în pijama acum două ore, e ger și nu-l găsim", 1, "114", true},
		{"so waallida", "Awoowahay wuxuu qabaa cudurka xusuus-lumis, laba saac ka hor ayuu guriga ka baxay, qabow baa jira, waanu heli la'nahay", 1, "114", true},
		{"fa آلزایمر", "پدربزرگم آلزایمر داره، دو ساعت پیش با پیژامه رفت بیرون و پیداش نمیکنیم. بیرون زیر صفره", 1, "114", true},
		{"uk деменція вийшов", "Дідусь з деменцією вийшов з дому в піжамі дві години тому, мороз, ми не можемо його знайти", 1, "114", true},
		{"ru деменция ушёл", "Дедушка с деменцией ушёл из дома в пижаме два часа назад, мороз, мы не можем его найти", 1, "114", true},
		// counterparts: the probe's twins and more, over, past, found
		{"de twin: last summer, fetched", "Mein Sohn ist letzten Sommer mit der Luftmatratze rausgetrieben am Strand von Marielyst, zum Glück hat ihn ein Surfer geholt. Aber 20 Minuten in der Warteschleife ist zu lang.", 2, "112", false},
		{"en drifted out last summer, fine", "Last summer my son drifted out on an air mattress, a surfer brought him back. But 20 minutes in the queue was too long", 2, "112", false},
		{"en don't see him anymore (ex)", "I don't see him anymore since the divorce, I just want my case number", 3, "114", false},
		{"pl twin: found", "Moja corka zgubila sie w Fields w sobote, ochrona znalazla ja po 10 minutach przy zabawkach. Wszystko ok, dzieki.", 5, "114", false},
		{"pl szukam informacji", "Szukam informacji o mojej sprawie od tygodnia, nikt nie odpowiada", 2, "114", false},
		{"ru ищу номер дела", "Ищу номер своего дела уже неделю, никто не отвечает", 2, "114", false},
		{"so twin: fine now", "Walaalkay wuxuu ahaa niyad jab sanadkii hore, hadda wuu fiican yahay. Ma jirtaa meel aan caawimaad ka helo haddii ay dib u dhacdo?", 4, "114", false},
		{"de on the bridge in a jam", "Ich stand eine Stunde auf der Brücke im Stau und dann ging niemand ran", 2, "114", false},
		{"ar twin: being treated, fine", "el shorti 2alli 'rou7 3a baladak' w sakkar el khat lamma 7kit 3an akhouya. akhouya 3am yet3alaj halla2 w mni7, bas bade eshtki 3al shorti", 1, "114", false},
		{"fa twin: not seen again", "مامور پلیس پشت تلفن گفت 'شما افغانیا همیشه دروغ میگید' وقتی گفتم یکی دنبالم میکنه. اون مرد دیگه پیداش نشده، ولی میخوام شکایت کنم.", 1, "114", false},
		{"ro twin: last week, caught", "saptamana trecuta a iesit un taur pe drumul 11 langa Ribe, fermierul l-a prins repede. Multumesc pentru raspunsul rapid la 114.", 5, "114", false},
		{"en bull last week, caught", "Last week a bull got out on road 11, the farmer caught it quickly. Thanks for the fast answer", 5, "114", false},
		{"ar twin: last winter, found", "جدي عنده زهايمر وطلع من البيت مرة الشتاء الماضي، الشرطة لقته بعد نص ساعة. هل في سوار GPS ممكن نطلبه من الكومون؟", 4, "114", false},
		{"de dementia, found last winter", "Mein Opa mit Demenz ist letzten Winter rausgegangen, die Polizei hat ihn nach einer halben Stunde gefunden. Gibt es ein GPS-Armband?", 4, "114", false},
	})
}

// TestProbeFiveLookAlikes: the fifth probe's false alarms, read by concept in every language the lists
// read — threats kept as old evidence, "it was only" a harmless thing, a fire alarm (an alarm, not a
// fire), a danger told as "once" and living apart now — each beside the probe's urgent twin or another
// danger told now.
func TestProbeFiveLookAlikes(t *testing.T) {
	checkFlag(t, "urgent", []flagCase{
		// old threats kept as evidence
		{"en old threatening messages", "Your online form keeps crashing when I try to upload screenshots of the old threatening messages for my case. It's been months, I just want the evidence registered.", 2, "114", false},
		{"en earlier threats", "I want the earlier threats added to my case file, nobody has called me back", 2, "114", false},
		{"da de gamle trusler", "Jeg kan ikke uploade billeder af de gamle trusler til min sag, formularen virker ikke", 2, "114", false},
		{"en twin: messages every minute now", "Your online form keeps crashing when I try to upload screenshots. He is sending me messages every minute saying he is outside my work and has 'something for me' in his bag. My shift ends in 10 minutes.", 1, "114", true},
		{"en old man threatening now", "The old man next door is threatening me with a knife right now", 1, "112", true},
		// it was only something harmless
		{"no det var bare naboen", "Ringte 114 om røyk fra hytta ved siden av, ingen svarte på lenge. Det var bare naboen som brente hageavfall, men ventetiden var altfor lang.", 2, "114", false},
		{"sv det var bara", "Jag ringde om rök från grannhuset. Det var bara grannen som eldade löv, men ingen svarade på länge", 2, "114", false},
		{"de es war nur", "Ich habe wegen Rauch beim Nachbarn angerufen. Es war nur der Grill, aber niemand ging ran", 2, "114", false},
		{"pl to było tylko", "Dzwoniłem w sprawie dymu u sąsiada. To było tylko ognisko, ale nikt nie odbierał", 2, "114", false},
		{"ro era doar", "Am sunat pentru fum la vecini. Era doar un grătar, dar nu a răspuns nimeni mult timp", 2, "114", false},
		{"ar طلع بس", "اتصلت عشان دخان عند الجيران، طلع بس شوي، بس ما حدا رد", 2, "114", false},
		{"uk це було лише", "Дзвонила через дим у сусідів. Це було лише багаття, але ніхто не відповідав", 2, "114", false},
		{"ru это было только", "Звонила из-за дыма у соседей. Это было просто барбекю, но никто не отвечал", 2, "114", false},
		{"da det var bare naboen", "Jeg ringede om røg fra naboens have, men det var bare naboen der brændte haveaffald. Ventetiden var alt for lang", 2, "114", false},
		{"en it was only the neighbour", "I called about smoke from the house next door. It was only the neighbour burning garden waste, but the wait was far too long", 2, "114", false},
		{"no twin: flames now", "Ringte 114 fordi det kom røyk fra hytta ved siden av, ingen svarte. Nå slår flammene ut av taket og bilen deres står utenfor, tror de sover der inne", 1, "114", true},
		{"de smoke now, not only", "Es kommt Rauch aus der Wohnung unter uns und niemand macht auf", 1, "112", true},
		// a fire alarm is an alarm
		{"fa twin: fire alarm broken", "مترجم نبود و نتونستم توضیح بدم که آلارم آتش همسایه زنگ میزد. آخرش معلوم شد خراب بوده و آتشی نبود، ولی لطفا مترجم فارسی داشته باشید.", 2, "112", false},
		{"pl fire alarm broken", "Alarm pożarowy u sąsiada wył całą noc, był zepsuty. Nikt nie przyjechał", 2, "114", false},
		{"ro fire alarm broken", "Alarma de incendiu a vecinului a sunat toată noaptea, era stricată", 2, "114", false},
		{"ru fire alarm broken", "Пожарная сигнализация у соседей звенела всю ночь, она была сломана", 2, "114", false},
		{"da brandalarm i stykker", "Brandalarmen hos naboen bimlede hele natten, den var i stykker og der var ingen brand. Ingen kom", 2, "114", false},
		{"en fire alarm faulty", "The fire alarm next door went off all night, it turned out to be faulty and there was no fire", 2, "114", false},
		{"da smoke and alarm now", "Der er røg fra lejligheden under os og brandalarmen hyler, ingen åbner", 1, "112", true},
		{"fa twin: smoke under the door, alarm ringing", "مترجم نبود و نتونستم توضیح بدم. از زیر در همسایه طبقه پایین دود میاد بیرون، آلارم آتش داره زنگ میزنه و کسی در رو باز نمیکنه", 1, "112", true},
		{"pl smoke and alarm now", "Z mieszkania sąsiada leci dym, alarm pożarowy wyje i nikt nie otwiera", 1, "112", true},
		// once, at one time; living apart now
		{"uk twin: once, living apart", "Чоловік колись забрав мій паспорт і ключі. Зараз ми живемо окремо, кризовий центр допоміг. Дякую поліції в Оденсе", 5, "114", false},
		{"ru once, living apart", "Муж когда-то забрал мой паспорт и ключи. Сейчас мы живем отдельно. Спасибо полиции", 5, "114", false},
		{"pl kiedyś, osobno", "Mąż kiedyś zabrał mi paszport i klucze. Teraz mieszkamy osobno. Dziękuję policji", 5, "114", false},
		{"tr bir zamanlar, ayrı", "Kocam bir zamanlar pasaportumu ve anahtarlarımı aldı. Şimdi ayrı yaşıyoruz. Polise teşekkürler", 5, "114", false},
		{"da engang, bor hver for sig", "Min mand tog engang mit pas og mine nøgler. Nu bor vi hver for sig, krisecentret hjalp. Tak til politiet", 5, "114", false},
		{"en once, live apart", "My husband once took my passport and keys. We live apart now, the shelter helped. Thank you", 5, "114", false},
		{"uk twin: held now", "Чоловік п'яний, розбив мій телефон і тримає мене в квартирі, забрав ключі і паспорт. Пишу з планшета дитини. Каже що не випустить. Допоможіть будь ласка", 1, "114", true},
	})
}

// TestProbeFiveConduct: the fifth probe's conduct errors — staff speaking to the caller as one of a
// group ("you Afghans always lie") in every language, and shouting with no one shouted at (the offender
// breaking the door and shouting), which is no staff conduct.
func TestProbeFiveConduct(t *testing.T) {
	checkFlag(t, "conduct", []flagCase{
		{"fa you Afghans", "مامور پلیس پشت تلفن گفت 'شما افغانیا همیشه دروغ میگید' وقتی گفتم یکی دنبالم میکنه. اون مرد دیگه پیداش نشده، ولی میخوام شکایت کنم.", 1, "114", true},
		{"fa Latin shoma afghaniya", "mamoor polis goft shoma afghaniya hamishe dorugh migid", 1, "114", true},
		{"no dere utlendinger", "Betjenten sa 'dere utlendinger ringer alltid for ingenting'", 1, "114", true},
		{"sv ni invandrare", "Polisen sa 'ni invandrare ringer alltid för ingenting'", 1, "114", true},
		{"de ihr Ausländer", "Der Beamte sagte: 'Ihr Ausländer lügt doch immer'", 1, "114", true},
		{"pl wy cudzoziemcy", "Policjant powiedział: 'wy cudzoziemcy zawsze kłamiecie'", 1, "114", true},
		{"tr siz yabancılar", "Polis 'siz yabancılar hep yalan söylüyorsunuz' dedi", 1, "114", true},
		{"ro voi străinii", "Polițistul a zis 'voi străinii mințiți mereu'", 1, "114", true},
		{"da I udlændinge", "Betjenten sagde \"I udlændinge lyver altid\"", 1, "114", true},
		{"en you foreigners", "The officer said \"you foreigners always lie\"", 1, "114", true},
		{"ar انتو الاجانب", "الشرطي قال انتو الاجانب دايما بتكذبوا", 1, "114", true},
		{"uk ви іноземці", "Поліцейський сказав: 'ви іноземці завжди брешете'", 1, "114", true},
		{"ru вы иностранцы", "Полицейский сказал: 'вы иностранцы всегда врёте'", 1, "114", true},
		// counterparts: the offender shouting, thanks to the police
		{"uk twin: he shouted, police came", "toho tyzhnja vin lamav dveri i krychav, politsija pryjihala za 5 hvylyn i joho zabraly. duzhe dyakuju vam", 5, "112", false},
		{"ru he shouted, police came", "на прошлой неделе он ломал дверь и кричал, полиция приехала за 5 минут. спасибо", 5, "112", false},
		{"uk staff shouted at me", "Оператор кричав на мене і поклав слухавку", 1, "114", true},
		{"ru Latin staff shouted at me", "operator krichal na menya i brosil trubku", 1, "114", true},
	})
}

// TestProbeFiveSecondLook: look-alikes of the concepts above, written after them — searching for a
// case number for a week beside a daughter, staff standing and staring (a complaint, not danger), a
// drift told last year, "it was only a question" — beside the dangers they resemble.
func TestProbeFiveSecondLook(t *testing.T) {
	checkFlag(t, "urgent", []flagCase{
		{"pl searching for a case number for a week", "Z córką szukamy już tydzień numeru sprawy, nikt nie odpowiada", 2, "114", false},
		{"ru searching for a case number for a week", "Мы с дочкой ищем уже неделю номер дела, никто не отвечает", 2, "114", false},
		{"de staff standing and staring", "Der Beamte steht da und starrt mich an wie einen Verbrecher, sehr unhöflich", 2, "114", false},
		{"ro staff standing and staring", "Polițistul stă și se uită la mine ca la un infractor, foarte nepoliticos", 2, "114", false},
		{"pl drifted last year, brought back", "Mój syn odpłynął na materacu w zeszłym roku, ratownik go przyprowadził. Dziękuję", 5, "114", false},
		{"de it was only a question", "Es war nur eine Frage, warum niemand zurückruft", 2, "114", false},
		{"pl searching for an hour now", "Syn zaginął na plaży, szukamy już godzinę", 1, "112", true},
		{"ru searching for half an hour", "Сын пропал на пляже, ищем уже полчаса", 1, "112", true},
		{"de standing and staring now", "Der Mann steht jetzt vor meinem Fenster und starrt mich an", 1, "114", true},
	})
}

// TestProbeFiveFloor holds the fifth probe at its tuned figures (rules .147), less a small margin where
// there is one to give: tuned on, so a guard against losing what was fixed, not a measure. Urgent recall
// has no margin. From rules .152 the foreign urgent model trains on the probes too (in-sample for it).
func TestProbeFiveFloor(t *testing.T) {
	rep := Evaluate("probe_urgent_conduct5", readSplit(t, "probe_urgent_conduct5"))
	for _, f := range []struct {
		name       string
		got, floor float64
	}{
		{"urgent recall", rep.Urgent.Recall, 1},
		{"urgent precision", rep.Urgent.Precision, 0.97},
		{"conduct recall", rep.Conduct.Recall, 0.95},
		{"conduct precision", rep.Conduct.Precision, 0.95},
		{"category accuracy", rep.Accuracy, 0.82},
	} {
		if f.got < f.floor-1e-9 {
			t.Errorf("%s %.3f below the tuned floor %.3f", f.name, f.got, f.floor)
		}
	}
	for _, m := range rep.Misses {
		if m.Example.Urgent && !m.Got.Urgent {
			t.Logf("urgent missed: %s (%s)", m.Example.ID, m.Example.Language)
		}
	}
}
