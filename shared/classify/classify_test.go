package classify

import (
	"math"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"borgerfeedback/shared/feedback"
)

func readSplit(t testing.TB, name string) []Example {
	t.Helper()
	ex, err := ReadExampleFile("testdata/" + name + ".jsonl")
	if err != nil {
		t.Fatal(err)
	}
	return ex
}

// TestTargetsOnTestSplit fails when a change drops the test split (never tuned on) or the blind split
// (written by others, measured once, never tuned or trained on) below the targets of issue 4.
func TestTargetsOnTestSplit(t *testing.T) {
	for _, split := range []string{"test", "blind"} {
		t.Run(split, func(t *testing.T) { targetsMet(t, split) })
	}
}

func targetsMet(t *testing.T, split string) {
	rep := Evaluate(split, readSplit(t, split))
	t.Logf("accuracy %.3f, urgent P %.3f R %.3f, conduct P %.3f R %.3f", rep.Accuracy,
		rep.Urgent.Precision, rep.Urgent.Recall, rep.Conduct.Precision, rep.Conduct.Recall)
	if f := rep.Failures(); len(f) > 0 {
		for _, m := range rep.Misses {
			t.Logf("miss %s: want %s urgent=%v conduct=%v, got %s urgent=%v conduct=%v: %q", m.Example.ID,
				m.Example.Category, m.Example.Urgent, m.Example.Conduct, m.Got.Category, m.Got.Urgent, m.Got.Conduct, m.Example.Text)
		}
		t.Fatalf("targets missed: %s", strings.Join(f, "; "))
	}
}

// TestCorpus checks the corpus itself: big enough, labels valid, every category in every split, ids
// unique, and no text of the test or blind split in dev (trained and tuned on).
func TestCorpus(t *testing.T) {
	seen := map[string]bool{}
	devText := map[string]bool{}
	total := 0
	for _, split := range []string{"dev", "test", "blind"} {
		ex := readSplit(t, split)
		total += len(ex)
		for _, e := range ex {
			key := strings.ToLower(strings.TrimSpace(e.Text))
			if split == "dev" {
				devText[key] = true
			} else if devText[key] && len(strings.Fields(key)) >= 5 { // "tak", "ok" recur by nature
				t.Errorf("%s %s: the same text is in dev: %q", split, e.ID, e.Text)
			}
		}
		cats := map[string]int{}
		urgent, conduct, english := 0, 0, 0
		for _, e := range ex {
			if seen[e.ID] {
				t.Errorf("%s: duplicate id %s", split, e.ID)
			}
			seen[e.ID] = true
			if !slices.Contains(feedback.Categories, e.Category) {
				t.Errorf("%s %s: unknown category %q", split, e.ID, e.Category)
			}
			if e.Channel != feedback.Channel112 && e.Channel != feedback.Channel114 {
				t.Errorf("%s %s: channel %q", split, e.ID, e.Channel)
			}
			if e.District != "" && !feedback.IsDistrict(e.District) {
				t.Errorf("%s %s: district %q", split, e.ID, e.District)
			}
			cats[e.Category]++
			if e.Urgent {
				urgent++
			}
			if e.Conduct {
				conduct++
			}
			if Classify(Input{Text: e.Text}).Language == "en" {
				english++
			}
		}
		for _, c := range feedback.Categories {
			if cats[c] < 5 {
				t.Errorf("%s: only %d examples of %s", split, cats[c], c)
			}
		}
		if urgent < 10 || conduct < 10 || english < 20 {
			t.Errorf("%s: %d urgent, %d conduct, %d English examples; want ≥ 10, 10, 20", split, urgent, conduct, english)
		}
	}
	if total < 400 {
		t.Errorf("corpus has %d examples, want ≥ 400", total)
	}
}

