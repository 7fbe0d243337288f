// Package motostack runs the system's AWS side on this machine: it starts the moto server
// emulator, creates the table, queues, topic, secret and staff user pool from the same definitions
// the CDK stack uses (shared/resources), and emulates Lambda's SQS event source mapping.
// It is used by `make run` (infra/local) and by integration tests; Lambda binaries never import it.
//
// moto's costs and gaps that the local stack works around (moto 5.2.1):
//   - DynamoDB writes are not serialised per item and a failed transaction restores a copy of the
//     whole table: local clients send DynamoDB writes one at a time (serial.go).
//   - Table.query sorts every item of the table before keeping the queried partition's, so each
//     Query costs O(n log n) in the table's size: RunMoto starts moto with motopatch/sitecustomize.py
//     on PYTHONPATH, which serves a partition-key Query from the partition (same answers). Index
//     queries and scans still read every item: tools that check many items scan once rather than
//     query per item (devstack's load check).
//   - SQS asks every message of a queue whether it is visible or delayed on every SendMessage,
//     ReceiveMessage and GetQueueAttributes, building two datetimes per question: the same
//     sitecustomize makes moto's SQS read the clock through time.time() (same values, about a
//     hundred times cheaper), so thousands of queued replies no longer slow every call.
//   - Concurrent reads iterate the table unlocked and may answer 500 ("dictionary changed size
//     during iteration") while a write adds an item; the SDK retries them.
//   - The same sitecustomize registers faulthandler: `kill -USR1 <pid>` writes every thread's Python
//     stack to moto's log, to see what the emulator is doing when a call seems to hang.
package motostack

import (
	"context"
	_ "embed"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/credentials"
	"github.com/aws/smithy-go/logging"
)

// Region is the one region every local client uses (moto keeps state per region).
const Region = "eu-north-1"

// Moto is a running moto server.
type Moto struct {
	Endpoint string
	cmd      *exec.Cmd
	done     chan struct{}
}

// MotoCommand returns the moto_server executable: $MOTO_SERVER, then .venv/bin/moto_server of the
// repository (installed by the Makefile when the machine has none), then moto_server on PATH.
func MotoCommand() (string, error) {
	if p := os.Getenv("MOTO_SERVER"); p != "" {
		return p, nil
	}
	if root, err := repoRoot(); err == nil {
		p := filepath.Join(root, ".venv", "bin", "moto_server")
		if _, err := os.Stat(p); err == nil {
			return p, nil
		}
	}
	p, err := exec.LookPath("moto_server")
	if err != nil {
		return "", errors.New("moto_server not found: run `make deps` (installs moto[server] into .venv) or set MOTO_SERVER")
	}
	return p, nil
}

func repoRoot() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", errors.New("go.mod not found")
		}
		dir = parent
	}
}

// motoPatch is moto_server's sitecustomize: SIGUSR1 dumps every thread's Python stack to moto's
// log, and a Query on the table's partition key reads that partition instead of sorting the
// whole table (moto 5.2's cost grows with the table; see the file). Same answers, item for item.
//
//go:embed motopatch/sitecustomize.py
var motoPatch []byte

// writeMotoPatch puts motoPatch in a directory of its own, for PYTHONPATH.
func writeMotoPatch() (string, error) {
	dir, err := os.MkdirTemp("", "motostack-python-")
	if err != nil {
		return "", err
	}
	if err := os.WriteFile(filepath.Join(dir, "sitecustomize.py"), motoPatch, 0o600); err != nil {
		os.RemoveAll(dir)
		return "", err
	}
	return dir, nil
}

// FreePort returns a TCP port on 127.0.0.1 that was free a moment ago.
func FreePort() (int, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, err
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port, nil
}

