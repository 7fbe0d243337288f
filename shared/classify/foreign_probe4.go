package classify

// Urgent recall by probing (session 8, cls-probe, issue 11): concepts found missing by texts written in
// new words after the lists were tuned, written by concept for every language the foreign lists read,
// never as one text's words.
var probeFourConcepts = []foreignConcept{
	// a farewell already said to everyone (the perfect: the farewell is done, the danger is now; '%':
	// thanks in the same text do not end it), and an absence tomorrow told in the forms the lists lacked
	{"danger", langCues{
		langNO: {"%=har =sagt =farvel =til =alle|=dere|=familien", "%=har =tatt =farvel =med =alle"},
		langSV: {"%=har =sagt =hejda|=adjo|=farval =till =alla|=er|=familjen", "%=har =tagit =farval =av =alla", "%=ar =inte =har =i =morgon|=imorgon"},
		langDE: {"%=habe =mich =von =allen|=euch =verabschiedet", "%=habe =mich =von =meiner =familie =verabschiedet", "%=bin =morgen =nicht =mehr =da|=hier"},
		langPL: {"%=pozegnalem|=pozegnalam =sie =ze =wszystkimi", "%=pozegnalem|=pozegnalam =sie =z =rodzina", "%=juz =sie =ze =wszystkimi =pozegnalem|=pozegnalam"},
		langTR: {"%=herkesle|=ailemle =vedalastim", "%=herkese =veda =ettim"},
		langRO: {"%=luat =ramas =bun =de =la =toti|=familie", "%=nu =mai =sunt =aici =maine"},
		langSO: {"%=dhammaan|=dhamaan =ayaan =nabadgelyo =ku =iri|=idhi|=dhahay", "%=qof =walba =ayaan =nabadgelyo =ku =iri|=idhi|=dhahay", "%=berri =halkan =ma =joogi|=joogo"},
		langAR: {"%ودعت الكل", "%ودعت الجميع", "%ودعت كل الناس", "%=wadda3t|=wade3t|=wada3t|=wadda3et =el =kol|=kel|=nas", "%=wadda3t|=wade3t|=wada3t|=wadda3et =elkol|=elkel|=kolshi|=elnas"},
		langFA: {"%با همه خداحافظی کردم", "%=ba =hame =khodahafezi =kardam"},
		langUK: {"%=попрощався|=попрощалася =з =усіма|=всіма|=родиною", "%=poproshchavsia|=poproshchalasia =z =usima|=vsima"},
		langRU: {"%=попрощался|=попрощалась =со =всеми", "%=попрощался|=попрощалась =с =семьей", "%=poproshchalsya|=poproshchalas =so =vsemi"},
	}},
	// a confused or demented person wandering outside, on the road or in the dark now (the present verb,
	// '@': "he wandered off last winter" has no present verb and is not read)
	{"danger", langCues{
		langNO: {"@=forvirret|=dement|=demens ~=gar|=vandrer|=rusler ~=rundt|=ute|=veien|=gata|=morket|=kulda", "@=gar|=vandrer|=rusler ~=veien|=gata|=morket|=kulda ~=forvirret|=dement"},
		langSV: {"@=forvirrad|=dement|=demens ~=gar|=vandrar|=irrar ~=runt|=ute|=vagen|=gatan|=morkret|=kylan", "@=gar|=vandrar|=irrar ~=vagen|=gatan|=morkret|=kylan ~=forvirrad|=dement"},
		langDE: {"@=verwirrt|=dement|=demenz|=demenzkrank ~=lauft|=irrt|=wandert ~=herum|=draussen|=strasse|=dunkeln|=kalte", "@=lauft|=irrt|=wandert ~=strasse|=dunkeln|=kalte ~=verwirrt|=dement"},
		langPL: {"@=zdezorientowany|=zdezorientowana|=zagubiony|=zagubiona|=demencja|=demencje ~=chodzi|=blaka|=wedruje ~=ulicy|=drodze|=ciemku|=ciemnosci|=zimnie|=dworze", "@=chodzi|=blaka|=wedruje ~=ulicy|=drodze|=ciemku ~=zdezorientowany|=zdezorientowana|=demencja|=demencje"},
		langTR: {"@=kafasi =karisik|=karmakarisik ~=dolasiyor|=yuruyor|=geziyor|=dolanip", "@=bunamis|=demans ~=dolasiyor|=yuruyor|=geziyor|=dolanip", "@=yolda|=sokakta|=karanlikta|=disarida ~=dolasiyor|=yuruyor ~=bunamis|=demans"},
		langRO: {"@=confuz|=confuza|=dezorientat|=dezorientata|=dementa ~=umbla|=rataceste|=merge ~=strada|=drum|=drumul|=intuneric|=frig|=afara", "@=umbla|=rataceste ~=strada|=drum|=drumul|=intuneric ~=confuz|=confuza|=dezorientat|=dezorientata|=dementa"},
		langSO: {"@=jahwareersan|=wareersan|=wareersantahay ~=wadada|=waddada|=mugdiga|=dibadda|=jidka", "@=wadada|=waddada|=mugdiga|=jidka ~=jahwareersan|=wareersan"},
		langAR: {"@=kharfan|=5arfan|=tayeh|=tayh|=dayi3|=daye3 ~=share3|=shari3|=shere3|=tari2|=3atme|=3atmeh|=barra", "@=yemshi|=yimshi|=ymshi|=beymshi ~=share3|=tari2|=3atme ~=kharfan|=5arfan|=tayeh", "@خرفان ~الشارع|الطريق|العتمه|الظلام", "@تايه ~الشارع|الطريق|العتمه|الظلام", "@ضايع ~الشارع|الطريق|العتمه|الظلام"},
		langFA: {"@=gij|=gije|=gijeh|=alzaymer|=alzheimer ~=khiaboon|=khiyaban|=khiaban|=tariki|=jade|=biroon", "@گیج ~خیابون|خیابان|تاریکی|جاده|بیرون", "@گیجه ~خیابون|خیابان|تاریکی|جاده|بیرون"},
		langUK: {"@=розгублений|=розгублена|=дезорієнтований|=дезорієнтована|=деменцією|=деменція ~=ходить|=блукає ~=дорозі|=вулиці|=темряві|=холоді|=надворі", "@=ходить|=блукає ~=дорозі|=вулиці|=темряві ~=розгублений|=розгублена|=дезорієнтований|=дезорієнтована"},
		langRU: {"@=растерянный|=растерянная|=дезориентирован|=дезориентирована|=деменцией|=деменция ~=ходит|=бродит ~=дороге|=улице|=темноте|=холоде", "@=ходит|=бродит ~=дороге|=улице|=темноте ~=растерянный|=растерянная|=дезориентирован|=дезориентирована"},
	}},
}
