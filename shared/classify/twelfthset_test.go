package classify

import "testing"

// The twelfth blind set's concepts (session 8, urgent recall by concept): one table per concept no list
// had, in the languages the lists read, with counterparts (over, past, general, asked about, another
// sense) that must not flag. Every sentence is written for the test, none is the set's.

// TestFarewellToldSideways: "when you read this … already", no one need worry about me any more, look
// after my dog for me, give my love to mum, tired of everything and the last time I write.
func TestFarewellToldSideways(t *testing.T) {
	checkFlag(t, "urgent", []flagCase{
		{"da when you read this, already", "Min veninde skrev: når du læser dette er jeg allerede væk. Hun tager ikke telefonen", 2, "114", true},
		{"da no one need worry", "Ingen behøver at bekymre sig om mig mere, skrev min bror i aftes, og nu svarer han ikke", 2, "114", true},
		{"en by the time you read this", "My sister texted: by the time you read this I will already be gone", 2, "114", true},
		{"en look after my dog for me", "He wrote take care of my dog for me and switched his phone off", 2, "114", true},
		{"no look after the dog", "Kona mi skrev 'ta vare på katten' og svarer ikke", 2, "114", true},
		{"sv look after the dog", "Min bror skrev ta hand om hunden, och nu svarar han inte", 2, "114", true},
		{"de look after my dog", "Mein Freund schrieb: kümmert euch um meinen Hund. Er geht nicht ans Telefon", 2, "114", true},
		{"pl look after my cat", "Brat napisał: zaopiekujcie się moim kotem. Nie odbiera telefonu", 2, "114", true},
		{"tr look after my children", "Ablam yazdı: çocuklarıma iyi bakın. Telefonu kapalı", 2, "114", true},
		{"ro look after the dog", "Sora mea a scris: aveți grijă de câinele meu. Nu răspunde", 2, "114", true},
		{"so goodbye all", "Walaalkay wuxuu qoray nabadgelyo dhammaantiin, hadda taleefanka ma qabto", 2, "114", true},
		{"ar Maghrebi tired of everything", "khoya kteb liya ma b9itch 9ader, 3yit mn kolshi", 2, "114", true},
		{"ar Maghrebi last time I write", "hadi akhir mra nktb lkom, slmo 3la mama", 1, "114", true},
		{"ru look after my dog", "Друг написал: позаботьтесь о моей собаке. И не отвечает", 2, "114", true},
		{"uk look after my cat", "Сестра написала: подбайте про мою кішку. Не бере слухавку", 2, "114", true},
		// counterparts: the usual complaint opener, a friendly goodbye, looking after one's own dog
		{"da when you read this, I hope", "Når I læser det her, håber jeg I tager det alvorligt. Jeg ventede 40 minutter", 2, "114", false},
		{"da take care out there", "Tak for hjælpen, pas godt på jer selv derude", 5, "114", false},
		{"en took care of my dog myself", "I tried to take care of my dog while waiting 40 minutes in the queue", 2, "114", false},
		{"ar thanks, goodbye", "shukran bezaf, slama", 5, "114", false},
	})
}

// TestCarbonMonoxideAlarm: a CO alarm going off now, with or without a sign of poisoning; a battery
// warning last week and a question about testing it are not.
func TestCarbonMonoxideAlarm(t *testing.T) {
	checkFlag(t, "urgent", []flagCase{
		{"da alarm beeping", "Vores kuliltealarm hyler og børnene er svimle", 3, "114", true},
		{"en alarm beeping", "Our CO alarm is beeping and my wife has a headache", 3, "114", true},
		{"pl alarm with headache", "Czujnik czadu piszczy teraz, boli mnie głowa", 3, "114", true},
		{"de alarm now", "Der CO-Melder piept jetzt seit zehn Minuten, mir ist schwindlig", 3, "114", true},
		{"ru alarm with headache", "Датчик угарного газа пищит сейчас, у мамы болит голова", 3, "114", true},
		// counterparts
		{"da last week's battery", "Vores CO-alarm bippede i sidste uge pga lavt batteri, I var søde i telefonen", 4, "114", false},
		{"en how to test", "How do I test my carbon monoxide alarm?", 3, "114", false},
		{"pl last year", "W zeszłym roku czujnik czadu piszczał, bo bateria była słaba", 3, "114", false},
	})
}

