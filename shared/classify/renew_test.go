package classify

import (
	"strings"
	"testing"
)

// TestDangerRenewedInItsOwnClause pins renewedInOwnClause (session 11, cls-21s): a danger whose own
// clause says again or still is not ended by a statement that it is over in another clause (a
// restraining order, "all was fine this morning"), and its reason says the danger was renewed; a danger
// told in the past with a now about the writer's own state, a prison or therapy, a danger asked about,
// and a statement after a "but" or after a newer now stay decided. Every sentence is written for the test.
func TestDangerRenewedInItsOwnClause(t *testing.T) {
	tests := []struct {
		name, text string
		want       bool
	}{
		// renewed and found
		{"sv ex outside again threatening, all calm yesterday", "Mitt ex står utanför dörren igen och hotar att döda mig. Polisen sa igår att allt är lugnt.", true},
		{"uk grandfather fell again, all fine yesterday", "Дід знову впав і не відповідає. Вчора лікар сказав, що все добре.", true},
		{"ru grandfather fell again, all fine yesterday", "Дед опять упал и не отвечает. Вчера врач сказал, что всё хорошо.", true},
		{"fa grandfather fell again, all fine yesterday", "پدربزرگم دوباره افتاد و جواب نمیده. دیروز دکتر گفت همه چیز خوبه.", true},
		{"de hammering again, restraining order", "Mein Ex hämmert wieder gegen die Tür und droht mich umzubringen. Er hat ein Kontaktverbot.", true},
		{"ar back at the door threatening, order", "طليقي رجع واقف قدام الباب وبيهددني، عليه امر ابعاد", true},
		{"pl grandfather fell again, fine this morning", "Dziadek znowu upadł i nie reaguje. Karetka była rano, wszystko było dobrze.", true},
		{"tr father fell again, the doctor said all fine yesterday", "Babam yine düştü ve tepki vermiyor. Dün doktor her şey yolunda dedi.", true},
		{"de grandfather collapsed again, all fine yesterday", "Opa ist gerade wieder umgefallen und reagiert nicht. Gestern hieß es noch, alles ist gut.", true},
		{"ro father fell again, the doctor said all fine", "Tata iar a căzut și nu răspunde. Ieri medicul a zis că totul e bine.", true},
		// told in the past, the now is the writer's state, a prison or therapy: stays past
		{"pl beaten again last year, in prison now", "Mąż znowu mnie pobił w zeszłym roku, teraz jest w więzieniu.", false},
		{"tr beaten again last year, fine now", "Geçen yıl kocam yine beni dövdü, şimdi iyiyim.", false},
		{"ro beaten again last year, wants therapy", "Fostul soț m-a bătut iar anul trecut, acum sunt bine și vreau terapie.", false},
		{"de at the door again last year, in prison now", "Mein Ex stand letztes Jahr wieder vor der Tür. Jetzt sitzt er im Gefängnis.", false},
		// again in a question, after a "but", or a newer now that tells the end: stays decided
		{"pl what if he threatens again, calm for now", "Co mam zrobić, jeśli sąsiad znowu będzie groził? Na razie jest spokój.", false},
		{"tr at the door again, now the police came, all fine", "Eski kocam yine kapının önünde bekliyor, şimdi polis geldi, her şey yolunda.", false},
		{"de at the door again, but the police are here, all fine", "Mein Ex steht wieder vor der Tür, aber jetzt ist die Polizei da und alles ist gut.", false},
		{"pl grandmother gone again, but came back, all fine", "Babcia wyszła rano i nadal jej nie znaleźliśmy, ale po południu wróciła sama, wszystko dobrze", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := Classify(Input{Text: tt.text, Rating: 1, Channel: "114", District: "fyn"})
			if c.Urgent != tt.want {
				t.Fatalf("urgent = %v, want %v; reasons %q", c.Urgent, tt.want, c.Reasons)
			}
			renewed := strings.Contains(strings.Join(c.Reasons, " | "), "renewed by")
			if renewed != tt.want {
				t.Errorf("reason says the danger was renewed: %v, want %v; reasons %q", renewed, tt.want, c.Reasons)
			}
		})
	}
}