// RunMoto starts moto_server on port (0 picks a free one) and waits until it answers.
// Its output goes to logw. Stop it with Stop.
func RunMoto(ctx context.Context, port int, logw io.Writer) (*Moto, error) {
	bin, err := MotoCommand()
	if err != nil {
		return nil, err
	}
	if port == 0 {
		if port, err = FreePort(); err != nil {
			return nil, err
		}
	}
	patchDir, err := writeMotoPatch()
	if err != nil {
		return nil, err
	}
	cmd := exec.Command(bin, "-H", "127.0.0.1", "-p", fmt.Sprint(port))
	cmd.Env = append(os.Environ(), "PYTHONPATH="+strings.Join(append([]string{patchDir}, filepath.SplitList(os.Getenv("PYTHONPATH"))...), string(os.PathListSeparator)))
	cmd.Stdout, cmd.Stderr = logw, logw
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true, Pdeathsig: syscall.SIGTERM}
	if err := cmd.Start(); err != nil {
		os.RemoveAll(patchDir)
		return nil, fmt.Errorf("start moto_server: %w", err)
	}
	m := &Moto{Endpoint: fmt.Sprintf("http://127.0.0.1:%d", port), cmd: cmd, done: make(chan struct{})}
	go func() { _ = cmd.Wait(); os.RemoveAll(patchDir); close(m.done) }()
	deadline := time.Now().Add(60 * time.Second)
	for {
		resp, err := http.Get(m.Endpoint + "/moto-api/")
		if err == nil {
			resp.Body.Close()
			return m, nil
		}
		select {
		case <-m.done:
			return nil, errors.New("moto_server exited during start-up (see its log)")
		case <-ctx.Done():
			m.Stop()
			return nil, ctx.Err()
		case <-time.After(100 * time.Millisecond):
		}
		if time.Now().After(deadline) {
			m.Stop()
			return nil, errors.New("moto_server did not answer within 60 s")
		}
	}
}

// PID is the server's process id (0 when it is not running).
func (m *Moto) PID() int {
	if m.cmd == nil || m.cmd.Process == nil {
		return 0
	}
	return m.cmd.Process.Pid
}

// Stop ends the server and waits for it.
func (m *Moto) Stop() {
	if m == nil || m.cmd.Process == nil {
		return
	}
	_ = syscall.Kill(-m.cmd.Process.Pid, syscall.SIGTERM)
	select {
	case <-m.done:
	case <-time.After(5 * time.Second):
		_ = syscall.Kill(-m.cmd.Process.Pid, syscall.SIGKILL)
		<-m.done
	}
}

// Kill stops the server abruptly, for fault tests that need the emulator to vanish.
func (m *Moto) Kill() {
	_ = syscall.Kill(-m.cmd.Process.Pid, syscall.SIGKILL)
	<-m.done
}

// StartMoto starts a moto server for one test binary or test and stops it on cleanup. Each caller
// gets its own server, so parallel test packages never share (or reset) each other's state.
func StartMoto(t testing.TB) string {
	t.Helper()
	m, err := RunMoto(context.Background(), 0, io.Discard)
	if err != nil {
		t.Fatalf("moto: %v", err)
	}
	t.Cleanup(m.Stop)
	return m.Endpoint
}

// AWSConfig is the SDK configuration every local client uses: the emulator's endpoint, one region,
// fixed test credentials.
func AWSConfig(ctx context.Context, endpoint string) aws.Config {
	cfg, err := config.LoadDefaultConfig(ctx,
		config.WithRegion(Region),
		config.WithBaseEndpoint(endpoint),
		config.WithCredentialsProvider(credentials.NewStaticCredentialsProvider("test", "test", "")),
		// moto's DynamoDB CRC32 headers do not always match: the SDK would warn on every call.
		config.WithLogger(logging.Nop{}),
	)
	if err != nil { // only fails on malformed shared config files; the options above need none
		panic(fmt.Sprintf("local AWS config: %v", err))
	}
	cfg.HTTPClient = &http.Client{Transport: Transport(http.DefaultTransport)} // plain HTTP to the emulator
	return cfg
}
