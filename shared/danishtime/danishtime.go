// Package danishtime is Danish local time (Europe/Copenhagen) without the 450 KB time/tzdata: the
// zone's 623 bytes are embedded (from Go's lib/time/zoneinfo.zip), so a Lambda function needs no
// zoneinfo on disk (provided.al2023 has none) and links no database of every zone in the world.
// Measured (issue 13): importing time/tzdata cost each function 0.39 MB of its linux/arm64 binary.
package danishtime

import (
	_ "embed"
	"time"
)

// Zone is the name of Danish time in the tz database.
const Zone = "Europe/Copenhagen"

//go:embed Europe-Copenhagen.tzif
var tzif []byte

// Location is Danish time.
var Location = func() *time.Location {
	loc, err := time.LoadLocationFromTZData(Zone, tzif)
	if err != nil {
		panic(err) // the embedded file is part of the build; its test reads it
	}
	return loc
}()

// Load is time.LoadLocation with Danish time built in: any other zone needs the system's tz
// database (ZONEINFO or /usr/share/zoneinfo), which Lambda's provided.al2023 image does not have, so
// there it is an error at start-up that names the zone.
func Load(name string) (*time.Location, error) {
	if name == Zone {
		return Location, nil
	}
	return time.LoadLocation(name)
}
