package dev.lingo.benchmarks.workload;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lingo.vm.testing.RecordedRequest;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What the fake server's "model" answers: the {@link ExpectedReview} of the review number in the
 * last user message, as JSON. A packed request (items between {@code <item-TAG id="N">} tags, see
 * vm's PackedPromptRenderer) gets {@code {"answers": [{"id": N, "value": ...}]}}, one entry per item.
 * The other opcodes, told apart by the task vm's PromptRenderer writes into the system message, are
 * answered from the review number as well (see {@link ReviewOpcodes}): {@code check}, {@code classify}
 * and {@code gen}.
 */
public final class FakeReviewModel {

  private static final ObjectMapper JSON = new ObjectMapper();
  /** The opening of a packed item; the tag is made per pack ({@code item-} and 12 hex digits). */
  private static final Pattern PACKED_ITEM = Pattern.compile("<item-[0-9a-f]{12} id=\"");

  private FakeReviewModel() {
  }

  public static String answer(RecordedRequest request) {
    String user = lastUserMessage(request.json());
    String other = ReviewOpcodes.answer(systemMessage(request.json()), user);
    return other != null ? other : answer(user);
  }

  /** The answer to a request whose last user message is {@code user}. */
  public static String answer(String user) {
    if (PACKED_ITEM.matcher(user).find()) {
      return packedAnswer(user);
    }
    int n = ReviewTexts.numberIn(user);
    return n < 0 ? "{}" : review(n).toString();
  }

  private static String packedAnswer(String user) {
    ObjectNode root = JSON.createObjectNode();
    ArrayNode answers = root.putArray("answers");
    String[] items = PACKED_ITEM.split(user);
    for (int k = 1; k < items.length; k++) {
      String item = items[k];
      int id = Integer.parseInt(item.substring(0, item.indexOf('"')));
      List<Integer> numbers = ReviewTexts.numbersIn(item);
      if (!numbers.isEmpty()) {
        answers.addObject().put("id", id).set("value", review(numbers.getFirst()));
      }
    }
    return root.toString();
  }

  private static ObjectNode review(int n) {
    ExpectedReview r = ExpectedReview.of(n);
    ObjectNode o = JSON.createObjectNode().put("product", r.product()).put("stars", r.stars())
        .put("sentiment", r.sentiment());
    r.complaints().forEach(o.putArray("complaints")::add);
    return o.put("email", r.email());
  }

  private static String lastUserMessage(JsonNode body) {
    return lastMessage(body, "user");
  }

  private static String systemMessage(JsonNode body) {
    return lastMessage(body, "system");
  }

  private static String lastMessage(JsonNode body, String role) {
    String text = "";
    for (JsonNode m : body.path("messages")) {
      if (role.equals(m.path("role").asText())) {
        text = text(m.path("content"));
      }
    }
    return text;
  }

  /** A string, or a list of {type: text, text} parts. */
  private static String text(JsonNode content) {
    if (content.isArray()) {
      StringBuilder s = new StringBuilder();
      content.forEach(part -> s.append(part.path("text").asText("")));
      return s.toString();
    }
    return content.asText("");
  }
}
