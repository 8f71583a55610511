// Command checkdist checks the packaged files `make test` builds: Windows executables and installers are valid PE
// files for amd64 (the command line relance-cli.exe a console program, the others not), and the macOS Info.plist is well-formed XML with the bundle keys Relance needs.
//
//	checkdist FILE.exe… FILE.plist…
package main

import (
	"bytes"
	"debug/pe"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
)

func main() {
	if len(os.Args) < 2 {
		fmt.Fprintln(os.Stderr, "usage : checkdist FICHIER.exe… FICHIER.plist…")
		os.Exit(2)
	}
	failed := false
	for _, path := range os.Args[1:] {
		var err error
		switch {
		case strings.HasSuffix(path, ".exe"):
			err = checkPE(path)
		case strings.HasSuffix(path, ".plist"):
			err = checkPlist(path)
		default:
			err = errors.New("type de fichier inconnu")
		}
		if err != nil {
			fmt.Fprintf(os.Stderr, "%s : %v\n", path, err)
			failed = true
			continue
		}
		fmt.Printf("%s : OK\n", path)
	}
	if failed {
		os.Exit(1)
	}
}

func checkPE(path string) error {
	f, err := pe.Open(path)
	if err != nil {
		return fmt.Errorf("pas un exécutable Windows valide : %w", err)
	}
	defer f.Close()
	if f.Machine != pe.IMAGE_FILE_MACHINE_AMD64 && f.Machine != pe.IMAGE_FILE_MACHINE_I386 {
		return fmt.Errorf("architecture %#x inattendue", f.Machine)
	}
	if len(f.Sections) == 0 {
		return errors.New("aucune section")
	}
	// The command line must be a console program (its output shows in the terminal), the window and the
	// installer must not (a console would open beside them).
	var subsystem uint16
	switch h := f.OptionalHeader.(type) {
	case *pe.OptionalHeader64:
		subsystem = h.Subsystem
	case *pe.OptionalHeader32:
		subsystem = h.Subsystem
	}
	wantConsole := strings.Contains(filepath.Base(path), "-cli")
	if isConsole := subsystem == pe.IMAGE_SUBSYSTEM_WINDOWS_CUI; isConsole != wantConsole {
		return fmt.Errorf("sous-système %d : programme console attendu %v", subsystem, wantConsole)
	}
	return nil
}

// checkPlist parses the property list (Wails fills the {{…}} fields at build time) and looks for the keys.
func checkPlist(path string) error {
	b, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	d := xml.NewDecoder(bytes.NewReader(b))
	keys := map[string]bool{}
	inKey := false
	for {
		t, err := d.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			return fmt.Errorf("XML invalide : %w", err)
		}
		switch t := t.(type) {
		case xml.StartElement:
			inKey = t.Name.Local == "key"
		case xml.CharData:
			if inKey {
				keys[strings.TrimSpace(string(t))] = true
			}
		case xml.EndElement:
			inKey = false
		}
	}
	for _, k := range []string{"CFBundleIdentifier", "CFBundleExecutable", "CFBundleShortVersionString", "CFBundleIconFile", "CFBundleLocalizations"} {
		if !keys[k] {
			return fmt.Errorf("clé %s absente", k)
		}
	}
	return nil
}
