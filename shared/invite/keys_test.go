package invite

import (
	"context"
	"strings"
	"testing"
	"time"

	"borgerfeedback/shared/feedback"
)

func TestParsePhoneKeys(t *testing.T) {
	const a, b, c = "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb", "cccccccccccccccccccc"
	tests := []struct {
		name         string
		secret       string
		wantCurrent  string
		wantPrevious []string
		wantErr      string
	}{
		{name: "the plain key, as the stack generates it", secret: "Zx81qPDm0aLkWn3RtYu5OvBc7GhJeKiF9sMdNfTg2Ar4Qw6El1Xy0Hj8Ub3Vo5Ip", wantCurrent: "Zx81qPDm0aLkWn3RtYu5OvBc7GhJeKiF9sMdNfTg2Ar4Qw6El1Xy0Hj8Ub3Vo5Ip"},
		{name: "a plain key is taken byte for byte", secret: " " + a + "\n", wantCurrent: " " + a + "\n"},
		{name: "a short plain key", secret: "short", wantErr: "want at least 16"},
		{name: "the document with the current key only", secret: `{"current":"` + a + `"}`, wantCurrent: a},
		{name: "the document after a rotation", secret: `{"current":"` + a + `","previous":["` + b + `"]}`, wantCurrent: a, wantPrevious: []string{b}},
		{name: "two rotations, blanks around", secret: "\n {\"current\": \"" + a + "\", \"previous\": [\"" + b + "\", \"" + c + "\"]}\n", wantCurrent: a, wantPrevious: []string{b, c}},
		{name: "a broken document is not read as a plain key", secret: `{"current":"` + a + `","previous":["` + b + `"]`, wantErr: "want {"},
		{name: "a misspelt field", secret: `{"current":"` + a + `","previos":["` + b + `"]}`, wantErr: "unknown field"},
		{name: "no current key", secret: `{"previous":["` + b + `"]}`, wantErr: "current key is 0 bytes"},
		{name: "a short previous key", secret: `{"current":"` + a + `","previous":["short"]}`, wantErr: "previous key 1 is 5 bytes"},
		{name: "the current key again as previous", secret: `{"current":"` + a + `","previous":["` + a + `"]}`, wantErr: "repeats"},
		{name: "a previous key twice", secret: `{"current":"` + a + `","previous":["` + b + `","` + b + `"]}`, wantErr: "previous key 2 repeats"},
		{name: "text after the document", secret: `{"current":"` + a + `"} {}`, wantErr: "text after"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := ParsePhoneKeys([]byte(tc.secret))
			if tc.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tc.wantErr) {
					t.Fatalf("error %v, want one with %q", err, tc.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			var prev []string
			for _, p := range got.Previous {
				prev = append(prev, string(p))
			}
			if string(got.Current) != tc.wantCurrent || strings.Join(prev, ",") != strings.Join(tc.wantPrevious, ",") {
				t.Errorf("current %q, previous %q; want %q, %q", got.Current, prev, tc.wantCurrent, tc.wantPrevious)
			}
		})
	}
}

