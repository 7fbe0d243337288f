package form

import (
	"crypto/sha256"
	"encoding/hex"
	"net"
	"net/netip"
	"sync"
	"time"
)

// Limit is a rate: at most Requests per Window. The zero value takes the default; Requests < 0
// turns the limit off (e.g. for a local load test, where every request comes from 127.0.0.1).
type Limit struct {
	Requests int
	Window   time.Duration
}

// Default limits: a citizen fixing a refused form a few times stays far below either.
var (
	DefaultTokenLimit  = Limit{Requests: 10, Window: 10 * time.Minute} // POSTs per link
	DefaultClientLimit = Limit{Requests: 60, Window: time.Minute}      // requests per client address
)

// maxKeys bounds a limiter's memory: a flood of distinct keys cannot grow it without end.
const maxKeys = 20000

// limiter counts requests per key in fixed windows. It lives in one Lambda instance's memory, so
// the effective ceiling is the limit times the number of warm instances, and a cold start forgets
// it: this is the inner layer, API Gateway's stage throttling is the outer one.
type limiter struct {
	limit Limit
	mu    sync.Mutex
	seen  map[string]*window
}

type window struct {
	start time.Time
	count int
}

// newLimiter returns nil (no limit) when l turns the limit off.
func newLimiter(l, def Limit) *limiter {
	if l.Requests == 0 {
		l.Requests = def.Requests
	}
	if l.Window <= 0 {
		l.Window = def.Window
	}
	if l.Requests < 0 {
		return nil
	}
	return &limiter{limit: l, seen: map[string]*window{}}
}

// allow counts one request for key at now; when over the limit it says how long until the window ends.
func (l *limiter) allow(key string, now time.Time) (bool, time.Duration) {
	if l == nil {
		return true, 0
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	w := l.seen[key]
	if w == nil || !now.Before(w.start.Add(l.limit.Window)) {
		if w == nil && len(l.seen) >= maxKeys {
			l.sweep(now)
		}
		w = &window{start: now}
		l.seen[key] = w
	}
	w.count++
	if w.count > l.limit.Requests {
		return false, w.start.Add(l.limit.Window).Sub(now)
	}
	return true, 0
}

// sweep drops ended windows; if the map is still full (a flood of live keys), it starts over,
// failing open rather than growing.
func (l *limiter) sweep(now time.Time) {
	for k, w := range l.seen {
		if !now.Before(w.start.Add(l.limit.Window)) {
			delete(l.seen, k)
		}
	}
	if len(l.seen) >= maxKeys {
		clear(l.seen)
	}
}

// clientKey is the rate-limit key of a client: a hash of its address (never kept or logged in the
// clear), IPv6 taken per /64 since one host typically holds a whole /64.
func clientKey(remoteAddr string) string {
	host, _, err := net.SplitHostPort(remoteAddr)
	if err != nil {
		host = remoteAddr
	}
	if ip, err := netip.ParseAddr(host); err == nil {
		ip = ip.Unmap()
		if ip.Is6() {
			ip = netip.PrefixFrom(ip, 64).Masked().Addr()
		}
		host = ip.String()
	}
	sum := sha256.Sum256([]byte("client:" + host))
	return hex.EncodeToString(sum[:12])
}
