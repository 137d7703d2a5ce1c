package io.plakar.legal.content;

import java.util.regex.Pattern;

import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.renderer.AttributablePart;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.html.MutableAttributes;

/**
 * Keeps only http(s), mailto and relative links: any other target (javascript:, data:,
 * protocol-relative //host, backslash tricks) loses its {@code href} or {@code src}, so the
 * text stays but nothing is linked or loaded.
 */
final class SafeLinks implements AttributeProvider {

    private static final Pattern ABSOLUTE = Pattern.compile("(?i)(https?://[^\\s\\\\]+|mailto:[^\\s\\\\/]+)");

    static boolean isSafe(String url) {
        if (url == null || url.isEmpty() || url.chars().anyMatch(c -> c <= 0x20 || c == 0x7f || c == '\\')) {
            return false;
        }
        if (ABSOLUTE.matcher(url).matches()) {
            return true;
        }
        // Relative: no scheme, that is no ':' before the first '/', '?' or '#'.
        int end = indexOfAny(url, "/?#");
        return !url.substring(0, end).contains(":") && !url.startsWith("//");
    }

    private static int indexOfAny(String text, String characters) {
        for (int i = 0; i < text.length(); i++) {
            if (characters.indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return text.length();
    }

    @Override
    public void setAttributes(Node node, AttributablePart part, MutableAttributes attributes) {
        if (part != AttributablePart.LINK) {
            return;
        }
        for (String name : new String[] {"href", "src"}) {
            if (attributes.contains(name) && !isSafe(attributes.getValue(name))) {
                attributes.remove(name);
            }
        }
    }

    static IndependentAttributeProviderFactory factory() {
        return new IndependentAttributeProviderFactory() {
            @Override
            public AttributeProvider apply(LinkResolverContext context) {
                return new SafeLinks();
            }
        };
    }
}
