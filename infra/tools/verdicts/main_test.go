package main

import (
	"reflect"
	"testing"
)

func TestMoved(t *testing.T) {
	before := []verdict{
		{File: "a.jsonl", ID: "1", Urgent: true, GotUrgent: false, Category: "other", GotCategory: "other"},
		{File: "a.jsonl", ID: "2", Conduct: false, GotConduct: false, Category: "advice", GotCategory: "advice"},
		{File: "a.jsonl", ID: "3", Category: "praise", GotCategory: "praise"},
	}
	now := []verdict{
		{File: "a.jsonl", ID: "1", Urgent: true, GotUrgent: true, Category: "other", GotCategory: "other"},
		{File: "a.jsonl", ID: "2", Conduct: false, GotConduct: true, Category: "advice", GotCategory: "conduct"},
		{File: "a.jsonl", ID: "3", Category: "praise", GotCategory: "praise"},
		{File: "b.jsonl", ID: "1"},
	}
	changes, summary := moved(before, now)
	want := []string{
		"+ urgent a.jsonl 1: false → true",
		"- category a.jsonl 2: advice → conduct",
		"- conduct a.jsonl 2: false → true",
	}
	if !reflect.DeepEqual(changes, want) {
		t.Errorf("changes\n got %q\nwant %q", changes, want)
	}
	if wantSummary := "moved: urgent 1 right, 0 wrong; conduct 0 right, 1 wrong; category 0 right, 1 wrong; 1 texts not in the earlier run"; summary != wantSummary {
		t.Errorf("summary %q, want %q", summary, wantSummary)
	}
}

func TestFigures(t *testing.T) {
	vs := []verdict{
		{Urgent: true, GotUrgent: true, Category: "other", GotCategory: "other"},
		{Urgent: true, GotUrgent: false, Conduct: true, GotConduct: true, Category: "conduct", GotCategory: "conduct"},
		{GotUrgent: true, GotConduct: true, Category: "advice", GotCategory: "conduct"},
		{Category: "praise", GotCategory: "praise"},
	}
	if got, want := figures(vs), "urgent 1/2 P 1/2, conduct 1/1 P 1/2, category 0.750 (4 texts)"; got != want {
		t.Errorf("figures = %q, want %q", got, want)
	}
}
