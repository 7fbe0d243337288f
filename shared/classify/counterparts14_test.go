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
