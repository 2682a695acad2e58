package dev.lingo.vm.batch.openai;

import dev.lingo.vm.batch.BatchItem;
import dev.lingo.vm.provider.ProviderConnectionException;
import dev.lingo.vm.provider.ProviderException;
import dev.lingo.vm.provider.openai.OpenAiProvider;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The life of batch jobs on one endpoint: upload the lines, note the job in the journal, create it
 * (never twice: after a failed create the job is looked up by its input file first), poll with
 * backoff until it is done, download its output and error files. Transient failures are retried;
 * an interruption leaves the journal as it is, so a later run picks the job up again.
 */
final class BatchJobs {

    private final String endpoint;
    private final OpenAiProvider chat;
    private final BatchApiClient api;
    private final BatchJournal journal;
    private final PollSchedule poll;

    BatchJobs(String endpoint, OpenAiProvider chat, BatchApiClient api, BatchJournal journal, PollSchedule poll) {
        this.endpoint = endpoint;
        this.chat = chat;
        this.api = api;
        this.journal = journal;
        this.poll = poll;
    }

    /** Uploads the items' lines and creates their job; the journal knows it before it is created. */
    BatchJournal.Entry start(String model, List<BatchItem> items) {
        String jsonl = items.stream().map(i -> BatchLines.input(i.key().hash(), chat.requestBody(i.request())))
                .collect(Collectors.joining("\n", "", "\n"));
        String fileId = retrying(() -> api.upload(jsonl, "lingo-batch.jsonl"));
        BatchJournal.Entry entry = journal.begin(endpoint, model, fileId, items.stream().map(BatchItem::key).toList());
        try {
            return journal.attached(entry, api.create(fileId, Map.of("lingo_journal", entry.journalId())).id());
        } catch (ProviderException e) {
            if (!e.retryable()) {
                journal.finish(entry); // refused outright: no job exists, nothing is paid for
                throw e;
            }
            return recover(entry); // the job may exist even though the answer was lost
        }
    }

    /** An entry whose job id was never written: the job made from its input file, or a new one. */
    BatchJournal.Entry recover(BatchJournal.Entry entry) {
        return retrying(() -> {
            for (BatchStatus s : api.recent()) {
                if (entry.inputFileId().equals(s.inputFileId())) {
                    return journal.attached(entry, s.id());
                }
            }
            return journal.attached(entry, api.create(entry.inputFileId(), Map.of("lingo_journal", entry.journalId())).id());
        });
    }

    /** Polls until the job is finished; a job that is gone (404) leaves the journal. */
    BatchStatus await(BatchJournal.Entry entry) {
        int polls = 0;
        int failures = 0;
        while (true) {
            BatchStatus s;
            try {
                s = api.status(entry.batchId());
                failures = 0;
            } catch (ProviderException e) {
                if (e.status() == 404) {
                    journal.finish(entry);
                }
                if (!e.retryable() || ++failures > poll.maxFailures()) {
                    throw new BatchJobFailedException(chat.name(), entry.batchId(), "cannot follow it: " + e.getMessage(), e);
                }
                sleep(poll.wait(polls++));
                continue;
            }
            if (s.finished()) {
                return s;
            }
            sleep(poll.wait(polls++));
        }
    }

    /** The lines of a finished job's output and error files, by custom_id. */
    Map<String, BatchLines.Result> results(BatchStatus job) {
        Map<String, BatchLines.Result> lines = new LinkedHashMap<>();
        if (job.errorFileId() != null) {
            lines.putAll(BatchLines.read(retrying(() -> api.content(job.errorFileId()))));
        }
        if (job.outputFileId() != null) {
            lines.putAll(BatchLines.read(retrying(() -> api.content(job.outputFileId()))));
        }
        return lines;
    }

    private <T> T retrying(Supplier<T> step) {
        for (int attempt = 0; ; attempt++) {
            try {
                return step.get();
            } catch (ProviderException e) {
                if (!e.retryable() || attempt >= poll.maxFailures()) {
                    throw e;
                }
                sleep(poll.wait(attempt));
            }
        }
    }

    private void sleep(Duration wait) {
        try {
            Thread.sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ProviderConnectionException(chat.name(), "interrupted while waiting for a batch job", e);
        }
    }
}
