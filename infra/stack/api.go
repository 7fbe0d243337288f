package stack

import (
	"encoding/json"

	"github.com/aws/aws-cdk-go/awscdk/v2"
	"github.com/aws/aws-cdk-go/awscdk/v2/awsapigatewayv2"
	"github.com/aws/aws-cdk-go/awscdk/v2/awsapigatewayv2authorizers"
	"github.com/aws/aws-cdk-go/awscdk/v2/awsapigatewayv2integrations"
	"github.com/aws/aws-cdk-go/awscdk/v2/awscertificatemanager"
	"github.com/aws/aws-cdk-go/awscdk/v2/awscognito"
	"github.com/aws/aws-cdk-go/awscdk/v2/awslogs"
	"github.com/aws/jsii-runtime-go"

	"borgerfeedback/shared/feedback"
	"borgerfeedback/shared/resources"
)

// Default throttling of the API's stage: generous for the expected load (a few thousand replies a
// day, a few dozen staff), tight enough to blunt a flood.
const (
	throttleRate  = 50
	throttleBurst = 100
)

// accessLogFormat is one JSON line per request. It logs the route key, never the path, so citizens'
// link tokens stay out of the logs, and no source IP or user agent (personal data).
var accessLogFormat = func() string {
	b, err := json.Marshal(map[string]string{
		"requestId":        "$context.requestId",
		"requestTime":      "$context.requestTime",
		"routeKey":         "$context.routeKey",
		"status":           "$context.status",
		"protocol":         "$context.protocol",
		"responseLength":   "$context.responseLength",
		"responseLatency":  "$context.responseLatency",
		"integrationError": "$context.integrationErrorMessage",
		"authorizerError":  "$context.authorizer.error",
		"staffSub":         "$context.authorizer.claims.sub",
	})
	if err != nil {
		panic(err)
	}
	return string(b)
}()

// apiResources are the HTTP API and the staff user pool.
type apiResources struct {
	api          awsapigatewayv2.HttpApi
	baseURL      *string // https://… without a trailing slash
	pool         awscognito.UserPool
	client       awscognito.UserPoolClient
	loginURL     *string
	domainTarget *string // custom domain's regional target, when there is one
	accessLogs   awslogs.LogGroup
}

