package form

// Languages of the form: Danish first (the default), English second.
const (
	langDA = "da"
	langEN = "en"
)

// messages are the form's texts per language; every key exists in both (a test checks it).
var messages = map[string]map[string]string{
	langDA: {
		"site":                  "Politiet – din mening",
		"skip":                  "Gå til indhold",
		"switch":                "English",
		"a11y_link":             "Tilgængelighedserklæring",
		"error_prefix":          "Fejl:",
		"form_title":            "Hvordan gik din kontakt med politiet?",
		"form_intro":            "Du har for nylig været i kontakt med politiet. Fortæl os, hvordan det gik – det tager omkring et minut. Kun bedømmelsen skal udfyldes.",
		"form_not_watched":      "Besvarelsen bliver ikke læst med det samme. Har du brug for hjælp nu, så ring 112.",
		"q_rating":              "Hvordan vil du samlet bedømme din kontakt med politiet?",
		"q_rating_hint":         "Vælg et tal fra 1 (meget dårlig) til 5 (meget god).",
		"rating_1":              "1 – Meget dårlig",
		"rating_2":              "2 – Dårlig",
		"rating_3":              "3 – Hverken god eller dårlig",
		"rating_4":              "4 – God",
		"rating_5":              "5 – Meget god",
		"q_taken_seriously":     "Følte du dig taget alvorligt? (valgfrit)",
		"q_wait_acceptable":     "Var ventetiden acceptabel? (valgfrit)",
		"opt_yes":               "Ja",
		"opt_partly":            "Delvist",
		"opt_no":                "Nej",
		"opt_dont_know":         "Ved ikke",
		"q_comment":             "Vil du fortælle mere? (valgfrit)",
		"q_comment_hint":        "Højst 2000 tegn. Skriv ikke dit CPR-nummer eller andre følsomme oplysninger.",
		"q_contact":             "Må vi kontakte dig om din besvarelse? (valgfrit)",
		"contact_ok_label":      "Ja, I må gerne kontakte mig",
		"contact_label":         "Telefonnummer eller e-mailadresse",
		"contact_hint":          "Udfyld kun, hvis vi må kontakte dig. Fx 20 12 34 56 eller navn@eksempel.dk.",
		"submit":                "Send besvarelse",
		"summary_title":         "Der er et problem",
		"err_rating_required":   "Vælg en bedømmelse fra 1 til 5",
		"err_rating_range":      "Bedømmelsen skal være et tal fra 1 til 5",
		"err_choice":            "Vælg en af mulighederne",
		"err_comment_long":      "Din tekst må højst være 2000 tegn – gør den lidt kortere",
		"err_contact_required":  "Skriv et telefonnummer eller en e-mailadresse, eller fjern krydset ved »Ja, I må gerne kontakte mig«",
		"err_contact_long":      "Telefonnummeret eller e-mailadressen er for lang",
		"err_contact_invalid":   "Skriv et telefonnummer (fx 20 12 34 56) eller en e-mailadresse (fx navn@eksempel.dk)",
		"invalid_title":         "Nogle svar mangler eller er forkerte",
		"receipt_title":         "Tak for din besvarelse",
		"receipt_reference":     "Dit referencenummer er",
		"receipt_reference_use": "Oplys referencenummeret, hvis du kontakter politiet om din besvarelse.",
		"receipt_next":          "Vi bruger besvarelserne til at forbedre politiets betjening af borgere. Har du givet lov, kan vi kontakte dig.",
		"urgent_title":          "Ring 112 nu",
		"urgent_text":           "Er du eller andre i fare lige nu, så ring 112. Din besvarelse bliver ikke læst med det samme.",
		"urgent_call":           "Ring 112",
		"dup_title":             "Klage over en medarbejders optræden",
		"dup_text":              "Vil du klage over en politimedarbejders optræden, kan du klage til Den Uafhængige Politiklagemyndighed. Fristen er 6 måneder fra hændelsen. Din besvarelse her er ikke en klage.",
		"dup_link":              "Den Uafhængige Politiklagemyndighed: politiklagemyndigheden.dk",
		"notfound_title":        "Siden findes ikke",
		"notfound_text":         "Linket er ikke gyldigt. Tjek, at du har kopieret hele linket fra SMS'en.",
		"gone_title":            "Linket kan ikke bruges mere",
		"gone_text":             "Linket er allerede brugt eller er udløbet. Hvert link kan kun bruges én gang og i en begrænset periode. Har du lige sendt din besvarelse, er den modtaget.",
		"toolarge_title":        "Besvarelsen er for stor",
		"toolarge_text":         "Vi kunne ikke modtage så meget tekst. Gå tilbage, gør teksten kortere og send igen.",
		"bad_title":             "Besvarelsen kunne ikke læses",
		"bad_text":              "Gå tilbage til formularen og send den igen.",
		"ratelimit_title":       "For mange forsøg",
		"ratelimit_text":        "Vent et par minutter, og prøv så igen. Linket kan stadig bruges.",
		"unavailable_title":     "Vi kunne ikke modtage din besvarelse",
		"unavailable_text":      "Der skete en fejl hos os. Din besvarelse er ikke modtaget, men linket kan stadig bruges. Prøv igen om lidt.",
		"down_title":            "Siden kan ikke vises lige nu",
		"down_text":             "Der skete en fejl hos os. Linket kan stadig bruges. Prøv igen om lidt.",
		"a11y_title":            "Tilgængelighedserklæring",
	},
	langEN: {
		"site":                  "Police – your opinion",
		"skip":                  "Skip to content",
		"switch":                "Dansk",
		"a11y_link":             "Accessibility statement",
		"error_prefix":          "Error:",
		"form_title":            "How did your contact with the police go?",
		"form_intro":            "You were recently in contact with the police. Tell us how it went – it takes about a minute. Only the rating is required.",
		"form_not_watched":      "Replies are not read straight away. If you need help now, call 112.",
		"q_rating":              "Overall, how would you rate your contact with the police?",
		"q_rating_hint":         "Choose a number from 1 (very poor) to 5 (very good).",
		"rating_1":              "1 – Very poor",
		"rating_2":              "2 – Poor",
		"rating_3":              "3 – Neither good nor poor",
		"rating_4":              "4 – Good",
		"rating_5":              "5 – Very good",
		"q_taken_seriously":     "Did you feel taken seriously? (optional)",
		"q_wait_acceptable":     "Was the waiting time acceptable? (optional)",
		"opt_yes":               "Yes",
		"opt_partly":            "Partly",
		"opt_no":                "No",
		"opt_dont_know":         "Don't know",
		"q_comment":             "Would you like to tell us more? (optional)",
		"q_comment_hint":        "At most 2000 characters. Do not write your CPR number or other sensitive details.",
		"q_contact":             "May we contact you about your reply? (optional)",
		"contact_ok_label":      "Yes, you may contact me",
		"contact_label":         "Phone number or e-mail address",
		"contact_hint":          "Only if we may contact you. For example 20 12 34 56 or name@example.com.",
		"submit":                "Send reply",
		"summary_title":         "There is a problem",
		"err_rating_required":   "Choose a rating from 1 to 5",
		"err_rating_range":      "The rating must be a number from 1 to 5",
		"err_choice":            "Choose one of the options",
		"err_comment_long":      "Your text can be at most 2000 characters – please shorten it",
		"err_contact_required":  "Enter a phone number or an e-mail address, or untick “Yes, you may contact me”",
		"err_contact_long":      "The phone number or e-mail address is too long",
		"err_contact_invalid":   "Enter a phone number (like 20 12 34 56) or an e-mail address (like name@example.com)",
		"invalid_title":         "Some answers are missing or wrong",
		"receipt_title":         "Thank you for your reply",
		"receipt_reference":     "Your reference number is",
		"receipt_reference_use": "Quote the reference number if you contact the police about your reply.",
		"receipt_next":          "We use the replies to improve how the police serve citizens. If you allowed it, we may contact you.",
		"urgent_title":          "Call 112 now",
		"urgent_text":           "If you or anyone else is in danger right now, call 112. Your reply is not read straight away.",
		"urgent_call":           "Call 112",
		"dup_title":             "Complaints about an employee's conduct",
		"dup_text":              "If you want to complain about a police employee's conduct, you can complain to the Independent Police Complaints Authority (Den Uafhængige Politiklagemyndighed). The time limit is 6 months from the incident. This reply is not a complaint.",
		"dup_link":              "Independent Police Complaints Authority: politiklagemyndigheden.dk",
		"notfound_title":        "Page not found",
		"notfound_text":         "The link is not valid. Check that you copied the whole link from the text message.",
		"gone_title":            "This link can no longer be used",
		"gone_text":             "The link has already been used or has expired. Each link works once and for a limited time. If you just sent your reply, it has been received.",
		"toolarge_title":        "Your reply is too large",
		"toolarge_text":         "We could not take that much text. Go back, shorten the text and send it again.",
		"bad_title":             "Your reply could not be read",
		"bad_text":              "Go back to the form and send it again.",
		"ratelimit_title":       "Too many attempts",
		"ratelimit_text":        "Wait a few minutes and try again. The link still works.",
		"unavailable_title":     "We could not receive your reply",
		"unavailable_text":      "Something went wrong on our side. Your reply was not received, but the link still works. Please try again shortly.",
		"down_title":            "The page cannot be shown right now",
		"down_text":             "Something went wrong on our side. The link still works. Please try again shortly.",
		"a11y_title":            "Accessibility statement",
	},
}

// translate returns the text of key in lang (Danish when lang is unknown).
func translate(lang, key string) string {
	if m, ok := messages[lang]; ok {
		if s, ok := m[key]; ok {
			return s
		}
	}
	if s, ok := messages[langDA][key]; ok {
		return s
	}
	return key
}

// pickLang returns lang if the form speaks it, else "".
func pickLang(lang string) string {
	if lang == langDA || lang == langEN {
		return lang
	}
	return ""
}
