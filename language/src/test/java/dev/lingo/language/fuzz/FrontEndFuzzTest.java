package dev.lingo.language.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Coverage-guided fuzzing of the parser and the evaluator ({@link LingoFuzzTarget} says what must
 * hold). Without {@code JAZZER_FUZZ} this replays the seeds and any reproducers under
 * {@code FrontEndFuzzTestInputs/}; with it (the {@code fuzz} execution of {@code .ci/run}), it fuzzes
 * for 30 seconds. The long profile is {@code benchmarks/run-fuzz.sh}.
 */
class FrontEndFuzzTest {

    @FuzzTest(maxDuration = "30s")
    @DictionaryFile(resourcePath = "lingo.dict")
    void anyTextEndsInAValueOrALingoError(FuzzedDataProvider data) {
        LingoFuzzTarget.fuzzerTestOneInput(data);
    }
}
