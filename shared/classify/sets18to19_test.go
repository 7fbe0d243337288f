package classify

import "testing"

// The eighteenth and nineteenth blind sets' concepts (session 10's second round, cls-17u, urgent recall
// and precision and conduct by concept; tuning sets since their blind measure): one table per concept, in
// the languages the lists read, with counterparts (past, over, asked about, someone else) that must keep
// their verdict. Every sentence is written for the test, none is the sets'.

// TestNobodyOpensNegativeConcord: "nobody opens the door" in the Slavic languages says "nobody" and "not"
// together (negative concord); the cue's own "not" is not negated again by the "nobody" before it.
func TestNobodyOpensNegativeConcord(t *testing.T) {
	checkFlag(t, "urgent", []flagCase{
		{"uk nobody opens", "Над нами вже кілька годин кричить немовля, ніхто не відчиняє двері, коли ми стукаємо", 2, "114", true},
		{"pl nobody opens", "Od kilku godzin u sąsiadów krzyczy niemowlę, nikt nie otwiera drzwi, kiedy pukamy", 2, "114", true},
		{"ru nobody opens", "Уже несколько часов у соседей кричит младенец, никто не открывает дверь, когда мы стучим", 2, "114", true},
		// counterparts: the door opened, a child crying once last week
		{"pl door opened, all fine", "Wczoraj dziecko u sąsiadów płakało, ale matka otworzyła drzwi i wszystko było dobrze", 4, "114", false},
		{"ru complaint about the office", "Я приходила в участок, никто не открывал дверь, пришлось ждать час", 2, "114", false},
	})
}

// TestComingTonightKnowsWhereILive: a threat announced — someone coming tonight who knows where the
// writer lives; "now he knows where I live" after a disclosure, with nobody coming, is the disclosure's
// harm (conduct), not danger now.
func TestComingTonightKnowsWhereILive(t *testing.T) {
	checkFlag(t, "urgent", []flagCase{
		{"sv coming tonight", "min ex har hotat mig förut, nu skriver han att han vet var jag bor och att han kommer inatt", 1, "114", true},
		{"tr coming this evening", "beni tehdit eden adam şimdi nerede oturduğumu bildiğini ve bu akşam arkadaşlarıyla geleceğini yazıyor", 1, "114", true},
		// counterparts: the disclosure's harm, nobody coming
		{"de disclosure's harm", "Die Beamtin hat meine Adresse an ihn weitergegeben. Jetzt weiß er, wo ich wohne. Unglaublich.", 1, "114", false},
	})
}

// TestLockedInNowAndStill: he locked the door on us now (the verb says he, not the writer); a danger
// still going on ("dalej chodzi"); a threat told in the present whatever past stands beside it; the
// German infinitive of killing; the Somali future of killing.
func TestLockedInNowAndStill(t *testing.T) {
	checkFlag(t, "urgent", []flagCase{
		{"pl locked the door now", "Mąż wczoraj mnie uderzył. Teraz znowu jest pijany, zamknął drzwi na klucz i nie chce mnie wypuścić", 1, "114", true},
		{"pl still standing there", "Wczoraj rozmowa z dyspozytorem była w porządku, ale sąsiad z nożem dalej stoi na klatce", 3, "112", true},
		{"de threat to kill at work", "Ich arbeite auf einem Hof, der Chef hat unsere Pässe genommen und droht uns umzubringen, wenn wir reden", 1, "114", true},
		{"ro threat in the present", "Patronul ne-a luat actele luna trecută, acum ne amenință că ne omoară dacă mergem la poliție", 1, "114", true},
		{"so will kill you today", "Walaalkay wuxuu igu yiri maanta waan ku dilayaa, hadda guriga ayuu joogaa", 3, "114", true},
		// counterparts: "i tak dalej" (and so on), a threat of dismissal at work, the writer locking her own door
		{"pl and so on", "Czekałam godzinę, potem formularz, podpisy i tak dalej. Za długo.", 2, "114", false},
		{"de dismissal at work", "Mein Chef droht mir mit der Kündigung, weil ich krank war. Ist das erlaubt?", 3, "114", false},
	})
}

