package dev.faqbot.safety;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What {@code validate} says about the staff's own crisis rules ({@code intents/crisis/phrases.yml}): a pattern that
 * backtracks past the screen's work limit on long repetitive messages (it is cut short there, so it may miss them),
 * and a phrase or pattern that flags ordinary messages, tried on the built-in ordinary corpus and the intents' own
 * examples.
 */
public final class StaffRuleReview {

    /** A rule worth a look: where it is ({@code phrases.yml:42}) and what to do about it. */
    public record Finding(String source, String message) {
    }

    private static final int EXAMPLES_SHOWN = 3;
    private static final int REPEATS = 28;
    private static final Pattern LETTER_RUNS = Pattern.compile("[a-z]+");

    private StaffRuleReview() {
    }

    /**
     * @param rules    the live rules: the floor and the staff's file
     * @param ordinary the intents' and out-of-scope examples; the built-in ordinary corpus is added
     */
    public static List<Finding> review(CrisisRules rules, Collection<String> ordinary) {
        List<Finding> findings = new ArrayList<>(slowPatterns(rules));
        findings.addAll(ordinaryHits(rules, ordinary));
        return findings;
    }

    private static List<Finding> slowPatterns(CrisisRules rules) {
        List<Finding> findings = new ArrayList<>();
        for (TriggerIndex.Rule<CrisisRules.Ref> rule : rules.crisis.rules()) {
            if (!rule.budgeted()) {
                continue;
            }
            for (String probe : probes(rule.pattern().pattern())) {
                if (exhausts(rule.pattern(), probe)) {
                    CrisisRule staff = rule.payload().rule();
                    findings.add(new Finding(staff.source(), "pattern '" + staff.text() + "' can take very long on"
                            + " some messages (a repeat inside a repeat, such as (\\w*\\s*){10}); the screen stops it early"
                            + " on such messages, so it may miss them: rewrite it without the nested repeat"));
                    break;
                }
            }
        }
        return findings;
    }

    /** Long runs of the pattern's own letters and words that end in a mismatch: what sets off nested repeats. */
    private static Set<String> probes(String regex) {
        Set<String> probes = new LinkedHashSet<>();
        Matcher m = LETTER_RUNS.matcher(regex);
        while (m.find()) {
            String run = m.group();
            for (String unit : List.of(run.substring(0, 1), run)) {
                probes.add((unit + " ").repeat(REPEATS) + "zq");
                probes.add(unit.repeat(REPEATS) + " zq");
            }
        }
        probes.add("a".repeat(REPEATS) + " zq");
        return probes;
    }

    private static boolean exhausts(Pattern pattern, String probe) {
        try {
            pattern.matcher(new ScanText(probe).budgeted()).find();
            return false;
        } catch (ScanText.BudgetExceeded | StackOverflowError e) {
            return true;
        }
    }

    private static List<Finding> ordinaryHits(CrisisRules rules, Collection<String> ordinary) {
        PhraseCrisisScreen screen = new PhraseCrisisScreen(rules);
        Map<String, List<String>> hits = new LinkedHashMap<>();
        List<String> texts = new ArrayList<>(CrisisCorpus.benignTexts());
        texts.addAll(ordinary);
        for (String text : texts) {
            screen.screen(text, List.of()).filter(v -> v.ruleId().startsWith(CrisisRules.FILE_PREFIX))
                    .ifPresent(v -> hits.computeIfAbsent(v.ruleId(), id -> new ArrayList<>()).add(text));
        }
        List<Finding> findings = new ArrayList<>();
        for (CrisisRule rule : rules.rules()) {
            List<String> flagged = hits.get(rule.id());
            if (flagged != null) {
                findings.add(new Finding(rule.source(), "'" + rule.text() + "' also flags " + flagged.size() + " of "
                        + texts.size() + " ordinary messages as crisis, e.g. \""
                        + String.join("\", \"", flagged.subList(0, Math.min(EXAMPLES_SHOWN, flagged.size())))
                        + "\": make it more specific, or add an idiom for the ordinary use"));
            }
        }
        return findings;
    }
}