// TestHardCases pins the behaviour on the cases issue 4 names.
func TestHardCases(t *testing.T) {
	tests := []struct {
		name     string
		in       Input
		category string
		urgent   bool
		conduct  bool
		priority string
		team     string
		language string
	}{
		{"compound telefonkøen", Input{Text: "Jeg sad i telefonkøen i evigheder", Rating: 2, District: "fyn"}, rt, false, false, "P2", "citizen-service", "da"},
		{"compound ventetiden", Input{Text: "ventetiden var for lang", Rating: 3}, rt, false, false, "P3", "citizen-service", "da"},
		{"no æøå: uhoeflig", Input{Text: "damen var uhoeflig og nedladende", Rating: 1, District: "koebenhavn"}, cond, false, true, "P2", "dup-koebenhavn", "da"},
		{"no æøå: uhoflig", Input{Text: "hun var uhoflig", Rating: 2, District: "fyn"}, cond, false, true, "P2", "dup-fyn", "da"},
		{"no æøå: koeen", Input{Text: "ventede i koeen i 40 min", Rating: 3}, rt, false, false, "P3", "citizen-service", "da"},
		{"inflection ventede", Input{Text: "Vi ventede og ventede", Rating: 0}, rt, false, false, "P3", "citizen-service", "da"},
		{"negation ikke uhøflig", Input{Text: "Hun var ikke uhøflig, men ventetiden var lang", Rating: 3}, rt, false, false, "P3", "citizen-service", "da"},
		{"negation ingen ventetid", Input{Text: "Ingen ventetid og en meget venlig betjent", Rating: 5}, ros, false, false, "P4", "citizen-service", "da"},
		{"negation kort ventetid", Input{Text: "Kort ventetid, god hjælp", Rating: 5}, ros, false, false, "P4", "citizen-service", "da"},
		{"negated praise is conduct", Input{Text: "Han var ikke særlig venlig", Rating: 2, District: "bornholm"}, cond, false, true, "P2", "dup-bornholm", "da"},
		{"negated seriously", Input{Text: "Jeg blev ikke taget alvorligt", Rating: 1}, nts, false, false, "P2", "citizen-service", "da"},
		{"negated call back", Input{Text: "de ringede aldrig tilbage", Rating: 2}, fu, false, false, "P2", "citizen-service", "da"},
		{"lack is the complaint", Input{Text: "der var ingen tolk", Rating: 2}, acc, false, false, "P2", "citizen-service", "da"},
		{"not threatened any longer", Input{Text: "Jeg er ikke truet længere. Tak for hjælpen", Rating: 5, District: "fyn"}, ros, false, false, "P4", "citizen-service", "da"},
		{"no longer threatened", Input{Text: "I am no longer threatened, thank you", Rating: 5}, ros, false, false, "P4", "citizen-service", "en"},
		{"past threat is not urgent", Input{Text: "Min nabo truede mig med en kniv, og det tog 40 min før I kom", Rating: 2, District: "fyn"}, rt, false, false, "P2", "citizen-service", "da"},
		{"threat now", Input{Text: "han truer mig lige nu", Rating: 1, District: "fyn"}, feedback.CategoryOther, true, false, "P1", "duty-fyn", "da"},
		{"threat now, no district", Input{Text: "He is outside my door right now with a knife"}, feedback.CategoryOther, true, false, "P1", TeamDutyUnknown, "en"},
		{"suicide risk", Input{Text: "jeg vil ikke leve mere", District: "nordjylland"}, feedback.CategoryOther, true, false, "P1", "duty-nordjylland", "da"},
		{"suicide risk after 'ikke mere'", Input{Text: "jeg orker ikke mere, jeg vil tage mit eget liv", District: "fyn"}, feedback.CategoryOther, true, false, "P1", "duty-fyn", "da"},
		{"fire now", Input{Text: "det brænder i opgangen", District: "fyn"}, feedback.CategoryOther, true, false, "P1", "duty-fyn", "da"},
		{"medical emergency", Input{Text: "my husband is not breathing", District: "fyn"}, feedback.CategoryOther, true, false, "P1", "duty-fyn", "en"},
		{"urgent and ignored", Input{Text: "Min mand slår mig og I gør ingenting", Rating: 1, District: "fyn"}, nts, true, false, "P1", "duty-fyn", "da"},
		{"no æøå urgent", Input{Text: "han slaar mig nu, hjaelp", District: "fyn"}, feedback.CategoryOther, true, false, "P1", "duty-fyn", "da"},
		{"praise mixed with complaint", Input{Text: "Hun var sød, men jeg ventede 35 minutter", Rating: 3}, rt, false, false, "P3", "citizen-service", "da"},
		{"praise mixed with conduct", Input{Text: "Kort ventetid, men manden var virkelig nedladende", Rating: 2, District: "fyn"}, cond, false, true, "P2", "dup-fyn", "da"},
		{"short praise", Input{Text: "Tak!", Rating: 5}, ros, false, false, "P4", "citizen-service", "da"},
		{"very short neutral", Input{Text: "ok", Rating: 3}, feedback.CategoryOther, false, false, "P4", "citizen-service", "other"},
		{"empty text, low rating", Input{Text: "", Rating: 1}, feedback.CategoryOther, false, false, "P3", "citizen-service", "other"},
		{"rating alone does not decide", Input{Text: "Tusind tak for hjælpen", Rating: 1}, ros, false, false, "P4", "citizen-service", "da"},
		{"negative without category", Input{Text: "elendigt", Rating: 1}, feedback.CategoryOther, false, false, "P2", "citizen-service", "da"},
		{"english rude", Input{Text: "The operator was rude and hung up on me", Rating: 1, District: "fyn"}, cond, false, true, "P2", "dup-fyn", "en"},
		{"english negated rude", Input{Text: "She wasn't rude at all, very kind", Rating: 5}, ros, false, false, "P4", "citizen-service", "en"},
		{"mixed language", Input{Text: "Jeg ventede 40 min, way too long", Rating: 2}, rt, false, false, "P2", "citizen-service", "da"},
		{"mixed language, English first", Input{Text: "The waiting time was terrible, ventetiden er for lang", Rating: 2}, rt, false, false, "P2", "citizen-service", "en"},
		{"perpetrator aggressive is not conduct", Input{Text: "Min nabo var aggressiv, og I kom hurtigt. Tak", Rating: 5}, ros, false, false, "P4", "citizen-service", "da"},
		{"staff aggressive is conduct", Input{Text: "Betjenten var aggressiv", Rating: 1, District: "fyn"}, cond, false, true, "P2", "dup-fyn", "da"},
		{"confidentiality", Input{Text: "Han fortalte min nabo hvorfor jeg ringede", Rating: 1, District: "fyn"}, cond, false, true, "P2", "dup-fyn", "da"},
		{"ambulance slow → medical-fire", Input{Text: "Ambulancen kom først efter en time", Rating: 2}, rt, false, false, "P2", feedback.TeamMedicalFire, "da"},
		{"fire brigade → medical-fire", Input{Text: "the fire brigade took 25 minutes", Rating: 2}, rt, false, false, "P2", feedback.TeamMedicalFire, "en"},
		{"praise paramedics → medical-fire", Input{Text: "Redderne var fantastiske", Rating: 5}, ros, false, false, "P4", feedback.TeamMedicalFire, "da"},
		{"police conduct beats medical", Input{Text: "Redderne var fine, men betjenten var uforskammet", Rating: 1, District: "fyn"}, cond, false, true, "P2", "dup-fyn", "da"},
		{"unknown district conduct", Input{Text: "uhøflig dame", Rating: 1, District: "atlantis"}, cond, false, true, "P2", TeamDUPUnknown, "da"},
		{"not a police matter", Input{Text: "They said it was not a police matter", Rating: 1}, nts, false, false, "P2", "citizen-service", "en"},
		{"sent around", Input{Text: "blev stillet videre 3 gange", Rating: 2}, adv, false, false, "P2", "citizen-service", "da"},
		{"dropped call", Input{Text: "opkaldet blev afbrudt", Rating: 3}, tech, false, false, "P3", "citizen-service", "da"},
		{"deaf", Input{Text: "Jeg er døv", Rating: 2}, acc, false, false, "P2", "citizen-service", "da"},
		{"no MitID", Input{Text: "har ikke mitid", Rating: 2}, acc, false, false, "P2", "citizen-service", "da"},
		{"present tense danger", Input{Text: "Der er en mand med kniv i opgangen", District: "fyn"}, feedback.CategoryOther, true, false, "P1", "duty-fyn", "da"},
		{"general violence is not urgent", Input{Text: "Der er meget vold i vores kvarter, I burde patruljere mere", Rating: 3}, feedback.CategoryOther, false, false, "P4", "citizen-service", "da"},
		{"past danger with 'var' is not urgent", Input{Text: "Jeg var bange for mit liv den aften, men I kom hurtigt. Tak", Rating: 5}, ros, false, false, "P4", "citizen-service", "da"},
		{"declared over", Input{Text: "I was threatened last night but I'm fine now", Rating: 4}, feedback.CategoryOther, false, false, "P4", "citizen-service", "en"},
		{"don't want to live anymore", Input{Text: "I don't want to live anymore", District: "fyn"}, feedback.CategoryOther, true, false, "P1", "duty-fyn", "en"},
		{"raised negation", Input{Text: "Jeg synes ikke han var særlig høflig", Rating: 2, District: "fyn"}, cond, false, true, "P2", "dup-fyn", "da"},
		{"system hung up is technical", Input{Text: "systemet lagde bare på mig", Rating: 2}, tech, false, false, "P2", "citizen-service", "da"},
		{"person hung up is conduct", Input{Text: "hun lagde bare røret på", Rating: 1, District: "fyn"}, cond, false, true, "P2", "dup-fyn", "da"},
		{"hypothetical danger is not urgent", Input{Text: "Hvis der er brand, så er 20 minutter alt for lang tid", Rating: 2}, rt, false, false, "P2", "citizen-service", "da"},
		// a question rather than a complaint: the word lists read "vente" as response_time, the category
		// model (p 0.82) reads the question as other
		{"question about danger is not urgent", Input{Text: "Er det normalt at vente på en ambulance når man har brystsmerter?", Rating: 3}, feedback.CategoryOther, false, false, "P4", feedback.TeamMedicalFire, "da"},
		{"past medical emergency is not urgent", Input{Text: "The dispatcher talked me through CPR while my husband was not breathing. He survived. Thank you", Rating: 5}, ros, false, false, "P4", "citizen-service", "en"},
		{"waiting still is not danger now", Input{Text: "Jeg venter stadig på svar om overfaldet", Rating: 2}, fu, false, false, "P2", "citizen-service", "da"},
		{"suicide idiom", Input{Text: "jeg har tænkt på at tage livet af mig", District: "fyn"}, feedback.CategoryOther, true, false, "P1", "duty-fyn", "da"},
		{"misspelt: one typo in a long word", Input{Text: "han var lidt arrogent", Rating: 2, District: "fyn"}, cond, false, true, "P2", "dup-fyn", "da"},
		{"misspelt: forbinelse", Input{Text: "dårlig forbinelse", Rating: 2}, tech, false, false, "P2", "citizen-service", "da"},
		{"similar word is not a typo", Input{Text: "Jeg ringede om en mistænkelig bil ved skolen", Rating: 3}, feedback.CategoryOther, false, false, "P4", "citizen-service", "da"},
		{"police slow, ambulance fine", Input{Text: "Ambulancen kom hurtigt, men politiet var meget længe om at komme", Rating: 2}, rt, false, false, "P2", "citizen-service", "da"},
		{"police fine, ambulance slow", Input{Text: "Politiet kom hurtigt, men ambulancen var meget længe om at komme", Rating: 2}, rt, false, false, "P2", feedback.TeamMedicalFire, "da"},
		{"cry for help", Input{Text: "HJÆLP!!!", District: "fyn"}, feedback.CategoryOther, true, false, "P1", "duty-fyn", "da"},
		{"help me", Input{Text: "hjælp mig, han slår mig", District: "fyn"}, feedback.CategoryOther, true, false, "P1", "duty-fyn", "da"},
		{"good help is praise", Input{Text: "god hjælp", Rating: 5}, ros, false, false, "P4", "citizen-service", "da"},
		{"they helped me is praise", Input{Text: "de hjalp mig", Rating: 5}, ros, false, false, "P4", "citizen-service", "da"},
		{"uden for is a place", Input{Text: "De slås med knive uden for min dør", District: "fyn"}, feedback.CategoryOther, true, false, "P1", "duty-fyn", "da"},
		{"the neighbour's behaviour is not conduct", Input{Text: "Min nabo var aggressiv og råbte ad mig, så jeg ringede", Rating: 3}, feedback.CategoryOther, false, false, "P4", "citizen-service", "da"},
		{"a stranger's rudeness is not conduct", Input{Text: "A drunk man was rude to my daughter", Rating: 3}, feedback.CategoryOther, false, false, "P4", "citizen-service", "en"},
		{"disclosure to a neighbour is conduct", Input{Text: "de har brudt tavshedspligten og fortalt min nabo om sagen", Rating: 1, District: "fyn"}, cond, false, true, "P2", "dup-fyn", "da"},
		{"good tone is not conduct", Input{Text: "Tonen var god og venlig", Rating: 5}, ros, false, false, "P4", "citizen-service", "da"},
		{"excessive force", Input{Text: "Betjenten brugte unødig vold", Rating: 1, District: "fyn"}, cond, false, true, "P2", "dup-fyn", "da"},
		{"weak complaint inside praise", Input{Text: "Stor ros til manden der tog min opringning", Rating: 5}, ros, false, false, "P4", "citizen-service", "da"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Classify(tt.in)
			if got.Category != tt.category || got.Urgent != tt.urgent || got.Conduct != tt.conduct ||
				got.Priority != tt.priority || got.Team != tt.team || got.Language != tt.language {
				t.Errorf("Classify(%q) = %s urgent=%v conduct=%v %s %s %s, want %s urgent=%v conduct=%v %s %s %s\nreasons: %q",
					tt.in.Text, got.Category, got.Urgent, got.Conduct, got.Priority, got.Team, got.Language,
					tt.category, tt.urgent, tt.conduct, tt.priority, tt.team, tt.language, got.Reasons)
			}
			if got.Version != Version || len(got.Reasons) == 0 {
				t.Errorf("version %q, reasons %q", got.Version, got.Reasons)
			}
		})
	}
}

