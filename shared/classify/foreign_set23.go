package classify

// Urgent recall and precision from the twenty-third blind set (session 11's third round, cls-22u, issue
// 11; a tuning set since its blind measure, recorded in doc_intro.md): the concepts its misses and false
// alarms told that no list had, written for the languages that tell them alike, never as one text's
// words; pinned with their counterparts in set23_test.go. The Danish and English side is in lexicon.go;
// the farewell ("this is my last message", "tell mum I love her") is in the self-harm family's own
// lists (foreign_recall.go, foreign_family_selfharm_missing.go).

var setTwentyThreeConcepts = []foreignConcept{
	// no one came to harm; it was all over already by then; the weapon was a toy (over)
	{"over", langCues{
		langNO: {"=ingen =kom =til =skade", "=var =allerede =over", "lekepistol", "lekevapen"},
		langSV: {"=ingen =kom =till =skada", "=var =redan =over", "leksakspistol", "leksaksvapen"},
		langDE: {"=niemand =kam =zu =schaden", "=war =schon =vorbei", "spielzeugpistole", "spielzeugwaffe"},
		langPL: {"=nikt =nie =ucierpial", "=bylo =juz =po =wszystkim", "=pistolet|=bron =zabawka|=zabawkowy|=zabawkowa"},
		langTR: {"=kimse =zarar =gormedi", "=oyuncak =tabanca|=silah"},
		langRO: {"=nimeni =nu =a =fost =ranit", "=era =deja =gata", "=pistol|=arma =de =jucarie"},
	}},
	// staff's remark when they heard the writer's accent, and a remark judged as quite out of place
	// (conduct)
	{"conduct", langCues{
		langNO: {"=da =han|=hun =horte =aksenten =min", "=helt =upassende"},
		langSV: {"=nar =han|=hon =horde =min =brytning|=accent", "=helt =olampligt|=opassande"},
		langDE: {"=als =er|=sie =meinen =akzent =horte", "=vollig|=total|=absolut =unangebracht"},
		langPL: {"=gdy|=kiedy =uslyszal|=uslyszala =moj =akcent", "=zupelnie|=calkowicie =nie =na =miejscu"},
		langTR: {"=aksanimi =duyunca|=duyarak"},
		langRO: {"=cand =a =auzit =accentul =meu", "=total|=complet =nepotrivit|=deplasat"},
	}},
	// a year, a month ago in Somali (the past; "sano ka hor", years, was there)
	{"past", langCues{langSO: {"=sanad|=sannad|=bil =ka =hor"}}},
}
