// Package checkout finds the repository checkout the tools run from and the read-only
// material handed to the project beside it (../shared: the sample article and the
// evaluation data). The CLI, the tests and the test servers share it; it does not import
// the testing package, so the shipped CLI does not link it.
package checkout

import (
	"errors"
	"os"
	"path/filepath"
)

// SampleArticle is the scraped article the product was designed from, relative to SharedDir.
const SampleArticle = "samples/000_c202183df8046a46.txt"

// ErrNoCheckout means there is no go.mod above the working directory.
var ErrNoCheckout = errors.New("checkout: no go.mod above the working directory")

// Root is the folder holding go.mod, above the working directory.
func Root() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", ErrNoCheckout
		}
		dir = parent
	}
}

// SharedDir returns the ../shared folder beside the checkout, or "" if there is none.
// PRECIS_SHARED overrides it.
func SharedDir() string {
	if dir := os.Getenv("PRECIS_SHARED"); dir != "" {
		return dir
	}
	root, err := Root()
	if err != nil {
		return ""
	}
	shared := filepath.Join(filepath.Dir(root), "shared")
	if st, err := os.Stat(shared); err == nil && st.IsDir() {
		return shared
	}
	return ""
}