func TestReasons(t *testing.T) {
	tests := []struct {
		name, text string
		rating     int
		want       string
	}{
		{"matched cue", "Jeg ventede længe", 0, "matched 'ventede' → response_time"},
		{"negation", "hun var ikke uhøflig", 0, "negation 'ikke' before 'uhøflig'"},
		{"rating", "ok", 2, "rating 2"},
		{"urgent evidence", "han står udenfor nu med en kniv", 0, "urgent: 'står udenfor'"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Classify(Input{Text: tt.text, Rating: tt.rating})
			if !slices.Contains(got.Reasons, tt.want) {
				t.Errorf("reasons %q lack %q", got.Reasons, tt.want)
			}
		})
	}
}

func TestFold(t *testing.T) {
	tests := []struct{ a, b string }{
		{"uhøflig", "uhoeflig"}, {"uhøflig", "uhoflig"}, {"køen", "koeen"}, {"længere", "laengere"},
		{"på", "paa"}, {"på", "pa"}, {"Didn't", "didnt"}, {"slået", "slaaet"}, {"TELEFONKØEN", "telefonkoeen"},
	}
	for _, tt := range tests {
		if fold(tt.a) != fold(tt.b) {
			t.Errorf("fold(%q) = %q, fold(%q) = %q; want equal", tt.a, fold(tt.a), tt.b, fold(tt.b))
		}
	}
}

