package dev.lingo.benchmarks.endtoend;

import dev.lingo.benchmarks.clients.HttpFloor;
import dev.lingo.benchmarks.clients.LingoProject;
import dev.lingo.benchmarks.clients.TempDirs;
import dev.lingo.benchmarks.workload.BenchServer;
import dev.lingo.benchmarks.workload.ReviewTexts;
import dev.lingo.vm.testing.FakeModelServer.Arrival;
import dev.lingo.vm.testing.SampleTypes;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Issue 8, whole process: {@code bin/lingo run} of 1,000 {@code extract}s in a {@code map}
 * ({@code programs/extract_reviews.lingo} printing its report) from a fresh JVM and a fresh project
 * (so a cold cache), {@code bin/lingo run} of an empty script (the start-up), and the bare
 * HttpClient floor, interleaved in every round against one fake server in this JVM (300 ms, cap 32,
 * 429 + Retry-After beyond). Reports (lingo − empty) / floor per round and the median. The floor is
 * timed in this JVM (no JVM start in it). Before round 1 the server answers an untimed floor of
 * 4 x cap requests, so that no round meets a server whose own code is still cold. Every round also
 * runs the same bare client as its own fresh JVM ({@link FloorProcessMain}) and an empty JVM, and
 * reports (lingo − empty) / (floor process − empty JVM): the user's alternative as a whole process. Arguments {@code --lingo=PATH} (required),
 * {@code --lingo-java-opts=OPTS} (the runs' {@code LINGO_JAVA_OPTS}),
 * {@code --items=1000 --rounds=3 --latency-ms=300 --cap=32 --retry-after-ms=1000 --out=FILE}; run
 * it with {@code benchmarks/run-cli-e2e.sh}.
 */
public final class CliEndToEndMain {
  private CliEndToEndMain() {}

  /**
   * One round's three wall times, in seconds, what the Lingo run got back, and when its first and
   * last requests reached the server (seconds after the process started): where the time went.
   */
  private record Round(double empty, double lingo, double floor, int calls, int ok, double firstRequest,
      double lastRequest, double javaEmpty, double floorProcess, int floorProcessOk) {
    double ratio() {
      return (lingo - empty) / floor;
    }

    /** Against the bare client run as its own process, less its JVM's start-up: what the user would run instead. */
    double processRatio() {
      return (lingo - empty) / (floorProcess - javaEmpty);
    }
  }

  public static void main(String[] args) throws Exception {
    Map<String, String> a = new java.util.HashMap<>(Map.of("items", "1000", "rounds", "3", "latency-ms", "300",
        "cap", "32", "retry-after-ms", "1000"));
    for (String arg : args) {
      String[] kv = arg.replaceFirst("^--", "").split("=", 2);
      if (kv.length != 2 || !(a.containsKey(kv[0]) || kv[0].equals("lingo") || kv[0].equals("out") || kv[0].equals("lingo-java-opts"))) {
        throw new IllegalArgumentException("unknown argument " + arg
            + "; use --lingo=PATH --lingo-java-opts=OPTS --items= --rounds= --latency-ms= --cap= --retry-after-ms= --out=FILE");
      }
      a.put(kv[0], kv[1]);
    }
    Path lingo = Path.of(a.getOrDefault("lingo", "bin/lingo")).toAbsolutePath();
    int items = Integer.parseInt(a.get("items"));
    int rounds = Integer.parseInt(a.get("rounds"));
    int cap = Integer.parseInt(a.get("cap"));
    String javaOpts = a.get("lingo-java-opts");
    String machine = Machine.describe() + ", load at start " + Machine.load();
    Path scratch = TempDirs.create("lingo-bench-cli");
    List<Round> done = new ArrayList<>();
    try (BenchServer server = BenchServer.start(Duration.ofMillis(Long.parseLong(a.get("latency-ms"))), cap,
        Duration.ofMillis(Long.parseLong(a.get("retry-after-ms"))))) {
      Path extract = scratch.resolve("extract_reviews.lingo");
      Files.writeString(extract, program("extract_reviews") + "\nprint(report)\n");
      Path empty = scratch.resolve("empty.lingo");
      Files.writeString(empty, "// an empty script: what starting `lingo run` costs\n");
      List<String> texts = ReviewTexts.texts(items);
      // The fake server runs in this JVM: warm its code first (untimed), or round 1's Lingo run meets
      // a server still being compiled on the same two cores, which no real provider is.
      HttpFloor.run(server.apiBase(), SampleTypes.REVIEW, ReviewTexts.texts(4 * cap), cap);
      for (int r = 1; r <= rounds; r++) {
        double emptySeconds = run(lingo, javaOpts, empty, LingoProject.create(scratch, "empty-" + r, cap, false, List.of()), server)
            .seconds;
        BenchServer.Counts before = server.counts();
        Run run = run(lingo, javaOpts, extract, LingoProject.create(scratch, "extract-" + r, cap, false, texts), server);
        int calls = server.counts().answered() - before.answered();
        List<Arrival> arrivals = server.arrivals();
        arrivals = arrivals.subList(before.arrivals(), arrivals.size());
        double first = arrivals.isEmpty() ? 0 : (arrivals.getFirst().nanos() - run.startNanos) / 1e9;
        double last = arrivals.isEmpty() ? 0 : (arrivals.getLast().nanos() - run.startNanos) / 1e9;
        int ok = Expected.okLines(run.stdout.lines().toList(), items);
        HttpFloor.Result floor = HttpFloor.run(server.apiBase(), SampleTypes.REVIEW, texts, cap);
        double javaEmpty = java(List.of()).seconds;
        Path textsFile = scratch.resolve("texts-" + r + ".txt");
        Files.write(textsFile, texts, StandardCharsets.UTF_8);
        Run floorProcess = java(List.of(server.apiBase().toString(), textsFile.toString(), String.valueOf(cap)));
        int floorProcessOk = Integer.parseInt(floorProcess.stdout.strip());
        Round round = new Round(emptySeconds, run.seconds, floor.wallNanos() / 1e9, calls, ok, first, last, javaEmpty,
            floorProcess.seconds, floorProcessOk);
        done.add(round);
        System.out.println(String.format(Locale.ROOT,
            "round %d: empty %.2f s, lingo %.2f s (calls %d, ok %d/%d, exit %d, requests from %.2f s to %.2f s), floor %.2f s (ok %d), (lingo - empty) / floor %.3fx; empty JVM %.2f s, floor process %.2f s (ok %d), against it %.3fx; load %s",
            r, round.empty, round.lingo, calls, ok, items, run.exit, first, last, round.floor, floor.ok(), round.ratio(),
            javaEmpty, round.floorProcess, floorProcessOk, round.processRatio(), Machine.load()));
        List<String> stderr = run.stderr.lines().toList();
        System.out.println("  the lingo run's stderr ends: " + stderr.subList(Math.max(0, stderr.size() - (ok < items ? 8 : 3)), stderr.size()));
      }
      String report = markdown(done, items, cap, server.maxConcurrent(), machine + ", at end " + Machine.load());
      System.out.println();
      System.out.println(report);
      if (a.containsKey("out")) {
        Files.writeString(Path.of(a.get("out")), report);
      }
    } finally {
      TempDirs.delete(scratch);
    }
    System.exit(0); // the fake server's pool holds non-daemon threads
  }

  private record Run(long startNanos, double seconds, int exit, String stdout, String stderr) {}

  /** {@code lingo run script} in the project folder, with only what a user would export; timed from start to exit. */
  /** @param javaOpts the {@code LINGO_JAVA_OPTS} of the run, or null */
  private static Run run(Path lingo, String javaOpts, Path script, LingoProject project, BenchServer server)
      throws IOException, InterruptedException {
    ProcessBuilder pb = new ProcessBuilder(lingo.toString(), "run", script.toString()).directory(project.dir().toFile());
    Map<String, String> env = pb.environment();
    Map<String, String> keep = new java.util.HashMap<>();
    for (String name : List.of("PATH", "HOME", "JAVA_HOME", "LANG", "TMPDIR")) {
      if (env.containsKey(name)) {
        keep.put(name, env.get(name));
      }
    }
    env.clear();
    env.putAll(keep);
    env.put("OPENAI_BASE_URL", server.apiBase().toString());
    env.put("OPENAI_API_KEY", "sk-benchmark-not-a-key");
    env.put("LINGO_CACHE_DIR", project.dir().resolve("user-cache").toString());
    env.put("REVIEWS_FILE", project.inputFile().toAbsolutePath().toString());
    if (javaOpts != null) {
      env.put("LINGO_JAVA_OPTS", javaOpts);
    }
    Path out = project.dir().resolve("stdout.txt");
    Path err = project.dir().resolve("stderr.txt");
    pb.redirectOutput(out.toFile()).redirectError(err.toFile());
    long start = System.nanoTime();
    Process p = pb.start();
    int exit = p.waitFor();
    long wall = System.nanoTime() - start;
    return new Run(start, wall / 1e9, exit, Files.readString(out), Files.readString(err));
  }

  /** {@link FloorProcessMain} with {@code args} in a fresh JVM of the harness's own Java and class path, with default flags. */
  private static Run java(List<String> args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElseThrow(), "-cp",
        System.getProperty("java.class.path"), FloorProcessMain.class.getName()));
    command.addAll(args);
    ProcessBuilder pb = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT);
    long start = System.nanoTime();
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    int exit = p.waitFor();
    long wall = System.nanoTime() - start;
    if (exit != 0) {
      throw new IllegalStateException("the floor process exited with " + exit);
    }
    return new Run(start, wall / 1e9, exit, out, "");
  }

  private static String program(String name) throws IOException {
    try (InputStream in = CliEndToEndMain.class.getResourceAsStream("/dev/lingo/benchmarks/programs/" + name + ".lingo")) {
      if (in == null) {
        throw new IllegalStateException("missing benchmark program " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static String markdown(List<Round> rounds, int items, int cap, int maxInFlight, String machine) {
    StringBuilder s = new StringBuilder();
    s.append(String.format(Locale.ROOT, "Setting: %d items, cap %d, %d round(s), most in flight at the server %d; %s.%n%n",
        items, cap, rounds.size(), maxInFlight, machine));
    s.append(("| round | `lingo run` empty script | `lingo run` %d extracts | its first request, last request (after start) "
        + "| lingo − empty | floor (HttpClient, %d in flight, in-process) | (lingo − empty) / floor "
        + "| floor as a process − empty JVM | (lingo − empty) / that | calls | right answers |%n")
        .formatted(items, cap));
    s.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    for (int i = 0; i < rounds.size(); i++) {
      Round r = rounds.get(i);
      s.append(String.format(Locale.ROOT, "| %d | %.2f s | %.2f s | %.2f s, %.2f s | %.2f s | %.2f s | %.3fx | %.2f s − %.2f s | %.3fx | %d | %d |%n",
          i + 1, r.empty, r.lingo, r.firstRequest, r.lastRequest, r.lingo - r.empty, r.floor, r.ratio(), r.floorProcess,
          r.javaEmpty, r.processRatio(), r.calls, r.ok));
    }
    List<Round> byRatio = rounds.stream().sorted(Comparator.comparingDouble(Round::ratio)).toList();
    Round median = byRatio.get((byRatio.size() - 1) / 2);
    s.append(String.format(Locale.ROOT, "%n**Median (lingo − empty) / floor: %.3fx** (round %d; range %.3f-%.3fx; target ≤ 1.05x).%n",
        median.ratio(), rounds.indexOf(median) + 1, byRatio.getFirst().ratio(), byRatio.getLast().ratio()));
    List<Round> byProcess = rounds.stream().sorted(Comparator.comparingDouble(Round::processRatio)).toList();
    Round processMedian = byProcess.get((byProcess.size() - 1) / 2);
    s.append(String.format(Locale.ROOT, "**Median (lingo − empty) / (floor process − empty JVM): %.3fx** (round %d; range %.3f-%.3fx).%n",
        processMedian.processRatio(), rounds.indexOf(processMedian) + 1, byProcess.getFirst().processRatio(),
        byProcess.getLast().processRatio()));
    return s.toString();
  }
}
