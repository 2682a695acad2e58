#!/usr/bin/env python3
"""Times the whole-script suite in benchmarks/scripts/ as whole processes: `bin/lingo run X.lingo`,
`python3 X.py`, `node X.js` (and `LINGO_FAST_START=1 bin/lingo run X.lingo` with --fast-start),
interleaved round by round (A B C A B C ...). Every run's output must equal the others' (the
script fails loudly otherwise). Prints a markdown table of medians, spreads (min-max) and ratios.

  benchmarks/run-scripts.py [--rounds 3] [--fast-start] [--timeout 300] [--out table.md] [name ...]

Build first (bin/mvn -B -q -DskipTests package): bin/lingo would otherwise build on first use.
"""
import argparse
import datetime
import os
import statistics
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PROBLEMS = []  # failed runs and disagreeing outputs: reported loudly, and the exit status is 1
SCRIPTS = os.path.join(ROOT, "benchmarks", "scripts")
LINGO = os.path.join(ROOT, "bin", "lingo")


VARIANTS = []  # (label, LINGO_JAVA_OPTS) from --variant: the JIT mode with extra JVM options


def commands(name, fast_start, others=True):
    base = os.path.join(SCRIPTS, name)
    runs = [("Lingo", [LINGO, "run", base + ".lingo"], {})]
    if fast_start:
        runs.append(("Lingo fast start", [LINGO, "run", base + ".lingo"], {"LINGO_FAST_START": "1"}))
    for label, opts in VARIANTS:
        runs.append((label, [LINGO, "run", base + ".lingo"], {"LINGO_JAVA_OPTS": opts}))
    if others:
        runs.append(("CPython", ["python3", base + ".py"], {}))
        runs.append(("Node", ["node", base + ".js"], {}))
    return runs


def timed(cmd, extra_env, timeout):
    """(seconds, stdout), or (None, reason) when the run failed or took longer than timeout."""
    env = dict(os.environ, **extra_env)
    start = time.perf_counter()
    try:
        p = subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=timeout, cwd=ROOT)
    except subprocess.TimeoutExpired:
        return None, f"timeout > {timeout} s"
    took = time.perf_counter() - start
    if p.returncode != 0:
        PROBLEMS.append(f"FAILED ({p.returncode}): {' '.join(cmd)}\n{p.stdout}\n{p.stderr}")
        print(PROBLEMS[-1], file=sys.stderr)
        return None, "failed"
    return took, p.stdout.strip()


def java_home():
    out = subprocess.run(["bash", "-c", f"source {ROOT}/.ci/find-jdk.sh && echo $JAVA_HOME"],
                         capture_output=True, text=True)
    return out.stdout.strip()


def cell(times, timeout_note):
    if timeout_note and not times:
        return timeout_note
    med = statistics.median(times)
    return f"{med:.2f} s ({min(times):.2f}-{max(times):.2f})"


def ratio(a, b):
    if not a or not b:
        return "-"
    return f"{statistics.median(a) / statistics.median(b):.2f}x"


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--fast-start", action="store_true", help="also time LINGO_FAST_START=1")
    ap.add_argument("--timeout", type=float, default=300, help="seconds before one run is given up")
    ap.add_argument("--out", help="also write the table to this file")
    ap.add_argument("--variant", action="append", default=[], metavar="LABEL=OPTS",
                    help="also time the JIT mode with LINGO_JAVA_OPTS=OPTS (engine options as -Dpolyglot.engine.X=Y)")
    ap.add_argument("--no-others", action="store_true", help="time Lingo only, not CPython and Node")
    ap.add_argument("names", nargs="*", help="scripts to run (default: all in benchmarks/scripts)")
    args = ap.parse_args()
    VARIANTS.extend(tuple(v.split("=", 1)) for v in args.variant)
    names = args.names or sorted(f[:-6] for f in os.listdir(SCRIPTS) if f.endswith(".lingo") and f != "hello.lingo")
    langs = [label for label, _, _ in commands(names[0], args.fast_start, not args.no_others)]
    times = {(n, l): [] for n in names for l in langs}
    notes = {}

    startup = [("bin/lingo run hello.lingo", [LINGO, "run", os.path.join(SCRIPTS, "hello.lingo")], {})]
    if args.fast_start:
        startup.append(("bin/lingo run hello.lingo (fast start)", startup[0][1], {"LINGO_FAST_START": "1"}))
    for label, opts in VARIANTS:
        startup.append((f"bin/lingo run hello.lingo ({label})", startup[0][1], {"LINGO_JAVA_OPTS": opts}))
    startup += [("java -version (JDK 25)", [os.path.join(java_home(), "bin", "java"), "-version"], {}),
                ("python3 -c pass", ["python3", "-c", "pass"], {}),
                ("node -e 0", ["node", "-e", "0"], {})]
    start_times = {label: [] for label, _, _ in startup}

    for label, cmd, env in startup:
        timed(cmd, env, args.timeout)  # untimed: the fast start's first run makes its AOT cache
    for r in range(args.rounds):
        for label, cmd, env in startup:
            start_times[label].append(timed(cmd, env, args.timeout)[0])
        for name in names:
            outputs = {}
            for label, cmd, env in commands(name, args.fast_start, not args.no_others):
                took, out = timed(cmd, env, args.timeout)
                if took is None:
                    notes[(name, label)] = out
                    continue
                times[(name, label)].append(took)
                outputs[label] = out
            if len(set(outputs.values())) > 1:
                PROBLEMS.append(f"OUTPUTS DIFFER for {name}:\n" + "\n".join(f"  {k}: {v}" for k, v in outputs.items()))
                print(PROBLEMS[-1], file=sys.stderr)
                notes[(name, "Lingo")] = "OUTPUT DIFFERS"
            print(f"round {r + 1} {name}: " + ", ".join(f"{k} {times[(name, k)][-1]:.2f}s" for k in outputs),
                  file=sys.stderr)

    load = open("/proc/loadavg").read().split()[:3] if os.path.exists("/proc/loadavg") else ["?"]
    lines = [f"Measured {datetime.date.today()} on {os.cpu_count()} cores, load average after the run "
             f"{' '.join(load)}; {args.rounds} interleaved rounds, median (min-max) of whole-process wall time.", ""]
    others = not args.no_others
    head = ["script"] + langs + (["Lingo/CPython", "Lingo/Node"] if others else [])
    head += [f"{label}/Lingo" for label, _ in VARIANTS]
    if args.fast_start and others:
        head.append("fast start/CPython")
    lines.append("| " + " | ".join(head) + " |")
    lines.append("|" + "---|" * len(head))
    for name in names:
        row = [name] + [cell(times[(name, l)], notes.get((name, l))) for l in langs]
        if others:
            row += [ratio(times[(name, "Lingo")], times[(name, "CPython")]), ratio(times[(name, "Lingo")], times[(name, "Node")])]
        row += [ratio(times[(name, label)], times[(name, "Lingo")]) for label, _ in VARIANTS]
        if args.fast_start and others:
            row.append(ratio(times[(name, "Lingo fast start")], times[(name, "CPython")]))
        lines.append("| " + " | ".join(row) + " |")
    lines += ["", "| start-up | median (min-max) |", "|---|---|"]
    lines += [f"| {label} | {cell(t, None)} |" for label, t in start_times.items()]
    table = "\n".join(lines)
    print(table)
    if args.out:
        with open(args.out, "w") as f:
            f.write(table + "\n")
    if PROBLEMS:
        sys.exit("\n".join(["", "PROBLEMS:"] + PROBLEMS))


if __name__ == "__main__":
    main()
