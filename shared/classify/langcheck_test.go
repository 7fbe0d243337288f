package classify

import (
	"fmt"
	"testing"
)

func TestLangCheck(t *testing.T) {
	for _, f := range []string{"testdata/blind.jsonl", "testdata/test.jsonl", "testdata/tune.jsonl", "testdata/multilingual.jsonl"} {
		ex, _ := ReadExampleFile(f)
		right, n := 0, 0
		conf := map[string]int{}
		for _, e := range ex {
			c := Classify(Input{Text: e.Text, Rating: e.Rating})
			want := e.Language
			if want == "" {
				continue
			}
			n++
			if c.Language == want {
				right++
			} else {
				conf[want+"→"+c.Language]++
			}
		}
		fmt.Println(f, right, n, conf)
	}
}
