package classify

import (
	_ "embed"
	"fmt"
	"slices"
	"strings"
)

// The foreign lists' category and conduct concepts of sessions 5, 7 and 8 are kept as text
// (category_concepts.txt, the file to edit) and embedded packed as langid.txt is: a Go table of the
// same strings sat unpacked in every binary that links the classifier, and the form's linux/arm64
// binary crossed issue 13's 8.5 MB by the 64 KB section step it cost. `make train` writes the packed
// copy; TestCategoryConceptsPacked holds it to the text.
const (
	CategoryConceptsFile       = "category_concepts.txt"
	CategoryConceptsPackedFile = "category_concepts.txt.flate"
)

//go:embed category_concepts.txt.flate
var categoryConceptsPacked []byte

// PackedTextFiles are the text files the package embeds packed, each with its packed copy, relative to
// this package (make train writes them with PackText).
var PackedTextFiles = [][2]string{{LangidCorpusFile, LangidPackedFile}, {CategoryConceptsFile, CategoryConceptsPackedFile}}

// PackText packs a text file as the package embeds it (pack: DEFLATE behind packedMagic); the concepts'
// comment lines stay in the text, out of the binary.
func PackText(name string, raw []byte) []byte {
	if name == CategoryConceptsFile {
		var kept []string
		for _, line := range strings.SplitAfter(string(raw), "\n") {
			if !strings.HasPrefix(line, "#") && strings.TrimSpace(line) != "" {
				kept = append(kept, line)
			}
		}
		raw = []byte(strings.Join(kept, ""))
	}
	return pack(raw)
}

// packedConcepts is the embedded category and conduct concepts (category_concepts.txt).
func packedConcepts() []foreignConcept { return unpackConcepts(categoryConceptsPacked) }

// unpackConcepts inflates and reads embedded concepts (category_concepts.txt's or the concept tables'
// text form). It runs once, when the lists are compiled (compiledForeigns → mergedLexicons). A damaged
// copy is a build defect the tests catch (TestForeignConceptsPacked and its category counterpart); the
// lists then go without those concepts.
func unpackConcepts(packed []byte) []foreignConcept {
	raw, err := unpack(packed)
	if err != nil {
		return nil
	}
	out, _ := parseConcepts(string(raw))
	return out
}

// parseConcepts reads the concepts text: "[field]" starts a concept, "<language><TAB><cue>" adds a cue
// in that language, "#" lines and blank lines are comments.
func parseConcepts(text string) ([]foreignConcept, error) {
	var out []foreignConcept
	for n, line := range strings.Split(text, "\n") {
		line = strings.TrimRight(line, "\r")
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if field, ok := strings.CutPrefix(line, "["); ok {
			out = append(out, foreignConcept{field: strings.TrimSuffix(field, "]")})
			continue
		}
		lang, cue, ok := strings.Cut(line, "\t")
		i := slices.Index(langCodes[:], lang)
		if !ok || i < 0 || cue == "" || len(out) == 0 {
			return nil, fmt.Errorf("%s line %d: want [field] or <language><TAB><cue>, got %q", CategoryConceptsFile, n+1, line)
		}
		c := &out[len(out)-1]
		c.cues[i] = append(c.cues[i], cue)
	}
	return out, nil
}