// TestSuppressionUnderPreviousKey: after a rotation (the old key kept as previous), what was stored
// under the old key's hash still suppresses — the safety list, the opt-out, the frequency window —
// and is moved to the current key's hash with its original values; with no previous key configured
// nothing is read under any other hash.
func TestSuppressionUnderPreviousKey(t *testing.T) {
	oldKey, olderKey := []byte("the-old-key-0123456789"), []byte("the-older-key-0123456789")
	const phone = "+4520000001"
	now := time.Date(2026, 12, 1, 12, 0, 0, 0, time.UTC)
	listing := feedback.SafetyEntry{Class: feedback.SafetySensitive, ListedAt: now.AddDate(0, -3, 0), ListedUntil: now.AddDate(0, 21, 0)}
	tests := []struct {
		name          string
		previous      [][]byte
		stored        func(f *fakeStore, h string) // what is stored under the number's hash h
		storedUnder   []byte
		listedNow     bool // also listed under the current key
		want          string
		wantMigrated  bool // the stored state is found under the current key's hash afterwards
		wantMigrateRd int  // MigratePhone calls
	}{
		{name: "listed under the old key", previous: [][]byte{oldKey}, storedUnder: oldKey,
			stored: func(f *fakeStore, h string) { e := listing; e.PhoneHash = h; f.safety[h] = e }, want: ReasonSafetyList, wantMigrated: true, wantMigrateRd: 1},
		{name: "listed under the older of two previous keys", previous: [][]byte{oldKey, olderKey}, storedUnder: olderKey,
			stored: func(f *fakeStore, h string) { e := listing; e.PhoneHash = h; f.safety[h] = e }, want: ReasonSafetyList, wantMigrated: true, wantMigrateRd: 2},
		{name: "opted out under the old key", previous: [][]byte{oldKey}, storedUnder: oldKey,
			stored: func(f *fakeStore, h string) { f.optedOut[h] = true }, want: ReasonOptedOut, wantMigrated: true, wantMigrateRd: 1},
		{name: "invited under the old key within the window", previous: [][]byte{oldKey}, storedUnder: oldKey,
			stored: func(f *fakeStore, h string) { f.phones[h], f.lastContact[h] = now.AddDate(0, 0, -10), "c-before" }, want: ReasonFrequency, wantMigrated: true, wantMigrateRd: 1},
		{name: "an old-key listing that has run out suppresses nothing", previous: [][]byte{oldKey}, storedUnder: oldKey,
			stored: func(f *fakeStore, h string) {
				f.safety[h] = feedback.SafetyEntry{PhoneHash: h, Class: feedback.SafetyMinor, ListedAt: now.AddDate(-2, 0, -1), ListedUntil: now.AddDate(0, 0, -1)}
			}, want: "", wantMigrateRd: 1},
		{name: "without a previous key the old key's entry is not looked for", storedUnder: oldKey,
			stored: func(f *fakeStore, h string) { e := listing; e.PhoneHash = h; f.safety[h] = e }, want: ""},
		{name: "listed under the current key: no read under the old one", previous: [][]byte{oldKey}, storedUnder: oldKey, listedNow: true,
			stored: func(f *fakeStore, h string) { f.optedOut[h] = true }, want: ReasonSafetyList},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			store, sms := newFakeStore(), &fakeSMS{}
			oldHash, curHash := PhoneHash(tc.storedUnder, phone), PhoneHash(testKey, phone)
			tc.stored(store, oldHash)
			if tc.listedNow {
				e := listing
				e.PhoneHash = curHash
				store.safety[curHash] = e
			}
			svc := newTestService(store, sms, &now, Config{PreviousPhoneKeys: tc.previous})
			for i, id := range []string{"c-after-1", "c-after-2"} { // the second finds it under the current key
				c := contact(func(c *feedback.Contact) { c.Caller.Phone = phone })
				c.ContactID = id
				if err := svc.Handle(context.Background(), c); err != nil {
					t.Fatal(err)
				}
				got := store.done[id]
				if got.Reason != tc.want || got.Sent != (tc.want == "") {
					t.Fatalf("contact %d: outcome %+v, want reason %q", i+1, got, tc.want)
				}
				if i == 0 && store.migrations != tc.wantMigrateRd {
					t.Errorf("%d reads under previous keys, want %d", store.migrations, tc.wantMigrateRd)
				}
				if tc.want == "" {
					break // it was invited: the second contact would meet the frequency window
				}
			}
			if len(sms.sent) != len(store.invs) || (tc.want != "") != (len(sms.sent) == 0) {
				t.Errorf("%d SMS sent, want reason %q", len(sms.sent), tc.want)
			}
			migrated := store.optedOut[curHash] || store.phones[curHash].Equal(store.phones[oldHash]) && !store.phones[oldHash].IsZero()
			if e, ok := store.safety[curHash]; ok && !tc.listedNow {
				old := store.safety[oldHash]
				migrated = e.Class == old.Class && e.ListedAt.Equal(old.ListedAt) && e.ListedUntil.Equal(old.ListedUntil)
			}
			if migrated != tc.wantMigrated {
				t.Errorf("moved to the current key's hash: %v, want %v", migrated, tc.wantMigrated)
			}
			if tc.want == ReasonFrequency && store.lastContact[curHash] != "c-before" {
				t.Errorf("the frequency row moved without its claim: last contact %q", store.lastContact[curHash])
			}
		})
	}
}
