package dev.lingo.benchmarks.endtoend;

import dev.lingo.benchmarks.clients.HttpFloor;
import dev.lingo.vm.testing.SampleTypes;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The bare-client floor as the user would run it: its own fresh JVM ({@code java -cp … FloorProcessMain
 * API_BASE TEXTS_FILE IN_FLIGHT}), building its request bodies and sending them with a bare
 * {@link java.net.http.HttpClient}, that many in flight. With no arguments it does nothing: the JVM's
 * start-up, subtracted from its wall time as Lingo's empty script is from Lingo's. Prints the number
 * of 200 replies.
 */
public final class FloorProcessMain {
  private FloorProcessMain() {}

  public static void main(String[] args) throws Exception {
    if (args.length == 0) {
      return;
    }
    var texts = Files.readAllLines(Path.of(args[1]), StandardCharsets.UTF_8);
    HttpFloor.Result r = HttpFloor.run(URI.create(args[0]), SampleTypes.REVIEW, texts, Integer.parseInt(args[2]));
    System.out.println(r.ok());
  }
}
