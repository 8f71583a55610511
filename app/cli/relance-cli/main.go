// relance-cli is Relance's command line without the window: the same commands as `relance COMMAND`, built without
// cgo, so it loads none of the window's libraries (GTK, WebKit: ~150 ms and ~55 MB before main in every command, #17)
// and, on Windows, is a console program whose output shows in the terminal (the window's relance.exe is not).
package main

import (
	"fmt"
	"os"
	_ "time/tzdata" // Europe/Paris on machines without a zone database (Windows)

	"relance/app/cli"
)

// version is set at build time with -ldflags "-X main.version=…".
var version = "0.1.0-dev"

func main() {
	data, args, err := cli.SplitGlobal(os.Args[1:])
	if err != nil {
		fmt.Fprintf(os.Stderr, "relance : %v\n", err)
		os.Exit(2)
	}
	c := &cli.CLI{Stdout: os.Stdout, Stderr: os.Stderr, Version: version, CrashReports: true}
	if !cli.IsCommand(args) { // no command: this program opens no window, so it says what it can do
		c.Run(data, []string{"help"})
		fmt.Fprintln(os.Stderr, "relance-cli : indiquez une commande (la fenêtre s'ouvre avec le programme relance)")
		os.Exit(2)
	}
	os.Exit(c.Run(data, args))
}
