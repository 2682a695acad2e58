package dev.lingo.vm.provider.offline;

/** A date written in the text, and the same date as ISO {@code yyyy-MM-dd}. */
record DateMention(Span span, String iso) {
}
