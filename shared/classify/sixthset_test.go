package classify

import "testing"

// The sixth blind set's mechanisms (session 5's last round, tuned after it was measured): one table per
// mechanism with the counterpart that must not change. Every sentence is written for the test.

// TestBreakInAndHidingNowNordic: a break-in happening now and the writer hiding, in the Norwegian and
// Swedish spellings the Danish lists did not know ("bryte seg inn", "gjemt meg", "akkurat nå"), is
// urgent; the same break-in told after the fact, or hiding something that is not the writer, is not.
func TestBreakInAndHidingNowNordic(t *testing.T) {
	checkFlag(t, "urgent", []flagCase{
		{"no break-in now", "Noen prøver å bryte seg inn hos oss akkurat nå. Jeg har gjemt meg på loftet. Hvorfor svarer ingen?", 1, "112", true},
		{"no hiding now", "Jeg har gjemt meg på badet med ungene. Hvorfor tar det så lang tid?", 1, "112", true},
		{"sv break-in now", "Det är någon som försöker bryta sig in hos mig, jag har gömt mig i garderoben. Varför svarar ingen?", 1, "112", true},
		{"da hiding now", "Jeg har gemt mig i kælderen. Hvorfor tager ingen telefonen?", 1, "112", true},
		{"no break-in last year", "For et år siden brøt noen seg inn hos oss, og vi fikk aldri noe saksnummer", 2, "114", false},
		{"sv break-in last week", "Förra veckan bröt sig någon in i vårt förråd. Ingen har hört av sig sedan dess", 2, "114", false},
		{"no hid the key", "Jeg gjemte nøkkelen under matten og nå er sykkelen stjålet, ingen ringte tilbake", 2, "114", false},
	})
}

// TestThreatToKillTonightRomanian: a threat to kill written without diacritics ("vine diseara sa ma
// omoare") is urgent; the threat told as over or long past is not.
func TestThreatToKillTonightRomanian(t *testing.T) {
	checkFlag(t, "urgent", []flagCase{
		{"ro tonight no diacritics", "Fostul sot mi-a trimis mesaj ca vine diseara sa ma omoare. Mi-e frica", 1, "114", true},
		{"ro with diacritics", "Vecinul a zis că vine să mă omoare în seara asta, vă rog ajutați-mă", 1, "112", true},
		{"ro kill, ucida", "Fratele meu zice ca o sa ma ucida acum, are un cutit", 1, "112", true},
		{"ro over: arrested and safe", "Anul trecut fostul sot a vrut sa ma omoare, acum sunt in siguranta. Vreau doar o copie a dosarului", 3, "114", false},
	})
}

// TestWritersOwnRudenessIsNotConduct: thanks that admit the writer's own rudeness ("I was rude / I
// shouted at her, sorry — she was patient, thanks") are not staff conduct, nor is an offender's abuse in
// a text praising the police; the same rude act done by staff, or told without thanks, still is.
func TestWritersOwnRudenessIsNotConduct(t *testing.T) {
	checkFlag(t, "conduct", []flagCase{
		{"da I shouted, sorry, thanks", "Jeg råbte ad damen i telefonen, det beklager jeg. Hun var sød og hjalp mig alligevel, tak", 5, "114", false},
		{"da sms I was rude", "jeg var grov i tlf undskyld. hun var rolig og fik det ordnet tak", 5, "114", false},
		{"en I was rude, thanks", "I was rude to the operator and swore at him, sorry. He stayed calm and got help out to us. Thanks", 5, "112", false},
		{"no I yelled, thanks", "Jeg kjeftet på operatøren fordi jeg var redd. Han var rolig og hjalp oss. Takk og beklager", 5, "112", false},
		{"pl I was rude, sorry", "Byłam niegrzeczna przez telefon, przepraszam. Pani była cierpliwa i pomogła. Dziękuję", 5, "112", false},
		{"ro I was rude, thanks", "Recunosc ca am fost nepoliticoasa cu operatorul, dar el a fost calm. Multumesc si scuze", 5, "112", false},
		{"en offender's abuse, police praised", "The driver who rammed my bike was shouting, called me a stupid idiot, but the police were great. Thanks", 5, "112", false},
		{"ar Latin offender, police praised", "el ragel elli darabni kan bysheteme, bas el police kano kwayesen. shukran", 5, "112", false},
		{"da threat, then the arrest", "naboen truede mig med en flaske i weekenden men han er anholdt nu tak for hjælpen", 5, "114", false},
		// counterparts: staff were rude, whatever the writer did
		{"da threatened with arrest", "betjenten truede mig med at jeg ville blive anholdt hvis jeg ikke gik", 1, "114", true},
		{"da staff shouted at me", "Damen i telefonen råbte ad mig og var uhøflig. Tak for ingenting", 1, "114", true},
		{"en staff rude, writer calm", "I was calm the whole time but the operator was rude and swore at me", 1, "112", true},
		{"no she yelled at me", "Jeg ringte for hjelp og hun kjeftet på meg. Takk for ingenting", 1, "112", true},
		{"pl he was rude to me", "Ja byłam spokojna, a on był niegrzeczny i krzyczał na mnie", 1, "112", true},
		{"ro operator rude", "Operatorul a fost nepoliticos si a tipat la mine", 1, "112", true},
		{"en I was insulted, thanks for nothing", "I was insulted by the officer on the phone. Thanks for nothing", 1, "114", true},
	})
}

