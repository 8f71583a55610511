package desktop

import (
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"net"
	"os"
	"path/filepath"
	"sync"
	"time"
)

// SocketName is the socket's file name in the data folder: the open window answers there, for the command line
// and for a second launch, and only the same user can reach it (the file is 0600 inside the 0700 data folder; on
// Linux the caller's uid is also checked with SO_PEERCRED; on Windows the file inherits the folder's user-only ACL).
const SocketName = "relance.sock"

// SocketServer is the window's end of the data folder's socket.
type SocketServer struct {
	log     *slog.Logger
	ln      net.Listener
	path    string
	handle  func(net.Conn)
	running sync.WaitGroup
	closed  chan struct{}
	once    sync.Once
}

// Listen answers on <data>/relance.sock, handing each caller of this user to handle (the connection is closed when
// handle returns). A socket file left by a window that crashed is replaced; anything else by that name is left
// alone and refused.
func Listen(data string, log *slog.Logger, handle func(net.Conn)) (*SocketServer, error) {
	path := filepath.Join(data, SocketName)
	if fi, err := os.Lstat(path); err == nil {
		if fi.Mode()&fs.ModeSocket == 0 {
			return nil, fmt.Errorf("%s exists and is not a socket", path)
		}
		// Only a window holding the store listens here, and this process holds it: the file is a crash's leftover.
		if err := os.Remove(path); err != nil {
			return nil, err
		}
	}
	ln, err := net.Listen("unix", path)
	if err != nil {
		return nil, err
	}
	if err := os.Chmod(path, 0o600); err != nil {
		ln.Close()
		return nil, err
	}
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	s := &SocketServer{log: log, ln: ln, path: path, handle: handle, closed: make(chan struct{})}
	go s.serve()
	return s, nil
}

// Dial reaches the window answering on the data folder's socket, if one does.
func Dial(data string) (net.Conn, error) {
	return net.DialTimeout("unix", filepath.Join(data, SocketName), 2*time.Second)
}

// Path is the socket's file.
func (s *SocketServer) Path() string { return s.path }

// Close stops listening, removes the socket and waits a little for the callers under way.
func (s *SocketServer) Close() error {
	var err error
	s.once.Do(func() {
		close(s.closed)
		err = s.ln.Close()
		_ = os.Remove(s.path)
	})
	done := make(chan struct{})
	go func() { s.running.Wait(); close(done) }()
	select {
	case <-done:
	case <-time.After(10 * time.Second):
		s.log.Warn("window socket: callers still running at exit")
	}
	return err
}

func (s *SocketServer) serve() {
	for {
		conn, err := s.ln.Accept()
		if err != nil {
			select {
			case <-s.closed:
				return
			default:
			}
			var ne net.Error
			if errors.As(err, &ne) && ne.Timeout() {
				continue
			}
			s.log.Error("window socket: accept", "err", err)
			return
		}
		s.running.Add(1)
		go func() {
			defer s.running.Done()
			defer conn.Close()
			if err := checkPeer(conn); err != nil {
				s.log.Warn("window socket: caller refused", "err", err)
				return
			}
			s.handle(conn)
		}()
	}
}
