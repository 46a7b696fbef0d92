package coop.faireavec.web;

import coop.faireavec.process.diagram.RenderedDiagram;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.dialect.AbstractProcessorDialect;
import org.thymeleaf.engine.AttributeName;
import org.thymeleaf.model.IProcessableElementTag;
import org.thymeleaf.processor.IProcessor;
import org.thymeleaf.processor.element.AbstractAttributeTagProcessor;
import org.thymeleaf.processor.element.IElementTagStructureHandler;
import org.thymeleaf.standard.expression.StandardExpressions;
import org.thymeleaf.templatemode.TemplateMode;

/**
 * {@code fa:diagram="${d}"}: inserts a {@link RenderedDiagram}'s SVG as markup. It accepts that type only,
 * so no plain string (and so no user text) can ever be written unescaped through it; we keep th:utext out.
 */
@Component
class SvgDialect extends AbstractProcessorDialect {

    SvgDialect() {
        super("Faire-Avec", "fa", 1000);
    }

    @Override
    public Set<IProcessor> getProcessors(String prefix) {
        return Set.of(new DiagramProcessor(prefix));
    }

    static final class DiagramProcessor extends AbstractAttributeTagProcessor {

        DiagramProcessor(String prefix) {
            super(TemplateMode.HTML, prefix, null, false, "diagram", true, 1000, true);
        }

        @Override
        protected void doProcess(ITemplateContext context, IProcessableElementTag tag, AttributeName attributeName,
                                 String attributeValue, IElementTagStructureHandler structureHandler) {
            Object value = StandardExpressions.getExpressionParser(context.getConfiguration())
                    .parseExpression(context, attributeValue).execute(context);
            if (!(value instanceof RenderedDiagram diagram)) {
                throw new IllegalArgumentException("fa:diagram only accepts a RenderedDiagram");
            }
            structureHandler.setBody(diagram.svg(), false);
        }
    }
}
