package auth_test

import (
	"context"
	"crypto/rand"
	"crypto/rsa"
	"encoding/base64"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/cognitoidentityprovider"
	cip "github.com/aws/aws-sdk-go-v2/service/cognitoidentityprovider/types"
	"github.com/golang-jwt/jwt/v5"

	"borgerfeedback/shared/auth"
	"borgerfeedback/shared/auth/cognitologin"
	"borgerfeedback/shared/local/motostack"
	"borgerfeedback/shared/resources"
)

// pool is a staff user pool in the emulator with a signed-in user.
type pool struct {
	endpoint, region, id, client string
	idToken, accessToken         string
	idp                          *cognitoidentityprovider.Client
}

func newPool(t *testing.T) pool {
	t.Helper()
	ctx := context.Background()
	endpoint := motostack.StartMoto(t)
	cfg := motostack.AWSConfig(ctx, endpoint)
	idp := cognitoidentityprovider.NewFromConfig(cfg)
	poolID, clientID, err := motostack.CreateUserPool(ctx, idp)
	if err != nil {
		t.Fatal(err)
	}
	const user, password = "anne@politi.dk", "Kodeord-1234!"
	if err := motostack.CreateStaffUser(ctx, cfg, poolID, user, password, resources.GroupNational, resources.GroupSupervisor); err != nil {
		t.Fatal(err)
	}
	p := pool{endpoint: endpoint, region: cfg.Region, id: poolID, client: clientID, idp: idp}
	p.idToken, p.accessToken = login(t, idp, clientID, user, password)
	return p
}

func login(t *testing.T, idp *cognitoidentityprovider.Client, clientID, user, password string) (string, string) {
	t.Helper()
	out, err := idp.InitiateAuth(context.Background(), &cognitoidentityprovider.InitiateAuthInput{
		ClientId: aws.String(clientID), AuthFlow: cip.AuthFlowTypeUserPasswordAuth,
		AuthParameters: map[string]string{"USERNAME": user, "PASSWORD": password},
	})
	if err != nil {
		t.Fatal(err)
	}
	return aws.ToString(out.AuthenticationResult.IdToken), aws.ToString(out.AuthenticationResult.AccessToken)
}

func (p pool) verifier(t *testing.T, mod func(*auth.VerifierConfig)) *auth.Verifier {
	t.Helper()
	cfg := auth.VerifierConfig{Issuer: auth.Issuer(p.region, p.id), ClientID: p.client, JWKSURL: auth.JWKSURL(p.region, p.id, p.endpoint)}
	if mod != nil {
		mod(&cfg)
	}
	v, err := auth.NewVerifier(cfg)
	if err != nil {
		t.Fatal(err)
	}
	return v
}

