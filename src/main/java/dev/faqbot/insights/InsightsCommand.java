package dev.faqbot.insights;

import dev.faqbot.cli.CliCommand;
import dev.faqbot.cli.CommandOptions;
import dev.faqbot.insights.InsightsReport.Summary;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

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
        Options options = new Options();
        OptionalInt stop = CommandOptions.parse(this, options, args, out);
        if (stop.isPresent()) {
            return stop.getAsInt();
        }
        int days = options.days == null ? report.defaultDays() : options.days;
        int top = options.top == null ? InsightsReport.DEFAULT_TOP : options.top;
        if (days <= 0 || top <= 0) {
            return CommandOptions.usageError(this, (days <= 0 ? "--days" : "--top") + " needs a positive number, got "
                    + (days <= 0 ? days : top), out);
        }
        boolean csv = options.csv;
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

    @Command(name = "insights", description = "Top unanswered questions and reply counts, from the insights database.")
    static final class Options {
        @Option(names = "--days", paramLabel = "N", description = "the last N days (default: every day kept, faqbot.insights.retention-days)")
        Integer days;

        @Option(names = "--top", paramLabel = "N", description = "the N most asked unanswered questions (default: "
                + InsightsReport.DEFAULT_TOP + ")")
        Integer top;

        @Option(names = "--csv", description = "the unanswered questions as CSV instead of the table")
        boolean csv;

        @Option(names = {"-h", "--help"}, usageHelp = true, description = "this help")
        boolean help;
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
        out.printf("%6s  %-4s  %-24s  %s%n", "count", "lang", "closest intent", "question");
        for (QuestionGroup group : summary.unanswered()) {
            out.printf("%6d  %-4s  %-24s  %s%n", group.count(), group.lang(), group.closestIntent() == null ? "-" : group.closestIntent(),
                    group.question());
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
