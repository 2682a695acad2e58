package dev.lingo.vm.provider.offline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lingo.vm.call.ModelCaller;
import dev.lingo.vm.call.TypedAnswer;
import dev.lingo.vm.opcode.Opcode;
import dev.lingo.vm.provider.Message;
import dev.lingo.vm.provider.ModelRequest;
import dev.lingo.vm.provider.ModelResponse;
import dev.lingo.vm.provider.Usage;
import dev.lingo.vm.testing.SampleTypes;
import dev.lingo.vm.trace.PriceTable;
import dev.lingo.vm.types.LingoType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The offline default through the normal call path (validation included), on small realistic inputs. */
class OfflineModelTest {

    private final OfflineModel offline = new OfflineModel();
    private final ModelCaller caller = new ModelCaller(offline, PriceTable.builtIn(), record -> { });

    private JsonNode run(Opcode op) {
        return caller.call(ModelRequest.forOpcode("offline", op, null, null, null), 0).value();
    }

    @Test
    void reviewsAreTriagedIntoTheirRecord() {
        assertEquals("{\"product\":\"Kettle\",\"stars\":5,\"sentiment\":\"positive\",\"complaints\":[],\"email\":null}",
                run(Opcode.extract(SampleTypes.REVIEW, "Kettle: boils fast, looks great")).toString());
        assertEquals("{\"product\":\"Blender\",\"stars\":1,\"sentiment\":\"negative\","
                + "\"complaints\":[\"broken after a week\",\"the delivery was late\"],\"email\":null}",
                run(Opcode.extract(SampleTypes.REVIEW, "Blender: broken after a week and the delivery was late")).toString());
        JsonNode mixed = run(Opcode.extract(SampleTypes.REVIEW,
                "Headphones: a bit expensive but the sound is superb. Questions? ana@example.com"));
        assertEquals("mixed", mixed.get("sentiment").asText());
        assertEquals(3, mixed.get("stars").asInt());
        assertEquals("[\"a bit expensive\"]", mixed.get("complaints").toString());
        assertEquals("ana@example.com", mixed.get("email").asText());
    }

    @Test
    void aWrittenRatingWinsOverTheWording() {
        JsonNode r = run(Opcode.extract(SampleTypes.REVIEW, "The kettle is loud. 2 stars."));
        assertEquals("kettle", r.get("product").asText());
        assertEquals(2, r.get("stars").asInt());
        assertEquals(4, run(Opcode.extract(SampleTypes.REVIEW, "Decent phone, 8/10, battery could be better."))
                .get("stars").asInt(), "8 of 10 on a 1..5 scale");
    }

    @Test
    void anInvoiceIsReadLineByLine() {
        String invoice = """
                ACME Office Supplies GmbH
                Invoice no: INV-2024-0042
                Date: 12 March 2024
                Bill to: Maria Lopez (maria.lopez@example.com)

                10 x Ballpoint pen @ €1.50
                2 x Notepad A4 @ €4.25
                1 x Desk lamp @ €39.90

                Total: €63.40
                Due date: 11.04.2024
                Status: unpaid
                """;
        JsonNode v = run(Opcode.extract(OfflineTypes.INVOICE, invoice));
        assertEquals("INV-2024-0042", v.get("number").asText());
        assertEquals("EUR", v.get("currency").asText());
        assertEquals("[{\"item\":\"Ballpoint pen\",\"qty\":10,\"unitPrice\":1.5},{\"item\":\"Notepad A4\",\"qty\":2,"
                + "\"unitPrice\":4.25},{\"item\":\"Desk lamp\",\"qty\":1,\"unitPrice\":39.9}]", v.get("lines").toString());
        assertFalse(v.get("paid").asBoolean(), "Status: unpaid");
        assertEquals(63.4, v.get("total").asDouble());
        assertEquals("2024-04-11", v.get("dueDate").asText());
        assertEquals("2024-03-12", v.get("issued").asText());
        assertEquals("Maria Lopez", v.get("customer").asText());
        assertTrue(v.get("note").isNull(), "nothing in the text is a note");
    }

