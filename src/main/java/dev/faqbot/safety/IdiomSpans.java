package dev.faqbot.safety;

import java.util.Arrays;

/**
 * Where the ordinary idioms ("kill the pain") lie in one text, and whether each is a floor idiom. Found on first
 * use only, since most messages have no crisis hit to guard.
 */
final class IdiomSpans {

    private final TriggerIndex<CrisisRules.IdiomRef> index;
    private final ScanText text;
    /** Start and end of each idiom; null until first use. */
    private int[] spans;
    private boolean[] isFloor;
    private int count;

    IdiomSpans(TriggerIndex<CrisisRules.IdiomRef> index, ScanText text) {
        this.index = index;
        this.text = text;
    }

    /** True when a hit overlaps an idiom that may guard it (floor idioms guard all, file idioms file rules). */
    boolean guard(int start, int end, boolean floorRule) {
        find();
        for (int k = 0; k < count; k++) {
            if ((!floorRule || isFloor[k]) && spans[2 * k] < end && spans[2 * k + 1] > start) {
                return true;
            }
        }
        return false;
    }

    /** The text with every floor idiom cut out. */
    String withoutFloorIdioms() {
        find();
        char[] kept = text.text().toCharArray();
        for (int k = 0; k < count; k++) {
            if (isFloor[k]) {
                Arrays.fill(kept, spans[2 * k], spans[2 * k + 1], ' ');
            }
        }
        return new String(kept);
    }

    private void find() {
        if (spans != null) {
            return;
        }
        spans = new int[16];
        isFloor = new boolean[8];
        index.scan(text, (rule, s, e) -> {
            if (count == isFloor.length) {
                spans = Arrays.copyOf(spans, spans.length * 2);
                isFloor = Arrays.copyOf(isFloor, isFloor.length * 2);
            }
            spans[2 * count] = s;
            spans[2 * count + 1] = e;
            isFloor[count] = rule.payload().floor();
            count++;
            return false;
        });
    }
}
