package dev.faqbot.insights;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes what could identify a visitor from a question before it is stored: URLs, e-mail
 * addresses, phone numbers, long digit runs, and everything after a self-introduction
 * ("my name is", "I'm called", "call me", "this is Maria", "hi, I'm Sam"). Errs on the side of
 * removing too much. Thread-safe.
 */
final class Redactor {

    /** Longest text kept after redaction; staff need the gist, not an essay. */
    static final int MAX_CHARS = 500;

    private static final Pattern URL = Pattern.compile("(?i)\\b(?:https?://|ftp://|www\\.)\\S+");
    private static final Pattern EMAIL = Pattern.compile("[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)+");
    private static final Pattern DOMAIN = Pattern.compile("(?i)\\b(?:[a-z0-9-]+\\.)+[a-z]{2,24}\\b(?:/\\S*)?");
    private static final Pattern PHONE = Pattern.compile("(?<![\\w.])\\+?\\(?\\d[\\d\\s().\\-/]{5,}\\d(?!\\w)");
    private static final Pattern DIGITS = Pattern.compile("\\d{5,}");
    private static final String APOSTROPHE = "['\u2019]";
    private static final Pattern INTRODUCTION = Pattern.compile(
            "(?i)\\b(my name is|my names|my name" + APOSTROPHE + "s|name" + APOSTROPHE + "s|i" + APOSTROPHE + "?m called"
                    + "|i am called|you can call me|call me|they call me|i go by)\\b.*",
            Pattern.DOTALL);
    private static final Pattern THIS_IS_NAME = Pattern.compile("\\b((?i:this is|this" + APOSTROPHE + "s|it" + APOSTROPHE + "s))\\s+\\p{Lu}.*", Pattern.DOTALL);
    private static final String GREETING = "(?i:\\W*(?:hi|hello|hey|hiya|good (?:morning|afternoon|evening))\\W+)";
    private static final Pattern GREETING_THIS_IS = Pattern.compile(
            "^(" + GREETING + "(?i:this is|this" + APOSTROPHE + "s|it" + APOSTROPHE + "s))\\s+\\S.*", Pattern.DOTALL);
    private static final Pattern GREETING_I_AM = Pattern.compile(
            "^(" + GREETING + "(?i:i" + APOSTROPHE + "?m|i am))\\s+\\p{Lu}.*", Pattern.DOTALL);

    /** Returns the text with identifying parts replaced by {@code [url]}, {@code [email]}, etc. */
    String redact(String text) {
        String result = URL.matcher(text).replaceAll("[url]");
        result = EMAIL.matcher(result).replaceAll("[email]");
        result = DOMAIN.matcher(result).replaceAll("[url]");
        result = redactPhones(result);
        result = DIGITS.matcher(result).replaceAll("[number]");
        result = GREETING_THIS_IS.matcher(result).replaceFirst("$1 [name]");
        result = GREETING_I_AM.matcher(result).replaceFirst("$1 [name]");
        result = INTRODUCTION.matcher(result).replaceFirst("$1 [name]");
        result = THIS_IS_NAME.matcher(result).replaceFirst("$1 [name]");
        result = result.strip().replaceAll("\\s+", " ");
        return result.length() <= MAX_CHARS ? result : result.substring(0, MAX_CHARS);
    }

    private static String redactPhones(String text) {
        Matcher matcher = PHONE.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (matcher.find()) {
            String candidate = matcher.group();
            long digits = candidate.chars().filter(Character::isDigit).count();
            boolean separated = digits < candidate.length();
            matcher.appendReplacement(out, digits >= 7 && separated ? "[phone]" : Matcher.quoteReplacement(candidate));
        }
        matcher.appendTail(out);
        return out.toString();
    }
}