// TestOrderThatDoesNotHelp: a restraining order said not to help is being broken — it ends no danger;
// "for half an hour" is going on now. An order that brought quiet still ends it.
func TestOrderThatDoesNotHelp(t *testing.T) {
	checkFlag(t, "urgent", []flagCase{
		{"de order does no good", "Mein Ex klopft seit zehn Minuten an mein Fenster und schreit, dass er mich umbringt. Das Annäherungsverbot nützt nichts.", 1, "112", true},
		{"de order brought quiet", "Er stand letztes Jahr oft vor der Tür und drohte mir. Seit dem Kontaktverbot ist Ruhe.", 1, "112", false},
	})
}

// TestOutsideYourDoorQuoted: the one outside in his own quoted words ("I'm in front of your house",
// "if you don't open I'll break in"); a child's plea to a parent quoted from a message.
func TestOutsideYourDoorQuoted(t *testing.T) {
	checkFlag(t, "urgent", []flagCase{
		{"tr in front of your house", "Eski sevgilim az önce yazdı: 'evinin önündeyim, açmazsan camı kırarım'", 1, "114", true},
		{"pl outside your door", "moj byly napisal przed chwila 'stoje pod twoimi drzwiami, jak nie otworzysz to wywaze drzwi'", 1, "114", true},
		{"de outside your flat", "mein Ex hat mir gerade geschrieben 'ich stehe vor deiner Wohnung, wenn du nicht aufmachst trete ich die Tür ein'", 1, "114", true},
		{"so mum help me", "Gabadhayda ayaa ii soo dirtay fariin: hooyo i caawi", 1, "114", true},
		{"sv mum help me", "Dottern har inte kommit hem sedan igår, nu skickade hon ett sms 'mamma hjälp mig'", 1, "114", true},
		{"uk mum help", "Син два дні не повертався, зараз написав: 'мамо, допоможи'", 1, "114", true},
		// counterparts: the writer stood outside the station
		{"pl writer stood outside", "Stałam pod drzwiami komisariatu godzinę, nikt nie otworzył. Skandal.", 1, "114", false},
	})
}

// TestPastThreatAfterEffect: fear now after a threat told only in the past, with psychological help
// asked for, is the after-effect, not danger now; habits in Latin-letter Ukrainian and Russian; the fire
// out; fear dating from a past event with more patrols asked for; "stood outside" is the past.
func TestPastThreatAfterEffect(t *testing.T) {
	checkFlag(t, "urgent", []flagCase{
		{"pl threat years ago, counselling", "Sąsiad groził mi kiedyś siekierą, to było w 2022. Do dziś się boję. Czy policja może polecić psychologa?", 3, "114", false},
		{"uk Latin every night", "Kozhnu nich khtos stukaye v stinu z inshoi kvartyry, my vtomylysia, shcho robyty?", 2, "114", false},
		{"uk every night", "Уже місяць хтось кожну ніч стукає в стіну з сусідньої квартири. Що нам робити?", 2, "114", false},
		{"en fire out, stood outside", "Crews did a good job and the fire at the warehouse behind us is out now. Still, nobody told us anything. Stood on the street for 2 hours.", 2, "112", false},
		{"en fire put out", "The fire on the top floor of our block was put out quickly, but the police never told us when we could return.", 2, "112", false},
		{"en afraid since, more patrols", "My daughter has been afraid to take the bus since the attack at the station last year. Could there be more patrols in the evening?", 3, "114", false},
		{"da afraid since, more patrols", "Jeg har været bange siden overfaldet på stationen i foråret. Kunne I sætte flere patruljer ind om aftenen?", 3, "114", false},
		{"da threatener not seen since", "En mand truede mig med en kniv ved Netto i marts. Jeg har ikke set ham siden, men hvornår får jeg svar på min anmeldelse?", 2, "114", false},
		// counterparts that stay urgent: a threat now with fear, a fire out of control, a knife now with a
		// request for patrols, pills gathered told with thanks, a toddler alone outside in the cold
		{"pl threat, fear, no counselling", "Sąsiad groził mi siekierą. Teraz ciągle się boję, nie wiem co robić", 1, "112", true},
		{"en fire out of control", "The fire in the flat below is out of control and spreading now, we are on the balcony", 2, "112", true},
		{"en knife now, more patrols", "I'm scared, a man with a knife is in our stairwell right now. Please send more patrols!", 3, "114", true},
		{"da pills saved up", "Tak for snakken. Jeg har sparet tabletter op i månedsvis, og i aften er det slut.", 4, "114", true},
		{"da alone at home again", "Børnene i nr. 4 er alene hjemme igen, og den yngste sidder ude på altanen i kulden og græder", 2, "114", true},
		{"da son not seen since", "Min søn truede med at tage sit liv i går. Jeg har ikke set ham siden.", 1, "114", true},
	})
}

