/**
 * OpenAI's Batch API for bulk offline jobs: {@link dev.lingo.vm.batch.openai.BatchApiClient} (files and
 * batches over HTTP), {@link dev.lingo.vm.batch.openai.OpenAiBatchRunner} (JSON Lines in, poll with
 * backoff, answers out by custom_id, checked and cached), {@link dev.lingo.vm.batch.openai.BatchJournal}
 * (jobs under way, kept in the cache folder so a killed run re-attaches instead of paying twice) and
 * {@link dev.lingo.vm.batch.openai.OpenAiBatchMode} (what the machine switches on for {@code --batch}).
 */
package dev.lingo.vm.batch.openai;