// TestTurningBlueEyesClosed: someone turning blue or unable to breathe, a child who will not open her
// eyes — and the same over.
func TestTurningBlueEyesClosed(t *testing.T) {
	checkFlag(t, "urgent", []flagCase{
		{"da turning blue", "Min far bliver blå i ansigtet og kan ikke få luft", 1, "112", true},
		{"en won't open her eyes", "My daughter has a high fever and won't open her eyes", 2, "114", true},
		{"da won't open her eyes", "Min datter på 4 vil ikke åbne øjnene, hun har høj feber", 2, "114", true},
		{"de turning blue", "Mein Sohn läuft blau an, bitte schnell", 1, "112", true},
		{"pl turning blue", "Dziecko sinieje, nie może oddychać", 1, "112", true},
		{"tr eyes closed", "Oğlum gözlerini açmıyor, ateşi çok yüksek", 2, "114", true},
		{"ar Egyptian can't breathe", "abuya mesh 2ader yetnaffes w weshu azra2", 2, "112", true},
		{"so eyes closed", "Wiilkayga indhaha ma furayo, qandho ayuu leeyahay", 2, "114", true},
		{"fa turning blue", "بچه‌ام داره کبود میشه", 1, "112", true},
		{"ru eyes closed", "Ребенок не открывает глаза, температура сорок", 2, "114", true},
		// counterparts
		{"da blue no more, thanks", "Min mor er kommet sig, hun er ikke blå mere og alt er godt. Tak", 4, "114", false},
		{"en eyes as a figure of speech", "He didn't open his eyes to the fact that I was scared, the officer was rude", 2, "114", false},
	})
}

// TestChildNeverArrivedOrLost: the school says a child never arrived, a child lost in a shopping
// centre and still not found — and the same found, or late to school as a habit.
func TestChildNeverArrivedOrLost(t *testing.T) {
	checkFlag(t, "urgent", []flagCase{
		{"da school says never arrived", "Skolen ringede og siger at min søn aldrig er kommet frem", 2, "114", true},
		{"en cannot find our son", "We cannot find our son in the shopping centre, he is 5", 2, "114", true},
		{"no never arrived at school", "Sønnen min kom aldri fram til skolen i dag", 2, "114", true},
		{"de not arrived at school", "Meine Tochter ist nicht in der Schule angekommen", 2, "114", true},
		{"pl not at school", "Syn nie dotarł do szkoły, nie odbiera telefonu", 2, "114", true},
		{"tr never went to school", "Oğlum okula hiç gelmedi diyorlar, telefonu kapalı", 2, "114", true},
		{"ro not arrived at school", "Fiul meu n-a ajuns la școală azi", 2, "114", true},
		{"ar Egyptian lost", "ebni ta2et fel mall men sa3a w lessa mesh la2yino", 1, "114", true},
		{"uk not arrived at school", "Син не дійшов до школи, ми не можемо знайти його", 2, "114", true},
		// counterparts
		{"da late as a habit", "Skolen siger at min søn ikke er kommet til tiden tre gange, hvad gør jeg", 3, "114", false},
		{"da could not find him last year", "Sidste år kunne vi ikke finde vores søn i Tivoli, I var hurtige. Tak", 5, "114", false},
		{"en the ambulance never arrived", "The ambulance never arrived and I waited an hour", 2, "114", false},
		{"pl found him", "Syn nie dotarł do szkoły, ale znaleźliśmy go u kolegi", 3, "114", false},
	})
}

