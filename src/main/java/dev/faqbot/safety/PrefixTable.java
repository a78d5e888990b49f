package dev.faqbot.safety;

/** Buckets keyed by up to four characters packed into an int: no substring per word and length. */
final class PrefixTable<V> {
    private int[] keys = new int[64];
    private Object[] values = new Object[64];
    private int size;

    static int code(char c) {
        if (c >= 'a' && c <= 'z') {
            return c - 'a' + 1;
        }
        if (c >= '0' && c <= '9') {
            return c - '0' + 27;
        }
        return c == ' ' ? 37 : 38;
    }

    static int pack(String key) {
        int k = 0;
        for (int i = 0; i < key.length(); i++) {
            k |= code(key.charAt(i)) << (6 * i);
        }
        return k;
    }

    void put(String key, V value) {
        if (2 * (size + 1) > keys.length) {
            grow();
        }
        insert(pack(key), value);
    }

    @SuppressWarnings("unchecked")
    V get(int key) {
        int mask = keys.length - 1;
        for (int i = mix(key) & mask; ; i = (i + 1) & mask) {
            int k = keys[i];
            if (k == key) {
                return (V) values[i];
            }
            if (k == 0) {
                return null;
            }
        }
    }

    private void insert(int key, Object value) {
        int mask = keys.length - 1;
        int i = mix(key) & mask;
        while (keys[i] != 0 && keys[i] != key) {
            i = (i + 1) & mask;
        }
        if (keys[i] == 0) {
            size++;
        }
        keys[i] = key;
        values[i] = value;
    }

    private void grow() {
        int[] oldKeys = keys;
        Object[] oldValues = values;
        keys = new int[oldKeys.length * 2];
        values = new Object[oldValues.length * 2];
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != 0) {
                insert(oldKeys[i], oldValues[i]);
            }
        }
    }

    private static int mix(int key) {
        int h = key * 0x9E3779B9;
        return h ^ (h >>> 16);
    }
}
