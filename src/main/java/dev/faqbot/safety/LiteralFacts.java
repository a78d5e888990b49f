package dev.faqbot.safety;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The facts a scan can establish: "the message contains one of these literals", numbered once per distinct
 * set of literals (many rules share a set, such as the words for a person).
 */
final class LiteralFacts {
    final List<String> literals = new ArrayList<>();
    private final Map<String, Integer> literalIds = new HashMap<>();
    private final List<List<Integer>> factsOfLiteral = new ArrayList<>();
    private final Map<Set<String>, Integer> factIds = new HashMap<>();
    int count;

    private final List<Integer> rarity = new ArrayList<>();

    /** Higher for facts less likely to hold: few literals, and long ones (a guess; only speed depends on it). */
    int rarity(int fact) {
        return rarity.get(fact);
    }

    int factFor(Set<String> anyOf) {
        Integer known = factIds.get(anyOf);
        if (known != null) {
            return known;
        }
        int fact = count++;
        factIds.put(anyOf, fact);
        int shortest = Integer.MAX_VALUE;
        for (String literal : anyOf) {
            shortest = Math.min(shortest, literal.strip().length());
        }
        rarity.add(shortest * 64 - Math.min(anyOf.size(), 63));
        for (String literal : anyOf) {
            Integer id = literalIds.get(literal);
            if (id == null) {
                id = literals.size();
                literalIds.put(literal, id);
                literals.add(literal);
                factsOfLiteral.add(new ArrayList<>(2));
            }
            factsOfLiteral.get(id).add(fact);
        }
        return fact;
    }

    List<int[]> factsOf() {
        List<int[]> out = new ArrayList<>(factsOfLiteral.size());
        for (List<Integer> f : factsOfLiteral) {
            out.add(f.stream().mapToInt(Integer::intValue).toArray());
        }
        return out;
    }
}
