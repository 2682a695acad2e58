package dev.lingo.language.nodes;

import com.oracle.truffle.api.dsl.ImplicitCast;
import com.oracle.truffle.api.dsl.TypeSystem;

/** The primitive kinds the DSL specializes on; an Int is accepted wherever a Float is. */
@TypeSystem({long.class, double.class, boolean.class, String.class})
public abstract class LingoTypes {

    @ImplicitCast
    public static double castLongToDouble(long value) {
        return value;
    }
}
