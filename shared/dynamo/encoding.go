package dynamo

// How an invitation and its reply are stored in one item (FB#<reference>/ITEM) under 1 KB, so that
// storing a reply with a short comment is one write unit: the invitation's attributes the feedback
// item uses for something else, and the longest names, are stored under short names, the two
// keyed hashes as 32 bytes instead of 64 hex digits, and what the reply restates is not kept twice.
// Everything else is dynamocall.MarshalMap's encoding (the SDK's attributevalue rules) of the
// records (records.go) of feedback.Invitation and feedback.Item.

import (
	"encoding/hex"
	"fmt"
	"maps"

	"borgerfeedback/shared/dynamocall"
	"borgerfeedback/shared/feedback"
)

// invitationStored maps feedback.Invitation's attribute names to their stored names.
var invitationStored = map[string]string{
	"tokenHash": "tk", "phoneHash": "ph", "language": "sl", "callLanguage": "cl",
	"createdAt": "ia", "linkExpiresAt": "lx", "contactEndedAt": "ce",
}

// hashAttrs are stored as bytes (hex-decoded).
var hashAttrs = map[string]bool{"tokenHash": true, "phoneHash": true}

// itemStored maps feedback.Item's attribute names to their stored names. Only attributes no
// expression names (filters, updates, conditions use the others) are renamed.
var itemStored = map[string]string{
	"classifierVersion": "cv", "submittedAt": "sa", "formLanguage": "fl", "centreId": "ci", "centreKind": "ck", "createdAt": "ca",
}

// Stored names the code uses directly.
const (
	storedTokenHash = "tk"
	storedPhoneHash = "ph"
	storedCreatedAt = "ca"
)

// invitationOnlyAttrs are the invitation's attributes on an answered item, removed when the
// invitation's retention ends (purgeDay first: the condition of that removal).
var invitationOnlyAttrs = []string{purgeDayAttr, "tk", "ph", "lx", "ce", "sl", "cl", "ia", "centre", "usedAt"}

// restatedByReply are the invitation's attributes a stored reply says again (the centre as
// centreId/centreKind/district, the use as the reply itself): removed when the reply is stored.
var restatedByReply = []string{"centre", "usedAt"}

// encodeInvitation is the stored form of an invitation, without its key (which holds its reference).
func encodeInvitation(inv feedback.Invitation) (map[string]dynamocall.AttributeValue, error) {
	av, err := dynamocall.MarshalMap(invitationRecordOf(inv))
	if err != nil {
		return nil, fmt.Errorf("marshal invitation: %w", err)
	}
	for field, stored := range invitationStored {
		v, ok := av[field]
		if !ok {
			continue
		}
		delete(av, field)
		if hashAttrs[field] {
			b, err := hex.DecodeString(strAttr(v))
			if err != nil {
				return nil, fmt.Errorf("invitation %s: %s is not hex", inv.Reference, field)
			}
			v = &dynamocall.AttributeValueMemberB{Value: b}
		}
		av[stored] = v
	}
	return av, nil
}

// decodeInvitation reads the invitation of a stored item (answered or not).
func decodeInvitation(item map[string]dynamocall.AttributeValue, reference string) (feedback.Invitation, error) {
	var rec invitationRecord
	raw := maps.Clone(item)
	for _, field := range []string{"language", "createdAt", "usedAt"} {
		delete(raw, field) // the reply's own; the invitation's are stored under other names
	}
	for field, stored := range invitationStored {
		v, ok := item[stored]
		if !ok {
			continue
		}
		if b, isBytes := v.(*dynamocall.AttributeValueMemberB); isBytes && hashAttrs[field] {
			v = &dynamocall.AttributeValueMemberS{Value: hex.EncodeToString(b.Value)}
		}
		raw[field] = v
	}
	if v, ok := item["usedAt"]; ok {
		raw["usedAt"] = v
	} else if v, ok := item[itemStored["submittedAt"]]; ok {
		raw["usedAt"] = v // answered: the reply is the link's use
	}
	if err := dynamocall.UnmarshalMap(raw, &rec); err != nil {
		return feedback.Invitation{}, fmt.Errorf("unmarshal invitation %s: %w", reference, err)
	}
	inv := rec.invitation(reference)
	if _, ok := item["centre"]; !ok {
		inv.Centre = feedback.Centre{ID: strAttr(item[itemStored["centreId"]]), Kind: strAttr(item[itemStored["centreKind"]]), District: strAttr(item["district"])}
	}
	return inv, nil
}

// storedHash is the hex form of a hash attribute stored as bytes ("" when absent).
func storedHash(v dynamocall.AttributeValue) string {
	if b, ok := v.(*dynamocall.AttributeValueMemberB); ok {
		return hex.EncodeToString(b.Value)
	}
	return ""
}

// encodeItem is the stored form of a feedback item's own attributes (without keys and index
// attributes). updatedAt is left out while it equals createdAt (a new reply).
func encodeItem(it feedback.Item) (map[string]dynamocall.AttributeValue, error) {
	av, err := dynamocall.MarshalMap(itemRecordOf(it))
	if err != nil {
		return nil, fmt.Errorf("marshal feedback %s: %w", it.ID, err)
	}
	if it.UpdatedAt.Equal(it.CreatedAt) {
		delete(av, "updatedAt")
	}
	for field, stored := range itemStored {
		if v, ok := av[field]; ok {
			delete(av, field)
			av[stored] = v
		}
	}
	return av, nil
}

// decodeItem reads a stored feedback item.
func decodeItem(item map[string]dynamocall.AttributeValue) (feedback.Item, error) {
	var rec itemRecord
	raw := maps.Clone(item)
	for field, stored := range itemStored {
		if v, ok := item[stored]; ok {
			raw[field] = v
		}
	}
	if _, ok := raw["updatedAt"]; !ok {
		raw["updatedAt"] = raw["createdAt"]
		if raw["updatedAt"] == nil {
			delete(raw, "updatedAt")
		}
	}
	if err := dynamocall.UnmarshalMap(raw, &rec); err != nil {
		return feedback.Item{}, fmt.Errorf("unmarshal feedback: %w", err)
	}
	return rec.item(), nil
}

// encodeHistory is the stored form of a history event, without its key.
func encodeHistory(ev feedback.HistoryEvent) (map[string]dynamocall.AttributeValue, error) {
	av, err := dynamocall.MarshalMap(historyRecordOf(ev))
	if err != nil {
		return nil, fmt.Errorf("marshal history: %w", err)
	}
	return av, nil
}

// decodeHistory reads a stored history event.
func decodeHistory(item map[string]dynamocall.AttributeValue) (feedback.HistoryEvent, error) {
	var rec historyRecord
	if err := dynamocall.UnmarshalMap(item, &rec); err != nil {
		return feedback.HistoryEvent{}, fmt.Errorf("unmarshal history: %w", err)
	}
	return rec.event(), nil
}
