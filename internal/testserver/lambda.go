package testserver

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"go/build"
	"io"
	"math/rand/v2"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/precis-news/precis/internal/checkout"
)

// BuildBootstrap compiles a function's main package (a path relative to the repository root,
// such as "./functions/api") for this machine with the flags template.yaml deploys it with,
// and returns the binary's path.
func BuildBootstrap(tb testing.TB, pkg string) string {
	tb.Helper()
	root, err := checkout.Root()
	if err != nil {
		tb.Fatal(err)
	}
	out := filepath.Join(tb.TempDir(), "bootstrap")
	cmd := exec.Command("go", "build", "-tags", "lambda.norpc", "-trimpath", "-ldflags=-s -w", "-o", out, pkg)
	cmd.Dir = root
	cmd.Env = append(os.Environ(), "CGO_ENABLED=0")
	if b, err := cmd.CombinedOutput(); err != nil {
		tb.Fatalf("build %s: %v\n%s", pkg, err, b)
	}
	return out
}

// Lambda is a function binary running under the AWS Lambda Runtime Interface Emulator, which
// speaks the Lambda Runtime API to it exactly as the Lambda service does.
type Lambda struct {
	// URL is the emulator's invoke endpoint.
	URL    string
	cmd    *exec.Cmd
	out    *SyncBuffer
	exited chan struct{} // closed when the emulator's process has ended
}

// startAttempts bounds how often StartLambda tries fresh ports: the emulator must be told its
// ports, and one that was free when checked can be taken before the emulator binds it.
const startAttempts = 5

// StartLambda runs bootstrap under aws-lambda-rie on free loopback ports, with env added to
// this process's environment. It skips the test when the emulator is not installed, unless
// PRECIS_REQUIRE_SERVERS is set.
func StartLambda(tb testing.TB, bootstrap string, env map[string]string) *Lambda {
	tb.Helper()
	rie, err := emulator()
	if err != nil {
		missing(tb, "aws-lambda-rie", err, "make servers")
	}
	var failures []string
	for range startAttempts {
		l, err := startLambda(rie, bootstrap, env)
		if err == nil {
			tb.Cleanup(l.Stop)
			return l
		}
		failures = append(failures, err.Error())
	}
	tb.Fatalf("the emulator did not start in %d attempts:\n%s", startAttempts, strings.Join(failures, "\n"))
	return nil
}

