// Command crampdiary is an offline diary for night leg cramps. Everything it
// does lives in package app; main only hands over the arguments and exit code.
package main

import (
	"os"

	"github.com/crampdiary/crampdiary/app"
)

func main() {
	os.Exit(app.Main(os.Args[1:]))
}
