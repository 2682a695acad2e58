package dev.lingo.language.builtins;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;

import dev.lingo.language.runtime.CodePointIndex;
import dev.lingo.language.runtime.Strings;

/**
 * {@code s.size}: counting code points is a scan of the String, so a site that asks the same long
 * String again ({@code while i < s.size}) keeps its count.
 */
final class StringSizeMethod extends MethodNode {

    private CodePointIndex last;

    @Override
    public Object execute(VirtualFrame frame, Object receiver, Object[] args) {
        return size((String) receiver);
    }

    @TruffleBoundary
    private long size(String s) {
        if (s.length() < CodePointIndex.MIN_LENGTH) {
            return Strings.length(s);
        }
        CodePointIndex index = CodePointIndex.of(s, last);
        last = index;
        return index.size();
    }
}
