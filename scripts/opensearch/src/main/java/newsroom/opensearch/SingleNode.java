package newsroom.opensearch;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.opensearch.analysis.common.CommonAnalysisPlugin;
import org.opensearch.common.logging.LogConfigurator;
import org.opensearch.common.settings.Settings;
import org.opensearch.env.Environment;
import org.opensearch.node.InternalSettingsPreparer;
import org.opensearch.node.Node;
import org.opensearch.plugins.Plugin;
import org.opensearch.transport.Netty4Plugin;

/**
 * Runs one OpenSearch node on loopback with the plugins our index settings need:
 * Netty for HTTP and analysis-common for the Norwegian/English analyzers and decompounders.
 *
 * Usage: SingleNode HOME_DIR HTTP_PORT
 *
 * With NEWSROOM_CLUSTER_PORTS (the HTTP ports of every node, "9231,9232"), it joins those nodes
 * in one cluster instead (transport ports: HTTP port + 100), every one of them eligible to manage it.
 */
public final class SingleNode extends Node {

    private SingleNode(Environment environment, Collection<Class<? extends Plugin>> plugins) {
        // Node's constructor that takes classpath plugins is protected in 2.19.
        super(environment, plugins, true);
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: SingleNode HOME_DIR HTTP_PORT");
            System.exit(2);
        }
        Path home = Path.of(args[0]).toAbsolutePath();
        int httpPort = Integer.parseInt(args[1]);
        for (String dir : List.of("config", "data", "logs", "modules", "plugins")) {
            Files.createDirectories(home.resolve(dir));
        }

        String clusterPorts = System.getenv().getOrDefault("NEWSROOM_CLUSTER_PORTS", "");
        String nodeName = clusterPorts.isEmpty() ? "newsroom-dev-node" : "newsroom-node-" + httpPort;
        Settings.Builder builder = Settings.builder()
            .put("path.home", home.toString())
            .put("path.data", home.resolve("data").toString())
            .put("path.logs", home.resolve("logs").toString())
            .put("node.name", nodeName)
            .put("network.host", "127.0.0.1")
            .put("http.port", httpPort)
            .put("transport.port", httpPort + 100)
            .put("cluster.routing.allocation.disk.threshold_enabled", false)
            .put("action.auto_create_index", true);
        if (clusterPorts.isEmpty()) {
            builder.put("cluster.name", "newsroom-dev").put("discovery.type", "single-node");
        } else {
            List<String> seeds = new java.util.ArrayList<>();
            List<String> managers = new java.util.ArrayList<>();
            for (String port : clusterPorts.split(",")) {
                int http = Integer.parseInt(port.trim());
                seeds.add("127.0.0.1:" + (http + 100));
                managers.add("newsroom-node-" + http);
            }
            builder.put("cluster.name", "newsroom-cluster")
                .putList("discovery.seed_hosts", seeds)
                .putList("cluster.initial_cluster_manager_nodes", managers);
        }
        Settings settings = builder.build();

        LogConfigurator.configureWithoutConfig(settings);
        Environment environment = InternalSettingsPreparer.prepareEnvironment(settings, Map.of(), null, () -> nodeName);
        Node node = new SingleNode(environment, List.of(Netty4Plugin.class, CommonAnalysisPlugin.class));

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
        }, "opensearch-shutdown"));

        node.start();
        System.out.println("OpenSearch " + org.opensearch.Version.CURRENT + " listening on http://127.0.0.1:" + httpPort);
        // OpenSearch's own threads are daemons: keep the JVM alive until SIGTERM.
        stopped.await();
    }
}