func TestStream(t *testing.T) {
	in := strings.NewReader(`{"id":"1","text":"Ventede 40 min i køen, cpr 010190-1234","rating":2,"channel":"114"}
not json

{"id":"2","text":"han truer mig nu","rating":1,"channel":"112","district":"fyn"}
`)
	var out, errs strings.Builder
	bad, err := Stream(in, &out, &errs)
	if err != nil || bad != 1 {
		t.Fatalf("bad=%d err=%v", bad, err)
	}
	want := `{"id":"1","category":"response_time","urgent":false,"conduct":false,"priority":"P2","team":"citizen-service","language":"da","reasons":["language da (Latn)","cues matched: Danish/English lists","matched 'ventede' → response_time","matched 'køen' → response_time","matched '40 min' → response_time","rating 2"]}
{"id":"2","category":"other","urgent":true,"conduct":false,"priority":"P1","team":"duty-fyn","language":"da","reasons":["language da (Latn)","cues matched: Danish/English lists","urgent: 'truer'","rating 1","team duty-fyn: urgent"]}
`
	if out.String() != want {
		t.Errorf("stdout:\n%s\nwant:\n%s", out.String(), want)
	}
	if !strings.Contains(errs.String(), "line 2:") {
		t.Errorf("stderr %q does not name line 2", errs.String())
	}
}

