package classify

import "testing"

// The twentieth blind set's concepts (session 10's third round, cls-18u, urgent recall and precision and
// conduct by concept; a tuning set since its blind measure): one table per concept, in the languages the
// lists read, with counterparts (past, over, someone else, another sense) that must keep their verdict.
// Every sentence is written for the test, none is the set's.

// TestDrunkDriverWithSomeoneNow: a drunk driver driving now with someone in the car is danger now; the
// same told in the past, or a drunk passenger, is not.
func TestDrunkDriverWithSomeoneNow(t *testing.T) {
	checkFlag(t, "urgent", []flagCase{
		{"da drunk father driving now", "Min eksmand er fuld og kører lige nu rundt med vores datter i bilen. Ring til mig!", 1, "114", true},
		{"en drunk driving now with the kids", "My husband is drunk and driving right now with the kids in the back, heading north", 1, "114", true},
		{"de drunk driving now", "Mein Mann ist betrunken und fährt jetzt mit unserem Sohn auf der Autobahn", 1, "112", true},
		{"pl drunk driving now", "Mój mąż jest pijany i teraz jedzie samochodem z dziećmi", 1, "112", true},
		{"ru drunk driving now", "Мой муж пьяный и сейчас едет на машине с ребёнком", 1, "112", true},
		// counterparts: the past, a drunk neighbour who does not drive
		{"da drove drunk last year", "Sidste år kørte min nabo beruset, og sagen tog alt for lang tid hos jer", 2, "114", false},
		{"de drunk neighbour, no driving", "Der Nachbar war letzte Woche betrunken und laut, die Polizei kam erst nach einer Stunde", 2, "114", false},
	})
}

// TestChildLostNowMaghrebi: a child lost now in Maghrebi Arabic written in Latin letters, and "search
// with us" asked for; a child found again is over.
func TestChildLostNowMaghrebi(t *testing.T) {
	checkFlag(t, "urgent", []flagCase{
		{"ar child lost now", "bnti 3ndha 5 snin tlfat liya f l marché daba, 3afakom 3tiwni chi had", 1, "112", true},
		{"ar search with us", "wlidi ma bancch, 3afakom sifto chi bolis y9elleb m3ana", 1, "112", true},
		// counterpart: found again last week, a complaint about the wait
		{"ar found again", "l'osbo3 li fat wldi kan ghayeb sa3a w l9inah, walakin 114 khellawni ntsenna bzaf", 3, "114", false},
	})
}

// TestTriedToBreakInPast: "someone tried to break in" told in the perfect or past is the past ("försöker
// bryta sig in" now is danger).
func TestTriedToBreakInPast(t *testing.T) {
	checkFlag(t, "urgent", []flagCase{
		{"sv tried, past", "Jag ringde om att någon försökt bryta sig in i mitt förråd, men ingen kom förbi", 2, "114", false},
		{"no tried, past", "Jeg ringte fordi noen hadde forsøkt å bryte seg inn i bilen min, ingen svarte", 2, "114", false},
		{"sv trying now", "Någon försöker bryta sig in i min lägenhet just nu, kom fort", 1, "112", true},
		{"no breaking in now", "Noen bryter seg inn hos naboen nå, jeg hører glass knuses", 1, "112", true},
	})
}

// TestStaffNamedMeOrToldMyHusband: staff named the writer to the one reported, or told the husband what
// was reported (a breach of confidentiality); the writer's own telling is not conduct.
func TestStaffNamedMeOrToldMyHusband(t *testing.T) {
	checkFlag(t, "conduct", []flagCase{
		{"no officer named me", "Jeg ba om å være anonym, men betjenten ringte naboen og nevnte navnet mitt", 1, "114", true},
		{"da officer mentioned my name", "Jeg ville være anonym, men betjenten har nævnt mit navn over for min udlejer", 1, "114", true},
		{"tr told my husband", "Polis memuru ihbarımı kocama söylemiş, gizli kalmasını istemiştim", 1, "114", true},
		{"pl told my husband", "Policjant powiedział wszystko mojemu mężowi, chociaż prosiłam o dyskrecję", 1, "114", true},
		{"ru told my husband", "Участковый рассказал моему мужу о моём заявлении, хотя я просила никому не говорить", 1, "114", true},
		// counterparts: the writer tells the husband herself; staff said the name of the street
		{"tr I told my husband", "Ben kocama anlattım, sonra birlikte polise gittik, çok yardımcı oldular", 5, "114", false},
		{"da I said my own name", "Jeg nævnte mit navn og adresse for betjenten, og han var meget venlig", 5, "114", false},
	})
}

