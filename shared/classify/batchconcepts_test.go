package classify

import "testing"

// TestTrainingBatchConcepts: concepts session 8's training batch (read after its measure before use) told
// danger by and the lists lacked, by concept in the languages the lists read, with counterparts. Every
// sentence is written for the test, none is the batch's.
func TestTrainingBatchConcepts(t *testing.T) {
	checkFlag(t, "urgent", []flagCase{
		// someone below or at the door now, ringing again and again; back tonight to finish it
		{"da standing below now", "Han har tilhold men står nede ved opgangsdøren lige nu", 1, "114", true},
		{"en intercom over and over", "He has a restraining order and is buzzing the intercom over and over", 1, "114", true},
		{"da coming to finish it", "Min eks skriver at han kommer i aften og gør det færdigt", 1, "114", true},
		{"en last night in that flat", "He texted me: enjoy your last night in that flat", 2, "114", true},
		{"en on the train to my town", "He keeps texting that he is on the train to my town", 2, "114", true},
		{"da can see you in the window", "Han skriver: jeg kan se dig i vinduet", 2, "114", true},
		{"pl standing below the block", "Były mąż stoi pod blokiem teraz, mimo zakazu", 1, "114", true},
		{"ru standing under the windows", "Бывший муж стоит под окнами прямо сейчас", 1, "114", true},
		// choking, purple in the face
		{"da purple, cannot cough", "Min søn har fået noget galt i halsen, kan ikke hoste og bliver lilla", 1, "112", true},
		{"en turning purple", "The baby is choking and turning purple", 1, "112", true},
		// a farewell
		{"da better for all", "Det er bedre for alle hvis jeg ikke er her mere", 2, "114", true},
		{"en last letter", "I have written my last letter, it is on the table", 2, "114", true},
		{"en the dog goes to", "The dog goes to my sister. Bye everyone", 4, "114", true},
		{"no last time you hear from me", "Dette er siste gang dere hører fra meg", 2, "114", true},
		{"sv better for all without me", "Det blir bättre för alla utan mig. Hejdå", 2, "114", true},
		{"ru better for all without me", "Всем без меня будет легче, простите", 2, "114", true},
		{"de on the roof", "Mein Freund steht auf dem Dach und antwortet nicht", 2, "112", true},
		// a drunk driver with the children; a child on the hard shoulder; through the ice; a car sinking
		{"da drunk, driving the children", "Han er fuld og vil køre børnene hjem nu", 1, "114", true},
		{"ru putting the children in the car", "Пьяный сосед сажает детей в машину", 1, "114", true},
		{"en child on the hard shoulder", "A toddler is walking along the hard shoulder of the motorway", 2, "112", true},
		{"sv through the ice", "En pojke har gått genom isen och håller sig i kanten", 1, "112", true},
		{"pl car sinking", "Samochód tonie w porcie, ktoś jest w środku", 1, "112", true},
		// gone from home with dementia, not back from school
		{"de grandpa with dementia gone", "Opa hat Demenz und ist weg, draußen ist es eiskalt", 2, "112", true},
		{"ro grandma gone out", "Bunica are dementa si a plecat din casa", 2, "114", true},
		{"uk daughter not back from school", "Дочка не повернулась зі школи, телефон вимкнений", 2, "114", true},
		// someone drowning now (read by the lists, not only by the model)
		{"no drowning now", "Søsteren min drukner ved brygga, kom fort", 1, "114", true},
		{"en is drowning", "A man is drowning off the pier", 1, "112", true},
		// counterparts
		{"da drowned last summer", "Min nabo druknede sidste sommer, I var flinke", 4, "114", false},
		{"da the attacker has gone", "Han stod nede ved opgangsdøren i går, men patruljen fik ham væk. Tak", 5, "114", false},
		{"de the attacker is gone", "Er hat gedroht, aber jetzt ist er weg und alles ist ruhig. Danke", 5, "114", false},
		{"en finish the report", "The officer said she would finish the report tonight, it still isnt done", 2, "114", false},
		{"da better for all, the queue", "Det er bedre for alle hvis I åbner flere linjer, køen er for lang", 3, "114", false},
		{"en purple form", "The purple form on your website does not load", 3, "114", false},
		{"pl car sank last year", "W zeszłym roku samochód utonął w porcie, policja przyjechała szybko", 4, "114", false},
	})
}

