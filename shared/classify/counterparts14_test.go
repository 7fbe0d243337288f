package classify

import "testing"

// TestCounterpartsFourteenThingsAtTheDoor: rubbish left at the door and a car parked before the garage
// are errands about things (thingsField), so the foreign urgent model does not add urgent over them,
// whichever order the words come in. Their counterparts: a person at the door, the rubbish set on fire,
// a car blocking the garage with a threat — the lists still read the danger.
func TestCounterpartsFourteenThingsAtTheDoor(t *testing.T) {
	checkFlag(t, "urgent", []flagCase{
		{"pl rubbish at the door again", "Śmieci sąsiada już znowu stoją pod moimi drzwiami. Zgłaszałam dwa tygodnie temu i cisza.", 2, "114", false},
		{"uk rubbish by the door a week", "Smittia vid remontu stoit bilia nashykh dverei vzhe tyzhden. Tse kudy skarzhytys?", 2, "114", false},
		{"ro a car before the garage, garage last", "Astăzi iar o mașină parcată în fața garajului meu. A treia oară luna asta și nu vine nimeni", 2, "114", false},
		{"uk the garage blocked, garage last", "Sohodni vranci znovu zablokuvaly mii harazh, vzhe vtretie za misiats. Na 114 skazaly zvertatys do parkuvalnoi kompanii, nu ok", 2, "114", false},
		// counterparts
		{"pl a man at the door now", "Sąsiad stoi pod moimi drzwiami i wali w nie, krzyczy że mnie zabije, proszę szybko", 1, "112", true},
		{"uk the rubbish set on fire now", "Khtos pidpalyv smittia bilia nashykh dverei, dym u pid'izdi, ne mozhemo vyity, dopomozhit", 1, "112", true},
		{"ro a car before the garage and a threat", "Fostul meu a parcat mașina în fața garajului și stă acolo cu un cuțit, zice că mă omoară. Vă rog veniți acum", 1, "112", true},
		{"ru garage blocked and he waits with a knife", "Бывший муж заблокировал гараж своей машиной и стоит у двери с ножом, говорит что убьёт меня. Приезжайте скорее", 1, "112", true},
	})
}

// TestCounterpartsFourteenOverAndFigures: a false alarm, and the one in danger safe now and getting
// help, are statements that it is over; "my boss will kill me if I am late" is a figure of speech. Their
// counterparts: help not coming ("får ikke hjelp": no word may stand between), a false alarm before and
// danger now, and a husband's or an ex's threat, which are urgent still.
func TestCounterpartsFourteenOverAndFigures(t *testing.T) {
	checkFlag(t, "urgent", []flagCase{
		{"de Fehlalarm", "Der Rauch kam nur vom Grill der Nachbarn. Sorry für den Fehlalarm!", 4, "112", false},
		{"sv safe with family, getting help", "Min vän som skrev det där avskedsmeddelandet är hos sin familj nu och får hjälp av psykiatrin. Tack för att ni åkte dit så snabbt.", 5, "112", false},
		{"pl safe now, has help", "Moja przyjaciółka, która wysłała tego pożegnalnego smsa, jest teraz bezpieczna u rodziców i ma pomoc psychologa. Dziękuję.", 5, "112", false},
		{"so waa nabad", "Saaxiibtay oo fariin macsalaameyn ah qortay hadda waxay la joogtaa qoyskeeda, waa nabad, caawimaadna way helaysaa. Mahadsanid", 5, "112", false},
		{"sv the boss will kill me", "Chefen kommer döda mig om jag är sen idag igen, och kön på 114 var 40 minuter", 2, "114", false},
		{"ru the boss will kill me", "Начальник меня убьёт если я сегодня опоздаю, а я всё ещё на линии из-за царапины на машине", 2, "114", false},
		// counterparts
		{"no gets no help", "Hun har tatt alle pillene sine og får ikke hjelp, hun svarer ikke lenger, kom fort", 1, "112", true},
		{"de a false alarm before, danger now", "Letztes Mal war es ein Fehlalarm, aber jetzt steht er wirklich mit einem Messer vor der Tür", 1, "112", true},
		{"pl the husband will kill me", "Mąż mówi, że mnie zabije, jeśli pójdę jutro do pracy, stoi teraz w przedpokoju z nożem", 1, "112", true},
		{"ru the ex will kill me", "Бывший муж сказал что убьёт меня если я сегодня не открою, он стоит под дверью", 1, "112", true},
	})
}

// TestCounterpartsFourteenMistakenAndHelpful: the one feared turned out to be a neighbour (over), and
// "au fost de ajutor" (they were helpful) is praise, no call for help. Their counterparts: the
// neighbour at the door now with a knife, and "am nevoie de ajutor" (I need help), urgent still.
func TestCounterpartsFourteenMistakenAndHelpful(t *testing.T) {
	checkFlag(t, "urgent", []flagCase{
		{"ru turned out a neighbour", "Мужчина который шёл за мной от остановки оказался новым соседом с нашего этажа. Стыдно немного, извините за панику", 4, "112", false},
		{"ro de fapt vecinul", "Barbatul care credeam ca ma urmareste e de fapt vecinul de la etajul 3. Ne-am salutat azi dimineata pe scari", 4, "112", false},
		{"fa turned out a neighbour", "مردی که فکر میکردم دنبالم میاد معلوم شد همسایه جدیدمونه، امشب تو راه‌پله باهاش آشنا شدیم", 4, "112", false},
		{"ro au fost de ajutor", "Acum 10 ani în România mi-au spart casa, de asta am sunat azi să întreb despre încuietori și alarme. Au fost de ajutor", 5, "114", false},
		// counterparts
		{"ru the neighbour now at the door with a knife", "Он оказался соседом снизу, а сейчас он стоит у моей двери с ножом и кричит", 1, "112", true},
		{"ro am nevoie de ajutor", "Am nevoie de ajutor, soțul meu mă bate acum în bucătărie", 1, "112", true},
	})
}
