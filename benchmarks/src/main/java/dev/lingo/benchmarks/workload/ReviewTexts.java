package dev.lingo.benchmarks.workload;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The texts of the review-extraction workload: short customer reviews (~150 characters), all
 * different, each carrying its number ("Review #17") so a fake server can answer it and a run can
 * check that every answer came back in order. Item i's expected answer is {@link ExpectedReview#of}.
 */
public final class ReviewTexts {

  static final String[] PRODUCTS = {"kettle", "toaster", "blender", "coffee grinder", "rice cooker"};
  private static final String[] OPINIONS = {
    "Works well and looks great.",
    "It broke after a week and support never answered.",
    "Fast, but the lid sticks and it is loud.",
  };
  private static final Pattern NUMBER = Pattern.compile("Review #(\\d+)");

  private ReviewTexts() {
  }

  public static String text(int i) {
    ExpectedReview r = ExpectedReview.of(i);
    return "Review #" + i + ": I bought the " + r.product() + " last month. " + OPINIONS[i % OPINIONS.length]
        + " " + r.stars() + " out of 5. Contact: " + r.email();
  }

  public static List<String> texts(int count) {
    List<String> texts = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      texts.add(text(i));
    }
    return texts;
  }

  /** The review number a text (or one packed item of a request) carries, or -1. */
  public static int numberIn(String text) {
    Matcher m = NUMBER.matcher(text);
    return m.find() ? Integer.parseInt(m.group(1)) : -1;
  }

  /** Every review number in a text, in order (a packed request carries several). */
  public static List<Integer> numbersIn(String text) {
    List<Integer> numbers = new ArrayList<>();
    Matcher m = NUMBER.matcher(text);
    while (m.find()) {
      numbers.add(Integer.parseInt(m.group(1)));
    }
    return numbers;
  }
}