func (s *feedbackStack) httpAPI(_ *dataResources, fns functionResources) *apiResources {
	a := &apiResources{}
	a.api = awsapigatewayv2.NewHttpApi(s.Stack, jsii.String("Api"), &awsapigatewayv2.HttpApiProps{
		ApiName:            jsii.String(resources.Table.Name),
		Description:        jsii.String("borgerfeedback: citizen form (/f), staff API (/api, JWT) and console (/console)"),
		CreateDefaultStage: jsii.Bool(false),
		// No CORS: the form and the console are served from the API's own origin.
	})
	a.baseURL = a.api.ApiEndpoint()

	stageOpts := &awsapigatewayv2.HttpStageOptions{
		StageName:  jsii.String("$default"),
		AutoDeploy: jsii.Bool(true),
		Throttle:   &awsapigatewayv2.ThrottleSettings{RateLimit: jsii.Number(throttleRate), BurstLimit: jsii.Number(throttleBurst)},
	}
	if s.props.DomainName != "" {
		dn := awsapigatewayv2.NewDomainName(s.Stack, jsii.String("CustomDomain"), &awsapigatewayv2.DomainNameProps{
			DomainName:     jsii.String(s.props.DomainName),
			Certificate:    awscertificatemanager.Certificate_FromCertificateArn(s.Stack, jsii.String("CustomDomainCertificate"), jsii.String(s.props.CertificateARN)),
			SecurityPolicy: awsapigatewayv2.SecurityPolicy_TLS_1_2,
		})
		stageOpts.DomainMapping = &awsapigatewayv2.DomainMappingOptions{DomainName: dn}
		a.baseURL = jsii.String("https://" + s.props.DomainName)
		a.domainTarget = dn.RegionalDomainName()
	}
	stage := a.api.AddStage(jsii.String("DefaultStage"), stageOpts)
	a.accessLogs = awslogs.NewLogGroup(s.Stack, jsii.String("ApiAccessLogs"), &awslogs.LogGroupProps{
		Retention:     s.settings.logRetention,
		RemovalPolicy: s.settings.removal,
	})
	stage.Node().DefaultChild().(awsapigatewayv2.CfnStage).SetAccessLogSettings(&awsapigatewayv2.CfnStage_AccessLogSettingsProperty{
		// The log group's ARN without the ":*" that its Arn attribute ends in: API Gateway wants that.
		DestinationArn: s.Stack.FormatArn(&awscdk.ArnComponents{
			Service: jsii.String("logs"), Resource: jsii.String("log-group"), ResourceName: a.accessLogs.LogGroupName(),
			ArnFormat: awscdk.ArnFormat_COLON_RESOURCE_NAME,
		}),
		Format: jsii.String(accessLogFormat),
	})

	s.userPool(a)

	form := awsapigatewayv2integrations.NewHttpLambdaIntegration(jsii.String("FormIntegration"), fns[resources.FunctionForm], nil)
	triInt := awsapigatewayv2integrations.NewHttpLambdaIntegration(jsii.String("TriageIntegration"), fns[resources.FunctionTriage], nil)
	jwt := awsapigatewayv2authorizers.NewHttpUserPoolAuthorizer(jsii.String("StaffAuthorizer"), a.pool, &awsapigatewayv2authorizers.HttpUserPoolAuthorizerProps{
		AuthorizerName:  jsii.String("staff-jwt"),
		UserPoolClients: &[]awscognito.IUserPoolClient{a.client},
	})
	get, post, anyMethod := awsapigatewayv2.HttpMethod_GET, awsapigatewayv2.HttpMethod_POST, awsapigatewayv2.HttpMethod_ANY
	a.api.AddRoutes(&awsapigatewayv2.AddRoutesOptions{Path: jsii.String("/f/{token}"), Methods: &[]awsapigatewayv2.HttpMethod{get, post}, Integration: form})
	// Browsers ask the origin for /favicon.ico on every citizen page; the form answers it.
	a.api.AddRoutes(&awsapigatewayv2.AddRoutesOptions{Path: jsii.String("/favicon.ico"), Methods: &[]awsapigatewayv2.HttpMethod{get}, Integration: form})
	// The citizen's rights under a link (make preflight checks these against the form's routes).
	for _, p := range []string{"/f/{token}/stop", "/f/{token}/withdraw"} {
		a.api.AddRoutes(&awsapigatewayv2.AddRoutesOptions{Path: jsii.String(p), Methods: &[]awsapigatewayv2.HttpMethod{post}, Integration: form})
	}
	a.api.AddRoutes(&awsapigatewayv2.AddRoutesOptions{Path: jsii.String("/api/{proxy+}"), Methods: &[]awsapigatewayv2.HttpMethod{anyMethod}, Integration: triInt, Authorizer: jwt})
	a.api.AddRoutes(&awsapigatewayv2.AddRoutesOptions{Path: jsii.String("/console"), Methods: &[]awsapigatewayv2.HttpMethod{get}, Integration: triInt})
	a.api.AddRoutes(&awsapigatewayv2.AddRoutesOptions{Path: jsii.String("/console/{proxy+}"), Methods: &[]awsapigatewayv2.HttpMethod{get}, Integration: triInt})
	// The console's session endpoints (code exchange, refresh, logout; shared/triage/session.go):
	// no authorizer, they are how a token is got; the refresh token rides in an httpOnly cookie.
	a.api.AddRoutes(&awsapigatewayv2.AddRoutesOptions{Path: jsii.String("/console/auth/{action}"), Methods: &[]awsapigatewayv2.HttpMethod{post}, Integration: triInt})

	fns[resources.FunctionInvite].AddEnvironment(jsii.String(resources.EnvPublicBaseURL), a.baseURL, nil)
	fns[resources.FunctionForm].AddEnvironment(jsii.String(resources.EnvPublicBaseURL), a.baseURL, nil)     // https: HSTS
	fns[resources.FunctionReminder].AddEnvironment(jsii.String(resources.EnvPublicBaseURL), a.baseURL, nil) // the reminder's link
	tri := fns[resources.FunctionTriage]
	tri.AddEnvironment(jsii.String(resources.EnvUserPoolID), a.pool.UserPoolId(), nil)
	tri.AddEnvironment(jsii.String(resources.EnvUserPoolClientID), a.client.UserPoolClientId(), nil)
	tri.AddEnvironment(jsii.String(resources.EnvCognitoDomain), a.loginURL, nil)
	return a
}