func BenchmarkClassify(b *testing.B) {
	var texts []string
	for _, split := range []string{"dev", "test"} {
		for _, e := range readSplit(b, split) {
			texts = append(texts, e.Text)
		}
	}
	Classify(Input{Text: "warm up"})
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		Classify(Input{Text: texts[i%len(texts)], Rating: 3, District: "fyn"})
	}
}

// fuzzSeeds are the hard inputs: mixed scripts, 2000 characters, emoji, zero-width characters, vowel
// marks on their own, invalid UTF-8 and random code points.
func fuzzSeeds() []string {
	rnd := rand.New(rand.NewPCG(1, 2))
	var random strings.Builder
	for range 2000 {
		random.WriteRune(rune(rnd.IntN(0x2FFFF)))
	}
	return []string{
		worstCaseText(),
		random.String(),
		"Pomocy! he is hitting me ساعدوني Допоможіть yardım edin 🙏🙏 \u200b\u200c\u200d\ufeff",
		strings.Repeat("\u200b", 2000),
		strings.Repeat("😡", 700),
		strings.Repeat("\u064e\u0650", 500),
		"\xff\xfe ugyldig \xc3",
		strings.Repeat("a", 2000),
		strings.Repeat("ikke ", 400),
		strings.Repeat("«ab „x 'ab ", 200) + "?", // unclosed quotation marks: searched once per line, not once per mark (quoted.go)
		"می‌زند" + strings.Repeat("\u200c", 100),
	}
}

// worstCaseText is 2000 characters of the costliest kind: many short words in several scripts and
// languages, each a candidate for many cues.
func worstCaseText() string {
	parts := []string{"han truer mig nu med en kniv og", "please help he is hitting", "pomocy bije mnie teraz nie",
		"ساعدوني زوجي يضربني الآن", "Допоможіть він б'є мене зараз", "yardım edin kocam beni dövüyor", "ikke uhøflig men ventede længe", "3afak 7ad y3awenni"}
	var b strings.Builder
	for i := 0; utf8.RuneCountInString(b.String()) < 2000; i++ {
		b.WriteString(parts[i%len(parts)])
		b.WriteString(", ")
	}
	return string([]rune(b.String())[:2000])
}

func BenchmarkClassifyWorstCase(b *testing.B) {
	text := worstCaseText()
	Classify(Input{Text: "warm up"})
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		Classify(Input{Text: text, Rating: 1, Channel: "112", District: "fyn"})
	}
}

// TestNoSeedIsSlow runs every fuzz seed and fails when one costs far more CPU than worstCaseText, the
// costliest ordinary text (2000 characters of short cue words in several scripts), measured beside it
// in the same round. A pathological text — one that makes a stage superlinear — costs many times that
// (the unclosed-quote seed cost 10–15× before quoted.go searched in linear time), while an ordinary one
// of any kind stays near it. The absolute budget, 1 ms per text, is a benchmark's to show
// (BenchmarkClassifyWorstCase, `make bench`, docs/classification.md), not a test's: CI ran this test with
// an absolute 1 ms bar and failed on 1.07 ms for the reference text itself, since a shared machine's
// CPU time per text moves with the other packages' load.
func TestNoSeedIsSlow(t *testing.T) {
	Classify(Input{Text: "warm up"})
	reference := worstCaseText()
	for i, seed := range fuzzSeeds() {
		// The thread's CPU clock ticks coarsely: time batches of runs, divide, keep the least of nine for
		// the seed and for the reference alike, interleaved so both see the same interference. A seed over
		// the ratio is measured again, up to three more rounds after a pause (the load comes and goes); a
		// pathological text stays over in every round.
		ratio := math.Inf(1)
		var seedCost, referenceCost time.Duration
		for round := 0; round < 4 && ratio > slowSeedRatio; round++ {
			if round > 0 {
				time.Sleep(200 * time.Millisecond)
			}
			seedCost, referenceCost = time.Duration(1<<62), time.Duration(1<<62)
			for range 9 {
				seedCost = min(seedCost, cpuPerText(seed))
				referenceCost = min(referenceCost, cpuPerText(reference))
			}
			ratio = float64(seedCost) / float64(max(referenceCost, time.Microsecond))
		}
		t.Logf("seed %d (%d bytes): %v CPU per text, %.2f× the reference's %v", i, len(seed), seedCost, ratio, referenceCost)
		if ratio > slowSeedRatio {
			t.Errorf("seed %d (%d bytes): %v CPU per text is %.1f× the costliest ordinary text's %v (at most %v×)",
				i, len(seed), seedCost, ratio, referenceCost, slowSeedRatio)
		}
	}
}

