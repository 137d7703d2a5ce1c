package io.plakar.legal.faces;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import io.plakar.legal.content.SiteContent;
import io.plakar.legal.http.ActiveRequest;
import io.plakar.legal.http.Route;
import io.plakar.legal.i18n.Language;
import io.plakar.legal.site.Site;

/**
 * What {@code /sitemap.xml} and {@code /robots.txt} list: every language's page and every
 * language's history page ({@link Route}), each with its last update and its alternates (the
 * same page in every language, and {@code x-default}, the root). The earlier versions of the
 * original are deliberately left out (and marked {@code noindex}): a search engine must never
 * answer a query with a legal text no longer in force; visitors reach them from the history page.
 * Both are Facelets served by OmniFaces' ViewResourceHandler.
 */
@Named("sitemap")
@RequestScoped
public class SitemapModel {

    /** A page of the sitemap, with its alternates. */
    public record Entry(String loc, LocalDate lastmod, List<Alternate> alternates) {
    }

    /** An alternate of a page: a language (or {@code x-default}) and its URL. */
    public record Alternate(String hreflang, String href) {
    }

    @Inject
    private Site site;

    @Inject
    private ActiveRequest active;

    private List<Entry> entries;

    @PostConstruct
    void init() {
        SiteContent content = active.snapshot().content();
        String base = site.config().baseUrl();
        entries = new ArrayList<>();
        for (Route.Kind kind : List.of(Route.Kind.NOTICE, Route.Kind.HISTORY)) {
            List<Alternate> alternates = new ArrayList<>();
            for (Language language : content.languages()) {
                alternates.add(new Alternate(language.tag(), base + new Route(kind, language.tag(), null).path(content)));
            }
            alternates.add(new Alternate("x-default", base + "/"));
            for (Language language : content.languages()) {
                // A history page changes with the original, whatever its translation's date.
                LocalDate lastmod = kind == Route.Kind.NOTICE ? content.document(language.tag()).lastmod()
                        : content.document(SiteContent.ORIGINAL).lastmod();
                entries.add(new Entry(base + new Route(kind, language.tag(), null).path(content), lastmod, List.copyOf(alternates)));
            }
        }
    }

    public List<Entry> getEntries() {
        return entries;
    }

    /** The sitemap's own URL, for robots.txt. */
    public String getUrl() {
        return site.config().baseUrl() + "/sitemap.xml";
    }
}