// TestRemarksAndDisclosuresSets18to19: "you people always …", "where do you really come from" said by
// staff; women said to be bad at something; someone at the police's end talked; the Norwegian "frekk";
// staff telling the neighbours who reported; discrimination named in Farsi and Somali. Not conduct: the
// shouting of a neighbour with a bat, a threat by someone with killing, the man on the phone is staff.
func TestRemarksAndDisclosuresSets18to19(t *testing.T) {
	checkFlag(t, "conduct", []flagCase{
		{"sv you people", "Polismannen sa att ni sådana bara ljuger för att få uppehållstillstånd.", 1, "112", true},
		{"pl you people always", "Policjant zapytał skąd naprawdę jestem i powiedział, że wy tacy zawsze robicie problemy.", 1, "114", true},
		{"fa you people always", "پلیس پشت تلفن گفت شماها همیشه شلوغش میکنید. فقط خواستم تصادف رو گزارش بدم", 1, "114", true},
		{"da girls not good at", "Betjenten grinede og sagde at piger ikke er gode til at huske nummerplader. Helt uacceptabelt.", 2, "112", true},
		{"en women not the best", "The officer asked if I was sure, because women are not the best at judging distances. That comment was out of line.", 2, "114", true},
		{"en somebody at your end leaked", "Only your call handler knew my new address. A week later my ex was waiting outside it, so somebody at your end leaked it.", 1, "114", true},
		{"no rude and condescending", "Betjenten i skranken var frekk mot min mor og snakket nedlatende til henne.", 1, "114", true},
		{"ar Latin told the neighbour", "el shorti 2al la jirani bel tabe2 eno ana elli eshtakayt 3ala el 7afle", 1, "114", true},
		{"so your hijab, discrimination", "Booliisku wuxuu gabadhayda ku yiri xijaabkaaga ka bax haddii aad rabto caawimaad. Waa takoorid.", 1, "114", true},
		{"da man on the phone shouted", "Manden i telefonen råbte ad mig og sagde jeg skulle tage mig sammen.", 1, "114", true},
		// counterparts
		{"da neighbour upstairs shouting", "Det tog alt for lang tid at komme igennem. Fyren ovenpå står på trappen med et baseballbat og råber ad alle, han er der stadig.", 1, "112", false},
		{"en man next door shouting", "The wait was far too long. The man in the flat next door is in the yard swinging a bat and shouting at people, he's still there.", 1, "112", false},
		{"ar threatened with killing, police named", "رحت عالشرطه امبارح: ابن عمي هددني بالقتل من شهرين، كيف بتابع البلاغ؟", 3, "114", false},
	})
}

