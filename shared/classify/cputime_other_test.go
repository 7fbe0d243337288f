//go:build !linux

package classify

import "time"

// cpuTime is wall time where the thread's CPU time is not at hand.
func cpuTime(f func()) time.Duration {
	start := time.Now()
	f()
	return time.Since(start)
}
