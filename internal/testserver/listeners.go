package testserver

import (
	"bufio"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
)

// errNoProcNet is returned where the system shows no sockets under /proc (not Linux).
var errNoProcNet = errors.New("no /proc/net/tcp")

// listensOn reports whether process pid itself listens on 127.0.0.1:port. A connection to
// the port cannot tell: the emulator binds its two ports one after the other, and the one
// it could not bind may be answered by the process that took it.
func listensOn(pid, port int) (bool, error) {
	f, err := os.Open("/proc/net/tcp")
	if err != nil {
		return false, fmt.Errorf("%w: %w", errNoProcNet, err)
	}
	defer f.Close()
	want := fmt.Sprintf("0100007F:%04X", port) // 127.0.0.1, as the kernel writes it
	inodes := map[string]bool{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		// sl local_address rem_address st tx:rx tr:when retrnsmt uid timeout inode
		fields := strings.Fields(sc.Text())
		if len(fields) >= 10 && fields[1] == want && fields[3] == "0A" { // 0A: LISTEN
			inodes["socket:["+fields[9]+"]"] = true
		}
	}
	if err := sc.Err(); err != nil {
		return false, err
	}
	if len(inodes) == 0 {
		return false, nil
	}
	fds, err := os.ReadDir(filepath.Join("/proc", strconv.Itoa(pid), "fd"))
	if err != nil {
		return false, err
	}
	for _, fd := range fds {
		if link, err := os.Readlink(filepath.Join("/proc", strconv.Itoa(pid), "fd", fd.Name())); err == nil && inodes[link] {
			return true, nil
		}
	}
	return false, nil
}
