#!/usr/bin/env python3
"""Prints the development-corpus scores of two modes side by side (a Markdown
table), the misses counted by kind, and checks the floors.

    table.py SCORE_TEXT.json SCORE_META.json [--misses-text F] [--misses-meta F]
             [--floors floors.tsv] [--list-misses]

SCORE_*.json are score.py --json outputs; the misses files are its --misses
stderr ("MISS kind id detail" lines). floors.tsv lines: metric, mode (text,
meta or both), min or max, value; '#' starts a comment. Exit 1 when a metric
breaks its floor (or ceiling), 2 on a malformed floors line."""
import argparse
import collections
import json
import sys

# The metrics of the table, in reading order: (group, metric).
ROWS = [
    ("cleaning", "boilerplate_removed"), ("cleaning", "caption_out_of_body"),
    ("cleaning", "body_kept"), ("cleaning", "title_acc"),
    ("publication", "pubdate_acc"), ("publication", "pubdate_within"),
    ("dates", "date_recall"), ("dates", "date_acc"), ("dates", "date_precision_proxy"),
    ("figures", "figure_recall_value"), ("figures", "figure_recall"),
    ("figures", "figure_recall_strict"), ("figures", "figure_recall_number"),
    ("figures", "figure_qualifier_acc"), ("figures", "figure_precision_proxy"),
    ("sources", "figure_source_acc"), ("hedges", "hedge_recall"),
    ("entities", "entity_alias_acc"), ("entities", "entity_span_recall"),
    ("events", "cluster_b3_p"), ("events", "cluster_b3_r"), ("events", "cluster_b3_f1"),
    ("flags", "flag_recall"), ("flags", "flags_per_doc"), ("flags", "flags_in_clean_docs"),
    ("spans", "offset_mismatch"), ("", "summary"),
]


def load(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def fmt(v):
    if isinstance(v, float):
        return "%.3f" % v
    return "—" if v is None else str(v)


def count_misses(path):
    """kind -> number of 'MISS kind id ...' lines in a score.py --misses file."""
    counts = collections.Counter()
    lines = []
    if path:
        with open(path, encoding="utf-8") as f:
            for line in f:
                parts = line.split(None, 2)
                if len(parts) >= 2 and parts[0] == "MISS":
                    counts[parts[1]] += 1
                    lines.append(line.rstrip("\n"))
    return counts, lines


def read_floors(path):
    """[(metric, modes, op, value, line number)] from a floors file."""
    floors = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.split("#", 1)[0].strip()
            if not line:
                continue
            parts = line.split()
            if len(parts) != 4 or parts[1] not in ("text", "meta", "both") or parts[2] not in ("min", "max"):
                print("%s:%d: expected 'metric text|meta|both min|max value': %s" % (path, n, line),
                      file=sys.stderr)
                sys.exit(2)
            try:
                value = float(parts[3])
            except ValueError:
                print("%s:%d: %s is not a number" % (path, n, parts[3]), file=sys.stderr)
                sys.exit(2)
            modes = ("text", "meta") if parts[1] == "both" else (parts[1],)
            floors.append((parts[0], modes, parts[2], value, n))
    return floors


def check_floors(path, scores):
    broken = 0
    for metric, modes, op, value, n in read_floors(path):
        for mode in modes:
            got = scores[mode].get(metric)
            if got is None:
                print("floor %s:%d: %s has no %s score" % (path, n, mode, metric))
                broken += 1
            elif (op == "min" and got < value - 1e-9) or (op == "max" and got > value + 1e-9):
                print("floor %s:%d: %s %s = %s, %s %s" % (
                    path, n, mode, metric, fmt(got), "floor" if op == "min" else "ceiling", value))
                broken += 1
    print("floors: %d broken" % broken)
    return broken


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("text")
    ap.add_argument("meta")
    ap.add_argument("--misses-text")
    ap.add_argument("--misses-meta")
    ap.add_argument("--floors")
    ap.add_argument("--list-misses", action="store_true")
    a = ap.parse_args()
    scores = {"text": load(a.text), "meta": load(a.meta)}
    print("| stage | metric | text alone | with url + published |")
    print("|---|---|---|---|")
    for group, metric in ROWS:
        print("| %s | %s | %s | %s |" % (group, metric, fmt(scores["text"].get(metric)),
                                         fmt(scores["meta"].get(metric))))
    misses = {"text": count_misses(a.misses_text), "meta": count_misses(a.misses_meta)}
    kinds = sorted(set(misses["text"][0]) | set(misses["meta"][0]),
                   key=lambda k: -(misses["text"][0][k] + misses["meta"][0][k]))
    print()
    print("| missed | text alone | with url + published |")
    print("|---|---|---|")
    for k in kinds:
        print("| %s | %d | %d |" % (k, misses["text"][0][k], misses["meta"][0][k]))
    if a.list_misses:
        for mode in ("text", "meta"):
            print("\n## misses, %s\n" % mode)
            print("\n".join(misses[mode][1]))
    if a.floors:
        print()
        return 1 if check_floors(a.floors, scores) else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
