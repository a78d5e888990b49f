package dev.faqbot.safety;

import java.util.ArrayList;
import java.util.List;

/** The literal filter of a frozen {@link RuleIndex}: what each entry needs, and the scanner that finds it. */
record LiteralFilter(LiteralScanner scanner, LiteralNeed[] needs, int[][] byTrigger, int[] untriggered,
        int[] groupOf, int[] triggerOf) {

    /**
     * Compiles the needs of the entries (null for none), one per entry in order. Every entry with a need hangs off
     * one fact it cannot match without (its trigger), so a scan looks only at entries whose trigger the message
     * has; entries without a trigger are always checked.
     */
    static LiteralFilter of(List<RequiredLiterals.Cond> needs, List<? extends RuleIndex.Entry<?>> entries) {
        LiteralFacts facts = new LiteralFacts();
        LiteralNeed[] compiled = new LiteralNeed[entries.size()];
        for (int i = 0; i < compiled.length; i++) {
            compiled[i] = LiteralNeed.compile(needs.get(i), facts);
        }
        int[] triggerOf = new int[entries.size()];
        boolean[] placed = new boolean[facts.count];
        List<List<Integer>> triggered = new ArrayList<>();
        for (int i = 0; i < facts.count; i++) {
            triggered.add(new ArrayList<>(2));
        }
        List<Integer> untriggered = new ArrayList<>();
        int[] groupOf = new int[entries.size()];
        for (int i = 0; i < compiled.length; i++) {
            groupOf[i] = entries.get(i).group;
            int trigger = compiled[i] == null ? -1 : compiled[i].trigger(facts);
            triggerOf[i] = trigger;
            if (trigger >= 0 && entries.get(i).span != RequiredLiterals.UNBOUNDED) {
                placed[trigger] = true;
            }
            if (trigger >= 0) {
                triggered.get(trigger).add(i);
                continue;
            }
            int[] anyOf = compiled[i] == null ? null : compiled[i].triggers(facts);
            if (anyOf == null) {
                untriggered.add(i);
            } else {
                for (int t : anyOf) {
                    triggered.get(t).add(i); // "any of" needs: tested when any one of their facts shows up
                }
            }
        }
        LiteralScanner scanner = null;
        if (!facts.literals.isEmpty()) {
            try {
                scanner = new LiteralScanner(facts.literals, facts.factsOf(), facts.count, placed);
            } catch (IllegalArgumentException e) {
                scanner = null; // too many literals for one table: every rule simply runs
            }
        }
        int[][] byTrigger = new int[facts.count][];
        for (int i = 0; i < byTrigger.length; i++) {
            byTrigger[i] = triggered.get(i).stream().mapToInt(Integer::intValue).toArray();
        }
        return new LiteralFilter(scanner, compiled, byTrigger,
                untriggered.stream().mapToInt(Integer::intValue).toArray(), groupOf, triggerOf);
    }
}
