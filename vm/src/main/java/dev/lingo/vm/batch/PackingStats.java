package dev.lingo.vm.batch;

/**
 * What prompt packing did in a run.
 *
 * @param packs       packed requests sent
 * @param packedItems opcodes answered by a packed request
 * @param askedAlone  opcodes that went to a pack's door but were asked on their own (no other item
 *                    of their shape came within the window, or the packed answer left them out)
 */
public record PackingStats(long packs, long packedItems, long askedAlone) {
}
