package dev.lingo.vm.provider.offline;

import dev.lingo.vm.types.LingoType;
import dev.lingo.vm.types.LingoType.Field;
import dev.lingo.vm.types.LingoType.FloatType;
import dev.lingo.vm.types.LingoType.IntType;
import dev.lingo.vm.types.LingoType.ListType;
import dev.lingo.vm.types.LingoType.LiteralUnionType;
import dev.lingo.vm.types.LingoType.NamedType;
import dev.lingo.vm.types.LingoType.OptionalType;
import dev.lingo.vm.types.LingoType.RecordType;
import java.util.List;

/** The invoice and ticket types of the examples, as the language would build them. */
final class OfflineTypes {

    static final RecordType LINE = new RecordType("Line", List.of(
            new Field("item", LingoType.STRING, null),
            new Field("qty", new IntType(1L, 1000L), null),
            new Field("unitPrice", new FloatType(0.0, null), null)));

    static final RecordType INVOICE = new RecordType("Invoice", List.of(
            new Field("number", LingoType.STRING, "the invoice number as printed"),
            new Field("currency", new NamedType("Currency", new LiteralUnionType(List.of("EUR", "USD"))), null),
            new Field("lines", new ListType(LINE), null),
            new Field("paid", LingoType.BOOL, null),
            new Field("total", LingoType.FLOAT, null),
            new Field("issued", LingoType.STRING, "the invoice date"),
            new Field("dueDate", new OptionalType(LingoType.STRING), null),
            new Field("customer", LingoType.STRING, null),
            new Field("note", new OptionalType(LingoType.STRING), null)));

    static final RecordType TICKET = new RecordType("Ticket", List.of(
            new Field("customer", new OptionalType(LingoType.STRING), null),
            new Field("invoiceNumber", new OptionalType(LingoType.STRING), null),
            new Field("route", new LiteralUnionType(List.of("bug", "billing", "feature_request")), null),
            new Field("wantsRefund", LingoType.BOOL, "the customer asks for a refund")));

    private OfflineTypes() {
    }
}