// TestObstacleAcrossTheRoad: a load or a lorry across the road now, cars swerving round it — and the
// same yesterday.
func TestObstacleAcrossTheRoad(t *testing.T) {
	checkFlag(t, "urgent", []flagCase{
		{"da pallet across the motorway", "Der ligger en palle på tværs af motorvejen ved Kolding lige nu", 2, "112", true},
		{"en pipes across the road, swerving", "Pipes lie across the road near the exit and cars are swerving round them", 2, "112", true},
		{"de across the carriageway", "Ein Lkw steht quer auf der Fahrbahn, ohne Licht, es ist dunkel", 2, "112", true},
		{"pl across the lane", "Ciężarówka stoi w poprzek jezdni, samochody hamują w ostatniej chwili", 2, "112", true},
		{"ru across the road", "Фура стоит поперек дороги без света, машины еле успевают", 2, "112", true},
		// counterparts
		{"da yesterday", "Der lå en palle på tværs af motorvejen i går, og ingen ryddede den før efter to timer", 2, "114", false},
		{"de last week", "Letzte Woche stand ein Lkw quer auf der Fahrbahn, die Polizei kam spät", 2, "114", false},
	})
}

// TestSmokeThickening: smoke getting thicker, the door hot, no way out — and a fire put out.
func TestSmokeThickening(t *testing.T) {
	checkFlag(t, "urgent", []flagCase{
		{"da smoke thicker, door warm", "Røgen bliver tykkere i opgangen og døren er varm", 2, "112", true},
		{"en smoke thicker, door hot", "the smoke is getting thicker and the door is hot", 2, "112", true},
		{"sv smoke thicker", "Röken blir tjockare och vi kommer inte ut", 2, "112", true},
		{"de smoke thicker", "Der Rauch wird dichter, wir kommen nicht raus", 2, "112", true},
		{"tr smoke growing", "Duman artıyor, dışarı çıkamıyoruz", 2, "112", true},
		{"so smoke growing", "Qiiqa guriga wuu sii badanayaa hadda", 2, "112", true},
		{"uk smoke thicker", "Дим густішає, двері гарячі", 2, "112", true},
		// counterparts
		{"sv fire out", "Röken var tjock men branden är släckt nu, tack", 5, "112", false},
		{"de last year", "Letztes Jahr wurde der Rauch dichter und die Feuerwehr kam spät", 2, "114", false},
	})
}

// TestInTheWaterOutOfSight: someone gone into the water whom the writer can no longer see — and the same
// found.
func TestInTheWaterOutOfSight(t *testing.T) {
	checkFlag(t, "urgent", []flagCase{
		{"da", "Min søn gik ud i vandet og vi kan ikke se ham mere", 1, "114", true},
		{"en", "a boy went into the sea and we cant see him anymore", 1, "112", true},
		{"fa Latin", "pesaram raft too ab va dige nemibinimesh", 1, "112", true},
		{"de", "Mein Sohn ist ins Wasser gegangen, wir sehen ihn nicht mehr", 1, "112", true},
		{"pl", "Syn wszedł do wody i nie widzę go", 1, "112", true},
		{"ro", "Băiatul a intrat în apă și nu îl mai vedem", 1, "112", true},
		// counterparts
		{"de found", "Mein Sohn war im Wasser, wir sahen ihn nicht mehr, aber er wurde gefunden", 4, "112", false},
		{"da cameras", "De kunne ikke se ham på kameraerne, sagde de, og sagen blev lukket", 2, "114", false},
	})
}

