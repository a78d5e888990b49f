package dev.faqbot.insights;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Writes question groups as CSV (RFC 4180) for spreadsheets. A cell that a spreadsheet would run
 * as a formula (starting with =, +, -, @, tab or carriage return) is prefixed with an apostrophe:
 * the text comes from anonymous visitors.
 */
final class InsightsCsv {

    static final String HEADER = "count,question,closest_intent,examples,lang";
    private static final Pattern NEEDS_QUOTES = Pattern.compile("[\",\r\n]");

    private InsightsCsv() {
    }

    static String write(List<QuestionGroup> groups) {
        StringBuilder csv = new StringBuilder(HEADER).append("\r\n");
        for (QuestionGroup group : groups) {
            csv.append(group.count()).append(',')
                    .append(cell(group.question())).append(',')
                    .append(cell(group.closestIntent() == null ? "" : group.closestIntent())).append(',')
                    .append(cell(String.join(" | ", group.examples()))).append(',')
                    .append(group.lang())
                    .append("\r\n");
        }
        return csv.toString();
    }

    static String cell(String value) {
        String safe = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return NEEDS_QUOTES.matcher(safe).find() ? '"' + safe.replace("\"", "\"\"") + '"' : safe;
    }
}
