package dev.lingo.language.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.InvalidArrayIndexException;
import com.oracle.truffle.api.interop.StopIterationException;
import com.oracle.truffle.api.interop.UnknownIdentifierException;
import com.oracle.truffle.api.interop.UnknownKeyException;
import com.oracle.truffle.api.interop.UnsupportedMessageException;

import java.util.ArrayList;
import java.util.List;

/** Reads Java maps and objects from other languages as Lingo records (a snapshot). */
public final class HostRecords {

    private HostRecords() {
    }

    /** A record copy of a foreign map (string keys) or object with readable members, or null. */
    @TruffleBoundary
    public static LingoRecord asRecordOrNull(Object v) {
        if (v instanceof LingoRecord r) {
            return r;
        } else if (Values.isLingoValue(v)) {
            return null;
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
