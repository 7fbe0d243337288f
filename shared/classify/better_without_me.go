package classify

// betterWithoutMeConcepts: "they will be better off without me", the commonest way a person at risk of
// suicide says it sideways, in every language the foreign lists read and in either word order ("ohne
// mich besser dran", "bensiz daha iyi"). Session 14 found it read only by the Danish lists ("bedre uden
// mig") and by some models: the lists had it only as "better for everyone without me", word for word.
// An intent ('%'): thanks to staff in the same text do not end it. The Danish/English side is in
// lexicon.go (presentDanger, "session 14"). Pinned in better_without_me_test.go.
var betterWithoutMeConcepts = []foreignConcept{
	{"danger", langCues{
		langNO: {"%=bedre ~=uten =meg"},
		langSV: {"%=battre ~=utan =mig"},
		langDE: {"%=besser ~=ohne =mich", "%=ohne =mich ~=besser"},
		langPL: {"%=lepiej ~=beze|=bez =mnie", "%=beze|=bez =mnie ~=lepiej"},
		langTR: {"%=bensiz ~=daha =iyi|=mutlu|=rahat", "%=bensiz =iyi|=mutlu|=rahat"},
		langRO: {"%=mai =bine ~=fara =mine", "%=fara =mine ~=mai =bine"},
		langSO: {"%=la'aantay ~=fiicnaan|=fiican|=roonaan", "%=fiicnaan|=fiican|=roonaan ~=la'aantay"},
		langAR: {"%احسن|أحسن ~بدوني|بلاني|بلايا", "%بدوني|بلاني|بلايا ~احسن|أحسن", "%احسن|أحسن ~من غيري", "%=a7san|=ahsan|=a7sn ~=bala =ma =ana", "%=a7san|=ahsan|=a7sn ~=bdouni|=bdoni|=bidouni|=balani", "%=a7san|=ahsan|=a7sn ~=bala =ni", "%=bdouni|=bdoni|=bidouni|=balani ~=a7san|=ahsan", "%=a7san|=ahsan ~=mn|=men|=min =ghayri|=gheiri|=ghairi"},
		langFA: {"%بهتر ~بدون من", "%بدون من ~بهتر|راحت", "%=behtar ~=bedoone|=bedune|=bedun =man", "%=bedoone|=bedune|=bedun =man ~=behtar|=rahat"},
		langUK: {"%=краще|=легше ~=без =мене", "%=без =мене ~=краще|=легше", "%=krashche|=lehshe ~=bez =mene", "%=bez =mene ~=krashche|=lehshe"},
		langRU: {"%=лучше|=легче ~=без =меня", "%=без =меня ~=лучше|=легче", "%=luchshe|=legche ~=bez =menya", "%=bez =menya ~=luchshe|=legche"},
	}},
}
