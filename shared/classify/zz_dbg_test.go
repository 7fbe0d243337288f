package classify

import (
	"fmt"
	"os"
	"testing"
)

func TestDbgKeys(t *testing.T) {
	txt := os.Getenv("DBG")
	if txt == "" {
		t.Skip()
	}
	toks := tokenize(txt)
	li := identify(toks)
	lists := listsFor(li)
	fmt.Println("lang", li.lang, "lists", lists)
	all := compiledForeigns()
	for _, l := range lists {
		ft := newForeignText(toks, all[l].mode, nil)
		fmt.Println(l, ft.keys)
		break
	}
	ev := readForeign(toks, lists)
	fmt.Println(ev.scores, ev.reasons)
}
