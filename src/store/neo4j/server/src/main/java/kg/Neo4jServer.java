// Starts an embedded Neo4j Community server with Bolt on a given port, prints one ready line, stops on SIGTERM.
package kg;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.QueryExecutionException;
import org.neo4j.io.ByteUnit;

/**
 * Usage: java kg.Neo4jServer --home DIR [--host 127.0.0.1] [--port 7687] [--page-cache 256m] [--stop-on-stdin-close]
 * The password comes from the environment variable KG_NEO4J_PASSWORD, never from the command line (ps shows argv).
 */
public final class Neo4jServer {
  private Neo4jServer() {}

  public static void main(String[] args) throws Exception {
    String home = null;
    String host = "127.0.0.1";
    int port = 7687;
    long pageCache = ByteUnit.mebiBytes(256);
    boolean stopOnStdinClose = false;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--home" -> home = args[++i];
        case "--host" -> host = args[++i];
        case "--port" -> port = Integer.parseInt(args[++i]);
        case "--page-cache-mb" -> pageCache = ByteUnit.mebiBytes(Long.parseLong(args[++i]));
        case "--stop-on-stdin-close" -> stopOnStdinClose = true;
        default -> fail("unknown argument " + args[i]);
      }
    }
    if (home == null) fail("--home DIR is required");
    String password = System.getenv("KG_NEO4J_PASSWORD");
    if (password == null || password.length() < 8) fail("set KG_NEO4J_PASSWORD to a password of at least 8 characters");

    DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(Path.of(home).toAbsolutePath())
        .setConfig(BoltConnector.enabled, true)
        .setConfig(BoltConnector.listen_address, new SocketAddress(host, port))
        .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
        .setConfig(HttpConnector.enabled, false)
        .setConfig(HttpsConnector.enabled, false)
        .setConfig(GraphDatabaseSettings.auth_enabled, true)
        .setConfig(GraphDatabaseSettings.pagecache_memory, pageCache)
        .setConfig(GraphDatabaseSettings.shutdown_transaction_end_timeout, Duration.ofSeconds(2))
        // Netty's graceful quiet period otherwise holds every stop for ten seconds.
        .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofSeconds(1))
        .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofSeconds(1))
        .build();

    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      dbms.shutdown();
      stopped.countDown();
    }, "kg-neo4j-shutdown"));

    // The password is set on every start, so the data directory always answers to the configured one.
    try {
      dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME).executeTransactionally(
          "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password));
    } catch (QueryExecutionException e) {
      // A data directory started before already has this password; Neo4j refuses to "change" it to itself.
      if (!String.valueOf(e.getMessage()).contains("cannot be the same")) throw e;
    }

    System.out.println("kg-neo4j ready bolt://" + host + ":" + port);
    System.out.flush();

    if (stopOnStdinClose) {
      Thread watcher = new Thread(() -> {
        try (InputStream in = System.in) {
          while (in.read() != -1) { /* wait for the parent to close our stdin */ }
        } catch (IOException ignored) {
          // a broken pipe means the parent is gone: stop as well
        }
        System.exit(0);
      }, "kg-neo4j-stdin");
      watcher.setDaemon(true);
      watcher.start();
    }
    stopped.await();
  }

  private static void fail(String message) {
    System.err.println("kg-neo4j: " + message);
    System.exit(2);
  }
}
