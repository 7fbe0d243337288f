package classify

import (
	"runtime"
	"syscall"
	"time"
)

// cpuTime runs f on a locked thread and returns the CPU time that thread spent, which a loaded machine
// does not inflate the way it inflates wall time.
func cpuTime(f func()) time.Duration {
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	var before, after syscall.Rusage
	const rusageThread = 1 // RUSAGE_THREAD
	if syscall.Getrusage(rusageThread, &before) != nil {
		start := time.Now()
		f()
		return time.Since(start)
	}
	f()
	syscall.Getrusage(rusageThread, &after)
	return time.Duration(syscall.TimevalToNsec(after.Utime)+syscall.TimevalToNsec(after.Stime)) -
		time.Duration(syscall.TimevalToNsec(before.Utime)+syscall.TimevalToNsec(before.Stime))
}