func TestVerifierAgainstTheEmulatorsPool(t *testing.T) {
	p := newPool(t)
	ctx := context.Background()

	// A second app client of the same pool: its tokens are for another audience.
	other, err := p.idp.CreateUserPoolClient(ctx, &cognitoidentityprovider.CreateUserPoolClientInput{
		UserPoolId: aws.String(p.id), ClientName: aws.String("other"),
		ExplicitAuthFlows: []cip.ExplicitAuthFlowsType{cip.ExplicitAuthFlowsTypeAllowUserPasswordAuth, cip.ExplicitAuthFlowsTypeAllowRefreshTokenAuth},
	})
	if err != nil {
		t.Fatal(err)
	}
	otherID, otherAccess := login(t, p.idp, aws.ToString(other.UserPoolClient.ClientId), "anne@politi.dk", "Kodeord-1234!")

	forgeKey, err := rsa.GenerateKey(rand.Reader, 2048)
	if err != nil {
		t.Fatal(err)
	}
	claims := jwt.MapClaims{}
	if _, _, err := jwt.NewParser().ParseUnverified(p.idToken, claims); err != nil {
		t.Fatal(err)
	}
	forged := jwt.NewWithClaims(jwt.SigningMethodRS256, claims)
	forged.Header["kid"] = "dummy" // the emulator's key id
	forgedToken, err := forged.SignedString(forgeKey)
	if err != nil {
		t.Fatal(err)
	}
	noneToken, _ := jwt.NewWithClaims(jwt.SigningMethodNone, claims).SignedString(jwt.UnsafeAllowNoneSignatureType)
	// A genuine signature over a payload with more groups spliced in.
	parts := strings.Split(p.idToken, ".")
	claims["cognito:groups"] = []string{"national", "supervisor", "dup-liaison"}
	spliced, _ := jwt.NewWithClaims(jwt.SigningMethodRS256, claims).SigningString()
	splicedToken := parts[0] + "." + strings.Split(spliced, ".")[1] + "." + parts[2]
	// HS256 keyed with something public.
	hsToken, _ := jwt.NewWithClaims(jwt.SigningMethodHS256, claims).SignedString([]byte(p.client))

	later := func(c *auth.VerifierConfig) { c.Now = func() time.Time { return time.Now().Add(2 * time.Hour) } }
	otherPool := func(c *auth.VerifierConfig) { c.Issuer = auth.Issuer(p.region, p.region+"_other") }
	tests := []struct {
		name  string
		token string
		mod   func(*auth.VerifierConfig)
		ok    bool
		why   error // the reason the library gives, where it names one
	}{
		{"ID token", p.idToken, nil, true, nil},
		{"access token", p.accessToken, nil, true, nil},
		{"expired ID token", p.idToken, later, false, jwt.ErrTokenExpired},
		{"expired access token", p.accessToken, later, false, jwt.ErrTokenExpired},
		{"ID token of another client", otherID, nil, false, nil},
		{"access token of another client", otherAccess, nil, false, nil},
		{"token of another pool", p.idToken, otherPool, false, jwt.ErrTokenInvalidIssuer},
		{"forged signature", forgedToken, nil, false, jwt.ErrTokenSignatureInvalid},
		{"alg none", noneToken, nil, false, jwt.ErrTokenSignatureInvalid},
		{"HS256", hsToken, nil, false, jwt.ErrTokenSignatureInvalid},
		{"spliced payload", splicedToken, nil, false, jwt.ErrTokenSignatureInvalid},
		{"garbage", "not.a.token", nil, false, jwt.ErrTokenMalformed},
		{"empty", "", nil, false, jwt.ErrTokenMalformed},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			c, err := p.verifier(t, tc.mod).Verify(ctx, tc.token)
			if !tc.ok {
				if !errors.Is(err, auth.ErrUnauthenticated) {
					t.Fatalf("accepted (%+v) or wrong error: %v", c, err)
				}
				if tc.why != nil && !errors.Is(err, tc.why) {
					t.Errorf("refused for %v, want %v", err, tc.why)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if c.Username != "anne@politi.dk" || c.Subject == "" || !slices.Equal(slices.Sorted(slices.Values(c.Groups)), []string{"national", "supervisor"}) {
				t.Errorf("claims = %+v", c)
			}
		})
	}

	// As middleware: the bearer header.
	v := p.verifier(t, nil)
	r := httptest.NewRequest("GET", "/api/feedback", nil)
	if _, err := v.Authenticate(r); !errors.Is(err, auth.ErrUnauthenticated) {
		t.Errorf("no header: %v", err)
	}
	r.Header.Set("Authorization", "bearer "+p.idToken)
	if c, err := v.Authenticate(r); err != nil || !c.InGroup("national") {
		t.Errorf("bearer: %+v %v", c, err)
	}

	// Password login of the local console.
	l := cognitologin.PasswordLogin{Client: p.idp, ClientID: p.client}
	if tok, err := l.Login(ctx, "anne@politi.dk", "Kodeord-1234!"); err != nil || tok.IDToken == "" {
		t.Errorf("login: %v", err)
	} else if _, err := v.Verify(ctx, tok.IDToken); err != nil {
		t.Errorf("login token does not verify: %v", err)
	}
	for _, pw := range []string{"wrong", ""} {
		if _, err := l.Login(ctx, "anne@politi.dk", pw); !errors.Is(err, auth.ErrUnauthenticated) {
			t.Errorf("login with %q: %v", pw, err)
		}
	}
	if _, err := l.Login(ctx, "nobody@politi.dk", "x"); !errors.Is(err, auth.ErrUnauthenticated) {
		t.Errorf("login of an unknown user: %v", err)
	}
}

