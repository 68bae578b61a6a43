package org.parceldesk.designer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The allow-list of beans a deployed model may call: every Spring bean the shipped models
 * ({@code processes/*.bpmn} in the application) name in an expression, plus those listed under
 * {@code parceldesk.designer.checks.allowed-beans}. The shipped models are reviewed code, so what they
 * call is meant for models; a new model may use the same beans and nothing else. Every name on the
 * list must be a ParcelDesk bean (a class under {@code org.parceldesk}), or the application does not
 * start: engine services, data sources and the like can never be allowed by configuration.
 */
final class AllowedModelBeans implements Predicate<String> {

    private static final String PARCELDESK_PACKAGE = "org.parceldesk.";

    private final ListableBeanFactory beanFactory;
    private final ResourcePatternResolver resources;
    private final ModelCheckProperties properties;
    private volatile Set<String> names;

    AllowedModelBeans(ListableBeanFactory beanFactory, ResourcePatternResolver resources, ModelCheckProperties properties) {
        this.beanFactory = beanFactory;
        this.resources = resources;
        this.properties = properties;
    }

    @Override
    public boolean test(String name) {
        return names().contains(name);
    }

    /** Computed on first use: by then every bean definition is registered (nothing is instantiated for it). */
    Set<String> names() {
        Set<String> result = names;
        if (result == null) {
            synchronized (this) {
                if (names == null) {
                    names = compute();
                }
                result = names;
            }
        }
        return result;
    }

    private Set<String> compute() {
        Set<String> allowed = new TreeSet<>();
        for (String configured : properties.allowedBeans()) {
            require(configured, "parceldesk.designer.checks.allowed-beans");
            allowed.add(configured);
        }
        try {
            for (Resource model : resources.getResources(properties.shippedModels())) {
                for (String name : beansNamedIn(model)) {
                    require(name, "the shipped model " + model.getFilename());
                    allowed.add(name);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the shipped models " + properties.shippedModels(), e);
        }
        return Collections.unmodifiableSet(allowed);
    }

    private void require(String name, String source) {
        if (!beanFactory.containsBean(name)) {
            throw new IllegalStateException(source + " names '" + name + "', which is no Spring bean");
        }
        Class<?> type = beanFactory.getType(name, false);
        if (type == null || !type.getName().startsWith(PARCELDESK_PACKAGE)) {
            throw new IllegalStateException(source + " names the bean '" + name + "' (" + type
                    + "), which is no ParcelDesk bean: models may call ParcelDesk beans only");
        }
    }

    private Set<String> beansNamedIn(Resource model) throws IOException {
        Set<String> beans = new TreeSet<>();
        try (InputStream in = model.getInputStream()) {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            collect(factory.newDocumentBuilder().parse(in).getDocumentElement(), beans);
        } catch (IOException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("Cannot read the shipped model " + model.getFilename(), e);
        }
        return beans;
    }

    private void collect(Element element, Set<String> beans) {
        NamedNodeMap attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            collect(attributes.item(i).getNodeValue(), beans);
        }
        NodeList children = element.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            Node child = children.item(i);
            if (child instanceof Element childElement) {
                collect(childElement, beans);
            } else if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
                collect(child.getNodeValue(), beans);
            }
        }
    }

    private void collect(String text, Set<String> beans) {
        if (!ElExpressions.containsExpression(text)) {
            return;
        }
        try {
            ElExpressions.identifiers(ElExpressions.parse(text.strip())).stream()
                    .filter(beanFactory::containsBean).forEach(beans::add);
        } catch (IllegalArgumentException notAnExpression) {
            // the model check itself reports it when the model is deployed
        }
    }
}
