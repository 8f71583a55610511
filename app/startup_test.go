package app

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"

	"relance/backend"
	"relance/backend/demo"

	"github.com/wailsapp/wails/v2/pkg/options/linux"
)

// The progress line names the first screen's computation under way, the first in the order the page needs them,
// and nothing once they are over.
func TestStartupProgressNamesTheWorkUnderWay(t *testing.T) {
	env := testEnv(t)
	api := &StartupAPI{env: env}
	if p := api.Progress(); p.Step != "" || p.Count != 0 {
		t.Fatalf("idle: %+v", p)
	}
	endBank := env.work.begin("bank")
	if p := api.Progress(); p.Step != "bank" {
		t.Fatalf("bank: %+v", p)
	}
	endPlan := env.work.begin("plan")
	endPlan2 := env.work.begin("plan") // two plans at once: one more to wait for, still « plan »
	if p := api.Progress(); p.Step != "plan" {
		t.Fatalf("plan before bank: %+v", p)
	}
	endPlan()
	if p := api.Progress(); p.Step != "plan" {
		t.Fatalf("one plan left: %+v", p)
	}
	endPlan2()
	endBank()
	if p := api.Progress(); p.Step != "" {
		t.Fatalf("all done: %+v", p)
	}
}

// Painted appends one line per milestone to the trace file the e2e measure reads, once per name, with the marks
// counted from the process's start.
func TestStartupPaintedWritesTheTraceOnce(t *testing.T) {
	env := testEnv(t)
	trace := filepath.Join(t.TempDir(), "trace.jsonl")
	t.Setenv(StartupTraceEnv, trace)
	api := &StartupAPI{env: env}
	api.Painted("shell")
	api.Painted("dashboard")
	api.Painted("dashboard")
	raw, err := os.ReadFile(trace)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(string(raw)), "\n")
	if len(lines) != 2 {
		t.Fatalf("want 2 marks, got %q", raw)
	}
	var marks []StartupMark
	for _, l := range lines {
		var m StartupMark
		if err := json.Unmarshal([]byte(l), &m); err != nil {
			t.Fatal(err)
		}
		marks = append(marks, m)
	}
	if marks[0].Mark != "shell" || marks[1].Mark != "dashboard" || marks[1].SinceMs < marks[0].SinceMs || marks[0].UnixMs <= 0 {
		t.Fatalf("marks: %+v", marks)
	}
	// The dashboard's mark carries the live heap (after a collection, so that there is one to report).
	if marks[0].LiveHeapMB != 0 {
		t.Fatalf("heap on another mark: %+v", marks[0])
	}
	runtime.GC()
	if h := liveHeapMB(); h <= 0 || h > 4096 {
		t.Fatalf("live heap %v MB", h)
	}
}

// Without the variable, nothing is written anywhere.
func TestStartupPaintedWithoutTraceWritesNothing(t *testing.T) {
	env := testEnv(t)
	t.Setenv(StartupTraceEnv, "")
	dir := t.TempDir()
	t.Chdir(dir)
	(&StartupAPI{env: env}).Painted("dashboard")
	if ents, _ := os.ReadDir(dir); len(ents) != 0 {
		t.Fatalf("files written: %v", ents)
	}
}

// Concurrent readers of the day's plan get the same plan as one reader alone, and a write between two reads is
// always seen by the second: a plan is shared only between calls at the same store generation.
func TestTodaySharedBetweenConcurrentCallersNeverStale(t *testing.T) {
	env := testEnv(t)
	if err := LoadDemo(env, demo.Options{Clients: 40, Invoices: 400, Seed: 3, Today: backend.Today(env.Clock)}); err != nil {
		t.Fatal(err)
	}
	chase := &ChaseAPI{env: env, outbox: &OutboxAPI{env: env}}
	if _, err := chase.ConfirmReprise(); err != nil { // the demo is a takeover: once confirmed, the day has its plan
		t.Fatal(err)
	}
	alone, err := chase.Today()
	if err != nil {
		t.Fatal(err)
	}
	want, _ := json.Marshal(alone)
	var wg sync.WaitGroup
	got := make([][]byte, 6)
	for i := range got {
		wg.Add(1)
		go func() {
			defer wg.Done()
			v, err := chase.Today()
			if err != nil {
				t.Error(err)
			}
			got[i], _ = json.Marshal(v)
		}()
	}
	// The dashboard's counts, asked at the same time, agree with the plan.
	work, err := (&DashboardAPI{env: env, chase: chase}).Work()
	if err != nil {
		t.Fatal(err)
	}
	wg.Wait()
	for i, g := range got {
		if string(g) != string(want) {
			t.Fatalf("reader %d got another plan", i)
		}
	}
	if work.ToSend != len(alone.ToSend) || work.ToReview != len(alone.ToReview) || work.ToCall != len(alone.ToCall) {
		t.Fatalf("work %+v, plan %d/%d/%d", work, len(alone.ToSend), len(alone.ToReview), len(alone.ToCall))
	}
	if len(alone.ToSend)+len(alone.ToReview) == 0 {
		t.Fatal("the demo plans nothing today: the test proves nothing")
	}
	// Paid invoices leave the plan at once, even right after a shared computation.
	var victim ActionView
	if len(alone.ToSend) > 0 {
		victim = alone.ToSend[0]
	} else {
		victim = alone.ToReview[0]
	}
	for _, id := range victim.Action.InvoiceIDs {
		inv, err := env.Store.Invoice(id)
		if err != nil {
			t.Fatal(err)
		}
		inv.AmountPaid = inv.AmountInclTax
		if err := env.Store.SaveInvoice(&inv); err != nil {
			t.Fatal(err)
		}
	}
	after, err := chase.Today()
	if err != nil {
		t.Fatal(err)
	}
	for _, list := range [][]ActionView{after.ToSend, after.ToReview, after.ToCall} {
		for _, av := range list {
			if av.Action.ID == victim.Action.ID {
				t.Fatalf("paid invoices still planned: %s", av.Action.ID)
			}
		}
	}
}

