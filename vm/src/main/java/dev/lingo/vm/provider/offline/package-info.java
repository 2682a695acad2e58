/**
 * The offline default, {@link dev.lingo.vm.provider.offline.OfflineModel} (provider name {@code offline}):
 * answers every opcode deterministically from the input text with in-jar MiniLM sentence embeddings
 * (classify, check, enum fields, sentences for string fields) and rules (numbers, money, percentages,
 * dates, e-mails, URLs, phones, identifiers, person names, "Label: value" lines, a sentiment word list).
 * One small class per rule family; {@code ValueExtractor} walks the answer type and picks the rule.
 */
package dev.lingo.vm.provider.offline;
