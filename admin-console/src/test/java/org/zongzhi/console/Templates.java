package org.zongzhi.console;

import java.util.Locale;
import java.util.Map;
import org.springframework.context.support.GenericApplicationContext;
import org.thymeleaf.context.Context;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.linkbuilder.StandardLinkBuilder;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.zongzhi.console.conformance.ConformanceFormat;

/**
 * The console's templates rendered outside a web server, with the beans the pages call ({@code @fmt},
 * {@code @cf}) and the Thymeleaf 3.1 restrictions of the real engine, so a page test sees the HTML a
 * person would get.
 */
public final class Templates {

    private final GenericApplicationContext beans = new GenericApplicationContext();
    private final SpringTemplateEngine engine = new SpringTemplateEngine();

    public Templates() {
        Vocabulary vocabulary = new Vocabulary(null);
        beans.registerBean("fmt", ViewFormat.class, () -> new ViewFormat(vocabulary));
        beans.registerBean("cf", ConformanceFormat.class, ConformanceFormat::new);
        beans.refresh();
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        engine.setTemplateResolver(resolver);
        engine.setEnableSpringELCompiler(true);
        // Links as the console's root context writes them: "/conformance/…".
        engine.setLinkBuilder(new StandardLinkBuilder() {
            @Override
            protected String computeContextPath(
                    IExpressionContext context, String base, Map<String, Object> parameters) {
                return "";
            }
        });
    }

    /** The page's HTML for a model, as a controller filled it. */
    public String render(String template, Map<String, Object> model) {
        Context context = new Context(Locale.SIMPLIFIED_CHINESE, model);
        context.setVariable(
                ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
                new ThymeleafEvaluationContext(beans, null));
        return engine.process(template, context);
    }
}
