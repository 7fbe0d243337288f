package dynamo_test

import (
	"context"
	"io"
	"log/slog"
	"strings"
	"testing"
	"time"

	"borgerfeedback/shared/feedback"
	"borgerfeedback/shared/invite"
)

// TestCapacityOfAPreviousKey meters what a previous phone-hash key costs a contact (docs/ops.md,
// "Rotating the phone-hash key"), by DynamoDB's rules: without a previous key nothing changes; each
// previous key adds one read of the number's partition under the old hash; a number with rows under
// the old key also pays one conditional write per row, on each contact, until the rows run out.
func TestCapacityOfAPreviousKey(t *testing.T) {
	ctx := context.Background()
	now := time.Date(2026, 11, 26, 15, 0, 0, 0, time.UTC)
	current, old, older := []byte(strings.Repeat("c", 32)), []byte(strings.Repeat("o", 32)), []byte(strings.Repeat("p", 32))
	tests := []struct {
		name      string
		previous  [][]byte
		listedOld bool // the number is listed under the old key
		// baseRRU is the contact's reads without a previous key, as before rotations existed: the
		// number's partition and (when it is invited) the contact's outcome row.
		baseRRU float64
		wantRRU float64 // more than baseRRU
		wantWRU float64 // more than without a previous key
		wantSMS int
	}{
		{name: "no previous key", baseRRU: 2, wantRRU: 0, wantSMS: 1},
		{name: "one previous key, nothing under it", previous: [][]byte{old}, baseRRU: 2, wantRRU: 1, wantSMS: 1},
		{name: "two previous keys, nothing under them", previous: [][]byte{old, older}, baseRRU: 2, wantRRU: 2, wantSMS: 1},
		{name: "one previous key, listed under it", previous: [][]byte{old}, listedOld: true, baseRRU: 1, wantRRU: 1, wantWRU: 1},
	}
	const phone = "+4520123456"
	log := slog.New(slog.NewTextHandler(io.Discard, nil))
	// cost runs one contact from the number on a fresh table, the number listed under listedUnder
	// first (nil: not listed), and meters it.
	cost := func(t *testing.T, listedUnder []byte, previous [][]byte) (rru, wru float64, sent int) {
		st, meter := meteredStore(t)
		if listedUnder != nil {
			if err := st.AddToSafetyList(ctx, feedback.SafetyEntry{PhoneHash: invite.PhoneHash(listedUnder, phone), Class: feedback.SafetyMinor,
				ListedAt: now.AddDate(0, -1, 0), ListedUntil: now.AddDate(1, 0, 0)}); err != nil {
				t.Fatal(err)
			}
		}
		sms := &smsLog{}
		inv := invite.NewService(invite.Config{PublicBaseURL: "https://feedback.politi.dk", PhoneKey: current, PreviousPhoneKeys: previous, SamplingRate: 1},
			st, sms, func() time.Time { return now }, log)
		meter.Reset()
		if err := inv.Handle(ctx, feedback.Contact{ContactID: "c-1", Channel: "114", EndedAt: now, Language: "da",
			Centre: feedback.Centre{ID: "fyn-vagtcentral", Kind: "duty", District: "fyn"}, Caller: feedback.Caller{Phone: phone}}); err != nil {
			t.Fatal(err)
		}
		u := meter.Usage()
		return u.TotalRRU(), u.TotalWRU(), len(sms.sent)
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			// The base: the same contact without a previous key, listed (if at all) under the current key.
			var baseListing, listing []byte
			if tc.listedOld {
				baseListing, listing = current, old
			}
			baseRRU, baseWRU, baseSent := cost(t, baseListing, nil)
			if baseRRU != tc.baseRRU {
				t.Errorf("without a previous key: %.1f RRU, want %.1f", baseRRU, tc.baseRRU)
			}
			rru, wru, sent := cost(t, listing, tc.previous)
			if rru-tc.baseRRU != tc.wantRRU || wru-baseWRU != tc.wantWRU {
				t.Errorf("%.1f RRU, %.1f WRU against %.1f, %.1f without a previous key; want +%.1f RRU, +%.1f WRU", rru, wru, baseRRU, baseWRU, tc.wantRRU, tc.wantWRU)
			}
			if sent != tc.wantSMS || baseSent != tc.wantSMS {
				t.Errorf("%d SMS (%d without a previous key), want %d", sent, baseSent, tc.wantSMS)
			}
		})
	}
}
