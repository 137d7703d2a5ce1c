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
 * protocol-relative //host, backslash tricks) loses its {@code href}, so the text stays but
 * nothing is linked. Images load only from this site: a page makes no request elsewhere.
 */
final class SafeLinks implements AttributeProvider {

    private static final Pattern ABSOLUTE = Pattern.compile("(?i)(https?://.+|mailto:[^/]+)");

    static boolean isSafe(String url) {
        return isClean(url) && (ABSOLUTE.matcher(url).matches() || isRelative(url));
    }

    /** Relative: no scheme (no ':' before the first '/', '?' or '#') and no host ("//host"). */
    static boolean isRelative(String url) {
        if (!isClean(url)) {
            return false;
        }
        int end = indexOfAny(url, "/?#");
        return !url.substring(0, end).contains(":") && !url.startsWith("//");
    }

    /** Not empty, and free of spaces, control characters and backslashes, which browsers repair unpredictably. */
    private static boolean isClean(String url) {
        return url != null && !url.isEmpty() && url.chars().noneMatch(c -> c <= 0x20 || c == 0x7f || c == '\\');
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
        if (attributes.contains("href") && !isSafe(attributes.getValue("href"))) {
            attributes.remove("href");
        }
        if (attributes.contains("src") && !isRelative(attributes.getValue("src"))) {
            attributes.remove("src");
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
