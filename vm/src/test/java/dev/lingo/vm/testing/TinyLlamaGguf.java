package dev.lingo.vm.testing;

import dev.lingo.vm.testing.GgufFileWriter.U32;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * A toy llama-architecture model with random weights (~100K parameters, ~0.4 MB): enough for
 * llama.cpp to load it and generate, so tests can run the real in-process engine. Its vocabulary
 * is SentencePiece-style: unknown, BOS, EOS and the 256 byte tokens, so every text tokenizes
 * (byte fallback) and every JSON answer can be spelled. Answers are noise, shaped by the grammar.
 */
public final class TinyLlamaGguf {

    public static final int EMBED = 64, LAYERS = 2, FFN = 128, HEADS = 4, CONTEXT = 4096;
    private static final String CHATML = "{% for message in messages %}{{'<|im_start|>' + message['role'] + '\\n'"
            + " + message['content'] + '<|im_end|>' + '\\n'}}{% endfor %}"
            + "{% if add_generation_prompt %}{{ '<|im_start|>assistant\\n' }}{% endif %}";

    private TinyLlamaGguf() {
    }

    public static Path write(Path file, long seed) throws IOException {
        List<String> tokens = new ArrayList<>(List.of("<unk>", "<s>", "</s>"));
        List<Integer> types = new ArrayList<>(List.of(2, 3, 3)); // UNKNOWN, CONTROL, CONTROL
        for (int b = 0; b < 256; b++) {
            tokens.add(String.format("<0x%02X>", b));
            types.add(6); // BYTE
        }
        int vocab = tokens.size();
        Random random = new Random(seed);
        GgufFileWriter w = new GgufFileWriter()
                .put("general.architecture", "llama")
                .put("general.name", "lingo-tiny-random")
                .put("general.file_type", new U32(0))
                .put("llama.context_length", new U32(CONTEXT))
                .put("llama.embedding_length", new U32(EMBED))
                .put("llama.block_count", new U32(LAYERS))
                .put("llama.feed_forward_length", new U32(FFN))
                .put("llama.rope.dimension_count", new U32(EMBED / HEADS))
                .put("llama.attention.head_count", new U32(HEADS))
                .put("llama.attention.head_count_kv", new U32(HEADS))
                .put("llama.attention.layer_norm_rms_epsilon", 1e-5f)
                .put("llama.vocab_size", new U32(vocab))
                .put("tokenizer.ggml.model", "llama")
                .put("tokenizer.ggml.tokens", tokens)
                .put("tokenizer.ggml.scores", Collections.nCopies(vocab, 0f))
                .put("tokenizer.ggml.token_type", types)
                .put("tokenizer.ggml.unknown_token_id", new U32(0))
                .put("tokenizer.ggml.bos_token_id", new U32(1))
                .put("tokenizer.ggml.eos_token_id", new U32(2))
                .put("tokenizer.ggml.add_bos_token", true)
                .put("tokenizer.chat_template", CHATML);
        w.tensor("token_embd.weight", noise(random, EMBED * vocab), EMBED, vocab);
        for (int i = 0; i < LAYERS; i++) {
            String p = "blk." + i + ".";
            w.tensor(p + "attn_norm.weight", ones(EMBED), EMBED);
            w.tensor(p + "attn_q.weight", noise(random, EMBED * EMBED), EMBED, EMBED);
            w.tensor(p + "attn_k.weight", noise(random, EMBED * EMBED), EMBED, EMBED);
            w.tensor(p + "attn_v.weight", noise(random, EMBED * EMBED), EMBED, EMBED);
            w.tensor(p + "attn_output.weight", noise(random, EMBED * EMBED), EMBED, EMBED);
            w.tensor(p + "ffn_norm.weight", ones(EMBED), EMBED);
            w.tensor(p + "ffn_gate.weight", noise(random, EMBED * FFN), EMBED, FFN);
            w.tensor(p + "ffn_up.weight", noise(random, EMBED * FFN), EMBED, FFN);
            w.tensor(p + "ffn_down.weight", noise(random, FFN * EMBED), FFN, EMBED);
        }
        w.tensor("output_norm.weight", ones(EMBED), EMBED);
        w.tensor("output.weight", noise(random, EMBED * vocab), EMBED, vocab);
        w.write(file);
        return file;
    }

    private static float[] noise(Random random, int n) {
        float[] a = new float[n];
        for (int i = 0; i < n; i++) {
            a[i] = (float) (random.nextGaussian() * 0.02);
        }
        return a;
    }

    private static float[] ones(int n) {
        float[] a = new float[n];
        java.util.Arrays.fill(a, 1f);
        return a;
    }
}
