package dev.lingo.language.builtins;

import dev.lingo.language.runtime.LingoFunction;
import dev.lingo.language.runtime.LingoImage;
import dev.lingo.language.runtime.LingoList;
import dev.lingo.language.runtime.LingoMap;
import dev.lingo.language.runtime.LingoMemory;
import dev.lingo.language.runtime.LingoNull;
import dev.lingo.language.runtime.LingoRange;
import dev.lingo.language.runtime.LingoRecord;
import dev.lingo.language.runtime.LingoSet;
import dev.lingo.language.runtime.LingoStream;

/** The kinds of receivers that have builtin methods. */
public enum ReceiverKind {
    STRING("String"), LIST("List"), MAP("Map"), SET("Set"), INT("Int"), FLOAT("Float"), BOOL("Bool"), NULL("Null"), RECORD("Record"),
    FUNCTION("Fn"), MEMORY("Memory"), STREAM("Stream"), IMAGE("Image"), HOST("host object");

    private final String display;

    ReceiverKind(String display) {
        this.display = display;
    }

    public String display() {
        return display;
    }

    public static ReceiverKind of(Object receiver) {
        if (receiver instanceof String) {
            return STRING;
        } else if (receiver instanceof LingoList || receiver instanceof LingoRange) {
            return LIST;
        } else if (receiver instanceof LingoMap) {
            return MAP;
        } else if (receiver instanceof LingoSet) {
            return SET;
        } else if (receiver instanceof Long) {
            return INT;
        } else if (receiver instanceof Double) {
            return FLOAT;
        } else if (receiver instanceof Boolean) {
            return BOOL;
        } else if (receiver == LingoNull.INSTANCE) {
            return NULL;
        } else if (receiver instanceof LingoRecord) {
            return RECORD;
        } else if (receiver instanceof LingoFunction) {
            return FUNCTION;
        } else if (receiver instanceof LingoMemory) {
            return MEMORY;
        } else if (receiver instanceof LingoStream) {
            return STREAM;
        } else if (receiver instanceof LingoImage) {
            return IMAGE;
        }
        return HOST;
    }
}
