package dev.lingo.benchmarks.soak;

import dev.lingo.vm.testing.RecordedRequest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the soak script asks about item {@code i} ({@code "item-i"}) and what a valid answer is:
 * {@code extract Item} when i % 3 == 0, {@code classify} as a Route when 1, {@code check} when 2.
 * The fake server answers from the item's number alone, so the harness knows every right value.
 */
final class SoakItems {
  private SoakItems() {}

  private static final Pattern ITEM = Pattern.compile("item-(\\d+)");
  private static final String[] ROUTES = {"bug", "billing", "question"};

  /** The item a request is about: the number in its user message (re-asks repeat that message). */
  static String keyOf(RecordedRequest request) {
    Matcher m = ITEM.matcher(request.json().at("/messages/1/content").asText());
    if (!m.find()) {
      throw new IllegalStateException("a request about no item: " + request.body());
    }
    return m.group();
  }

  static int number(String key) {
    return Integer.parseInt(key.substring("item-".length()));
  }

  /** The message content a good model would answer with. */
  static String answer(RecordedRequest request) {
    int i = number(keyOf(request));
    return switch (i % 3) {
      case 0 -> "{\"name\": \"item-" + i + "\", \"n\": " + i + "}";
      case 1 -> "{\"value\": \"" + ROUTES[i / 3 % 3] + "\"}";
      default -> "{\"value\": " + (i % 2 == 0) + "}";
    };
  }

  /** JSON of the wrong type for the item's schema. */
  static String wrongType(RecordedRequest request) {
    int i = number(keyOf(request));
    return switch (i % 3) {
      case 0 -> "{\"name\": " + i + ", \"n\": \"many\"}";
      case 1 -> "{\"value\": \"refund\"}";
      default -> "{\"value\": \"maybe\"}";
    };
  }

  /** The line the script prints for item {@code i} when its answer arrived. */
  static String expectedLine(int i) {
    return i + " " + switch (i % 3) {
      case 0 -> "item-" + i + " " + i;
      case 1 -> ROUTES[i / 3 % 3];
      default -> String.valueOf(i % 2 == 0);
    };
  }
}
