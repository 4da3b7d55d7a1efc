package org.elasticsearch.node;

import java.util.List;

import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.env.Environment;
import org.elasticsearch.plugins.ClasspathPluginsService;
import org.elasticsearch.plugins.Plugin;
import org.elasticsearch.plugins.PluginsService;

/**
 * A node whose plugins are classes on the classpath (see {@link ClasspathPluginsService}). Since
 * 8.x, {@code Node}'s only public constructor loads plugins from folders; the constructor taking a
 * {@code NodeConstruction}, and the service provider it asks for a {@code PluginsService}, are
 * package-private, hence this package (the test framework's {@code MockNode} does the same).
 */
public class ClasspathPluginsNode extends Node {

    public ClasspathPluginsNode(Environment environment, List<Class<? extends Plugin>> pluginClasses) {
        super(NodeConstruction.prepareConstruction(environment, new NodeServiceProvider() {
            @Override
            PluginsService newPluginService(Environment environment, Settings settings) {
                return new ClasspathPluginsService(settings, environment, pluginClasses);
            }
        }, true));
    }
}
