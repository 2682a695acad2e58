package dev.lingo.vm.provider.offline;

import dev.lingo.vm.opcode.Opcode;
import java.util.List;

/** Run in a child JVM by {@link OfflineOutputTest}: one classify, the answer on stdout, nothing else. */
public final class OfflineProbe {

    public static void main(String[] args) {
        System.out.println(OfflineModel.answer(Opcode.classify(args[0], List.of("bug", "billing", "praise"))));
    }
}
