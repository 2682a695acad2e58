/**
 * From a model's text to a checked value: {@link dev.lingo.vm.answer.LenientJsonParser} forgives the
 * usual slips (code fences, preambles, trailing commas, reasoning blocks),
 * {@link dev.lingo.vm.answer.AnswerValidator} checks the value against its Lingo type with only
 * exact coercions, and {@link dev.lingo.vm.answer.InvalidAnswerException} is the typed failure
 * that names the field, the expected type and the raw answer.
 */
package dev.lingo.vm.answer;