// startLambda makes one attempt. It fails when the emulator ends before it listens (as it
// does when a port was taken) or does not listen in time.
func startLambda(rie, bootstrap string, env map[string]string) (*Lambda, error) {
	invokePort, err := pickPort()
	if err != nil {
		return nil, err
	}
	runtimePort, err := pickPort()
	if err != nil {
		return nil, err
	}
	invokeAddr := fmt.Sprintf("127.0.0.1:%d", invokePort)
	runtimeAddr := fmt.Sprintf("127.0.0.1:%d", runtimePort)
	cmd := exec.Command(rie, "--runtime-interface-emulator-address", invokeAddr, "--runtime-api-address", runtimeAddr, bootstrap)
	cmd.Env = os.Environ()
	for k, v := range env {
		cmd.Env = append(cmd.Env, k+"="+v)
	}
	l := &Lambda{URL: "http://" + invokeAddr + "/2015-03-31/functions/function/invocations", cmd: cmd, out: &SyncBuffer{}, exited: make(chan struct{})}
	cmd.Stdout, cmd.Stderr = l.out, l.out
	if err := cmd.Start(); err != nil {
		return nil, fmt.Errorf("start the emulator: %w", err)
	}
	go func() {
		_ = cmd.Wait()
		close(l.exited)
	}()
	deadline := time.Now().Add(15 * time.Second)
	for {
		err := listening(cmd.Process.Pid, invokeAddr, invokePort, runtimePort)
		if err == nil {
			return l, nil
		}
		select {
		case <-l.exited:
			return nil, fmt.Errorf("the emulator ended before it listened on %s: %v\n%s", invokeAddr, cmd.ProcessState, l.Output())
		default:
		}
		if time.Now().After(deadline) {
			l.Stop()
			return nil, fmt.Errorf("the emulator did not listen on %s in 15 s: %w\n%s", invokeAddr, err, l.Output())
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// listening returns nil once the emulator (pid) accepts connections at invokeAddr and, where
// the system shows which process holds a socket, listens itself on both its ports: it binds
// them one after the other and ends when the second is taken, which a connection to the
// first does not show.
func listening(pid int, invokeAddr string, invokePort, runtimePort int) error {
	c, err := net.DialTimeout("tcp", invokeAddr, 200*time.Millisecond)
	if err != nil {
		return err
	}
	c.Close()
	ok, err := listensOn(pid, invokePort, runtimePort)
	switch {
	case errors.Is(err, errNoProcNet):
		return nil
	case err != nil:
		return err
	case !ok:
		return fmt.Errorf("the emulator does not listen on ports %d and %d yet", invokePort, runtimePort)
	}
	return nil
}

// pickPort is unusedPort, replaced in the test of a port taken before the emulator binds it.
var pickPort = unusedPort

// unusedPort picks a port that is free on 127.0.0.1 now, at random below Linux's ephemeral
// range (32768 and up), so that neither listeners on port 0 nor the many outgoing
// connections of tests running beside this one are given it meanwhile.
func unusedPort() (int, error) {
	var err error
	for range 100 {
		p := 10000 + rand.IntN(22000)
		var l net.Listener
		if l, err = net.Listen("tcp", fmt.Sprintf("127.0.0.1:%d", p)); err == nil {
			l.Close()
			return p, nil
		}
	}
	return 0, fmt.Errorf("no free port below 32000: %w", err)
}

// emulator finds aws-lambda-rie on PATH or where `go install` puts it.
func emulator() (string, error) {
	if p, err := exec.LookPath("aws-lambda-rie"); err == nil {
		return p, nil
	}
	dirs := []string{os.Getenv("GOBIN")}
	for _, gp := range filepath.SplitList(build.Default.GOPATH) {
		dirs = append(dirs, filepath.Join(gp, "bin"))
	}
	for _, d := range dirs {
		if d == "" {
			continue
		}
		p := filepath.Join(d, "aws-lambda-rie")
		if _, err := os.Stat(p); err == nil {
			return p, nil
		}
	}
	return "", fmt.Errorf("aws-lambda-rie is not installed")
}

// Invoke sends payload to the function and returns its response. A function error comes back
// as a response body with an errorMessage, as from the Lambda service.
func (l *Lambda) Invoke(ctx context.Context, payload []byte) ([]byte, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, l.URL, bytes.NewReader(payload))
	if err != nil {
		return nil, err
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return nil, fmt.Errorf("invoke: %w", err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		return nil, fmt.Errorf("invoke: read the response: %w", err)
	}
	if resp.StatusCode != http.StatusOK {
		return body, fmt.Errorf("invoke: status %d: %s", resp.StatusCode, body)
	}
	return body, nil
}

// Output is everything the emulator and the function have printed so far.
func (l *Lambda) Output() string { return l.out.String() }

// Stop ends the emulator and the function.
func (l *Lambda) Stop() {
	select {
	case <-l.exited:
	default:
		_ = l.cmd.Process.Kill()
		<-l.exited
	}
}

var (
	initDurationRE = regexp.MustCompile(`Init Duration: ([0-9.]+) ms`)
	durationRE     = regexp.MustCompile(`\tDuration: ([0-9.]+) ms`)
)

// Report is what the emulator's REPORT lines say about the invocations so far.
type Report struct {
	// Init is the cold start: from starting the bootstrap to its first request for work.
	Init time.Duration
	// Durations are the invocations' handler times, in order.
	Durations []time.Duration
}

// Report parses the emulator's REPORT lines.
func (l *Lambda) Report() Report {
	var r Report
	for _, line := range strings.Split(l.Output(), "\n") {
		if !strings.HasPrefix(line, "REPORT RequestId:") {
			continue
		}
		if m := initDurationRE.FindStringSubmatch(line); m != nil {
			r.Init = millis(m[1])
		}
		if m := durationRE.FindStringSubmatch(line); m != nil {
			r.Durations = append(r.Durations, millis(m[1]))
		}
	}
	return r
}

func millis(s string) time.Duration {
	f, _ := strconv.ParseFloat(s, 64)
	return time.Duration(f * float64(time.Millisecond))
}

// PeakRSS is the largest resident set the function's process (the emulator's child) has had,
// from Linux's VmHWM. It reports false where that cannot be read.
func (l *Lambda) PeakRSS() (int64, bool) {
	pid, ok := l.functionPID()
	if !ok {
		return 0, false
	}
	kb, ok := vmHWM(pid)
	return kb * 1024, ok
}

// KillFunction kills the function's process, as a crash would, leaving the emulator running.
func (l *Lambda) KillFunction() error {
	pid, ok := l.functionPID()
	if !ok {
		return fmt.Errorf("the function's process is not running")
	}
	n, err := strconv.Atoi(pid)
	if err != nil {
		return err
	}
	p, err := os.FindProcess(n)
	if err != nil {
		return err
	}
	return p.Kill()
}

// functionPID is the emulator's child process: the bootstrap (Linux only).
func (l *Lambda) functionPID() (string, bool) {
	if l.cmd.Process == nil {
		return "", false
	}
	tasks, _ := filepath.Glob(fmt.Sprintf("/proc/%d/task/*/children", l.cmd.Process.Pid))
	for _, t := range tasks {
		b, err := os.ReadFile(t)
		if err != nil {
			continue
		}
		if f := strings.Fields(string(b)); len(f) > 0 {
			return f[0], true
		}
	}
	return "", false
}

func vmHWM(pid string) (int64, bool) {
	b, err := os.ReadFile("/proc/" + pid + "/status")
	if err != nil {
		return 0, false
	}
	for _, line := range strings.Split(string(b), "\n") {
		if rest, ok := strings.CutPrefix(line, "VmHWM:"); ok {
			n, err := strconv.ParseInt(strings.TrimSuffix(strings.TrimSpace(rest), " kB"), 10, 64)
			return n, err == nil
		}
	}
	return 0, false
}

// SyncBuffer is a bytes.Buffer safe for a process's or goroutine's concurrent writes and
// the test's reads.
type SyncBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

// Write appends p.
func (b *SyncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

// String is what has been written so far.
func (b *SyncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}
