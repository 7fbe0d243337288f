package classify

import "testing"

// TestProbeFourFarewellAndWandering: the two urgent misses found while writing the thanks-in-danger
// tests (session 8) — a farewell already said beside thanks, and a confused father wandering on the road
// in the dark — read by concept in every language the lists read, each beside its past, negated or
// over counterpart.
func TestProbeFourFarewellAndWandering(t *testing.T) {
	checkFlag(t, "urgent", []flagCase{
		{"en farewell said, not here tomorrow, thanks", "The man I spoke to on Tuesday was very kind, thank you. I have said goodbye to everyone and I won't be here tomorrow", 5, "114", true},
		{"en not around tomorrow after a past verb", "I called you and nobody came. I have sorted my things and I will not be around tomorrow", 1, "114", true},
		{"da har sagt farvel til alle", "Tak til damen i telefonen. Jeg har sagt farvel til alle, og jeg er her ikke i morgen", 4, "114", true},
		{"da sms har sagt farvel", "har sagt farvel til familien nu, tak for i gaar", 4, "114", true},
		{"no har sagt farvel", "Takk for hjelpen i går. Jeg har sagt farvel til alle nå", 4, "114", true},
		{"sv har sagt hejdå", "Tack för att ni lyssnade. Jag har sagt hejdå till alla och är inte här i morgon", 4, "114", true},
		{"de verabschiedet", "Danke, die Frau war nett. Ich habe mich von allen verabschiedet", 4, "114", true},
		{"pl pożegnałem się", "Dziękuję za rozmowę. Pożegnałem się ze wszystkimi", 4, "114", true},
		{"tr vedalaştım", "Teşekkürler, çok naziktiniz. Herkesle vedalaştım", 4, "114", true},
		{"ro mi-am luat rămas bun", "Mulțumesc pentru ajutor. Mi-am luat rămas bun de la toți", 4, "114", true},
		{"ar ودعت الكل", "شكرا على المكالمة. ودعت الكل", 4, "114", true},
		{"ar arabizi wadda3t", "shukran 3al mukalme, wadda3t el kol", 4, "114", true},
		{"fa خداحافظی کردم", "ممنون از شما. با همه خداحافظی کردم", 4, "114", true},
		{"uk попрощався", "Дякую за розмову. Я попрощався з усіма", 4, "114", true},
		{"ru попрощался", "Спасибо за разговор. Я попрощался со всеми", 4, "114", true},
		{"da confused father on the road in the dark, thanks", "Tak for sidst, I var søde. Min far er helt forvirret igen og går rundt ude på vejen i mørket", 4, "114", true},
		{"da sms forvirret", "min mor er dement og gaar rundt ude paa vejen nu i morket", 3, "114", true},
		{"en confused and wandering", "Thanks for last time. Dad is confused again and wandering around outside on the road in the dark", 4, "114", true},
		{"no forvirret", "Faren min er forvirret og går rundt ute på veien i mørket", 3, "114", true},
		{"sv förvirrad", "Pappa är förvirrad och går runt ute på vägen i mörkret", 3, "114", true},
		{"de verwirrt", "Mein Vater ist verwirrt und läuft draußen auf der Straße herum, es ist dunkel", 3, "114", true},
		{"pl zdezorientowany", "Tata jest zdezorientowany i chodzi po ulicy po ciemku", 3, "114", true},
		{"tr kafası karışık", "Babamın kafası karışık, karanlıkta yolda dolaşıyor", 3, "114", true},
		{"ro confuz", "Tatăl meu e confuz și umblă pe stradă în întuneric", 3, "114", true},
		{"so jahwareersan", "Aabahay waa jahwareersan yahay, wuxuu ku socdaa wadada mugdiga", 3, "114", true},
		{"ar خرفان", "ابوي خرفان وعم يمشي بالشارع بالعتمة", 3, "114", true},
		{"ar arabizi tayeh", "baba tayeh w 3am yemshi bel share3 bel 3atme", 3, "114", true},
		{"fa گیج", "پدرم گیجه و تو تاریکی توی خیابون راه میره", 3, "114", true},
		{"uk розгублений", "Тато розгублений і блукає по дорозі в темряві", 3, "114", true},
		{"ru растерянный", "Папа растерянный и бродит по дороге в темноте", 3, "114", true},
		// counterparts: past, negated, over
		{"en had said goodbye, past", "I had said goodbye to everyone at the party before the fight started, and the police took an hour", 2, "112", false},
		{"en not said goodbye", "I haven't said goodbye to anyone, I was only asking about my case", 3, "114", false},
		{"da havde sagt farvel", "Jeg havde sagt farvel til alle til festen, da det skete. Der gik en time før nogen kom", 2, "112", false},
		{"da wandered last winter, found", "Sidste vinter gik min far rundt forvirret på vejen, men I fandt ham hurtigt. Tak", 5, "114", false},
		{"en was wandering, found", "My mum was confused and wandering on the road last week, the officers found her. Thank you", 5, "114", false},
		{"de war verwirrt, gefunden", "Mein Vater war verwirrt und ist letzte Woche herumgeirrt, die Polizei hat ihn gefunden. Danke", 5, "114", false},
		{"da forvirret over svaret", "Jeg går rundt og er forvirret over det svar jeg fik i telefonen", 2, "114", false},
	})
}

