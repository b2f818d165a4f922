package testserver

import (
	"errors"
	"net"
	"os"
	"testing"
)

// TestListensOn: a port is the emulator's only when the emulator's own process listens on
// it; one that another process holds, or none, is not.
func TestListensOn(t *testing.T) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	held := l.Addr().(*net.TCPAddr).Port
	free, err := unusedPort()
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	for _, c := range []struct {
		name      string
		pid, port int
		want      bool
	}{
		{"this process's listener", os.Getpid(), held, true},
		{"another process asked about it", os.Getppid(), held, false},
		{"a port no one listens on", os.Getpid(), free, false},
	} {
		got, err := listensOn(c.pid, c.port)
		if errors.Is(err, errNoProcNet) {
			t.Skipf("skipping: %v", err)
		}
		if err != nil || got != c.want {
			t.Errorf("%s: listensOn = %v, %v; want %v", c.name, got, err, c.want)
		}
	}
}
