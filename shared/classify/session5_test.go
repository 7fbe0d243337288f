package classify

import "testing"

// Session 5 (issue 11, urgent precision and conduct recall): one table per mechanism, each with its
// counterpart — the same danger or remark told now, or by staff — so a fix cannot buy precision with
// recall. Every sentence is written for the test (none is copied from a corpus file).

type flagCase struct {
	name, text string
	rating     int
	channel    string
	want       bool
}

func checkFlag(t *testing.T, flag string, tests []flagCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := Classify(Input{Text: tt.text, Rating: tt.rating, Channel: tt.channel, District: "fyn"})
			got := c.Urgent
			if flag == "conduct" {
				got = c.Conduct
			}
			if got != tt.want {
				t.Errorf("%s = %v, want %v (category %s); reasons %q", flag, got, tt.want, c.Category, c.Reasons)
			}
		})
	}
}

// TestForeignDangerOverOrDaysBack: a danger the text says is over ("now everyone is fine", "he is
// stable", "he has moved", "he was arrested", "nobody is in danger") or dates days back ("last night",
// "last month", "a month ago") is not urgent; the same danger told now is.
func TestForeignDangerOverOrDaysBack(t *testing.T) {
	checkFlag(t, "urgent", []flagCase{
		{"de over: stable now", "Gestern Abend hatte mein Vater einen Herzinfarkt, der Notarzt kam, er ist jetzt stabil. Vielen Dank", 5, "112", false},
		{"de now", "Mein Vater hat einen Herzinfarkt, bitte schnell kommen", 1, "112", true},
		{"de last night", "Letzte Nacht hat der Nachbar mit dem Messer gedroht, die Polizei kam spät", 2, "114", false},
		{"tr over: everyone fine", "Geçen hafta komşu bıçakla tehdit etti, şimdi herkes iyi, sadece rapor istiyorum", 3, "114", false},
		{"tr now", "Komşu bıçakla kapıda bekliyor, lütfen gelin", 1, "112", true},
		{"ro over: all well", "Luna trecuta vecinul m-a amenintat cu un cutit, acum totul e bine. Vreau doar numarul dosarului", 3, "114", false},
		{"ro now", "Vecinul are un cutit si ma ameninta acum, veniti repede", 1, "112", true},
		{"sv over: moved", "Grannen hotade mig med kniv, men han har flyttat och det är lugnt nu. Fick aldrig något diarienummer", 2, "114", false},
		{"sv now", "Grannen står utanför med kniv och hotar mig", 1, "112", true},
		{"no over: arrested", "Mannen som hadde kniv ble tatt av politiet, og alt er rolig. Takk", 5, "112", false},
		{"pl over: all fine", "Miesiąc temu sąsiad groził mi nożem, teraz wszystko jest dobrze, pytam tylko o sprawę", 3, "114", false},
		{"pl now", "Sąsiad ma nóż i grozi mi, proszę szybko", 1, "112", true},
		{"ar over: all fine", "جارنا هددنا بسكين، الحمد لله الآن كل شيء بخير والشرطة أخذته", 5, "112", false},
		{"ar now", "جارنا معه سكين ويهددنا الآن، تعالوا بسرعة", 1, "112", true},
		{"fa over: calm now", "ديشب همسايه با چاقو تهديدم كرد، الان همه چي ارومه و من خوبم", 3, "112", false},
		{"fa Latin over", "hamsaye ba chaghoo tahdidam kard, polis oomad va bordesh, alan hame chi arome", 3, "114", false},
		{"uk over: all fine", "Тиждень тому сусід погрожував ножем, зараз усе добре, але ніхто не дзвонив", 2, "114", false},
		{"uk now", "Сусід з ножем погрожує мені зараз, допоможіть", 1, "112", true},
		{"ru over: moved", "Месяц назад сосед угрожал мне ножом, теперь он переехал и все хорошо", 3, "114", false},
		{"ru minutes ago is now", "Муж упал 10 минут назад и не дышит", 1, "112", true},
	})
}

// TestForeignPleaPlural: the plural imperative "help!" is a call for help as the singular is.
func TestForeignPleaPlural(t *testing.T) {
	checkFlag(t, "urgent", []flagCase{
		{"fa Latin plural plea", "dokhtaram too park nist, hame ja ro gashtim, komak konid", 1, "114", true},
		{"fa plural plea", "دخترم در پارک نیست، همه جا را گشتیم، کمک کنید", 1, "114", true},
		{"fa thanks for the help is no plea", "mamnoon ke komakam kardid, hame chi khoob bood", 5, "114", false},
	})
}
