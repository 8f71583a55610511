// Relance: chasing unpaid invoices from the owner's own computer. main parses the command line, runs a headless
// command when one is given, and otherwise opens the window.
package main

import (
	"embed"
	"fmt"
	"io/fs"
	"os"
	_ "time/tzdata" // Europe/Paris on machines without a zone database (Windows)

	"relance/app"
	"relance/app/cli"
	"relance/app/desktop"
)

//go:embed all:frontend/dist
var assets embed.FS

// version is set at build time with -ldflags "-X main.version=…".
var version = "0.1.0-dev"

func main() {
	data, args, err := cli.SplitGlobal(os.Args[1:])
	if err != nil {
		fmt.Fprintf(os.Stderr, "relance : %v\n", err)
		os.Exit(2)
	}
	if cli.IsCommand(args) { // help and version touch nothing; the others enable crash reports themselves
		c := &cli.CLI{Stdout: os.Stdout, Stderr: os.Stderr, Version: version, CrashReports: true}
		os.Exit(c.Run(data, args))
	}
	dirs := desktop.ResolveDirs(data)
	crashDone := desktop.EnableCrashReports(dirs)
	dist, err := fs.Sub(assets, "frontend/dist")
	if err != nil {
		panic(err)
	}
	err = app.RunGUI(dirs, dist, version, cli.Channel())
	crashDone()
	if err != nil {
		fmt.Fprintf(os.Stderr, "relance : %s\n", err)
		os.Exit(1)
	}
}
