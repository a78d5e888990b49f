package dev.faqbot.insights;

import com.zaxxer.hikari.HikariDataSource;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A migrated database for repository tests: a private in-memory H2 database, or a fresh schema
 * on the PostgreSQL server named by {@code FAQBOT_TEST_POSTGRES_URL} (see .ci/postgres.sh).
 */
final class TestDatabase implements AutoCloseable {

    static final String POSTGRES_URL = "FAQBOT_TEST_POSTGRES_URL";
    static final String POSTGRES_USER = "FAQBOT_TEST_POSTGRES_USER";
    static final String POSTGRES_PASSWORD = "FAQBOT_TEST_POSTGRES_PASSWORD";
    static final String REQUIRE_POSTGRES = "FAQBOT_REQUIRE_POSTGRES";
    static final String SKIPPED = "PostgreSQL tests skipped: install Debian's postgresql and run eval \"$(.ci/postgres.sh --env)\"";

    private final HikariDataSource dataSource;
    private final String schema;

    private TestDatabase(HikariDataSource dataSource, String schema) {
        this.dataSource = dataSource;
        this.schema = schema;
        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .schemas(schema == null ? new String[0] : new String[] {schema})
                .createSchemas(true)
                .load()
                .migrate();
    }

    static TestDatabase h2() {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl("jdbc:h2:mem:insights-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        dataSource.setUsername("sa");
        dataSource.setPassword("");
        return new TestDatabase(dataSource, null);
    }

    /**
     * A fresh schema on the test PostgreSQL server, dropped again by {@link #close()}. The user and
     * password come from the URL ({@code ?user=..&password=..}) or from the two variables.
     */
    static TestDatabase postgres(String url) {
        String schema = "insights_test_" + UUID.randomUUID().toString().replace("-", "");
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(url);
        if (System.getenv(POSTGRES_USER) != null) {
            dataSource.setUsername(System.getenv(POSTGRES_USER));
        }
        if (System.getenv(POSTGRES_PASSWORD) != null) {
            dataSource.setPassword(System.getenv(POSTGRES_PASSWORD));
        }
        dataSource.setSchema(schema);
        dataSource.setMaximumPoolSize(4);
        return new TestDatabase(dataSource, schema);
    }

    JdbcClient jdbc() {
        return JdbcClient.create(dataSource);
    }

    InsightsRepository repository() {
        return new InsightsRepository(jdbc(), new InsightsSchema());
    }

    String product() {
        return jdbc().sql("SELECT 1").query((rs, row) -> rs.getStatement().getConnection().getMetaData().getDatabaseProductName()).single();
    }

    @Override
    public void close() {
        if (schema != null) {
            jdbc().sql("DROP SCHEMA " + schema + " CASCADE").update();
        }
        dataSource.close();
    }
}
