package dev.lingo.language.runtime;

import java.util.Arrays;

/**
 * A persistent hash trie (Bagwell's HAMT) keyed by Lingo equality: {@code put} and {@code remove}
 * copy only the path to the changed entry, so a map built one key at a time takes O(log n) per
 * step and every earlier version stays intact. Entries remember when their key was first added,
 * which gives maps their insertion order.
 */
final class HashTrie {

    private HashTrie() {
    }

    /** A key, its value, its hash and its insertion number ({@code seq}). */
    record Entry(Object key, Object value, int hash, long seq) {
    }

    abstract static sealed class Node permits Branch, Collision {

        /** The entry for {@code key}, or null. */
        abstract Entry find(Object key, int hash, int shift);

        /** A trie with {@code e} in place of any entry with an equal key. */
        abstract Node put(Entry e, int shift);

        /** A trie without {@code key}; this node when it has no such key; null when nothing is left. */
        abstract Node remove(Object key, int hash, int shift);

        /** Appends every entry to {@code out} from {@code at}; returns the next free index. */
        abstract int collect(Entry[] out, int at);
    }

    static final Node EMPTY = new Branch(0, new Object[0]);

    private static int index(int hash, int shift) {
        return (hash >>> shift) & 31;
    }

    private static boolean sameKey(Entry e, Object key, int hash) {
        return e.hash == hash && Values.equal(e.key, key);
    }

    /** A node holding two slots (entries or nodes) whose hashes differ at or below {@code shift}. */
    private static Node pair(Object a, int hashA, Object b, int hashB, int shift) {
        if (shift >= 32) {
            throw new IllegalStateException("distinct hashes agree on every bit");
        }
        int ia = index(hashA, shift);
        int ib = index(hashB, shift);
        if (ia == ib) {
            return new Branch(1 << ia, new Object[]{pair(a, hashA, b, hashB, shift + 5)});
        }
        return new Branch((1 << ia) | (1 << ib), ia < ib ? new Object[]{a, b} : new Object[]{b, a});
    }

    /** Slots are entries or nodes, in the order of their bits in {@code bitmap}. */
    static final class Branch extends Node {
        private final int bitmap;
        private final Object[] slots;

        Branch(int bitmap, Object[] slots) {
            this.bitmap = bitmap;
            this.slots = slots;
        }

        private int slot(int bit) {
            return Integer.bitCount(bitmap & (bit - 1));
        }

        @Override
        Entry find(Object key, int hash, int shift) {
            int bit = 1 << index(hash, shift);
            if ((bitmap & bit) == 0) {
                return null;
            }
            Object s = slots[slot(bit)];
            if (s instanceof Entry e) {
                return sameKey(e, key, hash) ? e : null;
            }
            return ((Node) s).find(key, hash, shift + 5);
        }

        @Override
        Node put(Entry e, int shift) {
            int bit = 1 << index(e.hash, shift);
            int i = slot(bit);
            if ((bitmap & bit) == 0) {
                Object[] grown = new Object[slots.length + 1];
                System.arraycopy(slots, 0, grown, 0, i);
                grown[i] = e;
                System.arraycopy(slots, i, grown, i + 1, slots.length - i);
                return new Branch(bitmap | bit, grown);
            }
            Object s = slots[i];
            Object replaced;
            if (s instanceof Entry old) {
                if (sameKey(old, e.key, e.hash)) {
                    replaced = e;
                } else if (old.hash == e.hash) {
                    replaced = new Collision(e.hash, new Entry[]{old, e});
                } else {
                    replaced = pair(old, old.hash, e, e.hash, shift + 5);
                }
            } else {
                replaced = ((Node) s).put(e, shift + 5);
            }
            Object[] copy = slots.clone();
            copy[i] = replaced;
            return new Branch(bitmap, copy);
        }

        @Override
        Node remove(Object key, int hash, int shift) {
            int bit = 1 << index(hash, shift);
            if ((bitmap & bit) == 0) {
                return this;
            }
            int i = slot(bit);
            Object s = slots[i];
            Object replaced;
            if (s instanceof Entry e) {
                if (!sameKey(e, key, hash)) {
                    return this;
                }
                replaced = null;
            } else {
                Node child = ((Node) s).remove(key, hash, shift + 5);
                if (child == s) {
                    return this;
                }
                replaced = child;
            }
            if (replaced != null) {
                Object[] copy = slots.clone();
                copy[i] = replaced;
                return new Branch(bitmap, copy);
            }
            if (slots.length == 1) {
                return null;
            }
            Object[] shrunk = new Object[slots.length - 1];
            System.arraycopy(slots, 0, shrunk, 0, i);
            System.arraycopy(slots, i + 1, shrunk, i, slots.length - i - 1);
            return new Branch(bitmap & ~bit, shrunk);
        }

        @Override
        int collect(Entry[] out, int at) {
            for (Object s : slots) {
                if (s instanceof Entry e) {
                    out[at++] = e;
                } else {
                    at = ((Node) s).collect(out, at);
                }
            }
            return at;
        }
    }

    /** Entries whose keys differ but whose 32-bit hashes are equal. */
    static final class Collision extends Node {
        private final int hash;
        private final Entry[] entries;

        Collision(int hash, Entry[] entries) {
            this.hash = hash;
            this.entries = entries;
        }

        @Override
        Entry find(Object key, int h, int shift) {
            if (h == hash) {
                for (Entry e : entries) {
                    if (Values.equal(e.key, key)) {
                        return e;
                    }
                }
            }
            return null;
        }

        @Override
        Node put(Entry e, int shift) {
            if (e.hash != hash) {
                return pair(this, hash, e, e.hash, shift);
            }
            for (int i = 0; i < entries.length; i++) {
                if (Values.equal(entries[i].key, e.key)) {
                    Entry[] copy = entries.clone();
                    copy[i] = e;
                    return new Collision(hash, copy);
                }
            }
            Entry[] grown = Arrays.copyOf(entries, entries.length + 1);
            grown[entries.length] = e;
            return new Collision(hash, grown);
        }

        @Override
        Node remove(Object key, int h, int shift) {
            Entry found = find(key, h, shift);
            if (found == null) {
                return this;
            }
            if (entries.length == 1) {
                return null;
            }
            Entry[] kept = new Entry[entries.length - 1];
            int k = 0;
            for (Entry e : entries) {
                if (e != found) {
                    kept[k++] = e;
                }
            }
            return new Collision(hash, kept);
        }

        @Override
        int collect(Entry[] out, int at) {
            System.arraycopy(entries, 0, out, at, entries.length);
            return at + entries.length;
        }
    }
}
