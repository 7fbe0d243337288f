package classify

import "slices"

// Cue lists for the languages beyond Danish and English. The Danish and English lists (lexicon.go) read
// Danish, English, Norwegian and Swedish; these add what those miss in Norwegian and Swedish and give the
// other languages their own: danger now (violence, threats, weapons, suicide, a child in danger, a
// medical emergency, fire), a call for help, conduct (rude, shouting, mocking, racist, sexist,
// confidentiality), the complaint categories and praise, and the words that scope them: negators, words
// of the past, words that say it is over or that all are safe, and words of now.
//
// Patterns are matched against tokens folded by foldForeign (lower case, no accents, Arabic letters
// normalised), so write them without accents. Each space-separated part matches one token, with up to one
// other word between parts ("~part": up to six, "+part": none); "a|b" are alternatives; a part is a
// prefix of the token ("bije" matches "bijesz") unless written "=word" (exactly that word). Arabic and
// Cyrillic stems are prefixes too.

type foreignLexicon struct {
	danger   []string // danger now, or told with no tense: urgent unless negated, past or over
	help     []string // a call for help ("pomocy!"): urgent unless the text says it is over
	conduct  []string
	cats     map[string][]string // the categories (and fields such as awaitedField) of a merged list
	catList  []catCues           // the categories as foreignLexiconTable writes them
	neg      []string            // negators: scope up to three words ahead in the clause
	negAfter []string            // negators that follow the word they negate (Turkish "kaba değil")
	past     []string            // words of the past: a danger in their sentence is over unless a word of now stands there too
	over     []string            // it is over, all are safe, nobody hurt: clears danger in the text before and around
	now      []string            // words of now
	staff    []string            // police staff: a conduct cue in their clause is about staff
	third    []string            // someone else (the neighbour, an ex): a conduct cue in their clause without staff is theirs
	cond     []string            // if, in case: a danger in a question after one is asked about, not reported
}

// catCues are one category's cue list in foreignLexiconTable.
type catCues struct {
	cat  string
	cues []string
}

// intlCues are read in every language: English and international words people add in distress.
var intlCues = foreignLexicon{
	help:    []string{"=help =me|=us", "=please =help", "=sos", "=help =help", "=ambulance =please", "=send =help|=ambulance|=police", "=please =fast|=quick|=come"},
	danger:  []string{"=he|=she =is =hitting|=beating|=killing", "=has =a =knife|=gun", "=fire", "=kill =me|=us"},
	conduct: []string{"=racist", "=rude", "=sexist", "=respectless", "=racism|=rasism|=rasizm|=rassismus"},
	cats: map[string][]string{
		ros: {"=thank|=thanks", "=merci", "=tak =for|=skal", "=mange|=tusind =tak", "=good|=great|=nice =job|=work"},
		acc: {"=mitid"}, // no MitID, no way in: accessibility in every language
	},
	now:   []string{"=now", "=right =now"},
	third: []string{"=neighbour|=neighbor|=ex"},
	staff: []string{"=police|=polis|=politi|=polizei|=policja|=politia|=polisi|=operator|=officer|=dispatcher"},
}

