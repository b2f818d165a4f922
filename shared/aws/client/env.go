package client

import (
	"errors"
	"fmt"
	"os"
	"strconv"
)

// ConfigError is a configuration value a function refuses to start with.
type ConfigError struct {
	Name, Value string
	// Want says what the value must be.
	Want string
}

func (e *ConfigError) Error() string {
	return fmt.Sprintf("configuration: %s=%q: want %s", e.Name, e.Value, e.Want)
}

// Env reads a function's configuration from the environment. A bad value is not replaced by
// the default: it is remembered, and Err reports every one, so that the function refuses to
// start with one message naming them all ("MAX_BYTES=8MB" is not 8 MiB, and is not silently
// the default either).
type Env struct {
	lookup func(string) (string, bool)
	errs   []error
}

// FromOS reads the process environment.
func FromOS() *Env { return &Env{lookup: os.LookupEnv} }

// FromMap reads a fixed environment.
func FromMap(m map[string]string) *Env {
	return &Env{lookup: func(k string) (string, bool) { v, ok := m[k]; return v, ok }}
}

// String returns the variable, or def when it is unset or empty.
func (e *Env) String(name, def string) string {
	if v, ok := e.lookup(name); ok && v != "" {
		return v
	}
	return def
}

// Required returns the variable, and refuses it when unset or empty: a setting the
// deployment must give (a table or bucket name), which no default can stand for.
func (e *Env) Required(name, want string) string {
	v, ok := e.lookup(name)
	if !ok || v == "" {
		e.errs = append(e.errs, &ConfigError{Name: name, Value: v, Want: want})
	}
	return v
}

// Int returns the variable as a whole number from lo to hi, or def when it is unset or empty.
func (e *Env) Int(name string, def, lo, hi int64) int64 {
	v, ok := e.lookup(name)
	if !ok || v == "" {
		return def
	}
	n, err := strconv.ParseInt(v, 10, 64)
	if err != nil || n < lo || n > hi {
		e.errs = append(e.errs, &ConfigError{Name: name, Value: v, Want: fmt.Sprintf("a whole number from %d to %d", lo, hi)})
		return def
	}
	return n
}

// Bool returns the variable as a boolean (as strconv.ParseBool reads one: "true", "false",
// "1", "0", ...), or false when unset.
func (e *Env) Bool(name string) bool {
	v, ok := e.lookup(name)
	if !ok || v == "" {
		return false
	}
	b, err := strconv.ParseBool(v)
	if err != nil {
		e.errs = append(e.errs, &ConfigError{Name: name, Value: v, Want: "true or false"})
	}
	return b
}

// Refuse records a value the caller found bad by a rule of its own.
func (e *Env) Refuse(name, want string) {
	v, _ := e.lookup(name)
	e.errs = append(e.errs, &ConfigError{Name: name, Value: v, Want: want})
}

// Err is every bad value read so far (each a *ConfigError), or nil.
func (e *Env) Err() error { return errors.Join(e.errs...) }
