package dev.lingo.language.nodes.llm;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;

import dev.lingo.language.LingoContext;
import dev.lingo.language.builtins.JsonText;
import dev.lingo.language.nodes.LingoExpressionNode;
import dev.lingo.language.runtime.LingoError;
import dev.lingo.language.runtime.LingoModel;
import dev.lingo.language.runtime.LingoNull;
import dev.lingo.language.runtime.Pending;
import dev.lingo.language.runtime.Values;
import dev.lingo.vm.machine.CallOptions;
import dev.lingo.vm.opcode.Opcode;
import dev.lingo.vm.opcode.OpcodeKind;
import dev.lingo.vm.schema.ModelAnswerable;
import dev.lingo.vm.types.LingoType;

import java.util.List;

/**
 * An LLM opcode: {@code gen T from p}, {@code extract T from x}, {@code classify x as …},
 * {@code check claim on x}. Evaluates its operands, then hands the model call to the context's
 * model runtime, which returns a value of the opcode's type or raises a typed error.
 */
public final class OpcodeNode extends LingoExpressionNode {

    private final OpcodeKind kind;
    private final LingoType type;
    private final List<String> labels;
    @Child private LingoExpressionNode instruction;
    @Child private LingoExpressionNode input;
    @Child private LingoExpressionNode model;
    @Child private CallOptionsNode options;
    /** Why no model can answer {@code type} (it holds a function), or null. */
    private final String unanswerable;

    /**
     * @param instruction gen: the prompt; check: the claim; otherwise null
     * @param input extract, classify, check: the text; gen: null
     */
    public OpcodeNode(OpcodeKind kind, LingoType type, List<String> labels, LingoExpressionNode instruction,
                    LingoExpressionNode input, LingoExpressionNode model, CallOptionsNode options) {
        this.kind = kind;
        this.type = type;
        this.labels = labels;
        this.instruction = instruction;
        this.input = input;
        this.model = model;
        this.options = options;
        this.unanswerable = ModelAnswerable.find(type).map(part -> unanswerable(kind, type, part)).orElse(null);
    }

    private static String unanswerable(OpcodeKind kind, LingoType type, ModelAnswerable.Unanswerable part) {
        String cannot = "Cannot " + kind.name().toLowerCase(java.util.Locale.ROOT) + " " + type.display() + ": ";
        return part.path().isEmpty() ? cannot + part.what() + " is not something a model can give; " + part.instead()
                        : cannot + "its field `" + part.path() + "` holds " + part.what() + ", which a model cannot give; " + part.instead();
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        if (unanswerable != null) {
            CompilerDirectives.transferToInterpreter();
            throw LingoError.typeError(unanswerable, this); // before the operands, so nothing is sent or waited for
        }
        Object instructionValue = instruction == null ? null : instruction.executeGeneric(frame);
        Object inputValue = input == null ? null : input.executeGeneric(frame);
        Object modelValue = model == null ? null : model.executeGeneric(frame);
        CallOptions callOptions = options == null ? CallOptions.NONE : options.execute(frame);
        return run(instructionValue, inputValue, modelValue, callOptions);
    }

    @TruffleBoundary
    private Object run(Object instructionValue, Object inputValue, Object modelValue, CallOptions callOptions) {
        LingoModel lingoModel = model(modelValue);
        if (Pending.containsUnresolved(instructionValue) || Pending.containsUnresolved(inputValue)) {
            // a chain: the request goes out when the answers it is made of arrive, with no thread waiting
            return LingoContext.get(this).models().startAfter(new Object[]{instructionValue, inputValue},
                            () -> opcode(instructionValue, inputValue), lingoModel, callOptions, this);
        }
        return LingoContext.get(this).models().start(opcode(instructionValue, inputValue), lingoModel, callOptions, this);
    }

    private LingoModel model(Object modelValue) {
        LingoModel lingoModel = null;
        if (modelValue != null && modelValue != LingoNull.INSTANCE) {
            if (!(modelValue instanceof LingoModel m)) {
                throw LingoError.typeError("`using` needs a model, got " + Values.typeName(modelValue), model);
            }
            if (m.cascade() != null && kind == OpcodeKind.GEN) {
                throw LingoError.typeError("A cascade answers classify, check and extract, whose answers have a confidence;"
                                + " gen's free text has none: use one of its models", model);
            }
            lingoModel = m;
        }
        return lingoModel;
    }

    private Opcode opcode(Object instructionValue, Object inputValue) {
        // images go with the user's message: gen's prompt, the others' text (spec 15.13)
        ImageOperands.Split input = ImageOperands.split(Pending.forceDeep(inputValue));
        ImageOperands.Split instruction = kind == OpcodeKind.GEN ? ImageOperands.split(Pending.forceDeep(instructionValue))
                        : new ImageOperands.Split(instructionValue, List.of());
        if (kind == OpcodeKind.CHECK && ImageOperands.containsImage(Pending.forceDeep(instructionValue))) {
            throw LingoError.typeError("check's claim cannot hold an image; put the image in the text after `on`", this);
        }
        String text = input.value() == null ? null : JsonText.forModel(input.value(), this);
        String instructionText = instruction.value() == null ? null : JsonText.forModel(instruction.value(), this);
        Opcode op = switch (kind) {
            case GEN -> Opcode.gen(instructionText, type);
            case EXTRACT -> Opcode.extract(type, text);
            case CLASSIFY -> new Opcode(OpcodeKind.CLASSIFY, null, text, labels, type, null);
            case CHECK -> Opcode.check(instructionText, text);
        };
        List<dev.lingo.vm.provider.ImageInput> images = kind == OpcodeKind.GEN ? instruction.images() : input.images();
        return images.isEmpty() ? op : op.withImages(images);
    }
}
