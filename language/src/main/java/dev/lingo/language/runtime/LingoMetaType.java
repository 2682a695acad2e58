package dev.lingo.language.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.TruffleObject;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;

import dev.lingo.language.LingoLanguage;

/** The run-time kinds of Lingo values, exposed to embedders as interop meta objects. */
@ExportLibrary(InteropLibrary.class)
public final class LingoMetaType implements TruffleObject {

    public static final LingoMetaType NULL = new LingoMetaType("Null");
    public static final LingoMetaType BOOL = new LingoMetaType("Bool");
    public static final LingoMetaType INT = new LingoMetaType("Int");
    public static final LingoMetaType FLOAT = new LingoMetaType("Float");
    public static final LingoMetaType STRING = new LingoMetaType("String");
    public static final LingoMetaType LIST = new LingoMetaType("List");
    public static final LingoMetaType RECORD = new LingoMetaType("Record");
    public static final LingoMetaType MAP = new LingoMetaType("Map");
    public static final LingoMetaType SET = new LingoMetaType("Set");
    public static final LingoMetaType FUNCTION = new LingoMetaType("Fn");
    public static final LingoMetaType RANGE = new LingoMetaType("Range");
    public static final LingoMetaType STREAM = new LingoMetaType("Stream");
    public static final LingoMetaType MODEL = new LingoMetaType("Model");
    public static final LingoMetaType MEMORY = new LingoMetaType("Memory");
    public static final LingoMetaType IMAGE = new LingoMetaType("Image");
    public static final LingoMetaType HOST = new LingoMetaType("Host");

    private final String name;

    private LingoMetaType(String name) {
        this.name = name;
    }

    public String name() {
        return name;
    }

    @Override
    public String toString() {
        return name;
    }

    @ExportMessage
    boolean isMetaObject() {
        return true;
    }

    @ExportMessage(name = "getMetaQualifiedName")
    @ExportMessage(name = "getMetaSimpleName")
    Object getName() {
        return name;
    }

    @ExportMessage
    @TruffleBoundary
    boolean isMetaInstance(Object instance) {
        return Values.metaTypeOf(instance) == this;
    }

    @ExportMessage
    boolean hasLanguage() {
        return true;
    }

    @ExportMessage
    Class<? extends com.oracle.truffle.api.TruffleLanguage<?>> getLanguage() {
        return LingoLanguage.class;
    }

    @ExportMessage
    Object toDisplayString(@SuppressWarnings("unused") boolean allowSideEffects) {
        return name;
    }
}