// TestProbeFourConcepts: the fourth probe's misses and false alarms (probe_urgent_conduct4.jsonl,
// measured before these), read by concept in every language the lists read: someone gone under the
// water who has not come up; being followed by "us" and someone behind the house; and, not urgent,
// drowning in paperwork, "next time he threatens you", years ago or last summer, separated and safe,
// living in a care home, "mår bra".
func TestProbeFourConcepts(t *testing.T) {
	checkFlag(t, "urgent", []flagCase{
		{"de not come up", "Ich hing 25 Minuten in der Warteschleife. Mein Freund ist im See untergegangen und nicht wieder hochgekommen", 1, "112", true},
		{"da not come up", "Min søn gik under i søen og er ikke kommet op igen", 1, "112", true},
		{"en not come back up", "My friend went under at the lake and hasn't come back up", 1, "112", true},
		{"sv not come up", "Han gick under i sjön och har inte kommit upp igen", 1, "112", true},
		{"no not come up", "Han gikk under i vannet og kom ikke opp igjen", 1, "112", true},
		{"pl not surfaced", "Kolega poszedł pod wodę w jeziorze i nie wypłynął", 1, "112", true},
		{"ru not surfaced", "Друг ушёл под воду и не всплыл", 1, "112", true},
		{"uk not surfaced", "Друг пішов під воду і не виринув", 1, "112", true},
		{"fa under the water", "دوستم رفت زیر آب و بالا نیومد", 1, "112", true},
		{"ar dived and not out", "صاحبي غطس وما طلع", 1, "112", true},
		{"tr under the water", "Arkadaşım suyun altına gitti ve çıkmadı", 1, "112", true},
		{"ro not surfaced", "Prietenul meu a sărit în lac și nu a mai ieșit la suprafață", 1, "112", true},
		{"ar arabizi following us, behind the house", "fi wa7ad 3am ylle7e2na bel siyara men wa2et ma tele3na men el mall, w hala2 wa2ef wara bayetna", 2, "114", true},
		{"ar following us", "في سيارة عم يلحقنا من ساعة وما عم نعرف شو نعمل", 2, "114", true},
		{"tr following us", "Bir araba arkamızdan geliyor, çok korkuyoruz", 2, "114", true},
		{"fa following us", "یه ماشین دنبالمون میاد و خیلی میترسیم", 2, "114", true},
		{"de behind the house", "Ein fremder Mann steht hinter unserem Haus und schaut in die Fenster", 2, "114", true},
		{"ru behind the house", "Какой-то мужчина стоит за домом и смотрит в окна", 2, "114", true},
		// counterparts: a figure of speech, told of, long ago, over
		{"da drowning in paperwork", "Jeg drukner i papirarbejde efter jeres sagsbehandling, og ingen svarer på mine mails.", 2, "114", false},
		{"en drowning in paperwork", "I'm drowning in paperwork because nobody answered my complaint", 2, "114", false},
		{"sv drowning in paperwork", "Jag drunknar i pappersarbete och ingen svarar på mina mejl", 2, "114", false},
		{"de drowning in paperwork", "Ich ertrinke in Papierkram und keiner antwortet mir", 2, "114", false},
		{"ru drowning in paperwork", "Я тону в бумагах, а мне никто не отвечает", 2, "114", false},
		{"en next time he threatens you", "The officer said 'next time he threatens you, call us straight away'. He hasn't been back since.", 4, "114", false},
		{"da næste gang han truer dig", "Betjenten sagde: næste gang han truer dig, så ring med det samme. Han har ikke været her siden", 4, "114", false},
		{"de years ago", "Vor zwei Jahren hat mich mein Nachbar mit einem Messer bedroht. Ich habe immer noch keine Antwort auf meine Anzeige.", 2, "114", false},
		{"pl years ago", "Dwa lata temu sąsiad groził mi nożem. Do dziś nie mam odpowiedzi.", 2, "114", false},
		{"ru years ago", "Два года назад сосед угрожал мне ножом. Ответа так и нет.", 2, "114", false},
		{"fa separated and safe", "سال پیش شوهرم منو کتک میزد ولی الان جدا شدیم و امنم. فقط میخواستم از پلیس تشکر کنم", 5, "114", false},
		{"de care home", "Mein Vater ist dement, lebt aber jetzt gut betreut im Pflegeheim. Ich wollte nur fragen, ob meine Anzeige noch bearbeitet wird.", 3, "114", false},
		{"sv stroke last summer, fine", "Min pappa fick en stroke i somras. Ambulansen kom snabbt och han mår bra nu. Tack!", 5, "112", false},
	})
}

