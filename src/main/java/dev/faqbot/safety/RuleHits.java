package dev.faqbot.safety;

/**
 * Per category, the first clear and the first negated hit of the crisis rules on one text, leaving out hits that
 * lie on an idiom ("kill the pain"). The rules arrive category by category in {@link CrisisRules#PRIORITY} order,
 * so once one category has a clear hit the rest cannot change the verdict and the scan stops.
 */
final class RuleHits implements TriggerIndex.Sink<CrisisRules.Ref> {

    final String[] clear = new String[CrisisRules.PRIORITY.length];
    final String[] negated = new String[CrisisRules.PRIORITY.length];
    private final ScanText text;
    private final int minEnd;
    private final IdiomSpans idioms;
    private boolean anyClear;
    private boolean onIdiom;

    /** Hits that end before {@code minEnd} are left out. */
    RuleHits(CrisisRules rules, ScanText text, int minEnd) {
        this.text = text;
        this.minEnd = minEnd;
        this.idioms = new IdiomSpans(rules.idiomIndex, text);
    }

    @Override
    public boolean hit(TriggerIndex.Rule<CrisisRules.Ref> rule, int start, int end) {
        if (end < minEnd) {
            return false;
        }
        CrisisRules.Ref ref = rule.payload();
        if (idioms.guard(start, end, ref.floor())) {
            onIdiom = true;
            return false;
        }
        int slot = rule.group(); // crisis rules are indexed in groups by category priority
        if (Negation.before(text, start)) {
            if (negated[slot] == null) {
                negated[slot] = ref.rule().id();
            }
            return false;
        }
        if (clear[slot] == null) {
            clear[slot] = ref.rule().id();
        }
        anyClear = true;
        return true;
    }

    @Override
    public boolean finished() {
        return anyClear;
    }

    /** The text with every floor idiom cut out. */
    String withoutIdioms() {
        return idioms.withoutFloorIdioms();
    }

    /** True when a hit was left out because it lay on an idiom. */
    boolean anyOnIdiom() {
        return onIdiom;
    }
}
