package backend

import "strconv"

// SizeMB words a file's size in whole megabytes, rounded up (« 2 Mo »): what the limits on imported files say.
func SizeMB(n int64) string {
	return strconv.FormatInt((n+(1<<20)-1)>>20, 10) + " Mo"
}
