package classify

import "testing"

// TestBetterWithoutMe: "they will be better off without me" is urgent in every language the lists read,
// in either word order, with any words between; found only by the Danish lists and some models before
// session 14. Its counterparts: "better" and "without me" in two sentences, and a text with neither.
func TestBetterWithoutMe(t *testing.T) {
	checkFlag(t, "urgent", []flagCase{
		{"en kids better off", "I'm tired of everything. my kids will be better off without me", 2, "114", true},
		{"no", "Jeg er lei av alt. Barna mine får det bedre uten meg", 2, "114", true},
		{"sv", "Jag är trött på allt. Barnen får det bättre utan mig", 2, "114", true},
		{"de ohne mich besser", "Ich bin müde von allem. Meine Kinder sind ohne mich besser dran", 2, "114", true},
		{"pl", "Jestem zmęczona wszystkim. Dzieciom będzie lepiej beze mnie", 2, "114", true},
		{"tr", "Her şeyden yoruldum. Çocuklarım bensiz daha iyi olacak", 2, "114", true},
		{"ro", "Sunt obosita de tot. Copiii mei o sa fie mai bine fara mine", 2, "114", true},
		{"so", "Wax walba waan ka daalay. Carruurtaydu way ka fiicnaan doonaan la'aantay", 2, "114", true},
		{"ar script", "أنا تعبت من كل شي. ولادي رح يكونوا أحسن بدوني", 2, "114", true},
		{"ar latin", "ana ta3ban men kel shi. wladi ra7 ykoono a7san bdouni", 2, "114", true},
		{"fa", "از همه چیز خسته شدم. بچه‌هام بدون من بهتر زندگی میکنن", 2, "114", true},
		{"ru latin", "ya ustala ot vsego. detyam budet luchshe bez menya", 2, "114", true},
		{"uk", "Я втомилася від усього. Дітям буде краще без мене", 2, "114", true},
		// counterparts
		{"en two sentences", "It got better after a while. They went to the station without me and sorted it out", 4, "114", false},
		{"pl two sentences", "Potem było lepiej. Pojechali na komisariat beze mnie i wszystko załatwili", 4, "114", false},
	})
}
