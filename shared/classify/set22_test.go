package classify

import "testing"

// The twenty-second blind set's concepts (session 11's first round, cls-20u, urgent recall and precision
// and conduct by concept; a tuning set since its blind measure): one table per concept, in the languages
// the lists read, with counterparts that must keep their verdict. Every sentence is written for the test,
// none is the set's.

// TestSetTwentyTwoUrgentConcepts: a child gone now with an "ago" that only dates it, the writer still
// unable to find them, pills lying in front of the writer, doubt of being around to take a call, a
// farewell said to a close one, stones thrown now, the Somali "we will kill you", a carbon-monoxide alarm
// going off with a sign of poisoning, and someone still inside after it (a kind word for the operator
// after it then does not end it).
func TestSetTwentyTwoUrgentConcepts(t *testing.T) {
	checkFlag(t, "urgent", []flagCase{
		{"da sms child gone, an ago", "vores søn paa 4 er vaek fra butikken for 20 min siden, vi har ledt alle steder", 3, "114", true},
		{"en still cannot find her", "Our daughter ran off in the shopping centre an hour ago and we still can't find her. The staff were nice", 3, "114", true},
		{"da still cannot find her", "Hun gik fra legepladsen for en time siden og vi kan stadig ikke finde hende. Betjenten var sød", 3, "114", true},
		{"en pills in front of me", "Thanks for listening. I have the tablets lying in front of me", 3, "114", true},
		{"en not around", "thanks anyway, I don't think I'll be around much longer", 3, "114", true},
		{"en said goodbye to the kids", "I have said goodbye to my kids. Thanks for your time", 3, "114", true},
		{"pl farewell to the son", "Pożegnałem się już z synem. Dziękuję za rozmowę", 3, "114", true},
		{"de farewell to the children", "Ich habe mich von meinen Kindern verabschiedet. Danke trotzdem", 3, "114", true},
		{"ru farewell to the wife", "Я попрощался с женой, больше не могу", 2, "114", true},
		{"so stones now", "Dhallinyaro ayaa dhagax ku tuurayaan gurigayga", 1, "112", true},
		{"de stones now", "Jugendliche werfen Steine auf unsere Fenster, bitte kommen", 1, "112", true},
		{"so we will kill you", "Nin ayaa igu yiri waan ku dilaynaa haddii aad baxdo", 1, "114", true},
		{"pl alarm, head aches", "Czujnik czadu piszczy, a mąż mówi, że boli go głowa", 2, "114", true},
		{"ru someone still inside", "Сработал датчик угарного газа, у дочки тошнит, мы вышли, но в квартире остался дедушка. Спасибо оператору", 3, "112", true},
		// counterparts: found again, a farewell for a move, stones thrown last year, the alarm tested
		{"da child found again", "Vores søn var væk i en time i går, men han blev fundet. Tak for hjælpen", 5, "114", false},
		{"pl farewell before a move", "Pożegnałem się z córką, bo wyjeżdżam do pracy do Niemiec. Mam pytanie o zaświadczenie", 4, "114", false},
		{"de stones last year", "Letztes Jahr haben Jugendliche Steine geworfen, die Polizei kam nie", 2, "114", false},
		{"ru alarm tested, fine", "Датчик угарного газа проверили, всё в порядке, спасибо", 5, "114", false},
	})
}
