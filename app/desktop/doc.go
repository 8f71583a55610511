// Package desktop is the window's plumbing, apart from the product's rules: where the data lives (Dirs), the log
// file and crash reports beside it, opening a file with the system's program, starting Relance again, putting it
// in the system's hands (open at login, the daily run), and the data folder's socket through which a command or a
// second launch reaches the window already open. It knows nothing of invoices or of Wails: app (the window's
// bindings) and the command line use it.
package desktop