// foreignLexiconTable holds the cue lists per language, by the concept tables' language constants; uk
// and ru share much and each reads the other's. Like the concept tables it is the source of the packed
// copy the classifier reads (lexiconConcepts, first in conceptTables): only the packer refers to it, so
// a binary that classifies links the packed copy, not these lists (issue 13's size goal: as a map
// literal they were 28 KB of init code in every function, as a static table about 44 KB of string
// headers besides their strings).
var foreignLexiconTable = [numForeignLangs]foreignLexicon{
	langNO: {
		danger:  []string{"=balltre|=baseballkolle|=kolle|=jernror", "=tenne =pa|=fyr", "=sette =fyr =pa", "=helle|=heller =bensin", "=knivstikke|=knivstikker|=stikke =meg|=oss|=henne|=ham", "=vondt =i =brystet", "=smerter =i =brystet", "=armen =er =nummen", "=sparker =inn =doren|=dora", "=bryter =opp =doren|=dora", "=svelget =alle|=piller|=tablettene", "slar =meg|=oss|=henne|=ham|=barnet|=barna", "truer", "=kniv|=kniven|=pistol|=vapen", "=drepe|=dreper", "=ta =livet", "=tar =livet", "selvmord", "=brenner", "=brann", "=royk", "=puster =ikke", "bevisstlos", "=ikke =bevissthet", "hjerteinfarkt", "=blor", "=overdose", "=skade =meg =selv", "=orker =ikke =mer", "=vil =ikke =leve", "=voldtar", "=star =utenfor", "=drepe =meg|=oss", "=skal =drepe", "=ta =livet =sitt", "=puster =rart|=tungt|=ikke", "=bla =i =ansiktet", "=falt =om", "=besvimt", "=slar =henne|=ham =igjen", "=sparker =dora|=pa =dora", "=skadet =seg", "=brystsmerter", "=sitter =pa =kanten", "=falt =om", "=reagerer =ikke", "=rorer =seg =ikke", "=bevisstlos", "=tatt =piller|=tabletter", "=overdose", "=oks|=oksa", "=kniv", "=brekker =seg", "=kveler|=kvele", "=bryter|=bryte =seg =inn", "=gjemt|=gjemmer =meg|=oss|=seg", "=henge =seg", "=hoppe", "=gass", "=lukter =gass"},
		help:    []string{"?=hjelp", "=hjelp =meg|=oss", "=kom =fort"},
		conduct: []string{"=dra =hjem =til =ditt =land", "=reis =hjem", "=hermet =etter", "=lo =av =aksenten", "=kalte =meg", "=la =pa =i =oret", "!=fortalte =arbeidsgiveren|=naboene|=sjefen =min", "=frekk|=frekke", "nedlatende", "=lo =av|=til =meg", "=kjeftet", "=rasistisk|=rasist", "=sexistisk", "=taushetsplikt", "=ydmyket", "=skrek =til|=pa =meg", "=kastet =bort =tiden", "=mobbet", "=hetset", "=nedverdigende", "=hun|=han|=de =bare =la =pa", "=hun|=han|=de =la =pa", "!=fortalte =naboen|=naboene|=sjefen"},
		catList: []catCues{
			{rt, []string{"ventet", "=ko|=koen", "=lenge", "=lang =tid", "=ingen =svarte", "=satt =pa =vent", "=ingen =har =kommet", "=kom =aldri", "=fortsatt =ikke =kommet"}},
			{nts, []string{"=pa =alvor", "=ikke =en =sak", "=brydde =seg", "=ingenting =skjedde", "=trodde =ikke =pa"}},
			{fu, []string{"=ringt =tilbake", "=ringte =tilbake", "saksnummer", "=ikke =hort =noe"}},
			{tech, []string{"=brutt", "=linjen", "=darlig =linje", "=lenken|=skjemaet"}},
			{acc, []string{"tolk", "=dov", "=horselshemmet", "=snakker =ikke =dansk"}},
			{adv, []string{"=sendt =rundt", "=feil =rad|=beskjed", "=forskjellige =svar"}},
			{ros, []string{"=takk", "=tusen =takk", "hyggelig", "hjelpsom", "=flink", "=fornoyd"}},
		},
		neg:   []string{"=ikke", "=ikkje", "=aldri", "=ingen", "=ingenting"},
		past:  []string{"=i =gar", "=forrige =uke", "=i =fjor", "=da", "=etterpa"},
		over:  []string{"=na =er =han =borte", "=er =trygg|=trygge", "=ingen =ble =skadet", "=det =gar =bra =na", "=er =over"},
		now:   []string{"=ikveld|=inatt", "=i =dette =oyeblikk", "=na", "=akkurat =na", "=fortsatt"},
		third: []string{"=sjaforen|=taxisjaforen|=bussjaforen", "=mannen =jeg =ringte =om", "=naboen|=nabo|=eksmannen|=eksen|=kjaresten|=fyren|=gutten", "=mannen =min"},
		staff: []string{"politi", "betjent", "operator", "=damen|=dama|=mannen|=kvinnen =i =telefonen", "=hun|=han =som =svarte", "vakthavende"},
	},
	langSV: {
		danger:  []string{"=basebolltra|=slagtra|=jarnror|=tillhygge", "=tanda =eld", "=satta =eld =pa", "=halla|=haller =bensin", "=knivhugga|=knivhugger|=hugga =ihjal", "=ont =i =brostet", "=smarta|=smartor =i =brostet", "=armen =ar =domnad|=bedovad", "=sparkar =in =dorren", "=bryter =upp =dorren", "=svalt =alla|=tabletter|=tabletterna", "slar =mig|=oss|=henne|=honom|=barnet|=barnen", "hotar", "=kniv|=kniven|=pistol|=vapen", "=doda|=dodar", "=ta =livet", "=tar =livet", "sjalvmord", "=brinner", "=brand", "=rok", "=andas =inte", "=slutat =andas", "medvetslos", "hjartinfarkt", "=blor", "=overdos", "=skada =mig =sjalv", "=orkar =inte", "=vill =inte =leva", "=valdtar", "=star =utanfor", "=hotade =att =doda", "=ska =doda", "=andas =konstigt|=tungt", "=bla =i =ansiktet", "=svimmat", "=brostsmartor", "=sparkar =pa =dorren", "=bryter|=bryta =sig =in", "=gomt|=gommer =mig|=oss|=sig", "=skadat =sig", "=sitter =ensamt|=ensam|=pa balkong", "=barn =sitter", "=ramlat|=ramlade =ihop", "=reagerar =inte", "=ror =sig =inte", "=tagit =tabletter|=piller", "=yxa|=yxan", "=kniv", "=stryper|=stryps", "=hanga =sig", "=hoppa", "=gas", "=luktar =gas", "=lasta =in =mig|=oss", "=last =in =mig"},
		help:    []string{"?=hjalp", "=hjalp =mig|=oss", "=kom =fort"},
		conduct: []string{"=aka =hem =till =ditt =land", "=aka =hem", "=harmade", "=skrattade =at =min =brytning", "=kallade =mig", "=visste =var =jag =bor|=bodde", "!=berattade =for =min =arbetsgivare", "otrevlig", "nedlatande", "=skrattade =at", "=skrek =at", "rasistisk|=rasist", "=oforskamd", "sexistisk", "=tystnadsplikt", "forodmjuk", "respektlos", "=la =pa =luren", "=hanade|=hanfull", "=skrek|=skrikit", "=forolampande", "=sekretess", "!=berattade =for =min|=mina =granne|=grannar|=grannen|=chef|=familj", "=anonymt", "=hela =huset =vet"},
		catList: []catCues{
			{rt, []string{"vantade", "=vanta", "=vantan", "vantetid", "=ko|=kon|=telefonko", "=lange", "=lang =tid", "=ingen =svarade"}},
			{nts, []string{"=pa =allvar", "=brydde =sig", "=ingenting =hande", "=trodde =inte =pa"}},
			{fu, []string{"=ringt =tillbaka", "=ringde =tillbaka", "diarienummer", "arendenummer", "=inte =hort =nagot", "=ingen =aterkoppling"}},
			{tech, []string{"=brots", "=brutet", "=linjen", "=dalig =linje", "=lanken|=formularet", "telefonmeny", "=meny", "=loop", "=tryck =1|=2|=3"}},
			{acc, []string{"tolk", "=dov", "horselskadad", "=pratar =inte =danska"}},
			{adv, []string{"=skickad =runt", "=fel =besked|=rad", "=olika =besked|=svar"}},
			{ros, []string{"=tack", "=stort =tack", "trevlig", "hjalpsam", "=lugn", "=nojd", "=snabba|=snabbt", "=bra =jobbat", "=tacksam"}},
		},
		neg:   []string{"=inte", "=aldrig", "=ingen", "=inget", "=ingenting"},
		past:  []string{"=i =gar", "=forra =veckan", "=i =fjol", "=efterat", "=forra =aret|=manaden", "=i =fjol"},
		over:  []string{"=nu =ar =allt =lugnt", "=ar =trygg|=trygga", "=ingen =blev =skadad", "=ar =over", "=har =akt =ivag", "=mar =okej|=bra", "=ar =hemma =och", "=bor =han|=hon =i =en =annan"},
		now:   []string{"=ikvall|=inatt", "=i =detta =ogonblick", "=nu", "=just =nu", "=fortfarande"},
		third: []string{"=foraren|taxichauff|busschauff|chauff", "=mannen =jag =ringde =om", "=grannen|=granne|=exet|=exmannen|=pojkvannen|=killen|=grannarna"},
		staff: []string{"polis", "operator", "handlaggar", "=kvinnan|=mannen =i =telefonen", "=hon|=han =som =svarade", "larmoperator", "betjant", "=polisen"},
	},
	langDE: {
		danger:  []string{"=schmerzen =in =der =brust", "=brust =tut =weh", "=arm =ist =taub", "=arm =taub", "schlaganfall", "baseballschlager", "=knuppel", "=anzunden|=zundet|=zunde", "=abfackeln|=abbrennen", "=schuttet|=gießt|=giest =benzin", "=abstechen|=erstechen|=ersticht|=absticht", "=tritt =die =tur =ein", "=bricht =die =tur =auf", "=sich =umbringen|=umzubringen", "=alle =tabletten", "schlagt =mich|=uns|=sie|=ihn|=mein|=meine|=das|=die", "=droht|=bedroht", "=messer|=pistole|=waffe", "umbringen", "=toten|=totet", "selbstmord", "suizid", "=nicht =mehr =leben", "=das =leben =nehmen", "=brennt", "=feuer", "=rauch", "=atmet =nicht", "bewusstlos", "herzinfarkt", "=blutet", "uberdosis", "tabletten", "=vergewaltigt", "=steht =vor =der =tur", "=bricht =ein", "=ritzen|=ritze", "=bringt =mich|=uns|=ihn|=sie =um", "=tritt =gegen", "=schlagt =auf", "=eingeschlossen", "=versteckt", "brustschmerz", "=kaum =atmen", "=atmet =kaum", "=bekommt =keine =luft", "=bewaffnet", "=mit =einem =messer", "=will =sich =umbringen", "=blutet =stark", "umgefallen", "zusammengebrochen", "=reagiert =nicht", "=bewegt =sich =nicht", "=axt|=beil|=machete", "=tabletten =genommen|=geschluckt", "=wacht =nicht =auf", "wurgt|wurgen", "=bricht =ein", "=gas", "=riecht =nach =gas", "=aufhangen", "=springen", "=greift =an|=greift", "angriff", "=sticht|=zusticht", "=will =mich|=uns =toten|=umbringen"},
		help:    []string{"?=hilfe", "=helfen =sie =mir|=uns", "?=schnell", "=bitte =kommen", "=schicken =sie =sofort|=schnell", "=kommen =sie =schnell"},
		conduct: []string{"=zuruck =in =dein =land|=deine =heimat", "=geh =zuruck", "=sollen =doch =in", "nachgeafft", "=akzent =nachgemacht", "=uber =meinen =akzent", "=nannte =mich", "=einfach =aufgelegt", "!=meinem =arbeitgeber|=chef|=nachbarn =erzahlt|=erzaehlt|=gesagt", "!=erzaehlte =meinem =nachbarn|=chef|=arbeitgeber", "=geht =niemanden =etwas =an", "=abschieben|=abgeschoben =werde", "unhoflich", "=unfreundlich", "herablassend", "angeschrien", "=angebrullt", "=ausgelacht", "=lachte =uber", "rassist", "=auslander|=auslandern", "auslanderfeind", "diskrimin", "sexist", "respektlos", "=frech", "=arrogant", "schweigepflicht", "=beleidigt", "!=erzahlte =meinem =nachbarn|=chef|=arbeitgeber", "=eine =klare =drohung", "=sonst =bekame =ich", "=aufgelegt", "=beschimpft", "=herabwurdigend", "=schnippisch", "=genervt", "=augen =verdreht", "!=erzahlte|=erzahlt =den =nachbarn", "vertraulich"},
		catList: []catCues{
			{rt, []string{"gewartet", "warteschleife", "=stunde|=stunden", "=lange", "=niemand =ging =ran", "=keiner =ging =ran", "=spat", "=immer =noch =nicht =da", "=wie =lange =noch", "=dauerte|=gedauert", "=bis =eine =streife"}},
			{nts, []string{"=ernst =genommen", "=keine =sache =fur =die =polizei", "=nichts =getan|=passiert", "=nicht =geglaubt", "abgewimmelt", "=es =sei =nichts", "=privatsache", "=ernst =nehmen", "=nichts =gemacht", "=nichts =unternommen"}},
			{fu, []string{"zuruckgerufen", "=ruckruf", "aktenzeichen", "=keine =ruckmeldung", "=nichts =gehort", "fallnummer"}},
			// "link" with an article or a verb of working: "3. Stock links" is left, not web links (session 10, cls-17c)
			{tech, []string{"=verbindung", "unterbrochen", "=abgebrochen", "=formular", "=der|=den|=dem|=die|=ein|=einen|=kein|=keinen|=im|=per|=zum +=link", "=link +=funktioniert|=funktionierte|=geht|=ging|=war|=ist", "=funktionierte =nicht"}},
			{acc, []string{"dolmetscher", "=gehorlos", "=taub", "=kein =danisch", "=spreche =kein", "schwerhorig", "=per =sms|=chat"}},
			{adv, []string{"=hin =und =her", "=weitergeleitet", "=falsche =auskunft|=information", "widerspruch", "=was =soll =ich =tun", "=niemand =erklart", "=widerspruchlich", "=unterschiedliche =antworten"}},
			{ros, []string{"=danke", "=vielen =dank", "freundlich", "=geholfen", "=zufrieden", "=toll", "=super"}},
		},
		neg:   []string{"=nicht", "=kein|=keine|=keinen", "=nie", "=niemand", "=nichts", "=niemals"},
		past:  []string{"=gestern", "=letzte =woche", "=letzten =monat", "=damals", "=war|=waren", "=hatte", "=wurde", "=letztes =jahr", "=wurde =geschlagen"},
		over:  []string{"=jetzt =ist =alles =gut", "=in =sicherheit", "=niemand =wurde =verletzt", "=ist =vorbei", "=ist =weg", "=zum =gluck =ist =nichts =passiert", "=wir =sind =sicher", "=nichts =passiert"},
		now:   []string{"=heute =abend|=nacht", "=im =moment", "=momentan", "=jetzt", "=gerade", "=immer =noch", "=sofort"},
		third: []string{"=taxifahrer|=busfahrer|=fahrer|=autofahrer|=radfahrer|=lkw-fahrer", "=der =mann =den =ich", "=nachbar|=nachbarn|=nachbarin", "=mein =ex|=mann", "=typ", "=der =kerl", "=tater|=einbrecher|=dieb|=betrunkene|=betrunkener|=angreifer"},
		staff: []string{"polizei", "beamt", "polizist", "mitarbeiter", "=die|=der =frau|=mann =am =telefon", "disponent", "leitstelle", "=ihre =kollegen"},
	},
	langPL: {
		danger:  []string{"=kij|=kijem|=palka|=palke|=palka", "=bejsbolowy|=bejsbolowym", "=podpali|=podpalic|=podpala", "=leje|=wylewa =benzyne", "=dzgnac|=zadzgam|=zadzga|=dzga", "=bol =w =piersi", "=boli =mnie =w =klatce", "=dretwieje|=zdretwiala|=zdretwial", "=udar", "=wywaza|=wylamuje =drzwi", "=wszystkie =tabletki", "=bije|=bija|=bijesz", "=grozi|=grozil|=grozi", "=zabije|=zabic|=zabija", "=noz|=nozem|=bron|=pistolet", "=pali =sie", "=pozar", "=dym|=dymu", "=nie =oddycha", "nieprzytomn", "=zawal", "krwawi", "=zabic =sie", "=nie =chce =zyc", "samobojst", "=tabletki", "=gwalci", "=dusi", "=wlamuje", "=stoi =pod =drzwiami", "=dobija =sie", "=ma =noz", "=z =nozem", "=chce =mnie =zabic", "=zabije =nas", "=kopie =w =drzwi", "=nie =moze =oddychac", "=stracil|=stracila =przytomnosc", "=zemdlal|=zemdlala", "=bol =w =klatce", "=polknal|=polknela", "upadl|upadla", "=nie =rusza =sie", "=nie =reaguje", "=nie =ma =kontaktu", "nieprzytomn", "=tabletki|=tabletek|=leki", "=polknal|=polknela", "=nie =budzi =sie", "=siekier|=maczet", "=dusi", "=wlamuje|=wlamal", "=powiesic", "=skoczyc", "=gaz|=gazem|=gazu", "=atakuje|=napada", "=uderza|=bije", "=krwawi"},
		help:    []string{"?=pomocy", "=pomozcie", "=ratunku", "=prosze =szybko", "=przyjedzcie"},
		conduct: []string{"=wracaj =do =swojego =kraju", "=wracaj =do", "=wysmial|=wysmiala|=wysmiali", "=smial|=smiala =sie =z =mojego =akcentu", "=przedrzeznial", "=nazwal|=nazwala =mnie", "=wyzwal|=wyzwala =mnie", "=rzucil|=rzucila =sluchawke", "!=powiedzial|=powiedziala|=powiedzieli =sasiadom|=szefowi|=pracodawcy", "=deportowac|=deportuja", "niegrzeczn", "=krzyczal|=krzyczala =na", "=smial|=smiala =sie =z", "rasist", "=obrazal|=obrazil|=obrazila", "=chamsk|=chamski|=chamsko", "=bezczeln", "=arogan", "=ponizal", "=polacy =tylko", "seksist", "!=powiedzial|=powiedziala =sasiadom|=sasiadowi|=szefowi", "=wy =polacy", "=polacy =zawsze", "=rozlaczyl|=rozlaczyla =sie", "=rzucil|=rzucila =sluchawke", "=wysmial|=wysmiala", "=ponizajac", "=zlosliw", "=poufn"},
		catList: []catCues{
			{rt, []string{"=czekalem|=czekalam|=czekalismy", "=godzine|=godziny|=godzin", "=nikt =nie =odbieral|=odebral", "=dlugo", "=kolejce", "=nikt =nie =odbiera", "=nadal =nie =ma", "=jeszcze =nie =przyjechal|=przyjechala", "=przyjechala|=przyjechal =po =godzinie|=godzinach|=dwoch"}},
			{nts, []string{"=powaznie", "=nie =sprawa =dla =policji", "=nic =nie =zrobili", "=nie =uwierzyli", "zbagatelizowal", "=to =nie =ich =sprawa", "=nie =ich =sprawa", "=zignorowal"}},
			{fu, []string{"oddzwonil", "=numeru =sprawy", "=zadnej =informacji", "=zadnej =odpowiedzi"}},
			{tech, []string{"=polaczenie =zostalo =przerwane", "=rozlaczylo", "przerwan", "=link|=formularz", "=nie =dzialal"}},
			{acc, []string{"tlumacz", "=nie =mowie =po =dunsku", "=gluch"}},
			{adv, []string{"=sprzeczne", "=zle =informacje", "=bledne", "odsyla", "=w =kolko", "=do =gminy"}},
			{ros, []string{"dziekuje", "=mila|=mily|=mili", "=pomocna|=pomocny", "=super", "=szybko =przyjechali", "=profesjonaln"}},
		},
		neg:   []string{"=nie", "=nikt", "=nigdy", "=nic", "=zaden|=zadnej"},
		past:  []string{"=byl|=byla|=bylo", "=mial|=miala", "=wczoraj", "=w =zeszlym", "=tydzien =temu", "=wtedy", "=pobil|=pobila|=uderzyl|=uderzyla", "=w =zeszlym", "=w =zeszlym =miesiacu|=roku", "=napadl|=napadla"},
		over:  []string{"=jestem =bezpieczn", "=jestesmy =bezpieczn", "=nikt =nie =zostal =ranny", "=juz =jest =dobrze", "=juz =po =wszystkim", "=poszedl =sobie", "=juz =go =nie =ma"},
		now:   []string{"=dzis|=dzisiaj =wieczorem", "=tej =nocy", "=w =tej =chwili", "=teraz", "=wlasnie", "=znowu", "=ciagle"},
		third: []string{"=kierowca|=taksowkarz", "sasiad", "=byly|=maz|=facet|=chlopak|=partner"},
		staff: []string{"polic", "dyspozytor", "=dyzurny|=dyzurna", "=pani|=pan =przy|=przez =telefon|=telefonie", "funkcjonariusz", "=pan =policjant"},
	},
	langTR: {
		danger:  []string{"oldurecegini", "oldurecegim", "oldurecek", "=kendini oldur", "=kendini =asacak", "=sopa|=sopasi|=sopayla|=beyzbol", "=yakacak|=yakacagini|=yakacagim", "=atese =verecek|=vermek", "=ates =verecek", "=benzin =dokuyor|=doktu", "bicaklayacak", "=bicaklamak|=bicakliyor", "=gogus =agrisi", "=gogsum|=gogsu =agriyor", "=felc|=inme", "=kapiyi =kirmaya|=kiriyor|=zorluyor", "=butun =haplari|=ilaclari", "=dovuyor", "doveceg", "=tehdit =ediyor", "=olduruyor", "=olduraceg|=oldurecek", "=bicak|=bicagi|=silah|=silahi|=tabanca", "=yangin", "=yaniyor", "=duman", "=nefes =almiyor", "=bayildi", "=baygin", "=kalp =krizi", "kaniyor", "=kendimi =oldurecegim|=olduracegim", "=intihar", "=yasamak =istemiyorum", "=hap|=haplar", "=tecavuz", "=kapinin =onunde", "=kapiyi =kiriyor", "silahli", "=bicakli", "=kapiyi =kilitledik", "=saklaniyoruz", "=nefes =alamiyor", "=kalp =krizi =geciriyor", "=oldurecek", "=vuruyor", "=tekmeliyor", "=atlayacak", "bicak", "saldiriyor", "saldirdi", "=dustu =ve", "=bilinci =kapali", "=bilincini =kaybetti", "=tepki =vermiyor", "=kipirdamiyor", "=uyanmiyor", "=hap =icti|=yuttu", "=kendini =asmak|=asacak", "=ip =hazir", "=atlayacak|=atlamak", "=gaz =kokusu", "=bogazini =sikiyor|=bogmaya", "=kiriyor", "=zorla =giriyor|=girmeye", "=balta|=satir", "=kaniyor"},
		help:    []string{"?=yardim", "=yardim =edin", "=imdat", "?=acil", "=cabuk =gelin", "=lutfen =cabuk|=gelin", "=hemen =gelin"},
		conduct: []string{"=ulkene =don|=git", "=kendi =ulkene", "=dalga =gecti", "=aksanimla|=aksanim", "=guldu|=guldüler|=gulduler", "=bana =aptal|=salak =dedi", "=yuzume =kapatti", "=suratima =kapatti", "!=komsulara|=patronuma|=isverenime =soyledi|=anlatti", "=sinir =disi =ederim|=deport", "=kaba", "=bagirdi", "=dalga =gecti", "=irkci", "=hakaret", "=asagiladi", "=saygisiz", "=kufur|=kufretti", "=yabancilar =hakkinda", "=cinsiyetci", "!=komsuma =soyledi", "=aksanima|=aksanimla =guldu", "=guldu", "=asagilayici", "=alay =etti", "=yuzume =kapatti", "=telefonu =kapatti", "=danca =ogren", "!=komsulara =soyledi", "=isverenime =soyledi", "=gizli"},
		catList: []catCues{
			{rt, []string{"=bekledim|=bekledik", "=saat|=saatten", "=kimse =telefonu =acmadi", "=kimse =acmadi", "=gec =geldi", "=uzun", "=dakika =sonra =geldi", "=cok =gec", "=nerede", "=hala =gelmedi", "=dakikadir", "=cok =gec =geldi"}},
			{nts, []string{"=ciddiye", "=polisin =isi =degil", "=hicbir =sey =yapmadi|=yapmadilar", "=inanmadilar", "=polis =meselesi =degil", "=meselesi =degil"}},
			{fu, []string{"=geri =aramadi|=aranmadim|=donmedi", "=dosya =numarasi", "=haber =yok|=alamadim", "=dosya =numaram", "=hala =almadim"}},
			{tech, []string{"=hat", "=kesildi", "=baglanti", "=link|=form", "=calismiyor|=calismiyordu"}},
			{acc, []string{"tercuman", "=danca =bilmiyorum", "=isitme", "=sagir"}},
			{adv, []string{"=yanlis =bilgi", "=bir =yerden =bir =yere", "=farkli =seyler", "=hangisi =dogru", "=once =internet", "=karakola =git"}},
			{ros, []string{"tesekkur", "=sagolun", "=kibar", "=yardimsever", "=nazik", "=cok =iyi", "=memnun", "=allah =razi", "=rabbim =razi", "=cok =hizli =geldi"}},
		},
		neg:      []string{"=hic", "=kimse", "=asla"},
		negAfter: []string{"=degil", "=degildi", "=degildir", "=yok"},
		past:     []string{"=dun", "=gecen =hafta", "=gecen", "=o =zaman", "=dovdu", "=tehdit =etti", "=vurdu", "=gecen =yil", "=dovdugunde"},
		over:     []string{"=simdi =iyiyim", "=guvendeyim|=guvendeyiz", "=kimse =yaralanmadi", "=gitti", "=bitti", "=tehlikede =degilim", "=merak =etmeyin", "=artik =guvende"},
		now:      []string{"=bu =aksam", "=bu =gece", "=su =anda", "=simdi", "=su =an", "=hala", "=yine"},
		third:    []string{"=sofor|=taksici", "komsu", "=kocam", "=eski =kocam", "=adam"},
		staff:    []string{"polis", "memur", "operator", "telefondaki", "komiser"},
	},
	langRO: {
		danger:  []string{"=bata|=ranga|=baston|=ciomag", "=in =fata =blocului|=casei|=usii", "=da =foc|=dea =foc", "incendieze|incendia", "=toarna =benzina", "injunghie|injunghia", "=durere|=dureri =in =piept", "=ma =doare =pieptul", "=amortit|=amortita", "=accident =vascular", "=sparge =usa", "=toate =pastilele", "=bate", "=ameninta", "=omoara|=omor", "omoar", "ucide|ucida", "=sa =ma|=te|=ne =omoare|=ucida|=injunghie", "=cutit|=cutitul|=arma|=pistol", "=arde", "=incendiu", "=fum", "=nu =respira", "inconstient", "=infarct", "sangereaza", "sinucid", "=nu =mai =vreau =sa =traiesc", "=pastile", "=violeaza", "=la =usa", "=sparge =usa", "=incearca =sa =sparga", "=ne =omoara", "=te =omor", "=nu =poate =respira", "=a =lesinat", "=si-a =pierdut =cunostinta", "=durere =in =piept", "=a =inghitit", "loveste", "=bate =pe", "=a =cazut", "=nu =mai =raspunde", "=nu =se =misca", "=inconstient|=inconstienta", "=nu =se =trezeste", "=pastile|=medicamente", "=topor|=maceta", "=sugruma|=strange =de =gat", "=a =intrat =in =casa", "=sparge", "=spanzura", "=sa =sara", "=gaz|=miros =de =gaz", "=ataca", "=injunghiat"},
		help:    []string{"?=ajutor", "=ajutati-ma", "=ajutati", "=veniti =repede", "?=urgent"},
		conduct: []string{"=intoarce-te =in =tara =ta", "=du-te =in =tara =ta", "=tara =ta", "=a =ras =de =accentul", "=si-a =batut =joc", "=m-a =facut|=numit", "=inchis =telefonul|=apelul", "=mi =a =inchis", "!=le-a =spus =vecinilor|=sefului|=angajatorului", "deporta", "nepoliticos", "=a =tipat|=tipa =la", "=a =ras =de", "rasist", "=jignit|=jignitor", "=nesimtit", "=arogant", "=batjocor", "=discrimin", "sexist", "=glume =rasiste", "!=i-a =spus =vecinului", "=voi =romanii", "=romanii", "=rasism", "=mi-a =inchis =telefonul", "=a =ras", "=umilitor", "=batjocorit", "!=le-a =spus =vecinilor", "=confidential"},
		catList: []catCues{
			{rt, []string{"=asteptat", "=ora|=ore", "=nu =a =raspuns =nimeni", "=nimeni =nu =a =raspuns", "=coada", "=am =sunat =acum", "=inca =nu =a =venit", "=nimeni =nu =vine", "=a =venit =dupa"}},
			{nts, []string{"=in =serios", "=nu =e =treaba", "=nu =au =facut =nimic", "=nu =m-au =crezut"}},
			{fu, []string{"=nu =m-a =sunat =nimeni|=inapoi", "=numar =de =dosar", "=nicio =veste", "=nicio =informatie"}},
			{tech, []string{"=legatura", "=s-a =intrerupt", "=intrerupt", "=linkul|=formularul", "=nu =a =functionat|=mergea"}},
			{acc, []string{"traducator", "interpret", "=nu =vorbesc =daneza", "=surd"}},
			{adv, []string{"=informatii =gresite", "=trimis =de =colo", "=contradictori", "=de =colo-colo", "=ma =plimba", "=mi-au =spus =sa =merg|=sun"}},
			{ros, []string{"multumesc", "=amabil|=amabila", "=draguta|=dragut", "=profesionist", "=multumit|=multumita", "=foarte =bine", "=a =venit =foarte =repede", "=foarte =repede"}},
		},
		neg:   []string{"=nu", "=nimeni", "=niciodata", "=nimic", "=niciun|=nicio"},
		past:  []string{"=ieri", "=saptamana =trecuta", "=atunci", "=a =lovit|=batut", "=m-a =lovit|=batut", "=anul =trecut", "=am =fost =batuta|=batut|=lovit"},
		over:  []string{"=sunt =in =siguranta", "=suntem =in =siguranta", "=nimeni =nu =a =fost =ranit", "=a =plecat", "=s-a =terminat"},
		now:   []string{"=diseara", "=in =seara =asta", "=in =acest =moment", "=acum", "=chiar =acum", "=inca", "=iar"},
		third: []string{"=soferul|=taximetristul", "vecin", "=fostul|=sotul", "=un =barbat"},
		staff: []string{"polit", "operator", "dispecer", "=doamna|=domnul =de =la =telefon"},
	},
	langSO: {
		danger:  []string{"kiniin", "=liqay|=liqday|=liqaya", "=ul|=budh|=ulo", "=gubi|=gubayaa|=gubaya|=gubin", "=dab =ku =shidi|=qabadsiin", "=baasiin|=batrool", "=mindi =ku =dhufan|=mudi", "=laabta =xanuun", "=xabadka =xanuun", "=xanuun =laabta|=xabadka", "=albaabka =jebin|=jebinaya|=jabinaya", "garaacay", "=i =garaacayaa", "=wuu =i =garaacayaa", "=hanjab", "=igu =hanjabaya", "=dilayo|=dili|=dilaya", "=mindi|=mindiyo|=qori|=hub", "=dab", "=qiiq", "=neefsan", "=ma =neefsanayo", "miyirka", "=dhiig", "=is =dilo", "=isdil", "=dhimasho", "=albaabka =ayuu =joogaa", "=kufsi", "neefsan", "=uma =neefsanayso", "=suuxday|=suuxay", "=miyir =beelay", "=hub =sita", "=mindi =sita", "=wuu =i =dilayaa", "=dilaya", "=garaacaya", "=dab =qabsaday", "=dhacay =oo", "=ma =hadlayo", "=ma =dhaqaaqayo", "=miyir", "=miyirka =ma", "=kiniin|=kiniinno|=daawo =badan", "=guriga =soo =galay", "=is =dilo", "=isdilo", "=is =sudho", "=faas|=seef", "=ceejinaya", "=gaas", "=dhiig =ka =imanaya", "=weeraraya|=weerar"},
		help:    []string{"?=caawimaad", "=i =caawiya", "=naga =caawiya", "?=degdeg", "=fadlan =kaalay"},
		conduct: []string{"=dalkaaga =ku =noqo", "=dalkaaga", "=ku =qososhay|=qosleen|=qoslay", "=igu =qosleen", "jeesjees", "=lahjadayda", "=i =caayay|=caayeen", "=taleefanka =iga =dhigay|=jaray", "!=deriskayga|=deriska =u =sheegay|=sheegeen", "=tarxiil", "=edeb =daran", "=edeb =xun", "=igu =qayliyay", "=qayliyay", "cunsuri", "=midab", "=aflagaad", "=ku =qoslay", "=ixtiraam =la'aan", "=ixtiraamlaan", "=takoor", "=edeb =darnayd|=darnaa", "=igu =qaylisay|=qayliyay", "=iga =dhigtay|=dhigay", "=ku =jeesjeesay", "=cunsuriyad", "!=u =sheegay =deriskayga", "=sir"},
		catList: []catCues{
			{rt, []string{"=sugayay|=sugay", "=saacad|=saacado", "=qofna =ma =jawaabin", "=muddo =dheer", "=weli =ma =iman", "=ma =iman", "=daqiiqo", "=laba =saac =kadib", "=saac =kadib"}},
			{nts, []string{"=si =dhab =ah", "=ma =aha =arrin =booliska", "=waxba =ma =qaban", "=ima =rumaysan", "=ma =aha =arrin =booliis", "=arrin =booliis"}},
			{fu, []string{"=dib =iima =soo =wacin", "=lambarka =kiiska", "=war =ma =helin", "=iima =soo =wicin", "=soo =wicin", "=lambarka"}},
			{tech, []string{"=khadka", "=go'ay", "=link|=foomka", "=ma =shaqeynayn", "linki", "=ma =shaqeynayo|=shaqeyneyso"}},
			{acc, []string{"turjumaan", "=af =deenish =kuma =hadlo", "=dhagoole", "turjubaan", "=ma =aqaan =af", "=af =deenish"}},
			{adv, []string{"=macluumaad =qaldan", "=meel =meel", "=meel =aan =aado", "=kommunen", "=ma =garanayo"}},
			{ros, []string{"mahadsan", "=naxariis", "=fiican|=fiicnayd", "=aad =u =wanaagsan", "=ku =faraxsanahay"}},
		},
		neg:   []string{"=ma", "=maya", "=qofna", "=waxba", "=mana"},
		past:  []string{"=shalay", "=toddobaadkii =hore", "=markii", "=garaacay", "=sanadkii =hore", "=la =i =garaacay"},
		over:  []string{"=nabad =qabaa|=qabnaa", "=ammaan =baan", "=qofna =ma =dhaawacmin", "=wuu =tagay", "=way =dhammaatay", "=khatar =kuma =jiro", "=khatar =ma =jirto"},
		now:   []string{"=caawa", "=xilligan", "=hadda", "=weli", "=mar =kale"},
		third: []string{"=darawalka", "deris", "=ninkayga|=ninkii"},
		staff: []string{"boolis", "sarkaal", "=gabadha|=haweeneydii|=haweeneyda|=ninka =taleefanka", "=taleefanka"},
	},
	langAR: {
		danger: []string{"عصا", "مضرب", "يحرق", "سيحرق", "رح يحرق", "بنزين", "يذبح", "سيذبح", "يطعن", "طعن", "الم في صدري", "الم في الصدر", "الم بالصدر", "يكسر الباب", "يكسر", "كل الحبوب", "3asaye", "3asa", "dba7", "bidba7", "yedba7", "bi7ra2", "y7ra2", "yi7ra2", "benzine|banzin", "wja3 =bi =sadri", "waja3 =sadr|=sadri", "yiksor|yeksor|byiksor =el =bab", "kel =el =7boub", "يضرب", "بيضرب", "يضربني", "يهدد", "يهددني", "بيهدد", "يقتل", "سيقتل", "قتل", "سكين", "سلاح", "مسدس", "حريق", "نار", "دخان", "لا يتنفس", "ما بيتنفس", "فاقد الوعي", "مغمى", "اغمي", "نوبة قلبية", "ينزف", "انتحار", "انتحر", "اقتل نفسي", "أقتل نفسي", "لا اريد ان اعيش", "لا أريد أن أعيش", "حبوب", "اغتصاب", "امام الباب", "أمام الباب",
			"bidrabni", "byedrabni", "yedrabni", "yadrebni", "yidrebni", "yedrebni", "tidrebni", "yidrabni", "yodrobni", "yadrabni", "bydrabni", "bidrebni", "3am =yidreb|=yedreb|=yidrab|=bidrab|=byedrab", "bidrab", "darabni", "bihaddidni", "yhaddedni", "ihaded", "bihadded", "sikkeen", "sikkin", "sekeen", "sikeen", "silah", "mosaddas", "7ari2", "hari2", "7ariqa", "nar", "dukhan", "do5an", "=ma =bitnaffas|=byitnaffas|=byetnaffas|=yitnaffas", "mghma", "maghmi", "entehar", "ente7ar", "2otol =7ali", "aktol =nafsi", "a2tol =nafsi", "ektel =nafsi", "3al =bab", "3ala =el =bab", "=bala3 =7boob|=hbob|=7bob", "=ma =3am =yfi2", "=mesh =3am =yfi2", "=y2atelna|=yi2tilna|=y2tlna|=yedbahna", "=rah =y2atel", "=3am =ydo2", "فقدت الوعي", "لا تتنفس", "بلع", "يطرق الباب", "سيقتلنا", "=zabad", "سقط", "لا يتحرك", "لا يستجيب", "لا يرد", "غائب عن الوعي", "لا تستيقظ", "لا يستيقظ", "ابتلع", "ابتلعت", "حبوب", "سكين", "سكينا", "ساطور", "فأس", "يهاجم", "هاجم", "يخنق", "يخنقني", "يكسر الباب", "اقتحم", "ينتحر", "غاز", "we2e3|=wi2i3|=w2e3", "=ma =3am =yet7arrak|=yit7arrak|=yet7arak", "=ma =3am =yrod|=yredd", "=ma =3am =tfi2|=yfi2|=tsta3'ez", "bel3et|bala3et|bala3|=bel3", "=7boob|=7bob|=hboob|=7ubub", "sekkine|sekkin|=sikkin|=sakeen", "yhajem|=3am =yhajem|=hajam", "ykhne2|=3am =ykhne2ni|=khana2ni", "=3am =ykasser =el =bab", "ynta7er|=bado =ynta7er"},
		help:    []string{"ساعدوني", "النجدة", "الحقوني", "أنقذوني", "انقذوني", "?بسرعة", "sa3dooni", "sa3edooni", "sa3douni", "sa3dona", "el7a2ooni", "ilha2ni", "najda", "ilhaqoona", "?bsor3a", "?besor3a", "b =sor3a", "=ta3alu|=ta3alo =halla2|=bsor3a", "تعالوا"},
		conduct: []string{"ارجع الى بلدك", "ارجع لبلدك", "ارجعي الى بلدك", "بلدك", "ضحك علي", "ضحكوا علي", "سخر", "استهزا", "لهجتي", "سكر الخط بوجهي", "اغلق الخط في وجهي", "erja3 =3a|=3ala|=la =baladak|=baladek", "=baladak|=baladek", "=sakkar|=sakkaret|=sakaret =el =5at|=elkhat", "=di7ek|=de7ek|=5ele2 =3alay", "=mas5ara|=byetmas5aro", "!=5abbar|=khabbar|=2al =jeeran|=jeeranna|=jiran", "=lazem =ykoun =sirr", "!اخبر الجيران", "!قال للجيران", "ترحيل", "وقح", "وقحا", "صرخ", "عنصري", "عنصريا", "عنصرية", "سخر", "اهانني", "أهانني", "اهانة", "قليل الادب", "بدون احترام", "الاجانب", "الأجانب", "wa2e7", "wa2i7", "waqih", "sarakh", "s7arakh", "3onsori", "3ansari", "3onsoriya", "ehana", "2ahanni", "ahanni", "bala =adab", "ma3andu =adab", "dehek =3alaya", "bi =yes5ar|=yas5ar", "=3unsuriye|=3onsoriye|=3onsorieh|=3unsuri", "=da7ak =3alay|=3alayi", "=inta =3arabi|=3arab", "=ysebbni", "=sakkar =el =khat", "عنصرية", "ضحك علي", "أغلق الخط", "اغلق الخط", "!اخبر جيراني", "!أخبر جيراني", "!اخبر جاري", "سريا", "الكل يعرف", "!=2al =la =jirani|=jari", "=kel =el =nas =3erfet"},
		catList: []catCues{
			{rt, []string{"انتظرت", "ساعة", "ساعات", "لم يرد احد", "لم يرد أحد", "ما حدا رد", "stanet", "estanet", "intazart", "sa3a", "sa3at", "ma =7ada =rad", "ma =7ad =rad", "=is3af =wen", "=ma =wasal", "لم يصل", "=lessa =ma", "بعد ساعتين", "بعد ساعة", "وصلت الشرطة بعد"}},
			{nts, []string{"على محمل الجد", "ليست قضية", "لم يفعلوا شيئا", "لم يصدقوني", "mahmal =el =jad", "mesh =shoghl", "ma =sada2ouni", "ma =3amalo =shi", "=ma =fina =na3mel =shi", "=ma =sadda2ni|=sadda2uni", "لم يصدقني", "ليس من شأننا", "ليس من اختصاص", "اختصاصها", "اختصاصنا"}},
			{fu, []string{"لم يتصل", "رقم القضية", "لا خبر", "ma =et9alo|=ettasalo", "ra2am =el =2adiye", "ma =fi =khabar", "=ma =7ada =7akani", "=ra2am =el =2adiyye|=2adiye", "=ma =3andi =ra2am", "لم يتصل بي أحد"}},
			{tech, []string{"انقطع", "الخط", "الرابط", "el =khat", "n2ata3", "2ata3", "el =link"}},
			{acc, []string{"مترجم", "لا أتكلم الدنماركية", "لا اتكلم", "اصم", "mutarjim", "motarjem", "tarjama", "ma =bahki =danmarki"}},
			{adv, []string{"معلومات خاطئة", "غلط", "ghalat", "3lumat =ghalat", "=rou7 =3al", "=meen =bsadde2", "متناقضة"}},
			{ros, []string{"شكرا", "لطيف", "لطيفا", "ساعدني", "ساعدتني", "ممتاز", "shukran", "shokran", "choukran", "latif", "latifa", "sa3adni", "sa3adetni", "mumtaz", "mashkoor", "mashkoorin", "ya3tik =el =3afye", "=alf =shukr", "=alf =shokr", "ألف شكر", "=allah =y3tikon"}},
		},
		neg:   []string{"لا", "لم", "ما", "ليس", "مش", "=ma", "=mesh", "=msh", "=mish", "=la", "=lam", "=ma7ada", "=wala"},
		past:  []string{"امس", "أمس", "مبارح", "الاسبوع الماضي", "كان", "ضربني", "mbere7", "mbareh", "embare7", "ams", "el =esbou3 =elli =fat", "kan", "darabni", "العام الماضي", "تعرضت"},
		over:  []string{"انا بخير", "أنا بخير", "في أمان", "في امان", "لم يصب احد", "لم يصب أحد", "راح وما رجع", "راح من هنا", "ana =mnee7|=mni7|=bkheir|=bikhair|=mneeha", "ma =7ada =et2azza", "=fal", "=ra7 =w =ma =raja3|=rje3", "=ra7 =men =hon|=hon", "=ana =mesh =bi =khatar", "=mesh =bi =khatar", "لست في خطر"},
		now:   []string{"الليلة", "هالليلة", "=lelle|=leile|=layle", "=hal =lele|=layle", "الآن", "الان", "هلق", "هلا", "halla2", "hala2", "hela", "dilwa2ti", "delwa2ty", "alan", "lessa", "ba3do"},
		third: []string{"سائق", "السائق", "=sawwe2|=sa2e2", "الجار", "جاري", "زوجي", "=el =jar", "=jari|=jarti|=jozi|=zoji|=jarna", "=el =ragel|=ragil|=rajul|=zalame|=wa7ed =elli|=illi|=li", "الرجل|الرجال|الشخص اللي|الذي|يلي"},
		staff: []string{"الشرطي", "الشرطة", "الموظف", "الموظفة", "الضابط", "=el =shorti|=shorta|=muwazaf|=muwazafa|=dabet|=zabet", "=shorti|=shorta|=elshorta|=polis"},
	},
	langFA: {
		danger: []string{"چماق", "باتوم", "آتش بزند", "اتش بزند", "آتیش بزنه", "اتیش بزنه", "آتش میزند", "اتش میزند", "بنزین", "چاقو میزند", "چاقو بزند", "درد قفسه سینه", "سینه درد", "سینم درد", "در را میشکند", "درو میشکنه", "همه قرص", "chomagh", "benzin", "atish =mizane|=bezane", "atash =mizanad|=bezanad", "chaghoo|chaghu =mizane|=bezane", "dard =sine|=ghafase", "=sinam =dard", "=dar =ro =mishkane", "میزند", "کتک", "میزنه", "تهدید", "میکشد", "میکشه", "بکشد", "چاقو", "اسلحه", "تفنگ", "آتش", "اتش", "اتیش", "دود", "نفس نمیکشد", "نفس نمیکشه", "بیهوش", "سکته", "خونریزی", "خودکشی", "خودم را بکشم", "خودمو بکشم", "زندگی کنم", "قرص", "تجاوز", "پشت در",
			"mizanad", "mizane", "kotak", "tahdid", "mikoshe", "mikoshad", "chaghoo", "chaghu", "aslahe", "atish", "atash", "dood", "nafas =nemikeshe", "bihoosh", "bihush", "khodkoshi", "khodamo =bokosham", "poshte =dar", "=nafas =nemikeshe|=nemikeshad", "=tashanoj", "تشنج", "=mikosham|=mikoshamet", "=chaghoo =dare", "=bihoosh =shode", "افتاده", "افتاد", "تکان نمی", "تکان نمیخورد", "بیدار نمیشود", "بیدار نمیشه", "جواب نمیدهد", "قرص", "قرص زیادی", "چاقو", "تبر", "وارد خانه", "حمله", "خفه", "خودکشی", "خودش را بکشد", "خودشو بکشه", "گاز", "=oftade|=oftad", "=takoon =nemikhore", "=bidar =nemishe", "=ghors", "=chaghoo|=chaqu|=chaghu", "=hamle", "=khafe", "=khodesho =bokoshe", "=khodkoshi", "=mikhad =khodesh", "=gaz"},
		help:    []string{"?کمک", "کمکم کنید", "?فوری", "?komak", "komakam", "?fori", "zood =biayn", "=komak =konid|=konin", "کمک کنید"},
		conduct: []string{"برگرد به کشور", "برگرد کشور", "کشور خودت", "مسخره", "خندید", "لهجه", "تلفن را قطع کرد", "قطع کرد", "=bargard =be =keshvar|=keshvaret", "=keshvare =khodet|=keshvaret", "=khandid|=khandidan", "masakhare", "=lahje|=lahjeye|=lahjam", "!=be =hamsayeha|=hamsaye =goft|=goftan", "!به همسایه", "دیپورت|deport", "بی‌ادب", "بیادب", "بی ادب", "داد زد", "سرم داد", "نژادپرست", "تحقیر", "مسخره", "توهین", "بی احترامی", "biadab", "bi =adab", "dad =zad", "nejadparast", "tahghir", "maskhare", "tohin", "bi =ehterami", "=fohsh", "=bi =adabi", "=maskhare =kard", "=nejadparasti", "توهین کرد", "فحش", "مسخره کرد", "!=be =hamsaye =goft", "!به همسایه گفت", "محرمانه"},
		catList: []catCues{
			{rt, []string{"منتظر", "ساعت", "کسی جواب نداد", "montazer", "saat", "kasi =javab =nadad", "=hanooz =nayoomade|=nayomade|=nayamade", "=bad =az =1|=2|=yek =saat", "هنوز نیامده", "هنوز نرسیده", "=dir =oomad"}},
			{nts, []string{"جدی نگرفتند", "کار پلیس نیست", "کاری نکردند", "jeddi =nagereftand", "kari =nakardand", "=kare =ma =nist", "=kar =ma =nist", "=jeddi =nagereftan", "کار ما نیست"}},
			{fu, []string{"تماس نگرفت", "شماره پرونده", "خبری نشد", "tamas =nagereft", "khabari =nashod"}},
			{tech, []string{"قطع شد", "خط", "لینک", "ghat =shod", "link"}},
			{acc, []string{"مترجم", "دانمارکی بلد نیستم", "ناشنوا", "motarjem", "danmarki =balad =nistam"}},
			{adv, []string{"اطلاعات غلط", "غلط", "ghalat", "=yeki =goft", "=nemidoonam =kodoom", "=kalantari", "یکی گفت"}},
			{ros, []string{"ممنون", "مرسی", "متشکرم", "مهربان", "کمکم کرد", "mamnoon", "mamnun", "merci", "mehraban", "motashakeram", "komakam =kard", "=kheili =mamnoon", "=mersi", "=zood =residan"}},
		},
		neg:   []string{"نه", "نمی", "هیچ", "na", "hich"},
		past:  []string{"دیروز", "هفته پیش", "زد", "بود", "dirooz", "diruz", "hafte =pish", "zad", "bood"},
		over:  []string{"حالم خوب است", "در امان", "کسی آسیب ندید", "=رفت", "halam =khoobe", "kasi =asib =nadid", "=raft"},
		now:   []string{"امشب", "=emshab", "=alaan", "الان", "هنوز", "دوباره", "alan", "hanooz", "dobare"},
		third: []string{"راننده", "=ranande", "همسایه", "شوهرم", "=hamsaye|=shoharam", "hamsay", "hamsai"},
		staff: []string{"پلیس", "مامور", "اپراتور", "افسر", "=polis|=mamoor|=mamour|=mamur|=operator|=afsar"},
	},
	langUK: {
		danger: []string{"підпал", "=бензин", "pidpal", "=benzyn", "заріж", "зарізат", "zarizh", "zarizat", "=біль =у|=в =грудях", "=bil =u|=v =hrudyakh", "=бита|=битою|=byta|=bytoyu", "=ламає =двері", "=lamaye =dveri", "=оніміла|=онімів", "=onimila|=onimiv", "=інсульт|=insult", "=усі|=всі =таблетки", "=usi|=vsi =tabletky", "=б'є|=бье|=бьет|=б'ють", "погрожу", "вбит", "=вб'є|=уб'є", "=ніж|=ножем|=зброя|=пістолет", "пожеж", "горить", "=дим", "=не =дихає", "непритомн", "=серцев", "кровоточ", "=покінчити =з =собою", "=не =хочу =більше =жити", "самогуб", "=таблетки", "ґвалт|гвалт", "=він|=вона|=вони|=хтось|=стоїть|=стоять|=сидить|=чекає|=чекають|=стукає|=стукають|=ломиться =під =дверима", "=ломиться|=ломиться",
			"=b'ye|=bye|=biye", "pohrozh", "=vbyty", "=nizh|=nozhem", "pozhezh", "=horyt", "=ne =dykhaye", "neprytomn", "samohub", "=vin|=vona|=vony|=khtos|=stoyit|=stoyat|=sydyt|=chekaye|=chekayut|=stukaye|=lomytsya =pid =dveryma", "=pistoletom|=pistolet", "=ne =mozhe =dykhaty", "=vtratyla|=vtratyv =svidomist", "=втратила|=втратив =свідомість", "=не =може =дихати", "=б'є =свою", "=кричить =про =допомогу", "=пістолетом", "=ножем", "=впав|=впала", "=не =рухається", "=не =реагує", "=не =прокидається", "таблет", "=випила|=випив", "=сокира|=сокирою", "=душить", "=ломиться", "=лізе =в", "=повіситись|=повіситися", "=стрибнути", "=газ|=газом", "=нападає", "=ріже", "=vpav|=vpala", "=ne =rukhayetsya", "=ne =reahuye", "=ne =prokydayetsya", "tabletok|tabletky", "=vypyla|=vypyv", "=sokyra", "=dushyt", "=lomytsya", "=byie|=b'ye|=bye"},
		help:    []string{"допоможіть", "=рятуйте", "?=швидко", "dopomozhit", "ryatuyte", "?=shvydko"},
		conduct: []string{"=повертайся|=їдьте|=їдь =назад", "=назад =в =свою", "=в =свою =україну", "=posmiyavsya|=posmiyalasya|=smiyavsya|=smiyalysya", "=посміявся|=посміялася|=сміявся|=сміялися|=висміяв", "=передражнював", "=nazad =v =svoyu", "=yid'te|=yidte|=yid =nazad", "=назвав|=назвала =мене", "=nazvav|=nazvala =mene", "=кинув|=кинула =слухавку", "=kynuv|=kynula =slukhavku", "!=розповіли|=розповів|=сказали =сусідам", "!=rozpovily|=rozpoviv|=skazaly =susidam", "депорт|deport", "=грубий|=груба|=грубо", "=кричав|=кричала =на", "=сміявся|=сміялася", "расист", "образив|образила", "=зневаж", "=принизив", "=хамил|=хамив|=хамство", "=grubyy|=gruba|=grubo|=hrubyy", "=krychav|=krychala =na", "rasyst", "obrazyv", "=українці", "=ukraintsi", "=поклав|=поклала =слухавку", "=образлив", "=принизлив", "=як =з =дитиною", "=закочувала =очі", "=дурниці", "=smiyavsya|=smiyalas", "=aktsentu|=aktsent", "!=rozpovila|=rozpoviv =moyemu|=moyim", "=robotodavtsyu", "!=розповіла|=розповів =моєму|=моїм", "=vyvchy =danskyj", "=yid =dodomu", "!=розповів|=розповіла =сусідам", "конфіденц"},
		catList: []catCues{
			{rt, []string{"=чекала|=чекав|=чекали", "=години|=годину", "=ніхто =не =відповідав", "=chekala|=chekav", "=hodyny", "=nikhto =ne =vidpovidav", "=хвилин =тому", "=досі =нікого", "=khvylyn =tomu", "=dosi =nikoho", "=чекала =в =черзі"}},
			{nts, []string{"=серйозно", "=не =справа =поліції", "=нічого =не =зробили", "=seryozno|=serjozno", "=не =їхня =справа", "=ne =yikhnya =sprava"}},
			{fu, []string{"=не =передзвонили", "=номер =справи", "=ne =peredzvonyly", "=peredzvonyv|=peredzvonyly", "=передзвонив|=передзвонили"}},
			{tech, []string{"=зв'язок|=звязок", "перерв", "=посилання", "zvyazok", "=обірвався|=обірвалось", "=posylannya", "=ne =pratsyuye", "=не =працює"}},
			{acc, []string{"перекладач", "=не =розмовляю =данською", "perekladach", "=glukh|=hlukh"}},
			{adv, []string{"=неправильн", "=один =оператор =сказав", "=не =знаю =кому =вірити", "=суперечлив"}},
			{ros, []string{"дякую", "ввічлив", "допомогла|допоміг", "dyakuyu", "vvichlyv", "=дякую =диспетчеру", "=вчасно", "=швидко =приїхала"}},
		},
		neg:   []string{"=не", "=ніхто", "=ніколи", "=ні", "=ne", "=nikhto"},
		past:  []string{"=був|=була|=було", "=buv|=bula|=bulo", "=вчора", "=минулого", "=вдарив|=вдарила|=побив", "=vchora", "=vdaryv"},
		over:  []string{"=в =безпеці", "=ніхто =не =постраждав", "=v =bezpetsi", "=nikhto =ne =postrazhdav", "=nebezpeky =bilshe =nemaye", "=небезпеки =більше =немає"},
		now:   []string{"=сьогодні =ввечері", "=цієї =ночі", "=sohodni =vvecheri", "=tsiyeyi =nochi", "=зараз", "=знову", "=досі", "=zaraz", "=znovu"},
		third: []string{"=водій|=таксист|=vodiy", "сусід", "чоловік", "=susid|=susidka|=cholovik"},
		staff: []string{"поліц", "оператор", "диспетчер", "policij|politsi|politsey", "=operator", "=черговий|=чергова|=черговa"},
	},
	langRU: {
		danger: []string{"подожж", "подожг", "поджечь", "=бензин", "podozh", "podzhech", "=benzin", "зареж", "зарезат", "прирежу", "zarezh", "zarezat", "prirezhu", "=боль =в =груди", "=bol =v =grudi", "=бита|=битой|=bita|=bitoy", "=ломает =дверь", "=lomaet =dver", "=онемела|=онемел", "=инсульт|=insult", "=все =таблетки", "=vse =tabletki", "=бьёт|=бьет|=бьют|=избивает", "угрожа", "убит", "=убьёт|=убьет", "=нож|=ножом|=оружие|=пистолет", "пожар", "горит", "=дым", "=не =дышит", "=без =сознания", "инфаркт", "кровотеч", "=покончить =с =собой", "=не =хочу =жить", "суицид|самоубий", "=таблетки", "насил", "=он|=она|=они|=стоит|=стоят|=сидит|=ждет|=ждут|=стучит|=стучат|=ломится =у =двери", "=кто-то =у =двери", "=ломится",
			"=b'yot|=byot|=byet|=b'et", "ugrozh", "=ubit", "=nozh|=nozhom", "pozhar", "=gorit", "=ne =dyshit", "=bez =soznaniya", "suitsid", "=on|=ona|=oni|=stoit|=stoyat|=sidit|=zhdet|=zhdut|=stuchit|=stuchat|=lomitsya =u =dveri", "=kto-to =u =dveri", "=драка =с =ножом", "=не =может =дышать", "=потерял|=потеряла =сознание", "=упал|=упала", "=не =двигается", "=не =реагирует", "=не =просыпается", "таблет", "=выпила|=выпил", "=топор|=топором", "=душит", "=ломится", "=лезет =в", "=повеситься", "=прыгнуть", "=газ|=газом", "=нападает", "=режет", "=upal|=upala", "=ne =dvigaetsya", "=ne =reagiruet", "=ne =prosypaetsya", "tabletok|tabletki", "=vypila|=vypil", "=topor", "=dushit", "=lomitsya"},
		help:    []string{"помогите", "=спасите", "?=срочно", "pomogite", "spasite", "?=srochno"},
		conduct: []string{"=возвращайся|=езжай|=уезжай =в =свою", "=в =свою =россию|=страну", "=vozvrashchaysya|=vozvrashchajsya|=uezzhay|=ezzhay", "=v =svoyu =rossiyu|=stranu", "=засмеялся|=засмеялась|=посмеялся|=смеялся|=смеялись|=высмеял|=передразнивал", "=zasmeyalsya|=zasmeyalas|=posmeyalsya|=smeyalsya|=smeyalis", "=назвал|=назвала|=обозвал =меня", "=nazval|=nazvala|=obozval =menya", "=бросил|=бросила =трубку", "=brosil|=brosila =trubku", "!=рассказали|=рассказал|=сказали =соседям", "!=rasskazali|=rasskazal|=skazali =sosedyam", "депорт|deport", "=грубый|=грубым|=грубо|=грубая|=грубой", "=орал|=кричал|=кричала =на", "=смеялся|=смеялась", "расист", "оскорб", "=хамил|=хамство|=хамила", "=унижал", "=grubyy|=grubo|=grubym", "=oral|=krichal|=krichala =na", "rasist", "oskorb", "=hamil", "=русским", "=русские", "=отказался =принимать", "=бросил|=бросила =трубку", "=унизительн", "=издевался", "!=рассказал|=рассказала =соседям|=работодателю", "=конфиденциальн"},
		catList: []catCues{
			{rt, []string{"=ждал|=ждала|=ждали", "=часа|=час", "=никто =не =ответил", "=zhdal|=zhdala", "=chasa", "=nikto =ne =otvetil", "=ждали =полицию", "=больше =часа", "=до =сих =пор =нет"}},
			{nts, []string{"=всерьёз|=всерьез|=серьезно", "=не =дело =полиции", "=ничего =не =сделали", "=vseryoz|=seryozno", "=ничего =не =может|=могут =сделать", "=не =можем =ничего"}},
			{fu, []string{"=не =перезвонили", "=номер =дела", "=ne =perezvonili"}},
			{tech, []string{"=связь", "прерв", "=ссылка", "=svyaz"}},
			{acc, []string{"переводчик", "=не =говорю =по-датски", "perevodchik", "=плохо =слышу", "=глух", "=чат"}},
			{adv, []string{"=неправильн", "=противоречивые", "=один =сказал"}},
			{ros, []string{"спасибо", "вежлив", "=помогла|=помог", "spasibo", "vezhliv"}},
		},
		neg:   []string{"=не", "=никто", "=никогда", "=нет", "=ne", "=nikto"},
		past:  []string{"=был|=была|=было", "=byl|=byla|=bylo", "=вчера", "прошл", "=ударил|=ударила|=избил", "=vchera", "=udaril"},
		over:  []string{"=в =безопасности", "=никто =не =пострадал", "=ушёл|=ушел", "=v =bezopasnosti", "=nikto =ne =postradal", "=никто =не =погиб", "=хорошо =что"},
		now:   []string{"=сегодня =вечером", "=этой =ночью", "=segodnya =vecherom", "=etoy =nochyu", "=sejchas", "=сейчас", "=опять", "=снова", "=seychas", "=opyat", "=snova", "=pryamo =seychas"},
		third: []string{"=водитель|=таксист|=voditel", "сосед", "=муж", "=sosed|=muzh"},
		staff: []string{"полиц", "оператор", "дежурн", "politsi", "=operator"},
	},
}