    @Test
    void supportTicketsAreRoutedAndChecked() {
        String billing = "Hi, my invoice INV-2291 charged me twice for the Pro plan. Please refund one payment. Thanks, Tom Becker";
        String bug = "The app crashes every time I open the settings page on Android 14.";
        String feature = "Could you add a dark mode? It would make night-time use much easier.";
        List<String> routes = List.of("bug", "billing", "feature_request");
        assertEquals("billing", run(Opcode.classify(billing, routes)).asText());
        assertEquals("bug", run(Opcode.classify(bug, routes)).asText());
        assertEquals("feature_request", run(Opcode.classify(feature, routes)).asText());
        assertTrue(run(Opcode.check("the customer asks for a refund", billing)).asBoolean());
        assertFalse(run(Opcode.check("the customer asks for a refund", bug)).asBoolean());
        assertFalse(run(Opcode.check("the customer does not ask for a refund", billing)).asBoolean());
        assertTrue(run(Opcode.check("the customer does not ask for a refund", feature)).asBoolean());

        JsonNode t = run(Opcode.extract(OfflineTypes.TICKET, billing));
        assertEquals("{\"customer\":\"Tom Becker\",\"invoiceNumber\":\"INV-2291\",\"route\":\"billing\",\"wantsRefund\":true}",
                t.toString());
        JsonNode b = run(Opcode.extract(OfflineTypes.TICKET, bug));
        assertTrue(b.get("customer").isNull() && b.get("invoiceNumber").isNull());
        assertFalse(b.get("wantsRefund").asBoolean());
    }

    @Test
    void genStringIsAnEchoMarkedOfflineAndGenOfATypeReadsThePrompt() {
        assertEquals("[offline] Write a two-line apology to: The kettle is loud.",
                run(Opcode.gen("Write a two-line apology to: The kettle is loud. 2 stars.", null)).asText());
        assertEquals(15, run(Opcode.gen("How many days until the deadline? It is in 15 days.", LingoType.INT)).asInt());
    }

    @Test
    void answersCostNothingAndSayWhoAnswered() {
        TypedAnswer a = caller.call(ModelRequest.forOpcode("offline", Opcode.classify("It broke.", List.of("bug", "praise")),
                null, null, null));
        assertEquals("offline", a.record().provider());
        assertEquals(Usage.ZERO, a.record().usage());
        assertEquals(0.0, a.record().cost());
        assertEquals(0, a.record().retries());
    }

    @Test
    void aRequestWithoutAnOpcodeIsReadFromItsLastUserMessage() {
        ModelResponse r = offline.complete(ModelRequest.of("offline", LingoType.INT,
                Message.system("Extract the number."), Message.user("We shipped 42 boxes.")));
        assertEquals("42", r.text());
        assertEquals("[offline] Say hi.", offline.complete(ModelRequest.of("offline", null, Message.user("Say hi."))).text());
    }

    @Test
    void everyAnswerFitsItsTypeEvenWhenTheTextHasNothingToSay() {
        List<LingoType> types = List.of(SampleTypes.REVIEW, OfflineTypes.INVOICE, OfflineTypes.TICKET, LingoType.BOOL,
                new LingoType.IntType(10L, 20L), new LingoType.FloatType(-1.0, 1.0), new LingoType.ListType(LingoType.INT),
                new LingoType.UnionType(List.of(LingoType.INT, LingoType.STRING)), new LingoType.OptionalType(LingoType.INT),
                new LingoType.ListType(OfflineTypes.LINE), LingoType.ANY);
        for (String text : List.of("", "   ", "12", "😀 ünïcödé…", "Yes.\n\n\nNo!", "x".repeat(3000))) {
            for (LingoType type : types) {
                run(Opcode.extract(type, text)); // ModelCaller throws if the answer does not fit
            }
            run(Opcode.classify(text, List.of("a", "b")));
            run(Opcode.check("it is raining", text));
            run(Opcode.gen(text, null));
        }
    }

    @Test
    void theNoticeSaysNoModelIsConfiguredAndHowToConfigureOne() {
        assertFalse(OfflineModel.NOTICE.contains("\n"));
        for (String needed : List.of("no language model is configured", "OPENAI_API_KEY", "OPENAI_BASE_URL",
                "ANTHROPIC_API_KEY", "OLLAMA_HOST", "LINGO_MODEL", "gguf")) {
            assertTrue(OfflineModel.NOTICE.contains(needed), needed);
        }
    }
}
