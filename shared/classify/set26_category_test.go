package classify

import "testing"

// TestSetTwentySixCategoryConcepts pins set 28's category concepts (testdata/blind_multilingual26.jsonl,
// session 12, cls-26k; foreign_set26_category.go and lexicon.go's "set 28" block), each in several
// languages with the look-alike that must not flip beside it.
func TestSetTwentySixCategoryConcepts(t *testing.T) {
	checkCategories(t, []categoryCase{
		// a call back or contact promised and not kept is follow-up; a call back that came is thanks
		{"de call back promised", "Sie wollten mich zurückrufen, das war vor drei Wochen.", 2, "114", fu},
		{"pl call back promised", "Mieli oddzwonić w ciągu tygodnia. Minął miesiąc.", 2, "114", fu},
		{"sv call back promised", "Ni skulle ringa tillbaka samma dag, har inte hört nåt sedan dess.", 2, "114", fu},
		{"fa contact promised", "دو هفته پیش گفتن باهاتون تماس میگیریم. هیچ خبری نشد.", 2, "114", fu},
		{"ar nobody in touch (Egyptian)", "3amalt bala3 3an el 3agala w ma7adesh etasal beya men sa3etha", 2, "114", fu},
		{"ru call back promised", "Обещали перезвонить через день, прошло две недели", 2, "114", fu},
		{"not: de called back, thanks", "Sie haben mich gleich zurückgerufen, vielen Dank!", 5, "114", ros},
		{"not: pl called back, thanks", "Oddzwonili po godzinie i wszystko wyjaśnili, dziękuję", 5, "114", ros},
		{"not: fa contacted, thanks", "خودشون زود تماس گرفتن، ممنون", 5, "114", ros},

		// help that came only late is the wait; the writer's own "only then" and a late SMS are not
		{"de police came only next morning", "Die Polizei kam erst am nächsten Morgen.", 2, "114", rt},
		{"pl came only next day", "Policjanci przyjechali dopiero następnego dnia.", 2, "114", rt},
		{"en police only came next afternoon", "The police only came the next afternoon.", 2, "114", rt},
		{"ru came only after three hours", "Полиция приехала только через три часа", 2, "114", rt},
		{"not: de the writer came to it only later", "Ich kam erst abends dazu, anzurufen. Die Dame war freundlich.", 3, "114", ros},
		{"not: pl an SMS came late, the form fails", "SMS z linkiem przyszedł dopiero po dwóch dniach, a formularz się nie ładuje", 2, "114", tech},
		{"not: en the writer only came home", "I only came home the next day and the door was open, so I called 114.", 3, "114", feedback_other},

		// told a car was coming, then the time gone: the wait; the car that came quickly is thanks
		{"da told a car was coming, 40 min", "fik at vide der kom en vogn. det er 40 min siden", 2, "112", rt},
		{"not: da the car came in five minutes", "fik at vide der kom en vogn, og den kom efter fem minutter. tusind tak", 5, "112", ros},
		{"not: en the car came in five minutes", "They said a car was coming and it was there in five minutes, thank you", 5, "112", ros},

		// "we can't do anything until something happens" is the brush-off; the writer's own "nothing has
		// happened yet" is not
		{"uk can't act until something happens", "Сказали, поки нічого не сталося, ми не можемо нічого зробити.", 2, "114", nts},
		{"ar we can't do anything", "قالوا ما فينا نعمل شي", 2, "114", nts},
		{"de only when something happens", "Man sagte mir, erst wenn etwas passiert, kommen sie.", 2, "114", nts},
		{"not: ru the writer's own 'nothing yet'", "Пока ничего не случилось, просто хочу знать заранее, что делать если он придёт", 2, "114", feedback_other},

		// nobody looked at the footage: the brush-off; footage looked at is no complaint
		{"da nobody would look at the recordings", "Ingen har villet se optagelserne fra vores kamera.", 2, "114", nts},
		{"en never looked at the CCTV", "They never even looked at the CCTV footage I sent.", 2, "114", nts},
		{"pl nobody watched the recording", "Nikt nie obejrzał nagrania z monitoringu.", 2, "114", nts},
		{"not: da looked at the recordings, thanks", "Betjenten så optagelserne med det samme og fandt ham. Tak.", 5, "114", ros},
		{"not: en looked at the footage, great work", "The officer looked at the footage straight away, great work", 5, "114", ros},

		// a call that keeps dropping (present), or dropped while waiting: technical
		{"uk call drops (Latin)", "Dzvinok na 112 obryvayetsya vzhe vdruhe", 2, "112", tech},
		{"ru call drops", "Звонок обрывается каждый раз", 2, "114", tech},
		{"so dropped while waiting", "Wicitaanku wuu go'ay intii aan sugayay", 2, "114", tech},
		{"not: ru waited over an hour", "Звонок не обрывался, но я ждала больше часа", 2, "114", rt},

		// at least in English, understood only half: a language barrier; writing in English by choice is not
		{"ro at least in English", "Nu se putea vorbi măcar în engleză? Nu am înțeles mare lucru.", 2, "114", acc},
		{"pl at least in English", "Czy nie można było przynajmniej po angielsku?", 2, "114", acc},
		{"en understood only half", "I only understood half of what she said.", 2, "114", acc},
		{"not: ro wrote in English, thanks", "Am scris în engleză pentru că e mai ușor, mulțumesc pentru ajutor", 5, "114", ros},
		{"not: en understood everything", "I understood everything she said, thank you", 5, "114", ros},

		// an expired link is technical; an expired passport is not
		{"en link expired", "The link had already expired.", 2, "114", tech},
		{"not: en passport expired", "My passport had expired, where do I renew it?", 2, "114", feedback_other},

		// nobody answering the door is no unanswered call; nobody answering the phone is
		{"en line cut out, nobody at the door", "Line kept cutting out. Nobody answers when I knock on her door.", 2, "112", tech},
		{"not: en nobody answers the phone", "I rang 114 three times and nobody answers", 2, "114", rt},

		// told where to report or whom to contact ("sku"): advice; told to call again if he comes back is the brush-off
		{"da told where to report (sku)", "fik at vide jeg sku anmelde det paa politi.dk men det kan man ikke", 2, "114", adv},
		{"not: da told to call again if", "fik at vide jeg sku ringe igen hvis han kom tilbage", 2, "114", nts},

		// the other officer said something else: advice; the other officer being kind is not
		{"tr the other said", "Bir memur karakola git dedi, diğeri direkt otoparka git dedi.", 2, "114", adv},
		{"de the other said", "Der eine sagte, ich soll zur Wache, der andere sagte, ich soll anrufen.", 2, "114", adv},
		{"not: da the other said it was fine, thanks", "Den ene betjent var lidt kort, men den anden sagde at det var helt fint at ringe. Tak.", 4, "114", ros},

		// several calls to find out: being sent around; one call to find out, answered, is thanks
		{"no four calls to find out", "Fire samtaler for å finne ut hvordan man melder svindel.", 2, "114", adv},
		{"en four calls to find out", "Four calls to find out where to report it.", 2, "114", adv},
		{"not: da one call, answered at once", "Et opkald for at finde ud af om han var anholdt, og de svarede med det samme, tak", 5, "114", ros},

		// asking whether that was the right advice: advice; "that was the right advice, thanks" is praise
		{"en was that the right advice", "Was that really the right advice??", 2, "114", adv},
		{"not: en it was the right advice", "That was the right advice, thank you", 5, "114", ros},

		// noise the writer reports is no bad line
		{"en noise at 3am", "is 114 even the right number for noise at 3am", 3, "114", feedback_other},
		{"not: en noise on the line", "There was so much noise on the line I couldn't hear her", 2, "114", tech},

		// a matter for another body, a civil problem: the brush-off; the landlord telling the writer to
		// call the police is not
		{"sv a matter for the landlord", "Jag fick höra att det är en sak för hyresvärden.", 2, "114", nts},
		{"de a matter for the landlord", "Man sagte, das sei eine Sache für den Vermieter.", 2, "114", nts},
		{"ar a civil problem, not police", "2alouli hay moshkle madaniyye, mish shorta", 2, "114", nts},
		{"not: sv the landlord said call the police", "Hyresvärden sa att jag skulle ringa polisen, och polisen kom.", 3, "114", feedback_other},

		// not knowing where else to call is a plea; being sent elsewhere is advice
		{"so didn't know where else to call", "Kaliya ma rabo inaan sii noolaado, caawa ayaan is dilayaa. 114 ayaan wacay sababtoo ah ma garanayn meel kale oo aan waco.", 2, "114", feedback_other},
		{"not: so sent elsewhere", "Meel kale ayaa la ii diray, kadibna meel kale.", 2, "114", adv},

		// told to contact the council or call the doctor: advice; the doctor saying call 112 is not
		{"so contact the kommune", "114 waxay igu yiraahdeen kommune-ka la xiriir. Taasi ma sax baa?", 2, "114", adv},
		{"fa call the family doctor", "گفتن فردا به دکتر خانوادگیت زنگ بزن", 2, "114", adv},
		{"not: fa the doctor said call 112", "دکتر گفت به ۱۱۲ زنگ بزن، ممنون از پلیس", 3, "114", ros},
	})
}
