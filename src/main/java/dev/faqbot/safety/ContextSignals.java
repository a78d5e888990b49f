package dev.faqbot.safety;

/**
 * The context signals in one message: a concern (means such as a rope, a low mood) or an escalator (a time such
 * as "tonight", finality such as "goodbye"). Read across a conversation, they escalate a message that is clear
 * on its own.
 */
final class ContextSignals {

    boolean means;
    boolean mood;
    boolean time;
    boolean finality;

    private ContextSignals() {
    }

    /** The signals the floor's context rules find in a normalised text. */
    static ContextSignals in(ScanText text, CrisisRules rules) {
        ContextSignals s = new ContextSignals();
        if (text.length() == 0) {
            return s;
        }
        rules.signals.scan(text, (rule, start, end) -> {
            switch (rule.payload().kind()) {
                case MEANS -> s.means = true;
                case MOOD -> s.mood = true;
                case TIME -> s.time = true;
                case FINALITY -> s.finality = true;
            }
            return true;
        });
        return s;
    }

    boolean concern() {
        return means || mood;
    }

    boolean any() {
        return means || mood || time || finality;
    }

    String describe() {
        return means ? "means" : mood ? "mood" : finality ? "final" : "time";
    }
}