// TestStaffToldSomeoneElseMyDetails: a breach of confidentiality told as "the officer told my brother /
// my neighbour / my employer / everyone my details, where I live, why I called" is staff conduct in
// every language; the writer telling it, or staff asking it, is not.
func TestStaffToldSomeoneElseMyDetails(t *testing.T) {
	checkFlag(t, "conduct", []flagCase{
		{"da sms told my ex where I live", "betjenten sagde til min eks hvor jeg bor nu. hvordan kan det ske", 1, "114", true},
		{"en told my neighbours why I called", "The officer told my neighbours why I called, now the whole building talks about it", 1, "114", true},
		{"de passed my address on", "Der Polizist hat meine Adresse an meinen Nachbarn weitergegeben", 1, "114", true},
		{"de told my employer", "Die Beamtin hat meinem Arbeitgeber erzählt, warum ich angerufen habe", 1, "114", true},
		{"tr told the whole street", "Polis memuru şikayetimi bütün komşulara anlattı", 1, "114", true},
		{"ro told my employer", "Politistul a spus angajatorului meu de ce am fost la sectie", 1, "114", true},
		{"ro said aloud", "Operatoarea a spus cu voce tare numele meu in fata tuturor", 1, "114", true},
		{"ar script told my neighbours", "الشرطي حكى لجيراني عن بلاغي", 1, "114", true},
		{"ar Latin told my brother", "el zabet 2al le akhoya kol 7aga 3an el balagh", 1, "114", true},
		{"fa told my family", "مامور پلیس همه چیز را به خانواده‌ام گفت", 1, "114", true},
		{"fa Latin told my employer", "polis hame chizo be karfarmam goft", 1, "114", true},
		{"pl told my neighbour", "Policjant powiedział mojemu sąsiadowi, kto dzwonił", 1, "114", true},
		{"ru told my employer", "Полицейский рассказал моему работодателю о моём заявлении", 1, "114", true},
		// counterparts: the writer told it, or staff only asked
		{"da I told my ex", "jeg sagde til min eks hvor jeg bor og nu kommer han hele tiden. hvad gør jeg", 2, "114", false},
		{"en I told my neighbours", "I told my neighbours why I called, and they were glad someone did", 4, "114", false},
		{"tr asked my address", "Memur adresimi sordu ve hemen yardım etti, teşekkürler", 5, "114", false},
		{"ro asked why I called", "Operatorul m-a intrebat de ce am sunat si unde locuiesc, apoi a trimis o masina", 4, "112", false},
		{"de asked my address", "Der Beamte hat nach meiner Adresse gefragt und schnell geholfen. Danke", 5, "114", false},
	})
}

// TestThreatToPublishAndAnimalsAreNotDanger: a threat to post pictures and someone hitting their dog are
// not danger to a person now; a threat of violence and a person hit now still are.
func TestThreatToPublishAndAnimalsAreNotDanger(t *testing.T) {
	checkFlag(t, "urgent", []flagCase{
		{"da threat to post pictures", "min eks truer med at dele billeder af mig på nettet og i gør ingenting", 1, "114", false},
		{"en threat to post photos", "Someone threatens to post photos of me online and the police won't help", 1, "114", false},
		{"da neighbour hits his dog", "min nabo slår sin hund hver dag og i siger i ik kan gøre noget", 1, "114", false},
		// counterparts
		{"da threat to hit me now", "min eks truer med at slå mig ihjel i aften", 1, "114", true},
		{"da he hits his wife now", "naboen slår sin kone lige nu, vi kan høre det gennem væggen", 1, "112", true},
		{"da hits me and the dog", "han slår mig og hunden lige nu, kom hurtigt", 1, "112", true},
	})
}

// TestIfSomeoneAsksAboutACase: "if someone breaks in, may I …?" asks about a case, so "someone" in it is
// no call for help; "can someone come?" still is.
func TestIfSomeoneAsksAboutACase(t *testing.T) {
	checkFlag(t, "urgent", []flagCase{
		{"da hvis nogen bryder ind", "Hvis nogen bryder ind i huset mens vi sover, må jeg så forsvare mig? Ingen på 114 kunne svare.", 3, "114", false},
		{"en can someone come", "Can someone come? A man is breaking into our flat and the kids are home", 1, "112", true},
		{"da kan nogen komme", "Kan nogen komme? Der er en mand der bryder ind i huset nu", 1, "112", true},
	})
}

// TestUdeOmDetIsAnIdiom: "selv været lidt ude om det" (asked for it) said by staff is no missing person;
// "har ikke været hjemme i to døgn" still is a report of one.
func TestUdeOmDetIsAnIdiom(t *testing.T) {
	checkFlag(t, "urgent", []flagCase{
		{"da idiom in staff's question", "Jeg fortalte om overfaldet, og damen spurgte: \"Har du ikke selv været lidt ude om det?\" Det var ydmygende.", 1, "114", false},
		{"da not home for two days", "Min datter har ikke været hjemme i to døgn, og hun svarer ikke på telefonen", 1, "112", true},
	})
}