// TestLearnDanishFirstRemark: "learn Danish first, then call" said by staff is conduct; the writer
// learning Danish is not.
func TestLearnDanishFirstRemark(t *testing.T) {
	checkFlag(t, "conduct", []flagCase{
		{"ru learn Danish first", "Оператор сказал: 'выучите датский, потом звоните'. Я здесь живу 10 лет.", 1, "114", true},
		{"uk learn Danish first", "Диспетчерка сказала мені: 'навчіться говорити данською, тоді дзвоніть'", 1, "114", true},
		{"pl learn Danish", "Dyspozytor powiedział: naucz się najpierw po duńsku, potem dzwoń", 1, "114", true},
		{"en learn Danish first", "The officer told me to learn Danish first and then call back", 1, "114", true},
		// counterparts: the writer learning Danish; thanks for patience
		{"ru I am learning Danish", "Я учу датский язык, оператор говорил медленно и всё объяснил, спасибо", 5, "114", false},
		{"en I am learning Danish", "I am learning Danish and the officer was patient with me, thank you", 5, "114", false},
	})
}

// TestRemarksOnWomenAndTheGhetto: a remark judged degrading to women, "friends from the ghetto" said by
// staff; the ghetto named as where one lives, and "improve" (forbedres) are not conduct.
func TestRemarksOnWomenAndTheGhetto(t *testing.T) {
	checkFlag(t, "conduct", []flagCase{
		{"da degrading to women", "Betjenten sagde, at kvinder jo altid overdriver. Det var dybt kvindefornedrende.", 1, "114", true},
		{"en misogynistic remark", "The call handler's comment about my report was misogynistic and degrading", 1, "114", true},
		{"da friends from the ghetto", "Betjenten spurgte, om det ikke bare var hans kammerater fra ghettoen der havde gjort det", 1, "114", true},
		// counterparts
		{"da improve the wait", "Ventetiden på 114 skal forbedres", 2, "114", false},
		{"da we live in a ghetto area", "Vi bor i et område der kaldes ghetto, og politiet kom hurtigt. Tak", 5, "114", false},
	})
}

// TestSetTwentyCategoryConcepts: "not much we can do", "we won't deal with this", a private matter (no),
// not a police matter (fa), felt not heard is the brush-off in the word orders the lists lacked; "nobody explained", "I never understood what they told me" is advice; a
// bare "112 or 114?" stays other (dev's label), and the same words of the brush-off in thanks stay praise.
func TestSetTwentyCategoryConcepts(t *testing.T) {
	checkCategories(t, []categoryCase{
		{"da ikke meget at gøre", "Min cykel blev stjålet fra gården, og betjenten sagde, at der ikke var meget at gøre.", 2, "114", nts},
		{"da ikke noget man kunne gøre noget ved", "Jeg anmeldte hærværk på bilen og fik at vide, at det ikke var noget, man kunne gøre noget ved.", 2, "114", nts},
		{"sv kan vi inte göra mycket åt", "Någon klottrar på vår port varje natt. Svaret var: det kan vi inte göra mycket åt.", 2, "114", nts},
		{"no ikke mye vi kan gjøre", "Noen stjeler post fra kassene våre, og de sa at det er ikke mye vi kan gjøre.", 2, "114", nts},
		{"ru не будем этим заниматься", "Разбили окно в машине, есть запись с камеры, а мне ответили: не будем этим заниматься.", 2, "114", nts},
		{"de keiner hat mir erklärt", "Was soll ich tun, wenn der Mann wieder vor der Schule steht? Das hat mir keiner erklärt.", 3, "114", adv},
		{"uk не зрозуміла що мені сказали", "Якщо сусід знову погрожуватиме, куди дзвонити? Я так і не зрозуміла що мені сказали.", 3, "114", adv},
		{"no privat sak", "Naboen spiller høy musikk hver natt, og de sa at det var en privat sak. Følte meg ikke hørt.", 2, "114", nts},
		{"da følte os ikke hørt", "Vi anmeldte chikane fra naboen og følte os slet ikke hørt af medarbejderen.", 2, "114", nts},
		{"fa masale police nist", "hamsaye har shab dad mizane, goftan in masale police nist.", 2, "114", nts},
		// counterparts: a bare question, thanks, felt heard
		{"not: da a bare 112 or 114", "Hvis naboen truer igen, skal jeg så ringe 112 eller 114?", 3, "114", "other"},
		{"not: da felt heard, thanks", "Tak, jeg følte mig hørt og taget alvorligt af betjenten.", 5, "114", ros},
		{"not: sv thanks, much was done", "Tack, ni gjorde mycket för oss den natten och betjänten var lugn.", 5, "114", ros},
	})
}
