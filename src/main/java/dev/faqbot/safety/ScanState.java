package dev.faqbot.safety;

import java.util.Arrays;
import java.util.regex.Matcher;

/** Per-message state of one {@link RuleIndex} scan; entries the message cannot match start out done. */
final class ScanState {
    final boolean[] done;
    final int[] triedAt;
    final Matcher[] matchers;
    final int[] admitted;
    private LiteralScanner.Found found;
    private int[] triggerOf;

    /** True unless the trigger fact of the entry is known not to hold in words {@code from..to}. */
    boolean nearby(int entry, int from, int to) {
        return found == null || triggerOf[entry] < 0 || found.holdsWithin(triggerOf[entry], from, to);
    }

    ScanState(int size, int groups, LiteralFilter filter, String text) {
        done = new boolean[size];
        triedAt = new int[size];
        Arrays.fill(triedAt, -1);
        matchers = new Matcher[size];
        admitted = new int[groups];
        LiteralScanner scanner = filter.scanner();
        int[] groupOf = filter.groupOf();
        if (scanner == null) {
            for (int i = 0; i < size; i++) {
                admitted[groupOf[i]]++;
            }
            return;
        }
        LiteralScanner.Found facts = scanner.scan(text);
        if (facts == null) {
            for (int i = 0; i < size; i++) {
                admitted[groupOf[i]]++; // not normalised text: the filter cannot tell, so everything runs
            }
            return;
        }
        Arrays.fill(done, true);
        found = facts;
        triggerOf = filter.triggerOf();
        boolean[] seen = facts.holds;
        int[] list = facts.list;
        int count = facts.size;
        LiteralNeed[] needs = filter.needs();
        for (int i : filter.untriggered()) {
            if (needs[i] == null || needs[i].test(seen)) {
                done[i] = false;
                admitted[groupOf[i]]++;
            }
        }
        int[][] byTrigger = filter.byTrigger();
        for (int k = 0; k < count; k++) {
            for (int i : byTrigger[list[k]]) {
                if (done[i] && needs[i].test(seen)) { // an "any of" need is listed under several facts
                    done[i] = false;
                    admitted[groupOf[i]]++;
                }
            }
        }
    }
}
