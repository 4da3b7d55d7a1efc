package newsroom.elasticsearch;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.elasticsearch.Build;
import org.elasticsearch.common.logging.LogConfigurator;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.env.Environment;
import org.elasticsearch.node.ClasspathPluginsNode;
import org.elasticsearch.node.InternalSettingsPreparer;
import org.elasticsearch.node.Node;
import org.elasticsearch.transport.netty4.Netty4Plugin;

/**
 * Runs one Elasticsearch node on loopback, for development and the engine tests, built from what
 * Maven Central has: the server, Netty for HTTP, and our stand-ins for the modules a distribution
 * bundles ({@link CommonAnalysisSubset} for analysis, {@link RootEndpoint} for {@code GET /}).
 * Security, x-pack and the other modules are absent: plain HTTP, no password.
 *
 * Usage: SingleNode HOME_DIR HTTP_PORT
 */
public final class SingleNode {

    private SingleNode() {}

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: SingleNode HOME_DIR HTTP_PORT");
            System.exit(2);
        }
        Path home = Path.of(args[0]).toAbsolutePath();
        int httpPort = Integer.parseInt(args[1]);
        for (String dir : List.of("config", "data", "logs")) {
            Files.createDirectories(home.resolve(dir));
        }

        Settings settings = Settings.builder()
            .put("path.home", home.toString())
            .put("path.data", home.resolve("data").toString())
            .put("path.logs", home.resolve("logs").toString())
            .put("cluster.name", "newsroom-dev")
            .put("node.name", "newsroom-dev-node")
            .put("network.host", "127.0.0.1")
            .put("http.port", httpPort)
            .put("transport.port", httpPort + 100)
            .put("discovery.type", "single-node")
            .put("cluster.routing.allocation.disk.threshold_enabled", false)
            .build();

        LogConfigurator.configureWithoutConfig(settings);
        Environment environment = InternalSettingsPreparer.prepareEnvironment(settings, Map.of(), null, () -> "newsroom-dev-node");
        Node node = new ClasspathPluginsNode(environment, List.of(Netty4Plugin.class, CommonAnalysisSubset.class, RootEndpoint.class));

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                node.close();
                node.awaitClose(20, TimeUnit.SECONDS);
            } catch (Exception e) {
                e.printStackTrace();
            } finally {
                stopped.countDown();
            }
        }, "elasticsearch-shutdown"));

        node.start();
        System.out.println("Elasticsearch " + Build.current().version() + " listening on http://127.0.0.1:" + httpPort);
        // Elasticsearch's own threads are daemons: keep the JVM alive until SIGTERM.
        stopped.await();
    }
}
