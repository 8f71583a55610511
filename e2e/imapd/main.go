// Command imapd is the end-to-end tests' mailbox: go-imap's in-memory IMAP server on 127.0.0.1, in clear (local
// only), with one user and an INBOX. It prints "PORT n" once listening, then reads commands on stdin:
//
//	DELIVER /path/to/message.eml   appends the message to INBOX and prints "OK uid"
//
// It stops when stdin closes.
package main

import (
	"bufio"
	"bytes"
	"flag"
	"fmt"
	"io"
	"log"
	"net"
	"os"
	"strings"
	"time"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapserver"
	"github.com/emersion/go-imap/v2/imapserver/imapmemserver"
)

type literal struct {
	*bytes.Reader
	n int64
}

func (l literal) Size() int64 { return l.n }

func main() {
	user := flag.String("user", "claire@atelier-dupont.fr", "login")
	password := flag.String("password", "secret-imap", "password")
	flag.Parse()
	mem := imapmemserver.New()
	u := imapmemserver.NewUser(*user, *password)
	if err := u.Create("INBOX", nil); err != nil {
		log.Fatal(err)
	}
	mem.AddUser(u)
	srv := imapserver.New(&imapserver.Options{
		NewSession: func(*imapserver.Conn) (imapserver.Session, *imapserver.GreetingData, error) {
			return mem.NewSession(), nil, nil
		},
		Caps:         imap.CapSet{imap.CapIMAP4rev1: {}},
		InsecureAuth: true, // clear text on 127.0.0.1 only
		Logger:       log.New(io.Discard, "", 0),
	})
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		log.Fatal(err)
	}
	go func() { _ = srv.Serve(l) }()
	fmt.Printf("PORT %d\n", l.Addr().(*net.TCPAddr).Port)
	in := bufio.NewScanner(os.Stdin)
	for in.Scan() {
		cmd, arg, _ := strings.Cut(strings.TrimSpace(in.Text()), " ")
		if cmd != "DELIVER" {
			fmt.Println("ERR unknown command")
			continue
		}
		raw, err := os.ReadFile(arg)
		if err != nil {
			fmt.Println("ERR", err)
			continue
		}
		raw = bytes.ReplaceAll(bytes.ReplaceAll(raw, []byte("\r\n"), []byte("\n")), []byte("\n"), []byte("\r\n"))
		data, err := u.Append("INBOX", literal{bytes.NewReader(raw), int64(len(raw))}, &imap.AppendOptions{Time: time.Now()})
		if err != nil {
			fmt.Println("ERR", err)
			continue
		}
		fmt.Println("OK", data.UID)
	}
	_ = srv.Close()
}
