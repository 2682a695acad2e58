package dev.lingo.language.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.InvalidArrayIndexException;
import com.oracle.truffle.api.interop.StopIterationException;
import com.oracle.truffle.api.interop.UnknownIdentifierException;
import com.oracle.truffle.api.interop.UnknownKeyException;
import com.oracle.truffle.api.interop.UnsupportedMessageException;

import com.oracle.truffle.api.TruffleLanguage;

import dev.lingo.language.LingoContext;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;

/** Reads Java maps and objects from other languages as Lingo records (a snapshot). */
public final class HostRecords {

    private HostRecords() {
    }

    /** A Java record passed in from the host, read through its components; otherwise null. */
    @TruffleBoundary
    public static LingoRecord javaRecordOrNull(Object v) {
        if (Values.isLingoValue(v)) {
            return null;
        }
        TruffleLanguage.Env env = LingoContext.get(null).env();
        if (!env.isHostObject(v) || !(env.asHostObject(v) instanceof Record record)) {
            return null;
        }
        RecordComponent[] components = record.getClass().getRecordComponents();
        String[] names = new String[components.length];
        Object[] values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            names[i] = components[i].getName();
            try {
                components[i].getAccessor().setAccessible(true);
                values[i] = HostValues.fromForeign(env.asGuestValue(components[i].getAccessor().invoke(record)));
            } catch (ReflectiveOperationException | RuntimeException e) {
                return null;
            }
        }
        return new LingoRecord(RecordShape.of(names), values);
    }

    /** A record copy of a foreign map (string keys) or object with readable members, or null. */
    @TruffleBoundary
    public static LingoRecord asRecordOrNull(Object v) {
        v = Pending.force(v);
        if (v instanceof LingoRecord r) {
            return r;
        } else if (Values.isLingoValue(v)) {
            return null;
        }
        LingoRecord javaRecord = javaRecordOrNull(v);
        if (javaRecord != null) {
            return javaRecord;
        }
        InteropLibrary lib = InteropLibrary.getUncached(v);
        try {
            List<String> names = new ArrayList<>();
            List<Object> values = new ArrayList<>();
            if (lib.hasHashEntries(v)) {
                Object iterator = lib.getHashKeysIterator(v);
                InteropLibrary it = InteropLibrary.getUncached(iterator);
                while (it.hasIteratorNextElement(iterator)) {
                    Object key = it.getIteratorNextElement(iterator);
                    names.add(InteropLibrary.getUncached(key).asString(key));
                    values.add(HostValues.fromForeign(lib.readHashValue(v, key)));
                }
            } else if (lib.hasMembers(v) && !lib.isMetaObject(v)) {
                Object members = lib.getMembers(v);
                InteropLibrary ml = InteropLibrary.getUncached(members);
                for (long i = 0; i < ml.getArraySize(members); i++) {
                    String name = InteropLibrary.getUncached().asString(ml.readArrayElement(members, i));
                    if (lib.isMemberReadable(v, name) && !lib.isMemberInvocable(v, name)) {
                        names.add(name);
                        values.add(HostValues.fromForeign(lib.readMember(v, name)));
                    }
                }
            } else {
                return null;
            }
            return new LingoRecord(RecordShape.of(names.toArray(new String[0])), values.toArray());
        } catch (UnsupportedMessageException | StopIterationException | UnknownKeyException
                        | InvalidArrayIndexException | UnknownIdentifierException e) {
            return null;
        }
    }
}