// slowSeedRatio is how many times the reference text's cost a seed may take: every seed measures 0–1.1×
// (session 14); a superlinear stage on 2000 characters measures 10× and more.
const slowSeedRatio = 3.0

// cpuPerText is the CPU time of one classification of text, timed over a batch of 30.
func cpuPerText(text string) time.Duration {
	const runs = 30
	return cpuTime(func() {
		for range runs {
			Classify(Input{Text: text, Rating: 1, Channel: "112"})
		}
	}) / runs
}

func FuzzClassify(f *testing.F) {
	f.Add("Jeg ventede 40 min i køen og hun var ikke uhøflig", 2)
	f.Add("han truer mig nu 010190-1234 a@b.dk", 1)
	for _, seed := range fuzzSeeds() {
		f.Add(seed, 1)
	}
	f.Fuzz(func(t *testing.T, text string, rating int) {
		c := Classify(Input{Text: text, Rating: rating})
		if !slices.Contains(feedback.Categories, c.Category) || c.Priority == "" || c.Team == "" || c.Language == "" {
			t.Fatalf("incomplete classification %+v", c)
		}
		if c.Urgent && c.Priority != feedback.P1 {
			t.Fatalf("urgent but %s", c.Priority)
		}
	})
}

// TestGeneralisationCues pins the general rules added in the generalisation rounds, each next to the
// negated, past or hypothetical text that must stay calm.
func TestGeneralisationCues(t *testing.T) {
	tests := []struct {
		text    string
		urgent  bool
		conduct bool
	}{
		{"han står og hamrer på hoveddøren", true, false},
		{"han hamrede på døren sidste år, nu er han flyttet", false, false},
		{"ung mand ligger på fortovet og rører sig ikke", true, false},
		{"kom hurtigt der er slåskamp foran baren", true, false},
		{"de kom hurtigt, tak", false, false},
		{"Hvad nu hvis det havde været et hjertestop? 20 minutter i kø er for meget", false, false},
		{"hvis jeg en dag bliver overfaldet, hvem skal jeg så ringe til?", false, false},
		{"He threatened to kill me back in March. Since then nothing from you", false, false},
		{"he says he will kill me if I leave", true, false},
		{"Min veninde var truet af sin eks, men det er løst nu", false, false},
		{"i går truede han mig igen og nu står han nede i gården og råber", true, false},
		{"har det fint nu, var bare lidt rystet efter overfaldet", false, false},
		{"drengen fra nr. 4 står alene ude på vejen og græder", true, false},
		{"Jeg tager mine piller hver dag, jeg klager over ventetiden", false, false},
		{"min lillebror har spist nogle af mors piller og er helt sløv", true, false},
		{"der lugter af gas i hele opgangen", true, false},
		{"Jeg er ikke selvmordstruet, jeg fik god hjælp", false, false},
		{"Jeg vil ikke være en byrde mere", true, false},
		{"min søn havde selvmordstanker sidste år, I håndterede det fantastisk", false, false},
		{"Operatøren snakkede til mig som om jeg var 5 år", false, true},
		{"de tjekkede mig og min bror fordi vi er mørke", false, true},
		{"hun afbrød mig hele tiden", false, true},
		{"forbindelsen blev afbrudt to gange", false, false},
		{"Felt like I was just a number to them. Nobody cared", false, false},
		{"Han truede mig, men han er blevet anholdt nu", false, false},
		{"jeg blev truet af en betjent med at blive anholdt", false, true},
		{"kvinde i vandet ved havnen!!", true, false},
		{"røg ud", false, false},
		{"pls send ambulance mormor faldet kan ik rejse sig", true, false},
		{"jeg tænker på at gå ud foran det næste tog", true, false},
		{"jeg tænker på at gå til DUP med min klage", false, false},
		{"min bror tog sit liv for to år siden, I var søde ved os", false, false},
		{"han slår stadig på hende", true, false},
		{"han slog mig aldrig, han råbte bare, og I kom efter 50 min", false, false},
		{"betjenten rullede med øjnene af mig", false, true},
		{"Ventetiden var ved at slå mig ihjel, 45 min i kø", false, false},
		{"han er ved at slå mig ihjel", true, false},
		{"hvis man bliver truet med kniv burde man ikke vente 20 minutter", false, false},
		{"min nabo skyder fyrværkeri af hver nytår", false, false},
		{"der løber en mand rundt med en økse på torvet", true, false},
		{"min far har lige slået min mor i hovedet", true, false},
		{"Ulykken skete i sommer og jeg venter stadig på politirapporten", false, false},
		{"He was threatening me when I called, but the officers came within 5 minutes and he left", false, false},
		{"The officer was threatening and rude", false, true},
		{"der sidder en mand med et gevær i bilen ved siden af mig", true, false},
		{"jeg var så bange den nat, men I var der hurtigt og nu er han væk", false, false},
		{"Det var et overfald for en uge siden, og jeg mangler stadig at høre fra jer", false, false},
		{"my dad collapsed in the kitchen and is not answering me", true, false},
		{"Han har sparket døren ind og er inde nu", true, false},
		{"Min nabo har sagt at han vil brænde mit hus ned i nat", true, false},
		{"naboens søn med kniv ude foran opgangen til nummer 12", true, false}, // no complaint, no past: now
		{"min nabo truede mig med en kniv", false, false},                      // past
		{"hold kæft hvor jeg er bange, der står 5 fyre med knive uden for min dør", true, false},
		{"Min mor er faldet ned ad trappen og ligger helt stille", true, false},
		{"Jeg har besluttet mig. I aften slutter det", true, false},
		{"Nogen har lagt en mistænkelig taske i toget og den tikker", true, false},
		{"hun var meget bestemt og lidt hård i tonen", false, true},
		{"Jeg orker ikke mere. Jeg har pakket tasken", true, false},
		{"jeg orker ikke mere at vente på jer", false, false},
		{"I used to be suicidal but I'm doing better, the call taker was kind", false, false},
		{"jeg har lige fundet min nabo hængt i carporten", true, false},
		{"min kat blev fundet i går, tak", false, false},
		{"jeg kan ikke finde min mor, hun har demens", true, false},
		{"betjenten spurgte mig om jeg havde provokeret ham", false, true},
		{"min nabo har en kniv og jeg ventede 40 minutter på jer", false, false}, // a complaint about the call
		// the recall-first net (rounds 9–10)
		{"I don't feel safe at home. He took my phone", true, false},
		{"der er nogen inde i min lejlighed", true, false},
		{"hjælp min søn får ikke luft", true, false},
		{"hjælp? nej. de sagde bare de ikke kunne gøre noget", false, false},
		{"der siver røg ud fra kælderen", true, false},
		{"forbindelsen røg to gange", false, false},
		{"The kids' dad turned up drunk and is refusing to leave", true, false},
		{"a guy just pulled out a knife on the bus", true, false},
		{"Farlig lang ventetid, 25 minutter før nogen svarede", false, false},
		{"sagen om vold på min arbejdsplads er lukket", false, false},
		{"der er ikke nogen der skriger eller slås her længere", false, false},
		{"Jeg har stadig mareridt om ulykken", false, false},
		{"Da min kæreste prøvede at tage sit liv i foråret fik vi god hjælp", false, false},
		{"Den unge mand der slog mig er blevet dømt", false, false},
		{"Jeg følte mig truet af betjentens opførsel", false, true},
		// rounds 11–12 (urgent model and general rules), each with its counterpart
		{"far er stadig ikke vågnet, han ligger i sofaen", true, false},
		{"jeg har ikke lyst til at vågne i morgen", true, false},
		{"I don't want to be alive anymore", true, false},
		{"I won't be here tomorrow, sorry for everything", true, false},
		{"the threat is over and I'm fine, he moved away", false, false},
		{"bliver fulgt efter lige nu af en bil, i sagde det var tilfældigt", true, false},
		{"vi blev fulgt efter i sidste uge", false, false},
		{"hun er stadig ikke fundet og det fryser", true, false},
		{"hun blev fundet i nat og har det godt", false, false},
		{"der har været 4 indbrud på vejen på en måned", false, false},
		{"hvis det havde været brand, var vi døde nu. 25 min i kø", false, false},
		{"Min mand har voldsomme brystsmerter, I tog ikke telefonen", true, false},
		{"Branden er slukket og ingen kom til skade", false, false},
		{"Dispatcheren sagde at min mor var for gammel til at ringe om vrøvl", false, true},
		// round 13
		{"nogen prøver håndtaget på hoveddøren lige nu", true, false},
		{"og så røg jeg tilbage til hovedmenuen igen", false, false},
		{"the officer never closed the missing person report", false, false},
		{"min søn skrev undskyld for alt og tager ikke telefonen", true, false},
		// rounds 14–15
		{"min mand slår mig ihjel når han ser regningen 😂", false, false},
		{"god hjælp til at spærre mit kort, de spærrer det med det samme", false, false},
		{"tryk 1, tryk 2, og så ryger man ud af køen", false, false},
		{"In general, people calling about someone suicidal should be helped first", false, false},
		{"Hun lagde på midt i min sætning", false, true},
		{"Han efterlignede min jyske dialekt og grinede", false, true},
		{"Betjenten sagde at jeg lød fuld, jeg har sklerose", false, true},
		// round 16
		{"ham der tog telefonen sagde 'hvad fanden vil du nu'", false, true},
		{"damen var pisse sød og betjenten var fandme hurtig", false, false},
		{"betjenten spurgte om jeg havde opholdstilladelse, da han hørte min accent", false, true},
		{"The stalking has stopped now, but no one believed me back then", false, false},
		{"Uvisheden slår mig ihjel, ingen har ringet", false, false},
		// round 17
		{"hun talte til mig som til et barn", false, true},
		{"han truede med en bøde hvis jeg ringede igen", false, true},
		{"betjenten gav min nabo min adresse", false, true},
		{"jeg var selv lidt uhøflig, men hun var rolig. tak", false, false},
		{"The officer who helped me the night my ex kept threatening me was great", false, false},
		{"I was threatened last week but I'm fine now", false, false},
		// rounds 19–20, and phrases whose alternatives a space had split (found by reading every cue)
		{"han har lige skrevet at han er på vej herhen nu", true, false},
		{"min veninde har skrevet goodbye to everyone på facebook", true, false},
		{"han er helt blå i ansigtet", true, false},
		{"der er nogen i haven lige nu", true, false},
		{"jeg blev truet i går, men alt er fint nu", false, false},
		{"opkald røg to gange", false, false},
		{"Rude neighbour, lovely officer. Thanks.", false, false},
		{"Det var kommunen der var uhøflig, ikke jer", false, false},
		{"Betjenten fik mig til at føle mig dum", false, true},
		{"Jeg var selv uhøflig i telefonen, fordi jeg var i panik. Hun var tålmodig", false, false},
		// from the cross-validated misses on dev
		{"he has stopped breathing", true, false},
		{"the stalking has stopped now, thank god", false, false},
		{"fyren fra i går følger efter mig igen", true, false},
		{"han fulgte efter mig i går, men nu er han gået", false, false}, // "er væk" can be a missing child
		{"min søn på 5 er væk fra legepladsen, nu er han væk", true, false},
		{"min ven giver alle sine ting væk og siger han ikke får brug for dem mere", true, false},
		{"vores søn på 2 har spist af mormors hjertepiller", true, false},
		{"my daughter didn't come home from school and her phone is off", true, false},
		// rounds 23–24
		{"Jeg har ringet fire gange om knallerten uden lys", false, false},
		{"min chef truer med at fyre mig", false, false},
		{"han stod i haven i går, og nu står han der igen", true, false},
		{"han ville gøre en ende på det, men I fandt ham i tide. Han har det meget bedre nu", false, false},
		{"I was the one who was rude on the phone, sorry to the operator", false, false},
		{"betjenten læste mit navn og min adresse højt op i køen", false, true},
		{"han snakkede højt om min sag ude på gaden", false, true},
		{"de talte kun med min mand, fordi jeg går med tørklæde", false, true},
		{"my landlord is here with two guys threatening to beat me up, you said it was a civil matter", true, false},
		{"Jeg ringede om en ulykke på min arbejdsplads, de kom efter 50 minutter", false, false},
		// rounds 25–26
		{"The officer was rude but never mind, the man with the knife is back in our stairwell", true, true},
		{"He threatened me back in March, it's fine now", false, false},
		{"AMK-lægen var nedladende over for min søn", false, false},
		{"The ambulance dispatcher was rude", false, false},
		// precision, from the cross-validated false alarms on dev
		{"tester lige", false, false},
		{"Han er anholdt. Men hvad der sker nu med sagen, ved jeg ikke", false, false},
		{"Min anmeldelse af vold fra sidste år står stadig som under behandling", false, false},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			c := Classify(Input{Text: tt.text, Rating: 2, District: "fyn"})
			if c.Urgent != tt.urgent || c.Conduct != tt.conduct {
				t.Errorf("urgent %v conduct %v, want %v %v; reasons %q", c.Urgent, c.Conduct, tt.urgent, tt.conduct, c.Reasons)
			}
		})
	}
}

