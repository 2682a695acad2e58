package dev.lingo.language.ahead;

import java.util.ArrayList;
import java.util.List;

/** Per thread: the lookaheads open around the running code (innermost last), and the element run ahead now, if any. */
final class AheadState {

    private static final ThreadLocal<AheadState> STATE = ThreadLocal.withInitial(AheadState::new);

    final List<Lookahead> scopes = new ArrayList<>();
    Lookahead.Element speculating;

    static AheadState current() {
        return STATE.get();
    }
}
