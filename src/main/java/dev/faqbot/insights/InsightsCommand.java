package dev.faqbot.insights;

import dev.faqbot.cli.CliCommand;
import dev.faqbot.insights.InsightsReport.Summary;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * {@code insights [--days N] [--top N] [--csv]}: reply counts and the top unanswered questions,
 * grouped by similar wording, as a table or as CSV for a spreadsheet.
 */
@Component
public class InsightsCommand implements CliCommand {

    private static final String USAGE = "insights [--days N] [--top N] [--csv]  top unanswered questions and reply counts";

    private final InsightsReport report;

    InsightsCommand(InsightsReport report) {
        this.report = report;
    }

    @Override
    public String name() {
        return "insights";
    }

    @Override
    public String usage() {
        return USAGE;
    }

    @Override
    public int run(List<String> args, PrintStream out) {
        int days = report.defaultDays();
        int top = InsightsReport.DEFAULT_TOP;
        boolean csv = false;
        try {
            for (int i = 0; i < args.size(); i++) {
                switch (args.get(i)) {
                    case "--days" -> days = positive(args, ++i, "--days");
                    case "--top" -> top = positive(args, ++i, "--top");
                    case "--csv" -> csv = true;
                    case "--help", "-h" -> {
                        out.println("usage: " + USAGE);
                        return 0;
                    }
                    default -> throw new IllegalArgumentException("unknown option " + args.get(i));
                }
            }
        } catch (IllegalArgumentException e) {
            out.println("insights: " + e.getMessage());
            out.println("usage: " + USAGE);
            return 2;
        }
        Summary summary = report.summarise(days, top);
        if (csv) {
            out.print(InsightsCsv.write(summary.unanswered()));
        } else {
            printTable(summary, out);
        }
        return 0;
    }

    private static int positive(List<String> args, int index, String option) {
        if (index >= args.size()) {
            throw new IllegalArgumentException(option + " needs a number");
        }
        try {
            int value = Integer.parseInt(args.get(index));
            if (value > 0) {
                return value;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw new IllegalArgumentException(option + " needs a positive number, got " + args.get(index));
    }

    private static void printTable(Summary summary, PrintStream out) {
        out.printf("Insights for the last %d days (%s to %s, UTC)%n", summary.days(), summary.from(), summary.to());
        out.println("Replies: " + replies(summary.replies()));
        out.println();
        if (summary.unanswered().isEmpty()) {
            out.println(summary.textStored()
                    ? "No unanswered questions in this period."
                    : "No question text is stored (faqbot.insights.store-text=false): only counts are kept.");
            return;
        }
        out.println("Top unanswered questions (fallback and clarify, grouped by similar wording):");
        out.printf("%6s  %-24s  %s%n", "count", "closest intent", "question");
        for (QuestionGroup group : summary.unanswered()) {
            out.printf("%6d  %-24s  %s%n", group.count(), group.closestIntent() == null ? "-" : group.closestIntent(), group.question());
        }
    }

    private static String replies(Map<String, Long> counts) {
        if (counts.isEmpty()) {
            return "none";
        }
        StringBuilder line = new StringBuilder();
        for (String type : List.of("answer", "clarify", "fallback", "crisis", "error")) {
            line.append(counts.getOrDefault(type, 0L)).append(' ').append(type).append(", ");
        }
        counts.forEach((type, n) -> {
            if (!List.of("answer", "clarify", "fallback", "crisis", "error").contains(type)) {
                line.append(n).append(' ').append(type).append(", ");
            }
        });
        return line.substring(0, line.length() - 2);
    }
}
