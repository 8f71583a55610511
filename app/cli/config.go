package cli

import (
	"fmt"
	"strings"

	"relance/app/desktop"
)

// configCmd is `relance config`; `config get` of a setting never set says so, with the value used in its place
// (« non défini (par défaut : 465) »), rather than an empty line or 0.
func (c *CLI) configCmd(dirs desktop.Dirs, args []string) error {
	if len(args) >= 2 && strings.HasPrefix(args[1], "sms.") && (args[0] == "get" || args[0] == "set") {
		return c.smsConfig(dirs, args)
	}
	if len(args) != 2 || args[0] != "get" {
		return c.config(dirs, args)
	}
	k, ok := configKeys[args[1]]
	if !ok {
		return c.config(dirs, args) // says which keys exist
	}
	_, cfg, done, err := c.openMail(dirs)
	if err != nil {
		return err
	}
	defer done()
	if v := k.get(&cfg); v != "" && v != "0" {
		fmt.Fprintln(c.Stdout, v)
		return nil
	}
	used := cfg
	_ = used.Settings.Normalize() // fills the defaults (ports from the security, security from the port…)
	if v := k.get(&used); v != "" && v != "0" {
		fmt.Fprintf(c.Stdout, "non défini (par défaut : %s)\n", v)
		return nil
	}
	fmt.Fprintln(c.Stdout, "non défini")
	return nil
}
