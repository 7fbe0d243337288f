package classify

import "testing"

// The ninth blind set's mechanisms (session 7): one table per concept, in several languages, with
// counterparts (past, over, negated, another sense of the word) that must stay as they are. Every
// sentence is written for the test, none is the set's.

// TestHidingNow: the writer locked in a room or hiding from someone in the home now is danger in every
// language; told as yesterday's, or as a locked door to a shop, it is not.
func TestHidingNow(t *testing.T) {
	checkFlag(t, "urgent", []flagCase{
		{"pl locked in the bathroom", "Zamknęłam się w łazience, on krzyczy za drzwiami", 3, "114", true},
		{"pl hiding with the children", "Chowamy się z dziećmi w sypialni, on jest pijany", 4, "114", true},
		{"de locked in", "Ich habe mich mit den Kindern im Bad eingeschlossen, er tobt", 4, "114", true},
		{"sv locked in", "Jag har låst in mig på toaletten med barnen", 4, "114", true},
		{"no locked in", "Jeg har låst meg inne på badet med ungene", 4, "114", true},
		{"tr locked in", "Çocuklarla banyoya kilitlendik, kapıyı yumrukluyor", 4, "114", true},
		{"ro locked in", "M-am încuiat în baie cu copiii, el urlă", 4, "114", true},
		{"so locked in", "Musqusha ayaan isku xiray anigoo carruurta wata", 4, "114", true},
		{"ar locked in", "قفلت على حالي بالحمام مع الولاد", 4, "114", true},
		{"ar Latin locked in", "sakkart 3ala 7ali bel 7ammam ma3 el wlad", 4, "114", true},
		{"fa hiding", "با بچه ها قایم شدیم تو اتاق", 4, "114", true},
		{"uk locked in", "Я зачинилася у ванній з дітьми", 4, "114", true},
		{"ru locked in", "Я заперлась в ванной с детьми, он орёт", 4, "114", true},
		{"ru Latin hiding", "my pryachemsya v spalne, on p'yanyy", 4, "114", true},
		// counterparts: told of yesterday, or over
		{"pl yesterday", "Wczoraj zamknęłam się w łazience, policja przyjechała po godzinie", 2, "114", false},
		{"de over, he is gone", "Ich hatte mich im Bad eingeschlossen, jetzt ist er weg und alles ist gut", 3, "114", false},
		{"ru last week", "На прошлой неделе я заперлась в ванной, никто не перезвонил", 2, "114", false},
	})
}

// TestThrowingThingsNow: someone throwing things in the home now is violence going on; told of last
// week, or of stones thrown at a window in the past, it is not.
func TestThrowingThingsNow(t *testing.T) {
	checkFlag(t, "urgent", []flagCase{
		{"pl throws things", "Mąż rzuca rzeczami po mieszkaniu, dzieci płaczą", 3, "114", true},
		{"de throws things", "Mein Mann wirft mit Geschirr und schreit", 3, "114", true},
		{"sv throws things", "Han kastar saker omkring sig och skriker", 3, "114", true},
		{"tr throws things", "Kocam eşyaları fırlatıyor, çocuklar ağlıyor", 3, "114", true},
		{"ro throws things", "Soțul aruncă cu obiecte prin casă", 3, "114", true},
		{"ru throws things", "Муж кидается вещами, дети плачут", 3, "114", true},
		{"uk throws things", "Чоловік кидає речі, діти плачуть", 3, "114", true},
		{"ar throws things", "جوزي عم يرمي الاغراض والولاد عم يبكوا", 3, "114", true},
		// counterparts
		{"pl last week", "W zeszłym tygodniu mąż rzucał rzeczami, teraz jest spokój", 3, "114", false},
		{"so stones thrown, past", "Dhalinyaro ayaa dhagxaan ku tuuray daaqadda shalay, booliskuna waxba ma qaban", 2, "114", false},
	})
}

// TestSendSomeoneNow: "send someone / the police / an ambulance" in the imperative is a call for help;
// told as a promise ("they said they'd send someone tomorrow") it is not.
func TestSendSomeoneNow(t *testing.T) {
	checkFlag(t, "urgent", []flagCase{
		{"pl send someone", "Proszę przyślijcie kogoś, on znowu krzyczy", 3, "114", true},
		{"de send someone", "Schicken Sie jemanden, er tobt", 3, "114", true},
		{"sv send police", "Skicka polis, han skriker", 3, "114", true},
		{"ro send someone", "Trimiteți pe cineva, vă rog", 3, "114", true},
		{"ru send someone", "Пришлите кого-нибудь, пожалуйста", 3, "114", true},
		{"uk send police", "Надішліть поліцію, будь ласка", 3, "114", true},
		{"ar send someone", "ابعتوا حدا بسرعة", 3, "114", true},
		{"fa send police", "لطفا پلیس بفرستید", 3, "114", true},
		{"so send someone", "Fadlan soo dira qof", 3, "114", true},
		// counterparts: a promise told afterwards
		{"pl promised to send", "Obiecali, że przyślą kogoś jutro, nikt nie przyszedł", 2, "114", false},
		{"de promised to send", "Man sagte mir, man würde jemanden schicken, aber es kam niemand", 2, "114", false},
		{"ru promised to send", "Сказали, что пришлют кого-то завтра, но никто не пришёл", 2, "114", false},
	})
}