// The window's background work waits for the first screen: released by its mark, or by the time limit.
func TestBackgroundWaitsForTheFirstScreen(t *testing.T) {
	env := testEnv(t)
	api := &StartupAPI{env: env}
	done := make(chan struct{})
	go func() {
		api.waitFirstScreen(context.Background(), time.Minute)
		close(done)
	}()
	api.Painted("shell") // not the first screen
	select {
	case <-done:
		t.Fatal("released by the shell's mark")
	case <-time.After(50 * time.Millisecond):
	}
	api.Painted("first-screen")
	select {
	case <-done:
	case <-time.After(5 * time.Second):
		t.Fatal("not released by the first screen")
	}
	api.Painted("dashboard") // a later mark closes nothing twice
	api.waitFirstScreen(context.Background(), time.Minute)

	late := &StartupAPI{env: env}
	start := time.Now()
	late.waitFirstScreen(context.Background(), 30*time.Millisecond)
	if time.Since(start) < 30*time.Millisecond {
		t.Fatal("the time limit did not hold")
	}
}

// A kept result serves later readers until the store's generation or the day changes; a failure is not kept;
// without keep, only concurrent readers share.
func TestSharedResultKeepsUntilTheStoreChanges(t *testing.T) {
	calls := 0
	compute := func() (int, error) { calls++; return calls, nil }
	kept := sharedResult[int]{keep: true}
	d1, d2 := backend.MustDate("2026-12-07"), backend.MustDate("2026-12-08")
	for _, step := range []struct {
		gen  uint64
		day  backend.Date
		want int
	}{{1, d1, 1}, {1, d1, 1}, {2, d1, 2}, {2, d1, 2}, {2, d2, 3}} {
		if v, _ := kept.get(step.gen, step.day, compute); v != step.want {
			t.Fatalf("gen %d day %s: %d, want %d", step.gen, step.day, v, step.want)
		}
	}
	failing := sharedResult[int]{keep: true}
	n := 0
	fail := func() (int, error) { n++; return 0, backend.Errorf(backend.EINTERNAL, "boom") }
	_, _ = failing.get(1, d1, fail)
	_, _ = failing.get(1, d1, fail)
	if n != 2 {
		t.Fatalf("a failure was kept: %d computations", n)
	}
	plain := sharedResult[int]{}
	calls = 0
	_, _ = plain.get(1, d1, compute)
	if v, _ := plain.get(1, d1, compute); v != 2 {
		t.Fatalf("not kept without keep: got %d", v)
	}
}

// The dashboard's figures, kept between reads, change as soon as the store does.
func TestDashboardFiguresFollowTheStore(t *testing.T) {
	env := testEnv(t)
	if err := LoadDemo(env, demo.Options{Clients: 20, Invoices: 200, Seed: 5, Today: backend.Today(env.Clock)}); err != nil {
		t.Fatal(err)
	}
	b := NewBindings(env)
	first, err := b.Dashboard.Get()
	if err != nil {
		t.Fatal(err)
	}
	invs, err := env.Store.AllInvoices()
	if err != nil {
		t.Fatal(err)
	}
	var paid backend.Cents
	for i := range invs {
		if r := invs[i].Remaining(); r > 0 {
			inv := invs[i]
			inv.AmountPaid = inv.AmountInclTax
			if err := env.Store.SaveInvoice(&inv); err != nil {
				t.Fatal(err)
			}
			paid = r
			break
		}
	}
	after, err := b.Dashboard.Get()
	if err != nil {
		t.Fatal(err)
	}
	if paid == 0 || after.Figures.Outstanding != first.Figures.Outstanding-paid {
		t.Fatalf("outstanding %d after paying %d, was %d", after.Figures.Outstanding, paid, first.Figures.Outstanding)
	}
}

// The Linux window asks WebKitGTK for no GPU compositing (Wails would otherwise map the zero policy to Always).
func TestLinuxOptionsDrawWithoutGPUCompositing(t *testing.T) {
	o := linuxOptions()
	if o.ProgramName != "relance" || o.WebviewGpuPolicy != linux.WebviewGpuPolicyNever {
		t.Fatalf("linux options: %+v", o)
	}
}