// userPool is the staff pool: administrators create the users (no self sign-up), TOTP MFA is
// required, and the console signs in with the authorization code grant and PKCE.
func (s *feedbackStack) userPool(a *apiResources) {
	a.pool = awscognito.NewUserPool(s.Stack, jsii.String("StaffPool"), &awscognito.UserPoolProps{
		UserPoolName:      jsii.String(resources.UserPoolName),
		SelfSignUpEnabled: jsii.Bool(false),
		SignInAliases:     &awscognito.SignInAliases{Username: jsii.Bool(true), Email: jsii.Bool(true)},
		AutoVerify:        &awscognito.AutoVerifiedAttrs{Email: jsii.Bool(true)},
		StandardAttributes: &awscognito.StandardAttributes{
			Email: &awscognito.StandardAttribute{Required: jsii.Bool(true), Mutable: jsii.Bool(true)},
		},
		PasswordPolicy: &awscognito.PasswordPolicy{
			MinLength:            jsii.Number(14),
			RequireLowercase:     jsii.Bool(true),
			RequireUppercase:     jsii.Bool(true),
			RequireDigits:        jsii.Bool(true),
			RequireSymbols:       jsii.Bool(true),
			TempPasswordValidity: awscdk.Duration_Days(jsii.Number(3)),
		},
		Mfa:                          awscognito.Mfa_REQUIRED,
		MfaSecondFactor:              &awscognito.MfaSecondFactor{Otp: jsii.Bool(true), Sms: jsii.Bool(false)},
		AccountRecovery:              awscognito.AccountRecovery_EMAIL_ONLY,
		FeaturePlan:                  awscognito.FeaturePlan_PLUS,
		StandardThreatProtectionMode: awscognito.StandardThreatProtectionMode_FULL_FUNCTION,
		DeletionProtection:           jsii.Bool(s.settings.deletionProtection),
		RemovalPolicy:                s.settings.removal,
	})
	for _, g := range resources.StaffGroups(feedback.Districts) {
		awscognito.NewCfnUserPoolGroup(s.Stack, jsii.String("Group-"+g), &awscognito.CfnUserPoolGroupProps{
			UserPoolId:  a.pool.UserPoolId(),
			GroupName:   jsii.String(g),
			Description: jsii.String("borgerfeedback staff group " + g),
		})
	}

	prefix := jsii.String(s.props.CognitoDomainPrefix)
	if s.props.CognitoDomainPrefix == "" {
		prefix = awscdk.Fn_Join(jsii.String("-"), &[]*string{jsii.String(resources.Table.Name), jsii.String(s.props.stage()), awscdk.Aws_ACCOUNT_ID()})
	}
	domain := a.pool.AddDomain(jsii.String("Login"), &awscognito.UserPoolDomainOptions{
		CognitoDomain: &awscognito.CognitoDomainOptions{DomainPrefix: prefix},
	})
	a.loginURL = domain.BaseUrl(nil)

	// The console returns to <base>/console/ after sign-in and sign-out, unless the operator lists
	// other URLs in the ConsoleCallbackUrls parameter.
	urls := awscdk.Fn_Split(jsii.String(","), awscdk.Token_AsString(awscdk.Fn_ConditionIf(s.params.hasCallbackURLs.LogicalId(),
		s.params.callbackURLs.ValueAsString(), jsii.String(*a.baseURL+"/console/")), nil), nil)
	a.client = a.pool.AddClient(jsii.String("ConsoleClient"), &awscognito.UserPoolClientOptions{
		UserPoolClientName:         jsii.String(resources.UserPoolName + "-console"),
		GenerateSecret:             jsii.Bool(false), // a browser app cannot keep a secret; PKCE instead
		AuthFlows:                  &awscognito.AuthFlow{UserSrp: jsii.Bool(true)},
		PreventUserExistenceErrors: jsii.Bool(true),
		EnableTokenRevocation:      jsii.Bool(true),
		AccessTokenValidity:        awscdk.Duration_Hours(jsii.Number(1)),
		IdTokenValidity:            awscdk.Duration_Hours(jsii.Number(1)),
		RefreshTokenValidity:       awscdk.Duration_Hours(jsii.Number(12)),
		SupportedIdentityProviders: &[]awscognito.UserPoolClientIdentityProvider{awscognito.UserPoolClientIdentityProvider_COGNITO()},
		OAuth: &awscognito.OAuthSettings{
			Flows:        &awscognito.OAuthFlows{AuthorizationCodeGrant: jsii.Bool(true)},
			Scopes:       &[]awscognito.OAuthScope{awscognito.OAuthScope_OPENID(), awscognito.OAuthScope_EMAIL(), awscognito.OAuthScope_PROFILE()},
			CallbackUrls: urls,
			LogoutUrls:   urls,
		},
	})
}