func TestVerifierWithoutKeys(t *testing.T) {
	v, err := auth.NewVerifier(auth.VerifierConfig{Issuer: "https://x", ClientID: "c", JWKSURL: "http://127.0.0.1:1/none"})
	if err != nil {
		t.Fatal(err)
	}
	tok, _ := jwt.NewWithClaims(jwt.SigningMethodRS256, jwt.MapClaims{"iss": "https://x"}).SigningString()
	if _, err := v.Verify(context.Background(), tok+".sig"); !errors.Is(err, auth.ErrUnauthenticated) {
		t.Errorf("unreachable JWKS: %v", err)
	}
	if _, err := auth.NewVerifier(auth.VerifierConfig{}); err == nil {
		t.Error("empty config accepted")
	}
}

func TestGatewayClaims(t *testing.T) {
	tests := []struct {
		name   string
		claims map[string]string
		groups []string
		ok     bool
	}{
		{"array as API Gateway passes it", map[string]string{"sub": "s", "cognito:username": "anne", "cognito:groups": "[national district-fyn]"}, []string{"national", "district-fyn"}, true},
		{"JSON array", map[string]string{"sub": "s", "username": "anne", "cognito:groups": `["supervisor","dup-liaison"]`}, []string{"supervisor", "dup-liaison"}, true},
		{"no groups", map[string]string{"sub": "s", "cognito:username": "anne"}, nil, true},
		{"no claims", nil, nil, false},
		{"no user", map[string]string{"cognito:groups": "[national]"}, nil, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			g := auth.Gateway{Claims: func(context.Context) map[string]string { return tc.claims }}
			c, err := g.Authenticate(httptest.NewRequest("GET", "/api/feedback", nil))
			if !tc.ok {
				if !errors.Is(err, auth.ErrUnauthenticated) {
					t.Fatalf("accepted: %+v %v", c, err)
				}
				return
			}
			if err != nil || c.Username != "anne" || !slices.Equal(c.Groups, tc.groups) {
				t.Errorf("claims = %+v, %v", c, err)
			}
		})
	}
}

// The key set is fetched once, and tokens with made-up key ids do not make the verifier fetch it
// again and again.
func TestKeyFetchIsRateLimited(t *testing.T) {
	key, err := rsa.GenerateKey(rand.Reader, 2048)
	if err != nil {
		t.Fatal(err)
	}
	var fetches atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		fetches.Add(1)
		n := base64.RawURLEncoding.EncodeToString(key.N.Bytes())
		fmt.Fprintf(w, `{"keys":[{"kty":"RSA","kid":"k1","use":"sig","alg":"RS256","n":%q,"e":"AQAB"}]}`, n)
	}))
	defer srv.Close()
	now := time.Now()
	v, err := auth.NewVerifier(auth.VerifierConfig{Issuer: "https://iss", ClientID: "c", JWKSURL: srv.URL, Now: func() time.Time { return now }})
	if err != nil {
		t.Fatal(err)
	}
	sign := func(kid string) string {
		tok := jwt.NewWithClaims(jwt.SigningMethodRS256, jwt.MapClaims{"iss": "https://iss", "aud": "c", "token_use": "id",
			"sub": "s", "cognito:username": "u", "exp": now.Add(time.Hour).Unix(), "iat": now.Unix()})
		tok.Header["kid"] = kid
		s, _ := tok.SignedString(key)
		return s
	}
	for range 3 {
		if _, err := v.Verify(context.Background(), sign("k1")); err != nil {
			t.Fatal(err)
		}
	}
	for range 20 {
		if _, err := v.Verify(context.Background(), sign("made-up")); !errors.Is(err, auth.ErrUnauthenticated) {
			t.Fatalf("unknown kid: %v", err)
		}
	}
	if n := fetches.Load(); n != 1 {
		t.Errorf("%d fetches within a minute, want 1", n)
	}
	now = now.Add(2 * time.Minute) // later, an unknown kid may mean rotated keys: fetch once more
	_, _ = v.Verify(context.Background(), sign("made-up"))
	_, _ = v.Verify(context.Background(), sign("made-up"))
	if n := fetches.Load(); n != 2 {
		t.Errorf("%d fetches after two minutes, want 2", n)
	}
}
