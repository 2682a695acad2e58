package dev.lingo.vm.provider.offline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The pattern rules of the offline model, one by one. */
class TextRulesTest {

    private static List<String> numbers(String text) {
        return NumberFinder.find(text).stream()
                .map(n -> n.value() + (n.currency() == null ? "" : " " + n.currency()) + (n.percent() ? "%" : "")).toList();
    }

    @Test
    void numbersCarryTheirCurrencyAndPercentAndSkipIdentifiersAndDates() {
        assertEquals(List.of("1250.0 USD", "15.0%", "3.0"),
                numbers("Total $1,250.00 with 15% off, three items."));
        assertEquals(List.of("12.5 EUR", "1234.56 EUR", "40.0 GBP"),
                numbers("Paid 12,50 € then EUR 1.234,56 and £40."));
        assertEquals(List.of("7.0"), numbers("Order ORD-5521 from 2024-03-01 (#48213), call +1 415 555 0100: 7 boxes."));
        assertEquals(List.of("-3.5"), numbers("Balance: -3.5"));
    }

    @Test
    void datesBecomeIso() {
        List<String> iso = DateFinder.find("Issued 2024-3-5, due March 5th, 2024; shipped 5 April 2024, "
                + "paid 05.06.2024 and 13/01/2024, booked 02/03/2024. Not a date: 31/02/2024.")
                .stream().map(DateMention::iso).toList();
        assertEquals(List.of("2024-03-05", "2024-03-05", "2024-04-05", "2024-06-05", "2024-01-13", "2024-02-03"), iso);
    }

    @Test
    void emailsUrlsPhonesAndIdentifiers() {
        String t = "Write to help@shop.example or see https://shop.example/faq. Ticket #4471, invoice INV-22/7, "
                + "phone (030) 1234-5678.";
        assertEquals("help@shop.example", PatternFinder.emails(t).getFirst().text());
        assertEquals("https://shop.example/faq", PatternFinder.urls(t).getFirst().text());
        assertEquals("(030) 1234-5678", PatternFinder.phones(t).getFirst().text().strip());
        assertEquals(List.of("#4471", "INV-22/7"), PatternFinder.identifiers(t).stream().map(Span::text).toList());
    }

    @Test
    void sentimentCountsWordsAndFollowsNegation() {
        assertTrue(SentimentLexicon.polarity("Great sound, very comfortable") > 0);
        assertTrue(SentimentLexicon.polarity("It arrived broken and late") < 0);
        assertTrue(SentimentLexicon.polarity("not good at all") < 0);
        assertTrue(SentimentLexicon.polarity("no problems so far") > 0);
        assertTrue(SentimentLexicon.polarity("it doesn't charge") < 0);
        assertEquals(0, SentimentLexicon.polarity("The box is blue."));
    }

    @Test
    void personNamesPreferCuesAndSkipCompanies() {
        assertEquals("Tom Becker", NameFinder.find("The Pro Plan is great. Thanks, Tom Becker").text());
        assertEquals("Maria Lopez", NameFinder.find("Nordic Trading GmbH\nBill to: Maria Lopez").text());
        assertEquals("Jean-Luc Picard", NameFinder.find("Dear Jean-Luc Picard, your order shipped.").text());
        assertNull(NameFinder.find("The kettle is loud. March was cold."));
    }

    @Test
    void labeledValuesMatchTheFieldsWords() {
        String form = "Invoice no: INV-7\nDue date: 2024-04-01\nTotal due: $45.00";
        assertEquals("INV-7", LabeledValues.valueFor(FieldCue.of("invoiceNumber", null), form).text());
        assertEquals("2024-04-01", LabeledValues.valueFor(FieldCue.of("dueDate", null), form).text());
        assertEquals("$45.00", LabeledValues.valueFor(FieldCue.of("total", null), form).text());
        assertNull(LabeledValues.valueFor(FieldCue.of("customer", null), form));
    }

    @Test
    void numbersAreChosenNearTheFieldsWords() {
        String t = "Order of 3 chairs. Shipping costs $15.00, the chairs $240.00 in total. Tax rate 8%.";
        assertEquals(240.0, NumberPicker.pick(FieldCue.of("total", null), t, null, null, false));
        assertEquals(15.0, NumberPicker.pick(FieldCue.of("shippingCost", null), t, null, null, false));
        assertEquals(8.0, NumberPicker.pick(FieldCue.of("taxRate", null), t, null, null, false));
        assertEquals(3.0, NumberPicker.pick(FieldCue.of("quantity", null), t, 1.0, null, true));
        assertNull(NumberPicker.pick(FieldCue.of("age", null), "No numbers here.", null, null, true));
    }

    @Test
    void namedThingsComeFromHeadingsDeterminersAndItemLines() {
        assertEquals("Blender", EntityFinder.find(FieldCue.of("product", null), "Blender: broken after a week"));
        assertEquals("running shoes", EntityFinder.find(FieldCue.of("product", null), "Love these running shoes! 5/5."));
        assertEquals("Desk lamp", EntityFinder.find(FieldCue.of("item", null), "1 x Desk lamp @ €39.90"));
    }

    @Test
    void stemsAndSentences() {
        assertEquals(TextUnits.stem("stars"), TextUnits.stem("star"));
        assertEquals(TextUnits.stem("charged"), TextUnits.stem("charge"));
        assertEquals(TextUnits.stem("prices"), TextUnits.stem("price"));
        assertEquals(List.of("unit", "price"), TextUnits.nameWords("unitPrice"));
        assertEquals(List.of("The lamp costs €39.90.", "It is fine!", "Really"),
                TextUnits.sentences("The lamp costs €39.90. It is fine! Really").stream().map(Span::text).toList());
    }
}
