package classify

// Session 5's category concepts (told it is someone else's business, nobody contacted them, sent from
// office to office, no interpreter or MitID), session 7's (cls-cat: the police do nothing, not
// believed, dismissed as "just kids", told to go to the municipality, wrong information, staff calm or
// solving it) and session 8's below are kept in category_concepts.txt (concepts_packed.go), with
// session7_category_test.go and session8_category_test.go.
//
// Session 8's category and conduct concepts for the foreign lists (cls-cat8, issue 11), in
// category_concepts.txt (concepts_packed.go), written for every language side by side from the concepts
// the tuning sets' misses lacked (sets 5–10), never one text's words (tests: session8_category_test.go):
//
//   - told to wait: a verb of telling (said, told, meinte, kazali, dediler, yiraahdeen, گفتن, сказали)
//     with a word of waiting within six words, in either order — the writer brushed off with "wait"
//     (toldToWaitField: not_taken_seriously, the shape rather than the fixed phrase "just wait");
//   - hung up (hungUpField): the words for a call ended — conduct when staff hang up on the writer, but
//     the line dropping after a wait in the queue, or the writer's own hanging up, is no staff conduct
//     (readForeign counts it as the wait);
//   - conduct told by manner: sighing at the writer, talking to them like a child, "you are wasting
//     police time", raising the voice, the tone changing when the writer said where they come from,
//     humiliation; and staff telling the writer's boss, landlord or workplace about the case ('!': the
//     one told is named);
//   - remarks on who the writer is, in the forms the lists lacked: "women always …", "you all came for
//     the money", pet names ("Schätzchen", "ya 7elwa"), "learn Danish".

// queueField holds the queue or the line one is told to wait in (category_concepts.txt); it scores no
// category.
const queueField = "queue"

// toldOnlineField holds "report it online", "send an e-mail" told to the writer, and otherChannelField
// the station, calling or coming in person (category_concepts.txt); neither scores a category on its
// own: told online is the brush-off unless another channel or an advice cue stands in the text.
const (
	toldOnlineField   = "toldOnline"
	otherChannelField = "otherChannel"
)

// barrierField holds a language barrier told ("the operator did not understand my English"), heldField
// being kept waiting on the line or transferred ("telefonda beklettiler"): they score accessibility and
// the wait but, as toldToWaitField, do not make the text read for the 112 recall net — writers in danger
// tell them beside the danger, in words no list may have.
const (
	barrierField = "barrier"
	heldField    = "held"
)

// unreadComplaints are the fields that score a category without making the text read.
var unreadComplaints = [...]struct{ field, cat string }{{barrierField, acc}, {heldField, rt}}

// hungUpField holds the words for a call ended (category_concepts.txt); it scores no category.
const hungUpField = "hungup"