// TestRestrainingOrderBrokenNow: a restraining order ends a danger told before it ("he threatened me, now
// he has an order"), not one told with a word of now in its own clause — then the order is being broken.
func TestRestrainingOrderBrokenNow(t *testing.T) {
	checkFlag(t, "urgent", []flagCase{
		{"ar standing below now, despite the order", "طليقي واقف هلق تحت البناية وعليه امر ابعاد", 1, "114", true},
		{"pl standing below now, despite the order", "Były mąż stoi teraz pod blokiem, a ma zakaz zbliżania", 1, "114", true},
		// counterparts: the order is the now
		{"pl threat then, order now", "W zeszłym roku groził mi nożem, ale teraz ma zakaz zbliżania", 3, "114", false},
		{"de threat then, order now", "Letztes Jahr hat er mir gedroht, jetzt hat er ein Kontaktverbot", 3, "114", false},
	})
}

// TestSessionEightConceptsInOtherWords: the session's concepts told in words no set or batch used (a
// probe written after the changes; five of its 22 dangers were missed and widened: a harbour as the
// water, a child not back from school in Turkish, Romanian, Somali and Farsi), with counterparts.
func TestSessionEightConceptsInOtherWords(t *testing.T) {
	checkFlag(t, "urgent", []flagCase{
		{"da farewell, do not look for him", "Min kæreste har skrevet farvel og at I ikke skal lede efter ham. Han tager ikke telefonen", 2, "114", true},
		{"en sorry for everything, take care of mum", "my brother posted 'sorry for everything, take care of mum' and now his phone is off", 2, "114", true},
		{"da CO alarm in the basement", "Kuliltealarmen piber i kælderen og min far er svimmel", 3, "114", true},
		{"en CO detector going off", "the carbon monoxide detector keeps going off and the kids are sleepy and sick", 3, "114", true},
		{"en lost at the festival", "our boy (8) is lost at the festival, we cannot find him anywhere", 2, "114", true},
		{"da fell in the harbour, out of sight", "En mand faldt i havnen og vi kan ikke se ham længere", 1, "112", true},
		{"de child in the river, out of sight", "Ein Kind ist in den Fluss gefallen und wir sehen es nicht mehr", 2, "112", true},
		{"tr not back from school", "Kızım okuldan dönmedi, telefonu kapalı, hava karardı", 2, "114", true},
		{"ro not back from school", "Fiica mea nu s-a întors de la școală și nu răspunde", 2, "114", true},
		{"so not back from school", "Gabadhayda dugsiga kama soo noqon, telefoonkeeda waa dansan yahay", 2, "114", true},
		{"ar not back from school", "بنتي ما رجعت من المدرسة وتلفونها مسكر", 2, "114", true},
		{"fa not back from school", "دخترم از مدرسه برنگشته و گوشیش خاموشه", 2, "114", true},
		{"pl smoke thicker", "Dym jest coraz gęstszy na klatce, nie możemy wyjść", 2, "112", true},
		{"ro blue lips", "Mama nu poate respira si e vanata la buze", 2, "114", true},
		// counterparts
		{"da lost last year, thanks", "Sidste år var vores datter væk i Fields i en halv time, I hjalp os. Tak", 4, "114", false},
		{"da CO alarm, flat battery", "Kuliltealarmen bippede i går fordi batteriet var fladt", 3, "114", false},
		{"da not at school, ill", "Min søn kom ikke i skole i går fordi han var syg, skolen ringede", 3, "114", false},
		{"fa came back home", "دخترم دیر از مدرسه اومد ولی الان خونه‌ست، ممنون", 5, "114", false},
	})
}
