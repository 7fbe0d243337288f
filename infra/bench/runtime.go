package main

import (
	"bytes"
	"context"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"sync"
	"time"
)

// runtimeAPI is a minimal Lambda Runtime API: it hands out one event and records when the
// function posts its response (or an error).
type runtimeAPI struct {
	event    []byte
	mu       sync.Mutex
	done     chan string // "response" or "error: ..."
	served   bool
	listener net.Listener
}

func newRuntimeAPI(event []byte) (*runtimeAPI, error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, err
	}
	r := &runtimeAPI{event: event, done: make(chan string, 1), listener: ln}
	go func() { _ = http.Serve(ln, r) }()
	return r, nil
}

func (r *runtimeAPI) ServeHTTP(w http.ResponseWriter, req *http.Request) {
	const prefix = "/2018-06-01/runtime/"
	path := strings.TrimPrefix(req.URL.Path, prefix)
	switch {
	case path == "invocation/next":
		r.mu.Lock()
		first := !r.served
		r.served = true
		r.mu.Unlock()
		if !first { // only one invocation per process: park until killed
			<-req.Context().Done()
			return
		}
		w.Header().Set("Lambda-Runtime-Aws-Request-Id", "bench-1")
		w.Header().Set("Lambda-Runtime-Deadline-Ms", fmt.Sprint(time.Now().Add(30*time.Second).UnixMilli()))
		w.Header().Set("Lambda-Runtime-Invoked-Function-Arn", "arn:aws:lambda:eu-north-1:123456789012:function:bench")
		w.Header().Set("Lambda-Runtime-Trace-Id", "Root=1-00000000-000000000000000000000000")
		_, _ = w.Write(r.event)
	case strings.HasSuffix(path, "/response"):
		w.WriteHeader(http.StatusAccepted)
		r.signal("response")
	default: // init/error, invocation/<id>/error
		w.WriteHeader(http.StatusAccepted)
		r.signal("error at " + path)
	}
}

func (r *runtimeAPI) signal(s string) {
	select {
	case r.done <- s:
	default:
	}
}

func (r *runtimeAPI) close() { _ = r.listener.Close() }

// coldStart execs bin with the Runtime API pointing at a fresh emulation and returns the time from
// exec to the first response posted.
func coldStart(ctx context.Context, bin string, env []string, event []byte) (time.Duration, error) {
	d, _, err := coldStartCPU(ctx, bin, env, event)
	return d, err
}

// coldStartCPU is coldStart that also returns the process's CPU time at its first response (every
// thread's, from /proc; 0 where there is none).
func coldStartCPU(ctx context.Context, bin string, env []string, event []byte) (time.Duration, time.Duration, error) {
	api, err := newRuntimeAPI(event)
	if err != nil {
		return 0, 0, err
	}
	defer api.close()
	cmd := exec.CommandContext(ctx, bin)
	// Lambda's environment, not this shell's: no AWS_CA_BUNDLE (parsing one costs ~4 ms of start-up
	// that Lambda never pays), no shared config files.
	cmd.Env = append(append([]string{"PATH=/usr/local/bin:/usr/bin:/bin", "TZ=:UTC", "LANG=en_US.UTF-8", "HOME=" + os.TempDir(),
		"AWS_CONFIG_FILE=/dev/null", "AWS_SHARED_CREDENTIALS_FILE=/dev/null"}, env...), "AWS_LAMBDA_RUNTIME_API="+api.listener.Addr().String(),
		"AWS_LAMBDA_FUNCTION_NAME=bench", "AWS_LAMBDA_FUNCTION_MEMORY_SIZE=256", "AWS_LAMBDA_FUNCTION_VERSION=$LATEST",
		"AWS_LAMBDA_LOG_FORMAT=JSON", "_HANDLER=bootstrap")
	var stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = nil, &stderr
	start := time.Now()
	if err := cmd.Start(); err != nil {
		return 0, 0, err
	}
	exited := make(chan error, 1)
	go func() { exited <- cmd.Wait() }()
	defer func() { _ = cmd.Process.Kill(); <-exited }()
	select {
	case err := <-exited:
		exited <- err // for the deferred wait
		return 0, 0, fmt.Errorf("%s exited before answering (%v): %s", bin, err, stderr.String())
	case res := <-api.done:
		d := time.Since(start)
		cpu := processCPU(cmd.Process.Pid)
		if res != "response" {
			return d, cpu, fmt.Errorf("%s: %s", bin, res)
		}
		return d, cpu, nil
	case <-time.After(20 * time.Second):
		return 0, 0, fmt.Errorf("%s: no response within 20 s", bin)
	}
}

// processCPU sums the CPU time of every thread of a process (/proc/<pid>/task/*/schedstat, in ns).
func processCPU(pid int) time.Duration {
	tasks, _ := os.ReadDir(fmt.Sprintf("/proc/%d/task", pid))
	var total time.Duration
	for _, t := range tasks {
		b, err := os.ReadFile(fmt.Sprintf("/proc/%d/task/%s/schedstat", pid, t.Name()))
		if err != nil {
			continue
		}
		if f := strings.Fields(string(b)); len(f) > 0 {
			ns, _ := strconv.ParseInt(f[0], 10, 64)
			total += time.Duration(ns)
		}
	}
	return total
}
