/*
 * The project's local Neo4j server: Neo4j Community embedded, Bolt on loopback only, auth on.
 * `kg db start` builds this with Maven and runs it detached; `kg db stop` sends SIGTERM, which
 * runs the shutdown hook below so the store is closed cleanly (no recovery on the next start).
 *
 * Settings come from the environment so the TypeScript side owns the defaults:
 *   KG_NEO4J_HOME         data folder (default .neo4j in the working directory)
 *   KG_NEO4J_PORT         Bolt port on 127.0.0.1 (default 7687)
 *   KG_NEO4J_PASSWORD     password of user neo4j (default kg-local-password)
 *   KG_NEO4J_PAGECACHE_MB page cache size in MiB (default 256); the heap is set with -Xmx by the caller
 */
package kg.neo4j;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.io.ByteUnit;

public final class Launcher {
    private static final String LOOPBACK = "127.0.0.1";

    private Launcher() {}

    public static void main(String[] args) {
        Path home = Path.of(env("KG_NEO4J_HOME", ".neo4j")).toAbsolutePath().normalize();
        int port = parsePort(env("KG_NEO4J_PORT", "7687"));
        String password = env("KG_NEO4J_PASSWORD", "kg-local-password");
        long pageCacheMb = Long.parseLong(env("KG_NEO4J_PAGECACHE_MB", "256"));

        DatabaseManagementService dbms;
        try {
            dbms = new DatabaseManagementServiceBuilder(home)
                    // Loopback only: this server is for the developer's own machine, never the network.
                    .setConfig(GraphDatabaseSettings.default_listen_address, new SocketAddress(LOOPBACK))
                    .setConfig(GraphDatabaseSettings.default_advertised_address, new SocketAddress(LOOPBACK))
                    .setConfig(BoltConnector.enabled, true)
                    .setConfig(BoltConnector.listen_address, new SocketAddress(LOOPBACK, port))
                    .setConfig(BoltConnector.advertised_address, new SocketAddress(LOOPBACK, port))
                    // Auth stays on, so a wrong password is a real, testable failure.
                    .setConfig(GraphDatabaseSettings.auth_enabled, true)
                    // Neo4j locks a user for 5 s after 3 wrong passwords in a row; the test suites try a
                    // wrong password on purpose while other suites log in, so allow a few more on loopback.
                    .setConfig(GraphDatabaseSettings.auth_max_failed_attempts, 10)
                    .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(pageCacheMb))
                    .setConfig(GraphDatabaseSettings.shutdown_transaction_end_timeout, Duration.ofSeconds(5))
                    // Neo4j waits 5 s per Bolt connector for idle connections on shutdown; a local
                    // dev server has nothing to drain, and the in-process "local" connector is unused.
                    .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofSeconds(1))
                    .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofSeconds(1))
                    .setConfig(BoltConnectorInternalSettings.enable_local_connector, false)
                    // A dev server: keep little transaction log, so re-running the benchmark does not fill the disk.
                    .setConfig(GraphDatabaseSettings.keep_logical_logs, "2 files")
                    .setConfig(GraphDatabaseSettings.udc_enabled, false)
                    .build();
        } catch (RuntimeException e) {
            System.err.println("kg-neo4j: cannot start Neo4j in " + home + " on " + LOOPBACK + ":" + port + ": " + rootMessage(e));
            System.exit(1);
            return;
        }

        CountDownLatch stopped = new CountDownLatch(1);
        final DatabaseManagementService running = dbms;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("kg-neo4j: shutting down");
            running.shutdown();
            System.out.println("kg-neo4j: stopped");
            stopped.countDown();
        }, "kg-neo4j-shutdown"));

        try {
            setPassword(dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME), password);
        } catch (RuntimeException e) {
            System.err.println("kg-neo4j: cannot set the password of user neo4j: " + rootMessage(e));
            System.exit(1);
            return;
        }

        // `kg db start` waits for this line before it tries the password, so it never trips
        // Neo4j's lock-out for repeated wrong passwords while the password is still being set.
        System.out.println("kg-neo4j: ready on bolt://" + LOOPBACK + ":" + port + " data " + home);
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Neo4j creates user neo4j with password "neo4j" and a forced change; a local server should
     * answer to the project's password at once. Setting it on every start keeps it in step with
     * KG_NEO4J_PASSWORD; Neo4j refuses to "change" a password to itself, which means it is already set.
     */
    private static void setPassword(GraphDatabaseService system, String password) {
        try {
            system.executeTransactionally(
                    "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password));
        } catch (RuntimeException e) {
            if (!rootMessage(e).toLowerCase().contains("cannot be the same")) throw e;
        }
    }

    private static int parsePort(String value) {
        try {
            int port = Integer.parseInt(value);
            if (port > 0 && port < 65536) return port;
        } catch (NumberFormatException ignored) {
            // fall through to the error below
        }
        System.err.println("kg-neo4j: KG_NEO4J_PORT must be a port number, got \"" + value + "\"");
        System.exit(2);
        return -1;
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    private static String rootMessage(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) root = root.getCause();
        String message = root.getMessage();
        return message == null ? root.getClass().getSimpleName() : message;
    }
}
