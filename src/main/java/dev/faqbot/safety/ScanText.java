package dev.faqbot.safety;

import java.util.Arrays;

/**
 * A normalised message ready for matching: the text, where each word starts, and (for staff-written
 * patterns) a view that stops a runaway regex after a fixed amount of work.
 */
final class ScanText {

    private final String text;
    private final int[] tokenStarts;

    ScanText(String text) {
        this.text = text;
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) != ' ' && (i == 0 || text.charAt(i - 1) == ' ')) {
                count++;
            }
        }
        int[] starts = new int[count];
        int k = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) != ' ' && (i == 0 || text.charAt(i - 1) == ' ')) {
                starts[k++] = i;
            }
        }
        this.tokenStarts = starts;
    }

    String text() {
        return text;
    }

    int length() {
        return text.length();
    }

    int[] tokenStarts() {
        return tokenStarts;
    }

    /** Index of the word that contains {@code offset}. */
    int tokenAt(int offset) {
        int i = Arrays.binarySearch(tokenStarts, offset);
        return i >= 0 ? i : Math.max(0, -i - 2);
    }

    /** The word at {@code index}. */
    String token(int index) {
        int start = tokenStarts[index];
        int end = text.indexOf(' ', start);
        return text.substring(start, end < 0 ? text.length() : end);
    }

    /** A fresh view with its own work limit: one per staff pattern per message. */
    CharSequence budgeted() {
        return new BudgetedText(text, 100_000L + 100L * text.length());
    }

    /** Thrown (without a stack trace) when a staff pattern has used up its work for this message. */
    static final class BudgetExceeded extends RuntimeException {
        BudgetExceeded() {
            super("pattern work limit reached", null, false, false);
        }
    }

    /** A CharSequence that counts reads and gives up past a limit: catastrophic backtracking ends quickly. */
    static final class BudgetedText implements CharSequence {
        private final String s;
        private final long[] left;

        BudgetedText(String s, long budget) {
            this(s, new long[] {budget});
        }

        private BudgetedText(String s, long[] left) {
            this.s = s;
            this.left = left;
        }

        @Override
        public int length() {
            return s.length();
        }

        @Override
        public char charAt(int index) {
            if (--left[0] < 0) {
                throw new BudgetExceeded();
            }
            return s.charAt(index);
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return new BudgetedText(s.substring(start, end), left);
        }

        @Override
        public String toString() {
            return s;
        }
    }
}
