package dev.lingo.vm.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a GGUF (version 3) file: header, typed metadata, tensor infos, aligned F32 tensor data.
 * Only the value kinds a llama-architecture model needs are supported. Little-endian throughout.
 */
public final class GgufFileWriter {

    private static final int ALIGNMENT = 32;
    private static final int T_UINT32 = 4, T_INT32 = 5, T_FLOAT32 = 6, T_BOOL = 7, T_STRING = 8, T_ARRAY = 9;
    private static final int GGML_TYPE_F32 = 0;

    private final Map<String, Object> metadata = new LinkedHashMap<>();
    private final List<Tensor> tensors = new ArrayList<>();

    /** A tensor with dimensions innermost first (GGUF's {@code ne} order). */
    private record Tensor(String name, long[] dims, float[] data) {
    }

    /** Wraps an int to be written as UINT32 (plain Integers are written as INT32). */
    public record U32(int value) {
    }

    public GgufFileWriter put(String key, Object value) {
        metadata.put(key, value);
        return this;
    }

    public GgufFileWriter tensor(String name, float[] data, long... dims) {
        long n = 1;
        for (long d : dims) {
            n *= d;
        }
        if (n != data.length) {
            throw new IllegalArgumentException(name + ": " + data.length + " values for " + n + " elements");
        }
        tensors.add(new Tensor(name, dims, data));
        return this;
    }

    public void write(Path file) throws IOException {
        Buf b = new Buf();
        b.bytes("GGUF".getBytes(StandardCharsets.US_ASCII));
        b.i32(3);
        b.i64(tensors.size());
        b.i64(metadata.size());
        metadata.forEach((k, v) -> {
            b.str(k);
            value(b, v, true);
        });
        long offset = 0;
        for (Tensor t : tensors) {
            b.str(t.name);
            b.i32(t.dims.length);
            for (long d : t.dims) {
                b.i64(d);
            }
            b.i32(GGML_TYPE_F32);
            b.i64(offset);
            offset = align(offset + 4L * t.data.length);
        }
        b.pad();
        for (Tensor t : tensors) {
            for (float f : t.data) {
                b.f32(f);
            }
            b.pad();
        }
        try (OutputStream out = Files.newOutputStream(file)) {
            b.out.writeTo(out);
        }
    }

    private static void value(Buf b, Object v, boolean withType) {
        switch (v) {
            case U32 u -> { tag(b, T_UINT32, withType); b.i32(u.value()); }
            case Integer i -> { tag(b, T_INT32, withType); b.i32(i); }
            case Float f -> { tag(b, T_FLOAT32, withType); b.f32(f); }
            case Boolean z -> { tag(b, T_BOOL, withType); b.out.write(z ? 1 : 0); }
            case String s -> { tag(b, T_STRING, withType); b.str(s); }
            case List<?> list -> {
                tag(b, T_ARRAY, withType);
                b.i32(kindOf(list.getFirst()));
                b.i64(list.size());
                list.forEach(e -> value(b, e, false));
            }
            default -> throw new IllegalArgumentException("unsupported GGUF value " + v.getClass());
        }
    }

    private static int kindOf(Object e) {
        return switch (e) {
            case U32 u -> T_UINT32;
            case Integer i -> T_INT32;
            case Float f -> T_FLOAT32;
            case Boolean z -> T_BOOL;
            case String s -> T_STRING;
            default -> throw new IllegalArgumentException("unsupported GGUF array element " + e.getClass());
        };
    }

    private static void tag(Buf b, int type, boolean withType) {
        if (withType) {
            b.i32(type);
        }
    }

    private static long align(long n) {
        return (n + ALIGNMENT - 1) / ALIGNMENT * ALIGNMENT;
    }

    /** A growable little-endian buffer. */
    private static final class Buf {
        final java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        final ByteBuffer scratch = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN);

        void bytes(byte[] b) { out.writeBytes(b); }
        void i32(int v) { scratch.clear(); scratch.putInt(v); out.write(scratch.array(), 0, 4); }
        void i64(long v) { scratch.clear(); scratch.putLong(v); out.write(scratch.array(), 0, 8); }
        void f32(float v) { i32(Float.floatToRawIntBits(v)); }
        void str(String s) {
            byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
            i64(utf8.length);
            bytes(utf8);
        }
        void pad() {
            while (out.size() % ALIGNMENT != 0) {
                out.write(0);
            }
        }
    }
}
