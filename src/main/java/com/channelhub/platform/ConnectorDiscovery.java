package com.channelhub.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.camel.CamelContext;
import org.apache.camel.spi.FactoryFinder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.AutowireCapableBeanFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Finds the platform connectors on the classpath: every {@code META-INF/services/com/channelhub/platform/<scheme>}
 * whose Camel component {@code <scheme>} is present too (Camel's own component registration,
 * {@code META-INF/services/org/apache/camel/component/<scheme>}). Both files are read through the CamelContext's
 * factory finders, as Camel resolves components; the descriptor is built by Spring with constructor injection.
 */
final class ConnectorDiscovery {

    static final String DESCRIPTOR_PATH = "META-INF/services/com/channelhub/platform/";
    private static final Logger LOG = LoggerFactory.getLogger(ConnectorDiscovery.class);

    private ConnectorDiscovery() {
    }

    static List<PlatformConnector> discover(CamelContext camel, AutowireCapableBeanFactory beans) {
        FactoryFinder descriptors = camel.getCamelContextExtension().getBootstrapFactoryFinder(DESCRIPTOR_PATH);
        FactoryFinder components = camel.getCamelContextExtension()
                .getBootstrapFactoryFinder(FactoryFinder.DEFAULT_PATH + "component/");
        List<PlatformConnector> found = new ArrayList<>();
        for (String scheme : schemes(camel.getApplicationContextClassLoader())) {
            if (components.findClass(scheme).isEmpty()) {
                LOG.warn("Platform descriptor {}{} is ignored: no Camel component '{}' is on the classpath",
                        DESCRIPTOR_PATH, scheme, scheme);
                continue;
            }
            Optional<Class<?>> type = descriptors.findClass(scheme);
            if (type.isEmpty() || !PlatformConnector.class.isAssignableFrom(type.get())) {
                throw new IllegalStateException(DESCRIPTOR_PATH + scheme + " must name a " + PlatformConnector.class.getName()
                        + " as class=…, found " + type.map(Class::getName).orElse("none"));
            }
            found.add((PlatformConnector) beans.createBean(type.get()));
        }
        return found;
    }

    /** The file names under {@link #DESCRIPTOR_PATH} in every classpath root (jars and directories). */
    private static List<String> schemes(ClassLoader classLoader) {
        try {
            Resource[] resources = new PathMatchingResourcePatternResolver(classLoader)
                    .getResources("classpath*:" + DESCRIPTOR_PATH + "*");
            List<String> schemes = new ArrayList<>();
            for (Resource resource : resources) {
                String name = resource.getFilename();
                if (name != null && !name.isBlank() && !schemes.contains(name)) {
                    schemes.add(name);
                }
            }
            schemes.sort(null);
            return schemes;
        } catch (IOException e) {
            throw new UncheckedIOException("platform descriptors could not be listed", e);
        }
    }
}
