package testserver

import (
	"errors"
	"os"
	"path/filepath"
	"testing"
)

// TestSkipsAreLogged: each test skipped for want of a server adds its line to the file
// PRECIS_SKIP_LOG names, which `make test` counts and prints even without -v.
func TestSkipsAreLogged(t *testing.T) {
	log := filepath.Join(t.TempDir(), "skips")
	t.Setenv(SkipLogEnv, log)
	t.Setenv("PRECIS_REQUIRE_SERVERS", "")
	for _, server := range []string{"dynalite", "dynalite", "aws-lambda-rie"} {
		t.Run(server, func(t *testing.T) {
			missing(t, server, errors.New("it is not installed"), "make servers")
			t.Error("missing did not skip")
		})
	}
	got, err := os.ReadFile(log)
	if err != nil {
		t.Fatal(err)
	}
	want := "dynalite: it is not installed (run: make servers)\n" +
		"dynalite: it is not installed (run: make servers)\n" +
		"aws-lambda-rie: it is not installed (run: make servers)\n"
	if string(got) != want {
		t.Errorf("skip log:\n%s\nwant:\n%s", got, want)
	}
}