// TestTwelfthSetPrecision: a weapons permit, rubbish at the door, danger in the past and safety now, the
// times ("how many young people carry knives") — not danger now; the danger words themselves still are.
func TestTwelfthSetPrecision(t *testing.T) {
	checkFlag(t, "urgent", []flagCase{
		{"pl weapons permit", "Pytałam o pozwolenie na broń, dostałam link do strony", 4, "114", false},
		{"de weapons permit", "Ich habe nach dem Waffenschein gefragt und wurde weitergeleitet", 3, "114", false},
		{"ru rubbish at the door", "Соседи оставляют мусор у моей двери уже месяц", 2, "114", false},
		{"uk rubbish at the door", "Сусіди кидають сміття під дверима, поліція нічого не робить", 2, "114", false},
		{"fa safe now, threatened before", "ghablan shoharam tahdidam mikard vali alan dar amanam, mamnoon", 5, "114", false},
		{"da the times", "Det er skræmmende, hvor mange unge der går med kniv i dag. Politiet burde være mere synlige", 4, "114", false},
		{"uk still not told whether it was arson", "Минулого місяця була пожежа. Поліція досі не сказала, чи це був підпал", 3, "114", false},
		{"no called about a parked car", "Ringte om en bil som står parkert foran garasjen. Vet ikke hva mer jeg skal skrive", 3, "114", false},
		{"en called about a parked van", "Called about a van that stands parked across my driveway. Not sure what else to say", 3, "114", false},
		// the danger still read
		{"uk still no police, hitting now", "Поліція досі не приїхала, а сусід зараз б'є дружину", 1, "112", true},
		{"uk still not breathing", "Батько досі не дихає, допоможіть", 1, "112", true},
		{"da called about children alone, crying still", "Jeg ringede om børnene ved siden af. De er alene, og den mindste græder stadig", 2, "114", true},
		{"pl gun now", "Sąsiad ma broń i grozi mi teraz", 1, "112", true},
		{"ru at the door with a knife", "Он стоит у моей двери с ножом, помогите", 1, "112", true},
		{"uk at the door now", "Він зараз стоїть під дверима і кричить", 1, "112", true},
		{"da knife now", "Der står en ung mand med kniv i opgangen lige nu", 1, "112", true},
	})
}

// TestSessionEightModelIndependent: three urgent texts of the tuning sets that only the models had found
// (retraining moved them below their thresholds), now read by concept in the lists: a farewell as doubt
// of being around and absolution, someone taken by the current out of sight, bangs heard and someone
// screaming now — and their counterparts.
func TestSessionEightModelIndependent(t *testing.T) {
	checkFlag(t, "urgent", []flagCase{
		{"en not around, not her fault", "Thanks anyway. I dont think I will be around much longer, tell my mum it wasnt her fault", 3, "114", true},
		{"da tell my sister it was not her fault", "Sig til min søster at det ikke var hendes skyld. Jeg orker ikke", 2, "114", true},
		{"en the current, out of sight", "A boy was pulled out by the current and we cant see him anymore", 1, "112", true},
		{"sv bangs and screaming", "hör fortfarande smällar från gården och nån skriker", 2, "114", true},
		{"no bangs and screaming", "Jeg hører smell fra nabohuset og noen skriker", 2, "114", true},
		// counterparts
		{"en the fault of the system", "The officer said it wasnt my fault and explained the rules", 4, "114", false},
		{"en heard bangs last night", "I heard bangs last night and someone was screaming, you came the next morning", 2, "114", false},
		{"da fireworks", "Jeg hører skud og smæld, det er vist fyrværkeri, nytårsaften", 3, "114", false},
	})
}

// TestForeignModelNotOverAHabit: the foreign urgent model does not add urgent to a text that tells a
// trouble as a habit with no word of now ("someone keeps slashing my tyres, the fourth time"); the same
// trouble with a word of now and danger is read by the lists.
func TestForeignModelNotOverAHabit(t *testing.T) {
	checkFlag(t, "urgent", []flagCase{
		{"tr bicycle tyres cut again and again", "Birisi sürekli bisikletimin tekerlerini kesiyor. Her seferinde 500 kron ödüyorum ve polis hiçbir şey yapmıyor", 1, "114", false},
		{"tr car scratched the sixth time", "Komşunun çocukları sürekli arabamı çiziyor, bu 6. kez, her seferinde tamir ettiriyorum", 1, "114", false},
		{"pl racing every night", "Co noc pod blokiem ścigają się samochodami, dzwoniłem pięć razy i za każdym razem nikt nie przyjeżdża", 2, "114", false},
		{"tr knife now", "Komşu şu anda bıçakla kapıda bekliyor, lütfen gelin", 1, "112", true},
	})
}
