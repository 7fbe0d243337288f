package classify

import (
	"fmt"
	"testing"
	"time"
)

func TestZZFirstUse(t *testing.T) {
	t0 := time.Now()
	compiled()
	t1 := time.Now()
	compiledForeigns()
	t2 := time.Now()
	identify(tokenize("hej med dig"))
	t3 := time.Now()
	loadedModels()
	t4 := time.Now()
	Classify(Input{Text: "hjælp min mand slår mig", Rating: 1, Channel: "112"})
	t5 := time.Now()
	fmt.Println("lexicon", t1.Sub(t0), "foreign", t2.Sub(t1), "langid", t3.Sub(t2), "models", t4.Sub(t3), "first classify", t5.Sub(t4))
}