// TestSetsEighteenToNineteenSecondLook: the concepts again, written afterwards in other words and in the
// languages the first tables left out — nobody opens (Romanian, Farsi, Turkish, whose verb carries its own
// negation), since yesterday as a span reaching now, the locked door, the present threat, the order that
// does not help, the one outside in his own words, a child's plea, someone coming who knows the address;
// with counterparts (a past threat and a wait since yesterday; counselling after a threat years ago).
func TestSetsEighteenToNineteenSecondLook(t *testing.T) {
	checkFlag(t, "urgent", []flagCase{
		{"ro nobody opens", "Vecinii nu au mai ieșit de ieri, bebelușul plânge încontinuu și nimeni nu deschide ușa", 2, "114", true},
		{"fa nobody opens", "از صبح بچه همسایه گریه میکنه و هیچکس در رو باز نمیکنه", 2, "114", true},
		{"tr nobody opens", "Komşunun bebeği sabahtan beri ağlıyor, kimse kapıyı açmıyor", 2, "114", true},
		{"tr since yesterday", "Komşu dünden beri çıkmadı, bebek ağlıyor ve kimse kapıyı açmıyor", 2, "114", true},
		{"pl since yesterday", "Sąsiadka nie wychodziła od wczoraj, dziecko płacze i nikt nie otwiera drzwi", 2, "114", true},
		{"tr locked the door", "Kocam dün beni dövdü. Şimdi yine sarhoş, kapıyı kilitledi ve çocuklar ağlıyor", 1, "114", true},
		{"ru locked the door", "Муж вчера ударил меня. Сейчас он опять пьяный, запер дверь и не выпускает нас", 1, "114", true},
		{"ar locked the door", "جوزي ضربني مبارح، هلق سكر الباب علينا وسكران", 1, "114", true},
		{"pl threatens now", "Sąsiad groził mi wczoraj, a teraz grozi nam, że nas zabije, jeśli zadzwonimy na policję", 1, "114", true},
		{"tr threatens to kill", "Patronum pasaportlarımızı aldı, şimdi bizi öldürmekle tehdit ediyor", 1, "114", true},
		{"ru order does not help", "Мой бывший снова стоит под окном уже двадцать минут, запрет на приближение не помогает", 1, "114", true},
		{"pl order does nothing", "Byly stoi pod blokiem i krzyczy, że mnie zabije. Zakaz zbliżania się nic nie daje.", 1, "114", true},
		{"ro outside your house", "Fostul meu mi-a scris acum: 'sunt în fața casei tale, dacă nu ieși intru peste tine'", 1, "114", true},
		{"ru under your house", "Бывший написал: 'я под твоим домом, если не откроешь, выломаю дверь'", 1, "114", true},
		{"ar under your house", "طليقي بعتلي هلق: انا تحت بيتك، اذا ما فتحتي بكسر الباب", 1, "114", true},
		{"de mum help me", "Mein Sohn hat mir gerade geschrieben: 'Mama hilf mir', und geht nicht ans Telefon", 1, "114", true},
		{"tr mum save me", "Kızım az önce mesaj attı: 'anne kurtar beni', telefonu kapalı", 1, "114", true},
		{"ar mum help me", "بنتي بعتتلي مسج 'ماما ساعديني' وتلفونها مسكر", 1, "114", true},
		{"pl coming tonight", "Były mi groził, teraz pisze, że wie gdzie mieszkam i przyjdzie dziś w nocy", 1, "114", true},
		{"ru coming tonight", "Бывший угрожал мне, теперь пишет, что знает где я живу и придет сегодня ночью", 1, "114", true},
		// counterparts
		{"pl past threat, waiting since yesterday", "Sąsiad groził mi w zeszłym tygodniu. Od wczoraj czekam na telefon z komisariatu w tej sprawie.", 2, "114", false},
		{"ro past threat, waiting since yesterday", "Vecinul m-a amenințat săptămâna trecută, de ieri aștept un telefon de la poliție", 2, "114", false},
		{"de threat years ago, counselling", "Vor zwei Jahren hat mich ein Nachbar mit einem Messer bedroht. Ich habe immer noch Angst. Wo finde ich psychologische Hilfe?", 3, "114", false},
		{"tr threat years ago, counselling", "İki yıl önce komşum beni bıçakla tehdit etti. Hâlâ korkuyorum. Psikolojik destek nereden alabilirim?", 3, "114", false},
		{"ru threat years ago, counselling", "Два года назад сосед угрожал мне ножом. Я до сих пор боюсь. Где получить психологическую помощь?", 3, "114", false},
		{"ru Latin every evening", "Sused kazhdyi vecher krichit i stuchit v stenu, uzhe polgoda. Chto delat?", 2, "114", false},
	})
	checkFlag(t, "conduct", []flagCase{
		{"no you people", "Politimannen sa at dere sånne bare lyver. Hvor kommer du egentlig fra, spurte han.", 1, "114", true},
		{"tr you are always like this", "Polis memuru 'siz hep böylesiniz' dedi, sadece hırsızlığı bildirmek istemiştim.", 1, "114", true},
		{"ro you lot always", "Polițistul a zis că voi ăștia mereu faceți probleme.", 1, "114", true},
		{"uk you are all like that", "Поліцейський сказав, що ви такі всі завжди брешете.", 1, "114", true},
		{"ar you are always like this", "الشرطي قال انتو هيك دايما بتعملو مشاكل", 1, "114", true},
		{"en somebody on your side leaked", "Somebody on your side leaked my statement to the man I reported.", 1, "114", true},
		{"da women not good at driving", "Politibetjenten sagde at kvinder ikke er gode til at køre bil, så jeg nok tog fejl.", 1, "114", true},
		// counterparts: a neighbour saying it
		{"da the neighbour upstairs shouts", "Manden ovenpå råber ad sin kone hver aften, kan I gøre noget?", 1, "114", false},
		{"da the neighbour said it of women", "Min nabo sagde at kvinder ikke er gode til at bakke, og så grinede han.", 1, "114", false},
	})
}