// lexiconConcepts are foreignLexiconTable as concepts, a field at a time, for the packer: merged in the
// order they stand, the lists come out as the table writes them.
func lexiconConcepts() []foreignConcept {
	fields := []struct {
		name string
		of   func(l foreignLexicon) []string
	}{
		{"danger", func(l foreignLexicon) []string { return l.danger }},
		{"help", func(l foreignLexicon) []string { return l.help }},
		{"conduct", func(l foreignLexicon) []string { return l.conduct }},
		{"neg", func(l foreignLexicon) []string { return l.neg }},
		{"negAfter", func(l foreignLexicon) []string { return l.negAfter }},
		{"past", func(l foreignLexicon) []string { return l.past }},
		{"over", func(l foreignLexicon) []string { return l.over }},
		{"now", func(l foreignLexicon) []string { return l.now }},
		{"staff", func(l foreignLexicon) []string { return l.staff }},
		{"third", func(l foreignLexicon) []string { return l.third }},
		{"cond", func(l foreignLexicon) []string { return l.cond }},
	}
	var out []foreignConcept
	for _, f := range fields {
		c := foreignConcept{field: f.name}
		for i, l := range foreignLexiconTable {
			c.cues[i] = f.of(l)
		}
		out = append(out, c)
	}
	var cats []string // in the order the table first names them
	for _, l := range foreignLexiconTable {
		for _, cc := range l.catList {
			if !slices.Contains(cats, cc.cat) {
				cats = append(cats, cc.cat)
			}
		}
	}
	for _, cat := range cats {
		c := foreignConcept{field: cat}
		for i, l := range foreignLexiconTable {
			for _, cc := range l.catList {
				if cc.cat == cat {
					c.cues[i] = append(c.cues[i], cc.cues...)
				}
			}
		}
		out = append(out, c)
	}
	return out
}
