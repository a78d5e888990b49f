package dev.faqbot.safety;

import java.util.Set;
import java.util.TreeSet;

/** A {@link RequiredLiterals.Cond} over numbered facts: a fact, or all / any of the parts. */
final class LiteralNeed {
    private final int fact;
    private final boolean all;
    private final LiteralNeed[] parts;

    private LiteralNeed(int fact, boolean all, LiteralNeed[] parts) {
        this.fact = fact;
        this.all = all;
        this.parts = parts;
    }

    static LiteralNeed compile(RequiredLiterals.Cond cond, LiteralFacts facts) {
        if (cond == null) {
            return null;
        }
        Set<String> anyOf = literalsOnly(cond);
        if (anyOf != null) {
            return new LiteralNeed(facts.factFor(anyOf), false, null);
        }
        LiteralNeed[] parts = new LiteralNeed[cond.parts.size()];
        for (int i = 0; i < parts.length; i++) {
            parts[i] = compile(cond.parts.get(i), facts);
        }
        return new LiteralNeed(-1, cond.all, parts);
    }

    /** The literals of a condition that is one literal or "any of" plain literals; null otherwise. */
    private static Set<String> literalsOnly(RequiredLiterals.Cond cond) {
        if (cond.literal != null) {
            return Set.of(cond.literal);
        }
        if (cond.all) {
            return null;
        }
        Set<String> out = new TreeSet<>();
        for (RequiredLiterals.Cond p : cond.parts) {
            if (p.literal == null) {
                return null;
            }
            out.add(p.literal);
        }
        return out;
    }

    /** A fact this need cannot hold without (the rarest-looking one), or -1 if there is none. */
    int trigger(LiteralFacts facts) {
        if (fact >= 0) {
            return fact;
        }
        if (!all) {
            return -1;
        }
        int best = -1;
        for (LiteralNeed p : parts) {
            int t = p.trigger(facts);
            if (t >= 0 && (best < 0 || facts.rarity(t) > facts.rarity(best))) {
                best = t;
            }
        }
        return best;
    }

    /**
     * Facts of which at least one must hold for this need to, when there is no single such fact ("any of"
     * needs): null when some branch has none.
     */
    int[] triggers(LiteralFacts facts) {
        int single = trigger(facts);
        if (single >= 0) {
            return new int[] {single};
        }
        if (fact >= 0 || all) {
            return null;
        }
        TreeSet<Integer> union = new TreeSet<>();
        for (LiteralNeed p : parts) {
            int[] t = p.triggers(facts);
            if (t == null) {
                return null;
            }
            for (int f : t) {
                union.add(f);
            }
        }
        return union.stream().mapToInt(Integer::intValue).toArray();
    }

    boolean test(boolean[] seen) {
        if (fact >= 0) {
            return seen[fact];
        }
        for (LiteralNeed p : parts) {
            if (p.test(seen) != all) {
                return !all;
            }
        }
        return all;
    }
}
