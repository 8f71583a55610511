// Command oauthd is the end-to-end tests' mail provider: a real OAuth 2.0 authorization server (ory/fosite, through
// backend/oauth/oauthtest) with its consent page, and SMTP and IMAP servers on 127.0.0.1 that accept XOAUTH2 only
// with a token it issued. It prints one JSON line with its addresses, then reads commands on stdin:
//
//	COUNT   prints "OK <messages received by SMTP>"
//
// It stops when stdin closes.
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"log"
	"os"
	"strings"
	"time"

	"relance/backend/oauth/oauthtest"
)

func main() {
	user := flag.String("user", "claire@atelier-dupont.example", "the mailbox that signs in")
	lifespan := flag.Duration("lifespan", time.Hour, "access tokens' lifetime")
	flag.Parse()
	srv, err := oauthtest.Start(*user, *lifespan)
	if err != nil {
		log.Fatal(err)
	}
	defer srv.Close()
	smtp, err := srv.StartSMTP(oauthtest.XOAuth2)
	if err != nil {
		log.Fatal(err)
	}
	defer smtp.Close()
	imap, err := srv.StartIMAP(oauthtest.XOAuth2)
	if err != nil {
		log.Fatal(err)
	}
	defer imap.Close()
	out, _ := json.Marshal(map[string]any{"authUrl": srv.AuthURL, "tokenUrl": srv.TokenURL, "clientId": oauthtest.ClientID,
		"scopes": oauthtest.Scopes, "smtpPort": smtp.Port, "imapPort": imap.Port, "user": *user})
	fmt.Println(string(out))
	in := bufio.NewScanner(os.Stdin)
	for in.Scan() {
		switch strings.TrimSpace(in.Text()) {
		case "COUNT":
			fmt.Println("OK", len(smtp.Messages()))
		default:
			fmt.Println("ERR unknown command")
		}
	}
}
