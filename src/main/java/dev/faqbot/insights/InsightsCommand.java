package dev.faqbot.insights;

import dev.faqbot.cli.CliCommand;
import dev.faqbot.insights.InsightsReport.Summary;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * {@code insights [--days N] [--top N] [--csv]}: reply counts and the top unanswered questions,
 * grouped by similar wording, as a table or as CSV for a spreadsheet. Spring options such as
 * {@code --spring.datasource.url=...} may be given too and are ignored here.
 */
@Component
class InsightsCommand implements CliCommand {

    private static final String USAGE = "insights [--days N] [--top N] [--csv]  top unanswered questions and reply counts";

    private static final List<String> REPLY_TYPES = List.of("answer", "clarify", "fallback", "crisis", "error");

    private final InsightsReport report;
    private final String databaseUrl;

    @Autowired
    InsightsCommand(InsightsReport report, @Value("${spring.datasource.url:}") String databaseUrl) {
        this.report = report;
        this.databaseUrl = databaseUrl;
    }

    InsightsCommand(InsightsReport report) {
        this(report, "");
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
        List<String> options = args;
        try {
            for (int i = 0; i < options.size(); i++) {
                String option = options.get(i);
                if (option.equals("--csv")) {
                    csv = true;
                } else if (option.equals("--days") || option.equals("--top")) {
                    int value = positive(option, i + 1 < options.size() ? options.get(++i) : null);
                    if (option.equals("--days")) {
                        days = value;
                    } else {
                        top = value;
                    }
                } else if (option.startsWith("--days=")) {
                    days = positive("--days", option.substring(7));
                } else if (option.startsWith("--top=")) {
                    top = positive("--top", option.substring(6));
                } else if (option.equals("--help") || option.equals("-h")) {
                    out.println("usage: " + USAGE);
                    return 0;
                } else if (!isSpringOption(option)) {
                    throw new IllegalArgumentException("unknown option " + option);
                }
            }
        } catch (IllegalArgumentException e) {
            out.println("insights: " + e.getMessage());
            out.println("usage: " + USAGE);
            return 2;
        }
        Summary summary;
        try {
            summary = report.summarise(days, top);
        } catch (RuntimeException e) {
            out.println("insights: " + DatabaseTrouble.explain(e, databaseUrl));
            return 1;
        }
        if (csv) {
            out.print(InsightsCsv.write(summary.unanswered()));
        } else {
            printTable(summary, out);
        }
        return 0;
    }

    /** {@code --spring.datasource.url=...}, {@code --debug}: Spring's business, not ours. */
    private static boolean isSpringOption(String option) {
        return option.startsWith("--") && (option.contains("=") || option.contains(".") || option.equals("--debug"));
    }

    private static int positive(String option, String value) {
        if (value != null) {
            try {
                int number = Integer.parseInt(value);
                if (number > 0) {
                    return number;
                }
            } catch (NumberFormatException ignored) {
                // reported below
            }
        }
        throw new IllegalArgumentException(option + " needs a positive number" + (value == null ? "" : ", got " + value));
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
        REPLY_TYPES.forEach(type -> line.append(counts.getOrDefault(type, 0L)).append(' ').append(type).append(", "));
        counts.forEach((type, n) -> {
            if (!REPLY_TYPES.contains(type)) {
                line.append(n).append(' ').append(type).append(", ");
            }
        });
        return line.substring(0, line.length() - 2);
    }
}
