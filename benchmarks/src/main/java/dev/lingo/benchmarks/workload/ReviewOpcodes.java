package dev.lingo.benchmarks.workload;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The fake model's answers to {@code check}, {@code classify} and {@code gen} about a numbered
 * review, decided by the review number alone so every run can check what it got back:
 * <ul>
 *   <li>{@code check}: a claim naming a review ({@code "it is review #9"}) holds for that review
 *       only; any other claim holds for the even-numbered reviews;</li>
 *   <li>{@code classify}: {@code "even"} or {@code "odd"}, by the number;</li>
 *   <li>{@code gen}: the text of the review its instruction names (so {@code extract} can read it).</li>
 * </ul>
 * Opcodes are told apart by the task vm's PromptRenderer puts into the system message.
 */
public final class ReviewOpcodes {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern CLAIM = Pattern.compile("supports this claim:\\n(.*?)\\nAnswer true only", Pattern.DOTALL);
  private static final Pattern NAMED = Pattern.compile("#(\\d+)");

  private ReviewOpcodes() {
  }

  /** Whether {@code check <claim> on <review n>} holds. */
  public static boolean holds(String claim, int n) {
    Matcher named = NAMED.matcher(claim);
    return named.find() ? Integer.parseInt(named.group(1)) == n : n % 2 == 0;
  }

  /** The label {@code classify} gives review {@code n}. */
  public static String parity(int n) {
    return n % 2 == 0 ? "even" : "odd";
  }

  /** The answer to a {@code check}, {@code classify} or {@code gen} request, or null for another opcode. */
  static String answer(String system, String user) {
    int n = ReviewTexts.numberIn(user);
    if (system.contains("Carry out the instruction in the user's message.")) {
      return n < 0 ? "" : ReviewTexts.text(n);
    }
    if (system.contains("Classify the text in the user's message.")) {
      return JSON.createObjectNode().put("value", parity(Math.max(n, 0))).toString();
    }
    Matcher claim = CLAIM.matcher(system);
    if (claim.find()) {
      return JSON.createObjectNode().put("value", n >= 0 && holds(claim.group(1), n)).toString();
    }
    return null;
  }
}
