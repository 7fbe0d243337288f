// Package config reads a function's configuration from environment variables once at start-up and
// reports every missing or malformed variable by name in one error.
package config

import (
	"errors"
	"fmt"
	"os"
	"strconv"
	"strings"
	"time"
)

// Env collects values and problems; check Err after reading everything.
type Env struct {
	lookup func(string) (string, bool)
	errs   []error
	reads  map[string]bool // name → required
	values map[string]string
}

// Reads returns every variable the wiring looked up, each with whether it is required (make
// preflight checks them against the template's environment).
func (e *Env) Reads() map[string]bool {
	out := make(map[string]bool, len(e.reads))
	for k, v := range e.reads {
		out[k] = v
	}
	return out
}

func (e *Env) get(name string, required bool) (string, bool) {
	if e.reads == nil {
		e.reads = map[string]bool{}
	}
	e.reads[name] = e.reads[name] || required
	return e.lookup(name)
}

// FromOS reads the process environment.
func FromOS() *Env { return &Env{lookup: os.LookupEnv} }

// FromMap reads a map (tests, the local stack).
func FromMap(m map[string]string) *Env {
	return &Env{lookup: func(k string) (string, bool) { v, ok := m[k]; return v, ok }, values: m}
}

// Values returns the map an Env made by FromMap reads (nil for FromOS).
func (e *Env) Values() map[string]string { return e.values }

// Required returns a variable that must be set and non-empty.
func (e *Env) Required(name string) string {
	v, ok := e.get(name, true)
	if !ok || strings.TrimSpace(v) == "" {
		e.errs = append(e.errs, fmt.Errorf("environment variable %s is required", name))
	}
	return v
}

// Optional returns a variable or def when unset.
func (e *Env) Optional(name, def string) string {
	if v, ok := e.get(name, false); ok && v != "" {
		return v
	}
	return def
}

// Duration reads a Go duration ("720h", "30s"); def when unset.
func (e *Env) Duration(name string, def time.Duration) time.Duration {
	v, ok := e.get(name, false)
	if !ok || v == "" {
		return def
	}
	d, err := time.ParseDuration(v)
	if err != nil || d <= 0 {
		e.errs = append(e.errs, fmt.Errorf("environment variable %s=%q: want a positive duration like 720h", name, v))
		return def
	}
	return d
}

// Days reads a whole number of days; def when unset.
func (e *Env) Days(name string, def time.Duration) time.Duration {
	v, ok := e.get(name, false)
	if !ok || v == "" {
		return def
	}
	n, err := strconv.Atoi(v)
	if err != nil || n <= 0 {
		e.errs = append(e.errs, fmt.Errorf("environment variable %s=%q: want a positive whole number of days", name, v))
		return def
	}
	return time.Duration(n) * 24 * time.Hour
}

// Months reads a whole, positive number of months; def when unset.
func (e *Env) Months(name string, def int) int {
	v, ok := e.get(name, false)
	if !ok || v == "" {
		return def
	}
	n, err := strconv.Atoi(v)
	if err != nil || n <= 0 || n > 1200 {
		e.errs = append(e.errs, fmt.Errorf("environment variable %s=%q: want a positive whole number of months", name, v))
		return def
	}
	return n
}

// Fraction reads a number between 0 and 1; def when unset.
func (e *Env) Fraction(name string, def float64) float64 {
	v, ok := e.get(name, false)
	if !ok || v == "" {
		return def
	}
	f, err := strconv.ParseFloat(v, 64)
	if err != nil || f < 0 || f > 1 {
		e.errs = append(e.errs, fmt.Errorf("environment variable %s=%q: want a number from 0 to 1", name, v))
		return def
	}
	return f
}

// Bool reads true/false; def when unset.
func (e *Env) Bool(name string, def bool) bool {
	v, ok := e.get(name, false)
	if !ok || v == "" {
		return def
	}
	b, err := strconv.ParseBool(v)
	if err != nil {
		e.errs = append(e.errs, fmt.Errorf("environment variable %s=%q: want true or false", name, v))
		return def
	}
	return b
}

// Fail records a problem found while interpreting a value.
func (e *Env) Fail(err error) { e.errs = append(e.errs, err) }

// Err returns every problem, or nil.
func (e *Env) Err() error { return errors.Join(e.errs...) }
