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

// listensOn reports whether process pid itself listens on 127.0.0.1 at every one of ports.
// A connection to a port cannot tell: the emulator binds its two ports one after the other,
// and the one it could not bind may be answered by the process that took it.
func listensOn(pid int, ports ...int) (bool, error) {
	f, err := os.Open("/proc/net/tcp")
	if err != nil {
		return false, fmt.Errorf("%w: %w", errNoProcNet, err)
	}
	defer f.Close()
	wanted := map[string]int{} // local address as the kernel writes it, to its port
	for _, p := range ports {
		wanted[fmt.Sprintf("0100007F:%04X", p)] = p // 127.0.0.1
	}
	inodes := map[string]int{} // "socket:[inode]" of a listener, to its port
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		// sl local_address rem_address st tx:rx tr:when retrnsmt uid timeout inode
		fields := strings.Fields(sc.Text())
		if len(fields) < 10 || fields[3] != "0A" { // 0A: LISTEN
			continue
		}
		if p, ok := wanted[fields[1]]; ok {
			inodes["socket:["+fields[9]+"]"] = p
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
	held := map[int]bool{}
	for _, fd := range fds {
		if link, err := os.Readlink(filepath.Join("/proc", strconv.Itoa(pid), "fd", fd.Name())); err == nil {
			if p, ok := inodes[link]; ok {
				held[p] = true
			}
		}
	}
	return len(held) == len(wanted), nil
}
