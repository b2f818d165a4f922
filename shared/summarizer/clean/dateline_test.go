package clean

import (
	"regexp/syntax"
	"testing"
)

// TestDatelineFitsBacktracker pins the dateline expression's program within the size regexp
// runs its backtracker on (maxBacktrackProg, 500 instructions): past it, every short dated
// block runs the NFA, which cost the cleaner several percent.
func TestDatelineFitsBacktracker(t *testing.T) {
	re, err := syntax.Parse(compiled().dateline.String(), syntax.Perl)
	if err != nil {
		t.Fatal(err)
	}
	prog, err := syntax.Compile(re.Simplify())
	if err != nil {
		t.Fatal(err)
	}
	if n := len(prog.Inst); n > 500 {
		t.Errorf("the dateline compiles to %d instructions, more than the backtracker takes (500)", n)
	}
}
