package classify

import (
	"testing"

	"borgerfeedback/shared/feedback"
)

// Session 10's category shapes (issue 11, cls-16c), from the misses of the sixteenth blind set (half A
// of the tuning sets 15–17), checked on the fifteenth and seventeenth. Every sentence is written for the
// test; none is copied from a corpus file.

// TestBareTimeInForeignDangerIsNoWait: in a report of danger in another language, a time alone ("for
// half an hour", "вже годину") tells how long the danger has gone on, not a wait for help: the text
// keeps its other complaint, else "other". Waiting or having called beside the time ("czekam od
// godziny", "ich hab vor einer Stunde angerufen"), a queue, or help not come yet keep it the wait.
func TestBareTimeInForeignDangerIsNoWait(t *testing.T) {
	checkCategories(t, []categoryCase{
		{"ro screaming for half an hour", "Vecinul o bate pe sotia lui, o aud cum tipa de o jumatate de ora. Veniti repede!", 1, "112", feedback.CategoryOther},
		{"uk child alone for an hour", "Маленька дитина сама на балконі вже годину, лізе на перила. Будь ласка швидше", 2, "112", feedback.CategoryOther},
		{"ar hitting for an hour", "جارنا عم يضرب مرته من ساعة وعم تصرخ، بليز ابعتو حدا", 1, "112", feedback.CategoryOther},
		{"de smell of gas for an hour", "Es riecht seit einer Stunde nach Gas im Keller, die Kinder schlafen oben.", 2, "112", feedback.CategoryOther},
		{"not: pl waiting for an hour", "Sasiad bije zone, slychac krzyki. Czekam na policje od godziny!", 1, "112", rt},
		{"not: de called an hour ago", "Es riecht nach Gas im Keller, ich hab vor einer Stunde angerufen.", 1, "112", rt},
		{"not: tr waiting 20 minutes", "Babam yere dustu, nefes almiyor. 20 dakikadir ambulansi bekliyorum", 1, "112", rt},
		{"not: no danger, a wait of an hour", "Ich hing eine Stunde in der Warteschleife, nur um einen Diebstahl zu melden.", 2, "114", rt},
	})
}
