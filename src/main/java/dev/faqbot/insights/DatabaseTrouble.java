package dev.faqbot.insights;

import java.net.ConnectException;
import java.net.UnknownHostException;
import java.sql.SQLException;

/**
 * Says in a line or two what to do when the insights database cannot be used from the command line: the H2 file
 * held by a running server, a PostgreSQL that cannot be reached or refuses the login. Instead of a stack trace.
 */
final class DatabaseTrouble {

    /** H2's "Database may be already in use" (the file is locked by another process). */
    private static final int H2_DATABASE_ALREADY_OPEN = 90020;

    private DatabaseTrouble() {
    }

    static String explain(Throwable failure, String url) {
        String where = shown(url);
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getErrorCode() == H2_DATABASE_ALREADY_OPEN) {
                return "the database " + where + " is in use by a running server (H2 allows one process at a time).\n"
                        + "  Stop the server first, or keep insights in PostgreSQL (SPRING_DATASOURCE_URL) to read them while it runs.";
            }
            if (cause instanceof SQLException sql && "28P01".equals(sql.getSQLState())) {
                return "the database " + where + " refused the user name or password; "
                        + "check SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD.";
            }
            if (cause instanceof ConnectException || cause instanceof UnknownHostException
                    || cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
                return "cannot reach the database " + where + ".\n"
                        + "  Check that it is running and that SPRING_DATASOURCE_URL names the right host and port.";
            }
        }
        Throwable root = failure;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return "the database " + where + " could not be read (" + root.getClass().getSimpleName() + ": "
                + firstLine(root.getMessage()) + ").";
    }

    /** The URL without its parameters (which may carry a password). */
    private static String shown(String url) {
        if (url == null || url.isBlank()) {
            return "(spring.datasource.url)";
        }
        int cut = url.length();
        for (char c : new char[] {'?', ';'}) {
            int at = url.indexOf(c);
            if (at >= 0) {
                cut = Math.min(cut, at);
            }
        }
        return url.substring(0, cut);
    }

    private static String firstLine(String message) {
        return message == null ? "no message" : message.lines().findFirst().orElse("");
    }
}