func TestGeneralisationCategories(t *testing.T) {
	for text, want := range map[string]string{
		"I can't believe how slow you were":              rt,                     // the negation belongs to "believe"
		"Kunne ikke være mere tilfreds. Tak":             ros,                    // a phrase that spells out its negation
		"Min baby skreg, jeg ringede og fik gode råd":    ros,                    // "råd" inside "gode råd"
		"Jeg har besluttet mig. I aften slutter det":     feedback.CategoryOther, // "slutter" is no typo of "stutter"
		"Tolken kom aldrig på, vi ventede og ventede":    acc,                    // the barrier explains the wait
		"De sagde bare ring igen hvis der sker noget":    nts,                    // dismissal in their words
		"They told me to deal with it myself":            nts,                    // dismissal
		"Min søn lever i dag takket være kvinden på 112": ros,                    // thanks without "tak"
		"Tak for i går. Men jeg vil ikke vågne i morgen": feedback.CategoryOther, // urgent, so never praise
		"👍":                                     ros,                    // emoji-only thanks
		"🙏❤️":                                   ros,                    // emoji-only thanks
		"Jeg kan ikke takke jer nok":            ros,                    // a negation that praises
		"Linjen gik bare død efter ti minutter": tech,                   // dropped call
		"HJÆLP mig":                             feedback.CategoryOther, // a call for help is not thanks
	} {
		if got := Classify(Input{Text: text, Rating: 3}).Category; got != want {
			t.Errorf("%q: %s, want %s", text, got, want)
		}
	}
}

func TestAbbreviationDoesNotEndSentence(t *testing.T) {
	for text, want := range map[string]int{"drengen fra nr. 4 står på 3. sal": 1, "kl. 22 kom de. Tak": 2, "Jeg ventede 40 min. Ingen kom": 2} {
		toks := tokenize(text)
		if got := toks[len(toks)-1].sent + 1; got != want {
			t.Errorf("%q: %d sentences, want %d", text, got, want)
		}
	}
}
