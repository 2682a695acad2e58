package dev.lingo.vm.opcode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.lingo.vm.provider.Message;
import dev.lingo.vm.provider.ModelRequest;
import dev.lingo.vm.provider.Role;
import dev.lingo.vm.testing.SampleTypes;
import dev.lingo.vm.types.LingoType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The exact words real models receive for each opcode. */
class PromptRendererTest {

    private static final String TICKET = "I was charged twice. Please refund one payment.";

    @Test
    void genStringAsksForPlainText() {
        List<Message> m = PromptRenderer.render(Opcode.gen("Write a haiku about tea.", null));
        assertEquals(List.of(Message.system("""
                Carry out the instruction in the user's message.

                Reply with the requested text only: no preamble, no quotes, no explanation."""),
                Message.user("Write a haiku about tea.")), m);
    }

    @Test
    void classifyListsTheLabelsAndTheSchema() {
        List<Message> m = PromptRenderer.render(Opcode.classify(TICKET, List.of("bug", "billing")));
        assertEquals("""
                Classify the text in the user's message. Choose exactly one of these labels: "bug", "billing". \
                Pick the label that fits best even if none fits perfectly.

                Answer with JSON that fits this JSON Schema, and nothing else (no code fences, no comments):
                {"type":"string","enum":["bug","billing"]}""", m.get(0).content());
        assertEquals(Message.user(TICKET), m.get(1));
    }

    @Test
    void withoutTheSchemaThePromptPointsToTheOneTheRequestCarries() {
        Opcode op = Opcode.classify(TICKET, List.of("bug", "billing"));
        assertEquals("""
                Classify the text in the user's message. Choose exactly one of these labels: "bug", "billing". \
                Pick the label that fits best even if none fits perfectly.

                Answer with JSON that fits the JSON Schema this request gives for the answer, and nothing else \
                (no code fences, no comments).""", PromptRenderer.render(op, false).get(0).content());
        assertEquals(PromptRenderer.render(op), PromptRenderer.render(op, true));
        assertTrue(PromptRenderer.showsSchema(PromptRenderer.render(op, true)));
        assertFalse(PromptRenderer.showsSchema(PromptRenderer.render(op, false)));
        assertEquals(PromptRenderer.render(Opcode.gen("Hi", null)), PromptRenderer.render(Opcode.gen("Hi", null), false),
                "free text has no schema to leave out");
    }

    @Test
    void checkStatesTheClaimAndWhenToAnswerFalse() {
        String system = PromptRenderer.render(Opcode.check("the customer asks for a refund", TICKET)).get(0).content();
        assertEquals("""
                Decide whether the text in the user's message supports this claim:
                the customer asks for a refund
                Answer true only if the text supports the claim; answer false if it contradicts the claim \
                or does not address it.

                Answer with JSON that fits this JSON Schema, and nothing else (no code fences, no comments):
                {"type":"boolean"}""", system);
    }

    @Test
    void extractCarriesTheRecordSchemaWithDescriptionsAndTheContextComesFirst() {
        Opcode op = Opcode.extract(SampleTypes.REVIEW, "The kettle is loud. 2 stars.").withContext("  You triage reviews for a shop. ");
        List<Message> m = PromptRenderer.render(op);
        assertEquals(Role.SYSTEM, m.get(0).role());
        String system = m.get(0).content();
        assertEquals("You triage reviews for a shop.\n\nExtract information from the text in the user's message.",
                system.substring(0, system.indexOf(" Use only")));
        assertEquals(true, system.contains("\"stars\":{\"type\":\"integer\",\"minimum\":1,\"maximum\":5,"
                + "\"description\":\"what the reviewer would rate it\"}"));
        assertEquals(false, system.contains("$schema"));
        assertEquals("The kettle is loud. 2 stars.", m.get(1).content());
        assertEquals(m, PromptRenderer.render(op), "rendering is deterministic");
    }

    @Test
    void requestsForOpcodesKeepTheOpcodeThroughReasks() {
        Opcode op = Opcode.classify(TICKET, List.of("bug", "billing"));
        ModelRequest r = ModelRequest.forOpcode("gpt-4o-mini", op, 0.0, 50, 7L);
        assertSame(op, r.opcode());
        assertEquals(op.answerType(), r.type());
        assertEquals(PromptRenderer.render(op), r.messages());
        assertSame(op, r.withMessages(List.of(Message.user("again"))).withSeed(1L).withTemperature(1.0).withMaxTokens(9).opcode());
        assertNull(ModelRequest.of("m", LingoType.STRING, Message.user("hi")).opcode());
        assertNull(new ModelRequest("m", List.of(Message.user("hi")), null, null, null, null).opcode());
    }

    @Test
    void opcodesRejectMissingPartsAndWrongAnswerTypes() {
        assertThrows(IllegalArgumentException.class, () -> Opcode.classify("x", List.of()));
        assertThrows(IllegalArgumentException.class, () -> Opcode.classify("x", LingoType.STRING));
        assertThrows(IllegalArgumentException.class, () -> Opcode.extract(LingoType.INT, null));
        assertThrows(IllegalArgumentException.class,
                () -> new Opcode(OpcodeKind.CHECK, "claim", "text", List.of(), LingoType.STRING, null));
        Opcode named = Opcode.classify("x", SampleTypes.SENTIMENT);
        assertEquals(List.of("positive", "negative", "mixed"), named.labels());
        assertEquals(SampleTypes.SENTIMENT, named.answerType());
        assertEquals(LingoType.STRING, Opcode.gen("p", null).answerType());
        assertNull(Opcode.gen("p", null).withContext(" ").context());
        assertEquals("gen", OpcodeKind.GEN.keyword());
    }
}
