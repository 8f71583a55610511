package desktop

import (
	"fmt"
	"net"
	"os"
	"syscall"
)

// checkPeer refuses a caller on the window's socket that is not this user (SO_PEERCRED), on top of the socket
// file's 0600 rights.
func checkPeer(conn net.Conn) error {
	uc, ok := conn.(*net.UnixConn)
	if !ok {
		return fmt.Errorf("not a unix socket connection")
	}
	raw, err := uc.SyscallConn()
	if err != nil {
		return err
	}
	var cred *syscall.Ucred
	var credErr error
	if err := raw.Control(func(fd uintptr) {
		cred, credErr = syscall.GetsockoptUcred(int(fd), syscall.SOL_SOCKET, syscall.SO_PEERCRED)
	}); err != nil {
		return err
	}
	if credErr != nil {
		return credErr
	}
	if int(cred.Uid) != os.Getuid() {
		return fmt.Errorf("caller uid %d is not this user's (%d)", cred.Uid, os.Getuid())
	}
	return nil
}
