package dev.faqbot.safety;

/**
 * Leetspeak undone: symbols inside a word always decode ({@code k!ll}, {@code $uicide}); digits decode only inside a
 * word and only when the result is a known word, so "10mg" or "24hrs" stay as they are, and so does a plain number
 * ("took 15 pills" is not "took is pills").
 */
final class LeetSpeak {

    private LeetSpeak() {
    }

    /** The word meant, or null when the token does not read as leetspeak (a number is a number: "15" is not "is"). */
    static String decode(String token, boolean symbolsDecode) {
        if (!token.isEmpty() && token.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return null;
        }
        String withI = leet(token, 'i');
        if (WordRepairer.known(withI) || KeyWordTypos.nearIfLetters(withI) != null) {
            return withI;
        }
        String withL = leet(token, 'l');
        if (WordRepairer.known(withL) || KeyWordTypos.nearIfLetters(withL) != null) {
            return withL;
        }
        if (symbolsDecode) {
            boolean symbol = false;
            for (int i = 0; i < token.length(); i++) {
                char c = token.charAt(i);
                if (c == '@' || c == '$' || c == '!' || c == '|' || c == '+') {
                    symbol = true;
                }
            }
            if (symbol) {
                return symbolsOnly(token);
            }
        }
        return null;
    }

    private static String leet(String token, char one) {
        StringBuilder sb = new StringBuilder(token.length());
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            sb.append(switch (c) {
                case '0' -> 'o';
                case '1', '|', '!' -> one;
                case '3' -> 'e';
                case '4', '@' -> 'a';
                case '5', '$' -> 's';
                case '7', '+' -> 't';
                case '8' -> 'b';
                case '9' -> 'g';
                default -> c;
            });
        }
        return sb.toString();
    }

    private static String symbolsOnly(String token) {
        StringBuilder sb = new StringBuilder(token.length());
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            switch (c) {
                case '@' -> sb.append('a');
                case '$' -> sb.append('s');
                case '!', '|' -> sb.append('i');
                case '+' -> sb.append('t');
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }
}