// TestProbeFourFarewellAndWanderingLookAlikes: the two concepts of TestProbeFourFarewellAndWandering in
// texts that are not danger — a farewell for a move, "i går" (yesterday, folded like "går", walks)
// before a past walk, a person with dementia found and thanked for.
func TestProbeFourFarewellAndWanderingLookAlikes(t *testing.T) {
	checkFlag(t, "urgent", []flagCase{
		{"en goodbye for a move", "I have said goodbye to everyone at work since I'm moving to Aarhus, thanks for the help with the permit", 5, "114", false},
		{"da farvel før flytning", "Jeg har sagt farvel til alle i opgangen, fordi vi flytter til Odense. Tak for hjælpen med sagen", 5, "114", false},
		{"da found yesterday, walked", "Min mor med demens blev fundet i går, hun gik rundt på vejen i mørket. Tak til betjentene", 5, "114", false},
		{"en found wandering last night", "My grandad with dementia was found wandering on the road last night, thank you to the officers", 5, "114", false},
		{"tr farewell for a move", "Herkesle vedalaştım çünkü Ankara'ya taşınıyoruz. Yardımınız için teşekkürler", 5, "114", false},
		{"de farewell for a move", "Ich habe mich von allen verabschiedet, weil wir nach Berlin umziehen. Danke für die Hilfe", 5, "114", false},
		{"pl farewell for a move", "Pożegnałem się ze wszystkimi, bo przeprowadzamy się do Krakowa. Dziękuję za pomoc", 5, "114", false},
		{"ru farewell for a move", "Я попрощался со всеми, потому что мы переезжаем в Москву. Спасибо за помощь", 5, "114", false},
		{"en wandering now", "My dad with dementia is wandering on the road in the dark right now", 1, "112", true},
		{"da går rundt ude nu", "min mor er dement og går rundt ude et sted, vi kan ikke finde hende", 2, "114", true},
	})
}

// TestProbeFourSecondLook: a second look after the probe's fixes — a picture of pills sent, and stuck in
// the car after a crash — in every language, beside counterparts.
func TestProbeFourSecondLook(t *testing.T) {
	checkFlag(t, "urgent", []flagCase{
		{"da picture of pills", "Jeg fik ikke noget svar. Min datter på 16 har sendt et billede af et glas piller og skrevet undskyld mor", 2, "114", true},
		{"en photo of pills", "No answer on 114. My brother just sent me a photo of a pile of pills and his door is locked", 2, "114", true},
		{"de Foto von Tabletten", "Keiner ging ran. Meine Tochter hat mir ein Foto von Tabletten geschickt und antwortet nicht", 2, "114", true},
		{"pl zdjęcie tabletek", "Nikt nie odbierał. Syn wysłał mi zdjęcie tabletek i nie odpowiada", 2, "114", true},
		{"ru фото таблеток", "Никто не отвечал. Дочь прислала фото таблеток и не отвечает", 2, "114", true},
		{"no stuck in the car", "Ingen tok telefonen. Naboen har kjørt inn i et tre og sitter fast i bilen, den ryker", 1, "112", true},
		{"sv stuck in the car", "Ingen svarade. En man har kört in i ett träd och sitter fast i bilen", 1, "112", true},
		{"en stuck in the car", "Nobody answered. A woman hit a lamp post and is stuck in the car, it is smoking", 1, "112", true},
		{"de eingeklemmt", "Niemand ging ran. Ein Fahrer ist nach dem Unfall eingeklemmt und stöhnt", 1, "112", true},
		{"pl uwięziony", "Nikt nie odbierał. Kierowca jest uwięziony w samochodzie po wypadku", 1, "112", true},
		{"ru зажат", "Никто не отвечал. Водитель зажат в машине после аварии", 1, "112", true},
		// counterparts
		{"da picture of pills, past and fine", "Sidste år sendte min søn et billede af piller, men han fik hjælp og har det godt nu. Tak", 5, "114", false},
		{"en stuck in the queue", "I was stuck in the queue for 40 minutes before anyone answered", 2, "114", false},
		{"da stuck in the car last year, fine", "Sidste vinter sad min mand fast i bilen efter en ulykke, brandvæsenet fik ham ud. Tak", 5, "112", false},
	})
}
