package ru.reglament.interagency.internal;

import java.util.HashMap;
import java.util.Map;
import org.springframework.context.ApplicationContext;
import org.springframework.expression.EvaluationContext;
import org.springframework.expression.TypedValue;
import org.springframework.expression.spel.support.MapAccessor;
import org.springframework.stereotype.Component;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The business XML of requests (and of the simulator's answers), from Thymeleaf XML templates under
 * {@code interagency/templates/}: data, not code, so a region adds a kind without a release. SpEL,
 * so a template may write {@code ${fields.objectAddress ?: applicant.address}}.
 */
@Component
class RequestTemplates {

    static final String ROOT = "interagency/templates/";
    static final String SIMULATOR = "simulator/";

    private final SpringTemplateEngine engine = new SpringTemplateEngine();
    private final ApplicationContext applicationContext;

    RequestTemplates(ApplicationContext applicationContext) {
        this.applicationContext = applicationContext;
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver(RequestTemplates.class.getClassLoader());
        resolver.setPrefix(ROOT);
        resolver.setTemplateMode(TemplateMode.XML);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        resolver.setCheckExistence(true);
        engine.setTemplateResolver(resolver);
    }

    boolean exists(String template) {
        return RequestTemplates.class.getClassLoader().getResource(ROOT + template) != null;
    }

    /**
     * Renders the template; the variables are maps of the application's data. Not parsed again here:
     * XML mode escapes every value it writes, each template was checked at start-up
     * ({@link #checkRequest}), and the envelope the result goes into parses it (registration would
     * otherwise spend as long parsing a request as rendering it).
     */
    String render(String template, Map<String, Object> variables) {
        Context context = new Context(null, variables);
        ThymeleafEvaluationContext evaluation = new ThymeleafEvaluationContext(applicationContext, null);
        evaluation.addPropertyAccessor(new AbsentKeysAreNull());
        context.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME, evaluation);
        return engine.process(template, context).strip();
    }

    /**
     * {@code applicant.snils} reads a map's key, and an absent one (an applicant without СНИЛС) is
     * null for the template to test, not an error: application data is what the portal sent. Spring's
     * accessor, read-only, with only that changed.
     */
    static final class AbsentKeysAreNull extends MapAccessor {

        AbsentKeysAreNull() {
            super(false);
        }

        @Override
        public boolean canRead(EvaluationContext context, Object target, String name) {
            return target instanceof Map;
        }

        @Override
        public TypedValue read(EvaluationContext context, Object target, String name) {
            return new TypedValue(((Map<?, ?>) target).get(name));
        }
    }

    /** What is wrong with a request template, or null: it must render, even for an empty application, to the kind's message type. */
    String checkRequest(String template, String namespace, String rootElement) {
        if (!exists(template)) return "no template " + template + " under " + ROOT;
        Map<String, Object> empty = new HashMap<>();
        empty.put("application", Map.of());
        empty.put("applicant", Map.of());
        empty.put("representative", Map.of());
        empty.put("fields", Map.of());
        try {
            Document document = Xml.parse(render(template, empty));
            Element root = document.getDocumentElement();
            if (!namespace.equals(root.getNamespaceURI()) || !rootElement.equals(root.getLocalName())) {
                return "renders {" + root.getNamespaceURI() + "}" + root.getLocalName() + ", not the message type {"
                        + namespace + "}" + rootElement;
            }
            return null;
        } catch (RuntimeException e) {
            return "does not render to XML: " + e.getMessage();
        }
    }
}
