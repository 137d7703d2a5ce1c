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
import io.plakar.legal.i18n.Language;
import io.plakar.legal.site.Site;

/**
 * What {@code /sitemap.xml} and {@code /robots.txt} list: every language's page with its last
 * update, and the alternates each page has (every language, and {@code x-default}, the root).
 * Both are Facelets served by OmniFaces' ViewResourceHandler.
 */
@Named("sitemap")
@RequestScoped
public class SitemapModel {

    /** A page of the sitemap. */
    public record Entry(String loc, LocalDate lastmod) {
    }

    /** An alternate of every page: a language (or {@code x-default}) and its URL. */
    public record Alternate(String hreflang, String href) {
    }

    @Inject
    private Site site;

    @Inject
    private ActiveRequest active;

    private List<Entry> entries;
    private List<Alternate> alternates;

    @PostConstruct
    void init() {
        SiteContent content = active.snapshot().content();
        String base = site.config().baseUrl();
        entries = new ArrayList<>();
        alternates = new ArrayList<>();
        for (Language language : content.languages()) {
            String url = base + content.path(language.tag());
            entries.add(new Entry(url, content.document(language.tag()).lastmod()));
            alternates.add(new Alternate(language.tag(), url));
        }
        alternates.add(new Alternate("x-default", base + "/"));
    }

    public List<Entry> getEntries() {
        return entries;
    }

    public List<Alternate> getAlternates() {
        return alternates;
    }

    /** The sitemap's own URL, for robots.txt. */
    public String getUrl() {
        return site.config().baseUrl() + "/sitemap.xml";
    }
}
