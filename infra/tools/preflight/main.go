// Command preflight is make preflight's check of a synthesised template against the code: it runs
// every function's wiring on a moto emulator with the template's environment, records each AWS
// call, and writes infra/cdk.out/preflight.json. It exits 1 when it finds a gap, printing one line
// per gap that names the function, the operation or variable, and the fix.
package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"os"

	"borgerfeedback/infra/preflight"
)

func main() {
	template := flag.String("template", "infra/cdk.out/Borgerfeedback-dev.template.json", "the synthesised template")
	out := flag.String("out", "infra/cdk.out/preflight.json", "where to write the report")
	repo := flag.String("repo", ".", "the repository's root (events/, the OpenAPI document)")
	flag.Parse()
	rep, err := preflight.Run(context.Background(), *template, *repo)
	if err != nil {
		fmt.Fprintln(os.Stderr, "preflight:", err)
		os.Exit(2)
	}
	b, err := json.MarshalIndent(rep, "", "  ")
	if err == nil {
		err = os.WriteFile(*out, append(b, '\n'), 0o644)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "preflight:", err)
		os.Exit(2)
	}
	for _, g := range rep.Gaps {
		fmt.Fprintln(os.Stderr, "preflight:", g)
	}
	if len(rep.Gaps) > 0 {
		fmt.Fprintf(os.Stderr, "preflight: %d gap(s); report in %s\n", len(rep.Gaps), *out)
		os.Exit(1)
	}
	fmt.Printf("preflight: %d functions, %d routes: every call granted, every variable set; report in %s\n", len(rep.Functions), len(rep.Routes), *out)
}
