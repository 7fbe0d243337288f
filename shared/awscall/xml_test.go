package awscall

import (
	"encoding/xml"
	"fmt"
	"testing"
)

// TestChildTexts: the query protocol's answers and errors as SNS writes them, and XML's escapes,
// read as encoding/xml reads them into a struct of string fields.
func TestChildTexts(t *testing.T) {
	for _, tc := range []struct {
		name, doc, parent string
		want              map[string]string // nil: no such element
	}{
		{"publish", `<PublishResponse xmlns="http://sns.amazonaws.com/doc/2010-03-31/"><PublishResult><MessageId>m-1</MessageId></PublishResult><ResponseMetadata><RequestId>r</RequestId></ResponseMetadata></PublishResponse>`,
			"PublishResult", map[string]string{"MessageId": "m-1"}},
		{"opted out, declaration and spaces", "<?xml version=\"1.0\"?>\n<CheckIfPhoneNumberIsOptedOutResponse xmlns=\"x\">\n  <CheckIfPhoneNumberIsOptedOutResult>\n    <isOptedOut>true</isOptedOut>\n  </CheckIfPhoneNumberIsOptedOutResult>\n</CheckIfPhoneNumberIsOptedOutResponse>",
			"CheckIfPhoneNumberIsOptedOutResult", map[string]string{"isOptedOut": "true"}},
		{"error", `<ErrorResponse xmlns="x"><Error><Type>Sender</Type><Code>InvalidParameter</Code><Message>Invalid parameter: PhoneNumber &lt;+45&gt; &amp; &quot;x&quot; &apos;y&apos; &#229;&#xF8;</Message></Error><RequestId>r</RequestId></ErrorResponse>`,
			"Error", map[string]string{"Type": "Sender", "Code": "InvalidParameter", "Message": `Invalid parameter: PhoneNumber <+45> & "x" 'y' åø`}},
		{"prefix, attributes, comment, CDATA, empty", `<a:R><a:Result id="1"><!-- c --><a:M x="y">v</a:M><E/><C><![CDATA[<raw> &amp;]]></C><N>x<b>y</b>z</N></a:Result></a:R>`,
			"Result", map[string]string{"M": "v", "E": "", "C": "<raw> &amp;", "N": "xyz"}},
		{"empty result", `<R><PublishResult/></R>`, "PublishResult", map[string]string{}},
		{"missing", `<R><Other><MessageId>m</MessageId></Other></R>`, "PublishResult", nil},
		{"not XML", `{"message":"no"}`, "Error", nil},
		{"cut short", `<R><PublishResult><MessageId>m`, "PublishResult", nil},
		{"unknown entity kept", `<R><E><M>a &nbsp; b &#xZZ; c</M></E></R>`, "E", map[string]string{"M": "a &nbsp; b &#xZZ; c"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, ok := childTexts([]byte(tc.doc), tc.parent)
			if tc.want == nil {
				if ok {
					t.Errorf("found %v", got)
				}
				return
			}
			if !ok || fmt.Sprint(got) != fmt.Sprint(tc.want) {
				t.Errorf("got %v (%v), want %v", got, ok, tc.want)
			}
		})
	}
}

// TestChildTextsAsEncodingXML: where encoding/xml reads the documents, it reads the same texts.
func TestChildTextsAsEncodingXML(t *testing.T) {
	for _, doc := range []string{
		`<R><Error><Code>Throttling</Code><Message>Rate exceeded &amp; more</Message></Error></R>`,
		`<R><Error><Code>A</Code><Message><![CDATA[x < y]]></Message></Error></R>`,
		`<R><Error><Code>A</Code><Message>tab	and
line &#10;</Message></Error></R>`,
	} {
		var e struct {
			Error struct{ Code, Message string }
		}
		if err := xml.Unmarshal([]byte(doc), &e); err != nil {
			t.Fatal(err)
		}
		got, _ := childTexts([]byte(doc), "Error")
		if got["Code"] != e.Error.Code || got["Message"] != e.Error.Message {
			t.Errorf("%s: got %q %q, encoding/xml %q %q", doc, got["Code"], got["Message"], e.Error.Code, e.Error.Message)
		}
	}
}
