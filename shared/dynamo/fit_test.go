package dynamo_test

import (
	"borgerfeedback/shared/dynamo"
	"borgerfeedback/shared/intake"
)

// The store fits the intake consumer's port. The proof lives in a test so that package dynamo does
// not import intake, which would link the classifier into every function's binary.
var _ intake.Store = (*dynamo.Store)(nil)
