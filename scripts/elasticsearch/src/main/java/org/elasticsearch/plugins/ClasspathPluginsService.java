package org.elasticsearch.plugins;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.elasticsearch.Build;
import org.elasticsearch.action.admin.cluster.node.info.PluginsAndModules;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.env.Environment;
import org.elasticsearch.jdk.ModuleQualifiedExportsService;
import org.elasticsearch.plugins.spi.SPIClassIterator;

/**
 * Plugins given as classes on the classpath, instead of the bundles a distribution unpacks into
 * modules/ and plugins/ (Maven Central has no distribution). It sits in Elasticsearch's package
 * because {@code LoadedPlugin} and the loading helpers are package-private there; the test
 * framework's {@code MockPluginsService} does the same, and is the model for this class.
 */
public final class ClasspathPluginsService extends PluginsService {

    private final List<LoadedPlugin> plugins;

    public ClasspathPluginsService(Settings settings, Environment environment, List<Class<? extends Plugin>> pluginClasses) {
        super(settings, environment.configFile(), null, null); // no modules/ or plugins/ to scan
        List<LoadedPlugin> loaded = new ArrayList<>();
        for (Class<? extends Plugin> pluginClass : pluginClasses) {
            PluginDescriptor descriptor = new PluginDescriptor(
                pluginClass.getName(),
                "classpath plugin",
                "NA",
                Build.current().version(),
                Integer.toString(Runtime.version().feature()),
                pluginClass.getName(),
                null,
                List.of(),
                false,
                false,
                false,
                false
            );
            loaded.add(new LoadedPlugin(descriptor, loadPlugin(pluginClass, settings, environment.configFile())));
        }
        loadExtensions(loaded);
        this.plugins = List.copyOf(loaded);
    }

    @Override
    protected List<LoadedPlugin> plugins() {
        return plugins;
    }

    @Override
    public PluginsAndModules info() {
        return new PluginsAndModules(plugins.stream().map(p -> new PluginRuntimeInfo(p.descriptor())).toList(), List.of());
    }

    /** The server runs in the unnamed module here (classpath, no module path): nothing to export. */
    @Override
    protected void addServerExportsService(Map<String, List<ModuleQualifiedExportsService>> qualifiedExports) {}

    /**
     * All plugins here share the application class loader, so each of them would find every
     * service provider on the classpath (the server's own included): create each provider once.
     */
    @Override
    public <T> List<? extends T> loadServiceProviders(Class<T> service) {
        Map<Class<? extends T>, T> providers = new LinkedHashMap<>();
        for (LoadedPlugin plugin : plugins) {
            SPIClassIterator.get(service, plugin.loader()).forEachRemaining(type -> {
                if (providers.containsKey(type) == false && acceptsPlugin(type, plugin.instance())) {
                    providers.put(type, createExtension(type, service, plugin.instance()));
                }
            });
        }
        return List.copyOf(providers.values());
    }

    /** A provider either takes no argument or the one plugin it belongs to. */
    private static boolean acceptsPlugin(Class<?> type, Plugin plugin) {
        for (var constructor : type.getConstructors()) {
            if (constructor.getParameterCount() == 1 && constructor.getParameterTypes()[0] != plugin.getClass()) {
                return false;
            }
        }
        return true;
    }
}
