package dev.lingo.vm.provider.offline;

/**
 * A number written in the text.
 *
 * @param value    its value (a percentage as written: "15%" is 15)
 * @param integral whether it was written without a fraction
 * @param span     where it is, symbols included
 * @param currency an ISO code when a currency symbol or code is attached, else null
 * @param percent  whether a % or "percent" follows
 */
record NumberMention(double value, boolean integral, Span span, String currency, boolean percent) {
}
