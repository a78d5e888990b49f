package dev.faqbot.insights;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Reads and writes the insight tables with portable SQL (H2 and PostgreSQL). Counts are upserted
 * as update-then-insert, which is safe with several servers on one database.
 */
class InsightsRepository {

    /** The text stored for "no intent" or "no crisis category" in the count key. */
    private static final String NONE = "";

    private final JdbcClient jdbc;
    private final InsightsSchema schema;

    /** A repository on a database whose tables {@code schema} puts in place before the first statement. */
    InsightsRepository(JdbcClient jdbc, InsightsSchema schema) {
        this.jdbc = jdbc;
        this.schema = schema;
    }

    private JdbcClient jdbc() {
        schema.ensureMigrated();
        return jdbc;
    }

    /** Adds {@code turns} to the day's count for this reply type, intent and crisis category. */
    void addCount(DailyCountKey key, long turns) {
        if (updateCount(key, turns) > 0) {
            return;
        }
        try {
            jdbc().sql("INSERT INTO insight_daily_count (on_day, reply_type, intent, crisis_category, turns) VALUES (?, ?, ?, ?, ?)")
                    .params(key.day(), key.replyType(), orNone(key.intent()), orNone(key.crisisCategory()), turns)
                    .update();
        } catch (DuplicateKeyException raced) {
            updateCount(key, turns);
        }
    }

    private int updateCount(DailyCountKey key, long turns) {
        return jdbc().sql("UPDATE insight_daily_count SET turns = turns + ? "
                        + "WHERE on_day = ? AND reply_type = ? AND intent = ? AND crisis_category = ?")
                .params(turns, key.day(), key.replyType(), orNone(key.intent()), orNone(key.crisisCategory()))
                .update();
    }

    /** Stores one already redacted question of a fallback or clarify reply. */
    void addQuestion(LocalDate day, String replyType, String intent, String redactedText, String lang) {
        jdbc().sql("INSERT INTO insight_question (on_day, reply_type, intent, question, lang) VALUES (?, ?, ?, ?, ?)")
                .params(day, replyType, intent, redactedText, "es".equals(lang) ? "es" : "en")
                .update();
    }

    /** Replies per reply type from {@code since} on, in a stable order. */
    Map<String, Long> countsByReplyType(LocalDate since) {
        Map<String, Long> counts = new LinkedHashMap<>();
        jdbc().sql("SELECT reply_type, SUM(turns) AS total FROM insight_daily_count WHERE on_day >= ? "
                        + "GROUP BY reply_type ORDER BY reply_type")
                .param(since)
                .query((rs, row) -> Map.entry(rs.getString("reply_type"), rs.getLong("total")))
                .list()
                .forEach(e -> counts.put(e.getKey(), e.getValue()));
        return counts;
    }

    /** Replies per day, reply type and intent from {@code since} on, oldest day first ({@code intent} null for none). */
    List<DailyCount> dailyCounts(LocalDate since) {
        return jdbc().sql("SELECT on_day, reply_type, intent, SUM(turns) AS total FROM insight_daily_count WHERE on_day >= ? "
                        + "GROUP BY on_day, reply_type, intent ORDER BY on_day, reply_type, intent")
                .param(since)
                .query((rs, row) -> new DailyCount(rs.getObject("on_day", LocalDate.class), rs.getString("reply_type"),
                        NONE.equals(rs.getString("intent")) ? null : rs.getString("intent"), rs.getLong("total")))
                .list();
    }

    /** The newest stored questions from {@code since} on, at most {@code limit}. */
    List<StoredQuestion> questionsSince(LocalDate since, int limit) {
        return jdbc().sql("SELECT on_day, reply_type, intent, question, lang FROM insight_question WHERE on_day >= ? "
                        + "ORDER BY id DESC LIMIT ?")
                .params(since, limit)
                .query((rs, row) -> new StoredQuestion(rs.getObject("on_day", LocalDate.class),
                        rs.getString("reply_type"), rs.getString("intent"), rs.getString("question"), rs.getString("lang")))
                .list();
    }

    /** Deletes everything older than {@code oldestKept}; returns the number of rows deleted. */
    int purgeBefore(LocalDate oldestKept) {
        int questions = jdbc().sql("DELETE FROM insight_question WHERE on_day < ?").param(oldestKept).update();
        int counts = jdbc().sql("DELETE FROM insight_daily_count WHERE on_day < ?").param(oldestKept).update();
        return questions + counts;
    }

    /** How many questions are stored in all. */
    long questionCount() {
        return jdbc().sql("SELECT COUNT(*) FROM insight_question").query(Long.class).single();
    }

    private static String orNone(String value) {
        return value == null ? NONE : value;
    }

    /** The key of one daily count row. */
    record DailyCountKey(LocalDate day, String replyType, String intent, String crisisCategory) {
    }

    /** Replies of one type (and intent) on one day. */
    record DailyCount(LocalDate day, String replyType, String intent, long turns) {
    }

    /** A stored, redacted question. */
    record StoredQuestion(LocalDate day, String replyType, String intent, String text, String lang) {
    }
}
