package dev.lingo.language.nodes.llm;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.Node;

import dev.lingo.language.nodes.LingoExpressionNode;
import dev.lingo.language.parser.Suggestions;
import dev.lingo.language.runtime.LingoError;
import dev.lingo.language.runtime.LingoRecord;
import dev.lingo.language.runtime.Values;
import dev.lingo.vm.machine.CallOptions;

import java.util.List;

/** The options record of {@code using m {temperature: 0.2, maxTokens: 200, seed: 7, retries: 3}}. */
public final class CallOptionsNode extends Node {

    static final List<String> NAMES = List.of("temperature", "maxTokens", "seed", "retries");

    @Child private LingoExpressionNode record;

    public CallOptionsNode(LingoExpressionNode record) {
        this.record = record;
    }

    public CallOptions execute(VirtualFrame frame) {
        return convert(record.executeGeneric(frame));
    }

    @TruffleBoundary
    private CallOptions convert(Object value) {
        LingoRecord r = (LingoRecord) value;
        for (String name : r.shape().names()) {
            if (!NAMES.contains(name)) {
                throw LingoError.typeError("Unknown model option `" + name + "`" + Suggestions.didYouMean(name, NAMES)
                                + " (the options are " + String.join(", ", NAMES) + ")", record);
            }
        }
        Object t = r.get("temperature");
        Object m = r.get("maxTokens");
        Object s = r.get("seed");
        Object n = r.get("retries");
        Double temperature = t == null ? null : number(t, "temperature", 0, 2);
        Integer maxTokens = m == null ? null : (int) integer(m, "maxTokens", 1, 1_000_000);
        Long seed = s == null ? null : integer(s, "seed", Long.MIN_VALUE, Long.MAX_VALUE);
        Integer retries = n == null ? null : (int) integer(n, "retries", 0, 10);
        return new CallOptions(temperature, maxTokens, seed, retries);
    }

    private double number(Object v, String name, double min, double max) {
        if (!Values.isNumber(v) || Values.toDouble(v) < min || Values.toDouble(v) > max) {
            throw LingoError.typeError("Model option `" + name + "` must be a number from " + min + " to " + max, record);
        }
        return Values.toDouble(v);
    }

    private long integer(Object v, String name, long min, long max) {
        if (!(v instanceof Long l) || l < min || l > max) {
            throw LingoError.typeError("Model option `" + name + "` must be an Int from " + min + " to " + max, record);
        }
        return l;
    }
}
