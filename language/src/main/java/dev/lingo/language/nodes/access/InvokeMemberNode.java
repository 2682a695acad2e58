package dev.lingo.language.nodes.access;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.interop.InteropException;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.nodes.ExplodeLoop;

import dev.lingo.language.builtins.MethodNode;
import dev.lingo.language.builtins.MethodSpec;
import dev.lingo.language.builtins.MethodTable;
import dev.lingo.language.builtins.ReceiverKind;
import dev.lingo.language.nodes.LingoExpressionNode;
import dev.lingo.language.nodes.call.DispatchNode;
import dev.lingo.language.nodes.call.DispatchNodeGen;
import dev.lingo.language.parser.Suggestions;
import dev.lingo.language.runtime.HostValues;
import dev.lingo.language.runtime.Iteration;
import dev.lingo.language.runtime.LingoError;
import dev.lingo.language.runtime.LingoFunction;
import dev.lingo.language.runtime.LingoNull;
import dev.lingo.language.runtime.LingoRecord;
import dev.lingo.language.runtime.Values;

/**
 * {@code receiver.name(args)}: a function stored in a record field, a builtin method (its node is
 * created for this call site on first use), or a method of a foreign object.
 */
public final class InvokeMemberNode extends LingoExpressionNode {

    @Child private LingoExpressionNode receiver;
    @Children private final LingoExpressionNode[] arguments;
    @CompilationFinal private ReceiverKind cachedKind;
    @Child private MethodNode method;
    @Child private DispatchNode dispatch;
    @Child private MemberLookup fieldLookup;
    private final String name;
    private final boolean safe;

    public InvokeMemberNode(LingoExpressionNode receiver, String name, LingoExpressionNode[] arguments, boolean safe) {
        this.receiver = receiver;
        this.name = name;
        this.arguments = arguments;
        this.safe = safe;
    }

    @Override
    @ExplodeLoop
    public Object executeGeneric(VirtualFrame frame) {
        Object target = receiver.executeGeneric(frame);
        if (safe && (target == LingoNull.INSTANCE || target instanceof LingoRecord r && SafeChainNode.lacks(r, name))) {
            throw SafeChainNode.ShortCircuit.INSTANCE;
        }
        Object[] args = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            args[i] = arguments[i].executeGeneric(frame);
        }
        if (target instanceof LingoRecord record) {
            return callField(frame, record, args);
        }
        ReceiverKind kind = ReceiverKind.of(target);
        if (kind == ReceiverKind.HOST) {
            return invokeForeign(target, args);
        }
        if (kind == cachedKind) {
            return method.execute(frame, target, args);
        }
        if (cachedKind == null) {
            // One receiver kind per site is the common case: its method node becomes part of this site.
            CompilerDirectives.transferToInterpreterAndInvalidate();
            method = insert(createMethod(kind, args.length));
            cachedKind = kind;
            return method.execute(frame, target, args);
        }
        return callMegamorphic(kind, target, args);
    }

    /** A site that sees a second receiver kind: a fresh method node per call, outside compiled code. */
    @TruffleBoundary
    private Object callMegamorphic(ReceiverKind kind, Object target, Object[] args) {
        return insert(createMethod(kind, args.length)).execute(null, target, args);
    }

    private Object callField(VirtualFrame frame, LingoRecord record, Object[] args) {
        if (fieldLookup == null) {
            CompilerDirectives.transferToInterpreterAndInvalidate();
            fieldLookup = insert(new MemberLookup(name));
            dispatch = insert(DispatchNodeGen.create());
        }
        Object field = fieldLookup.read(frame, record);
        if (field instanceof LingoFunction f) {
            return dispatch.executeDispatch(f, f.frameArguments(args));
        }
        CompilerDirectives.transferToInterpreter();
        throw LingoError.typeError("Field `" + name + "` is not a function (it is " + Values.typeName(field) + ")", this);
    }

    @TruffleBoundary
    private MethodNode createMethod(ReceiverKind kind, int argCount) {
        MethodSpec spec = MethodTable.lookup(kind, name);
        if (spec == null) {
            throw LingoError.typeError(kind.display() + " has no method `" + name + "`"
                            + Suggestions.didYouMean(name, MethodTable.names(kind)), this);
        }
        checkArity(spec, argCount);
        return spec.factory().get();
    }

    private void checkArity(MethodSpec spec, int argCount) {
        if (argCount < spec.minArgs() || argCount > spec.maxArgs()) {
            throw LingoError.typeError("`" + name + "` takes " + spec.arityText() + ", got " + argCount, this);
        }
    }

    @TruffleBoundary
    private Object invokeForeign(Object target, Object[] args) {
        dev.lingo.language.ahead.Speculation.checkEffect(); // a host object's members may do anything
        for (int i = 0; i < args.length; i++) {
            args[i] = dev.lingo.language.runtime.Pending.forceDeep(args[i]);
        }
        InteropLibrary lib = InteropLibrary.getUncached(target);
        if (lib.hasArrayElements(target) && MethodTable.lookup(ReceiverKind.LIST, name) != null) {
            // A Java list or JS array: Lingo's list methods win over the host's own.
            MethodSpec spec = MethodTable.lookup(ReceiverKind.LIST, name);
            checkArity(spec, args.length);
            return insert(spec.factory().get()).execute(null, Iteration.asListOrNull(target), args);
        }
        try {
            if (lib.isMemberInvocable(target, name)) {
                return HostValues.fromForeign(lib.invokeMember(target, name, args));
            }
            if (lib.isMemberReadable(target, name)) {
                Object member = lib.readMember(target, name);
                if (InteropLibrary.getUncached().isExecutable(member)) {
                    return HostValues.fromForeign(InteropLibrary.getUncached().execute(member, args));
                }
            }
        } catch (InteropException e) {
            throw LingoError.typeError("Calling `" + name + "` failed: " + e.getMessage(), this);
        }
        Object asList = Iteration.asListOrNull(target);
        if (asList != null) {
            MethodSpec spec = MethodTable.lookup(ReceiverKind.LIST, name);
            if (spec != null) {
                checkArity(spec, args.length);
                MethodNode node = insert(spec.factory().get());
                return node.execute(null, asList, args);
            }
        }
        throw LingoError.typeError("The " + Values.typeName(target) + " value has no method `" + name + "`", this);
    }
}