// TestCutAndBleedingNow: self-harm by cutting, and bleeding that will not stop, are danger now in every
// language; a finger cut last week, or bleeding that stopped, are not.
func TestCutAndBleedingNow(t *testing.T) {
	checkFlag(t, "urgent", []flagCase{
		{"ru cut veins", "Брат порезал себе вены, мы не знаем что делать", 3, "114", true},
		{"ru blood won't stop", "Кровь не останавливается, скорая не едет", 4, "114", true},
		{"uk cut veins", "Сестра порізала собі вени", 3, "114", true},
		{"uk blood won't stop", "Кров не зупиняється, допоможіть", 4, "114", true},
		{"pl cut wrists", "Syn podciął sobie żyły, krew nie przestaje lecieć", 3, "114", true},
		{"de wrists", "Meine Tochter hat sich die Pulsadern aufgeschnitten", 3, "114", true},
		{"de bleeding won't stop", "Die Blutung hört nicht auf, wir drücken ein Handtuch drauf", 4, "114", true},
		{"tr wrists", "Kardeşim bileklerini kesti, kan durmuyor", 3, "114", true},
		{"ro veins", "Fratele meu și-a tăiat venele", 3, "114", true},
		{"ro blood won't stop", "Sângele nu se oprește, ajutor", 4, "114", true},
		{"sv wrists", "Min son har skurit sig i handlederna, blödningen slutar inte", 3, "114", true},
		{"no wrists", "Datteren min har kuttet seg i armene, blødningen stopper ikke", 3, "114", true},
		{"ar veins", "اخي قطع شرايينه والدم ما عم يوقف", 3, "114", true},
		{"fa veins", "برادرم رگشو زده، خون بند نمیاد", 3, "114", true},
		{"so bleeding won't stop", "Walaalkay gacmaha ayuu iska jaray, dhiiggu ma joogsanayo", 3, "114", true},
		// counterparts: over, or a small past cut
		{"ru last year, fine now", "В прошлом году сын порезал себе вены, сейчас всё хорошо. Спасибо", 5, "114", false},
		{"de bleeding stopped, in hospital", "Er hatte sich geschnitten, die Blutung wurde gestoppt und er ist jetzt im Krankenhaus und es geht ihm besser", 4, "114", false},
	})
}

// TestSomeoneElseWantsToDie: a relative who does not want to live or wants to die, told now, is danger in
// every language; wanting to live elsewhere, or a past that is over, is not.
func TestSomeoneElseWantsToDie(t *testing.T) {
	checkFlag(t, "urgent", []flagCase{
		{"ru daughter does not want to live", "Дочь написала, что не хочет жить, и не отвечает", 4, "114", true},
		{"uk son does not want to live", "Син написав, що не хоче жити", 4, "114", true},
		{"ro mother does not want to live", "Mama mea spune că nu mai vrea să trăiască", 4, "114", true},
		{"ar brother does not want to live", "اخي بعتلي انه ما بدو يعيش", 4, "114", true},
		{"ar Latin sister wants to die", "o5ti 2aletli badda tmoot", 4, "114", true},
		{"fa son does not want to live", "پسرم گفت نمیخواد زندگی کنه", 4, "114", true},
		{"so father does not want to live", "Aabbahay wuxuu yiri ma rabo inuu noolaado", 4, "114", true},
		{"de wants to die", "Mein Bruder schreibt, er will sterben", 4, "114", true},
		{"tr wants to die", "Kızım ölmek istiyor diye yazdı", 4, "114", true},
		// counterparts: a complaint, or over
		{"ru fine now", "Год назад дочь не хотела жить, сейчас всё хорошо, спасибо", 5, "114", false},
		{"ro wants to live elsewhere", "Fiul meu vrea să se mute, nu i-a plăcut cum a vorbit polițistul", 2, "114", false},
	})
}

// TestBreakingInNow: trying to break the door open or to get in, told now, in every language; told of a
// past night, or of a locksmith, it is not.
func TestBreakingInNow(t *testing.T) {
	checkFlag(t, "urgent", []flagCase{
		{"no trying to break open the door now", "Noen prøver å bryte opp døra akkurat nå og jeg er alene", 3, "112", true},
		{"no trying to get in", "En mann prøver å komme seg inn gjennom vinduet", 3, "114", true},
		{"sv trying to break open", "Någon försöker bryta upp dörren just nu", 3, "114", true},
		{"de trying to break open", "Jemand versucht gerade, die Tür aufzubrechen", 3, "114", true},
		{"pl trying to break in", "Ktoś próbuje wyważyć drzwi, jestem sama", 3, "114", true},
		{"tr trying to get in", "Biri içeri girmeye çalışıyor, yalnızım", 3, "114", true},
		{"ru trying to break the door", "Кто-то пытается выломать дверь, я одна", 3, "114", true},
		{"uk trying to break the door", "Хтось намагається вибити двері", 3, "114", true},
		{"ar trying to break the door", "في حدا عم يحاول يكسر الباب", 3, "114", true},
		// counterparts: the past, over
		{"no last week, arrested", "Forrige uke prøvde noen å bryte opp døra, han ble arrestert. Takk", 5, "114", false},
		{"de last night, gone", "Letzte Nacht hat jemand versucht, die Tür aufzubrechen, jetzt ist er weg", 3, "114", false},
	})
}
