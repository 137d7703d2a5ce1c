package io.plakar.legal.content;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.renderer.AttributablePart;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.html.MutableAttributes;

/**
 * Marks the links whose text is their own address ({@code <https://plakar.io/>},
 * {@code <help@plakar.io>}) with the class {@value #CLASS}, so that the print stylesheet, which
 * writes every other link's address after it, does not print these twice. CSS cannot compare a
 * link's text with its {@code href}; the Markdown parser knows.
 */
final class AutoLinks implements AttributeProvider {

    static final String CLASS = "autolink";

    @Override
    public void setAttributes(Node node, AttributablePart part, MutableAttributes attributes) {
        if (part == AttributablePart.LINK && (node instanceof AutoLink || node instanceof MailLink)) {
            attributes.addValue("class", CLASS);
        }
    }

    static IndependentAttributeProviderFactory factory() {
        return new IndependentAttributeProviderFactory() {
            @Override
            public AttributeProvider apply(LinkResolverContext context) {
                return new AutoLinks();
            }
        };
    }
}
