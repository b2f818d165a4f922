package testserver

import (
	"context"
	"net"
	"testing"
	"time"
)

// TestStartLambdaRetriesATakenPort: a port free when picked can be taken before the emulator
// binds it (CI once failed so); StartLambda must then try fresh ports rather than fail.
func TestStartLambdaRetriesATakenPort(t *testing.T) {
	taken, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer taken.Close()
	takenPort := taken.Addr().(*net.TCPAddr).Port
	picks := 0
	pickPort = func() (int, error) {
		picks++
		if picks == 2 { // the runtime API's port on the first attempt, as in CI
			return takenPort, nil
		}
		return unusedPort()
	}
	t.Cleanup(func() { pickPort = unusedPort })

	l := StartLambda(t, "/bin/true", nil)
	if picks < 4 {
		t.Fatalf("StartLambda picked %d ports: it did not try again", picks)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	// The emulator answers; /bin/true is no runtime, so the invocation itself fails.
	if _, err := l.Invoke(ctx, []byte(`{}`)); ctx.Err() != nil {
		t.Fatalf("the emulator did not answer: %v", err)
	}
}
