package triage

import (
	"strings"

	"borgerfeedback/shared/feedback"
)

// Danish names of the stored values, for what a citizen reads: the access report (rights.go).
// The console has the same names in its script (console/app.js, labels);
// TestDanishLabelsMatchConsole holds the two together, and TestEveryValueHasADanishName holds
// these to the values the code stores.
var danishNames = map[string]map[string]string{
	"status": {
		feedback.StatusNew: "Ny", feedback.StatusTriaged: "Vurderet", feedback.StatusInProgress: "I gang",
		feedback.StatusResolved: "Løst", feedback.StatusClosed: "Afsluttet",
	},
	"priority": {feedback.P1: "P1 – akut", feedback.P2: "P2 – høj", feedback.P3: "P3 – normal", feedback.P4: "P4 – lav"},
	"category": {
		feedback.CategoryResponseTime: "Ventetid", feedback.CategoryConduct: "Optræden",
		feedback.CategoryNotTakenSeriously: "Ikke taget alvorligt", feedback.CategoryAdvice: "Vejledning",
		feedback.CategoryFollowUp: "Opfølgning", feedback.CategoryTechnical: "Teknik",
		feedback.CategoryAccessibility: "Tilgængelighed", feedback.CategoryPraise: "Ros", feedback.CategoryOther: "Andet",
	},
	"outcome": {
		"explained": "Forklaret for borgeren", "apology": "Undskyldning givet", "staff_guidance": "Vejledning/træning af medarbejder",
		"procedure_changed": "Procedure ændret", "forwarded": "Videresendt (DUP, politidirektør, region)",
		"praise_shared": "Ros givet videre", "no_action": "Ingen handling nødvendig",
	},
	"centreKind": {feedback.CentreAlarm: "Alarmcentral", feedback.CentreService: "Servicecenter", feedback.CentreDuty: "Vagtcentral"},
	"answer":     {"yes": "Ja", "partly": "Delvist", "no": "Nej", "dont_know": "Ved ikke"},
	"event": {
		"created": "Modtaget", EventStatus: "Status", EventAssignee: "Tildeling", EventPriority: "Prioritet",
		EventOutcome: "Udfald", EventCategory: "Bekræftet kategori", EventNote: "Notat",
		EventContactViewed: "Kontaktoplysninger vist", feedback.EventWithdrawn: "Tilbagekaldt af borgeren",
		feedback.EventAnonymised: "Anonymiseret efter sletteregler", feedback.EventLegalHold: "Retligt tilbageholdt",
		feedback.EventLegalRelease: "Tilbageholdelse ophævet", feedback.EventAccessReport: "Indsigtsrapport udarbejdet",
	},
	"district": {
		"nordjylland": "Nordjylland", "oestjylland": "Østjylland", "midt-vestjylland": "Midt- og Vestjylland",
		"sydoestjylland": "Sydøstjylland", "syd-soenderjylland": "Syd- og Sønderjylland", "fyn": "Fyn",
		"sydsjaelland-lolland-falster": "Sydsjælland og Lolland-Falster", "midt-vestsjaelland": "Midt- og Vestsjælland",
		"nordsjaelland": "Nordsjælland", "koebenhavns-vestegn": "Københavns Vestegn", "koebenhavn": "København",
		"bornholm": "Bornholm", "groenland": "Grønland", "faeroeerne": "Færøerne",
	},
	// The form's languages (shared/form), in Danish.
	"language": {
		"da": "dansk", "en": "engelsk", "ar": "arabisk", "de": "tysk", "pl": "polsk", "tr": "tyrkisk", "uk": "ukrainsk",
	},
}

// danishName is the Danish name of a stored value of a kind ("status", "category" …), or the value
// itself when it has none (a value a later version added shows as stored, not as nothing).
func danishName(kind, value string) string {
	if name, ok := danishNames[kind][value]; ok {
		return name
	}
	return value
}

// danishTeam names a team as the console does: the two national teams, and per district its duty
// centre (vagtcentral) and its DUP team.
func danishTeam(id string) string {
	switch id {
	case feedback.TeamCitizenService:
		return "Borgerservice (national)"
	case feedback.TeamMedicalFire:
		return "Sundhed og brand (national)"
	}
	for prefix, name := range map[string]string{"duty-": "Vagtcentralen, ", "dup-": "DUP-teamet, "} {
		if d, ok := strings.CutPrefix(id, prefix); ok && feedback.IsDistrict(d) {
			return name + danishName("district", d)
		}
	}
	return id
}

// eventValueKind is the kind of the from/to values of a history event's type.
var eventValueKind = map[string]string{
	EventStatus: "status", EventPriority: "priority", EventOutcome: "outcome", EventCategory: "category",
}

// danishEventValue names a history event's from or to value in Danish.
func danishEventValue(eventType, value string) string {
	if kind, ok := eventValueKind[eventType]; ok {
		return danishName(kind, value)
	}
	return value
}
