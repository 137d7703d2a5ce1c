package io.plakar.legal.faces;

import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import io.plakar.legal.content.LocalizedDocument;
import io.plakar.legal.content.PublishedVersion;
import io.plakar.legal.content.SiteContent;
import io.plakar.legal.http.ActiveRequest;
import io.plakar.legal.http.Route;
import io.plakar.legal.http.Router;
import io.plakar.legal.i18n.Language;
import io.plakar.legal.i18n.LocalizedFormats;
import io.plakar.legal.site.Site;

/**
 * What the layout shows for the current request ({@link ActiveRequest}): its language, the document, the notices, the
 * switcher, the alternate and canonical links, and the interface strings.
 */
@Named("page")
@RequestScoped
public class PageModel {

    /** A language in the switcher and in the alternate links. */
    public record Alternate(Language language, String path, String url, boolean current) {

        // Bean getters: Jakarta EL 5 (EE 10) does not see record accessors.

        public Language getLanguage() {
            return language;
        }

        public String getUrl() {
            return url;
        }

        public boolean isCurrent() {
            return current;
        }

        /** The switcher's link: the same page, marked as an explicit choice. */
        public String getSwitchHref() {
            return path + "?" + Router.SWITCH_PARAMETER;
        }
    }

    /** An entry of the table of contents: a section's heading and its anchor. */
    public record TocEntry(String id, String text) {

        public String getId() {
            return id;
        }

        public String getText() {
            return text;
        }
    }

    @Inject
    private Site site;

    @Inject
    private ActiveRequest active;

    @Inject
    private HttpServletRequest request;

    @Inject
    private ExternalContext externalContext;

    private SiteContent content;
    private Language language;
    private Route route;
    private LocalizedDocument document;

    @PostConstruct
    void init() {
        content = active.snapshot().content();
        language = active.language();
        route = active.route();
        document = route.kind() == Route.Kind.VERSION ? content.version(route.version()).orElseThrow().document()
                : content.document(language.tag());
    }

    /**
     * Called by the error page before it renders: its language, and not to be stored. (A page is
     * sent with its headers by the router; this bean may have been created by the failed
     * rendering of that page, so the error page cannot rely on its creation.)
     */
    public void writeErrorHeaders() {
        externalContext.setResponseHeader("Content-Language", language.tag());
        externalContext.setResponseHeader("Cache-Control", "no-store");
    }

    public Language getLanguage() {
        return language;
    }

    /** The interface string in the page's language, else in French. */
    public String text(String key) {
        return content.messages().get(language.tag(), key);
    }

    /** The page's title: the document's (an earlier version's own), or the history's. */
    public String getTitle() {
        return route.kind() == Route.Kind.HISTORY ? text("history.title") : document.title();
    }

    public String getDescription() {
        return route.kind() == Route.Kind.HISTORY ? text("history.intro") : document.description();
    }

    /** The document's body, rendered from Markdown with raw HTML escaped. */
    public String getHtml() {
        return document.html();
    }

    /** The document's sections (its second-level headings), for the table of contents. */
    public List<TocEntry> getHeadings() {
        return document.headings().stream().filter(heading -> heading.level() == 2)
                .map(heading -> new TocEntry(heading.id(), heading.text())).toList();
    }

    /** The language the document is written in: the page's, or French where it has no translation. */
    public String getDocumentLanguage() {
        return document.tag();
    }

    /** The direction the document is written in, which differs from the page's for an untranslated language. */
    public String getDocumentDirection() {
        return content.language(document.tag()).orElse(language).direction();
    }

    /** This language's page, as a path for links. */
    public String getPath() {
        return request.getContextPath() + content.path(language.tag());
    }

    /**
     * The languages, for the switcher and the alternate links. On an error page none is the
     * current page: each link leads to the legal notice, which is not the page shown. Decided
     * when asked, not at creation: this bean may have been created by the page whose failure
     * the error page now reports.
     */
    public List<Alternate> getAlternates() {
        boolean error = isErrorPage();
        Route shown = error ? Route.notice(language.tag()) : route;
        String base = site.config().baseUrl();
        return content.languages().stream().map(other -> {
            String path = shown.in(other.tag()).path(content);
            return new Alternate(other, request.getContextPath() + path, base + path, !error && other.equals(language));
        }).toList();
    }

    /** Whether the container is rendering the error page for this request. */
    private boolean isErrorPage() {
        return request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) != null;
    }

    public String getCanonicalUrl() {
        return site.config().baseUrl() + route.path(content);
    }

    /** The {@code x-default} alternate: the root, which negotiates. */
    public String getRootUrl() {
        return site.config().baseUrl() + "/";
    }

    /** Whether this is a translation, which must defer to the French original. */
    public boolean isTranslation() {
        return route.kind() == Route.Kind.NOTICE && !language.tag().equals(SiteContent.ORIGINAL) && content.translated(language.tag());
    }

    /** Whether the translation was made from an older version of the original. */
    public boolean isStale() {
        return route.kind() == Route.Kind.NOTICE && content.stale(language.tag());
    }

    /** Whether parts of the translation are still the French text (and say so, as the French prevails). */
    public boolean isIncomplete() {
        return content.incomplete(language.tag());
    }

    /** Whether the language has no translation, so the French text is shown. */
    public boolean isUntranslated() {
        return route.kind() == Route.Kind.NOTICE && !content.translated(language.tag());
    }

    /** The history of the original in this language, as a path for links. */
    public String getHistoryPath() {
        return request.getContextPath() + content.historyPath(language.tag());
    }

    /** The version before the one in force, as a path for links, or null when there is none. */
    public String getPreviousVersionPath() {
        List<PublishedVersion> versions = content.versions();
        return versions.size() < 2 ? null : request.getContextPath() + content.versionPath(language.tag(), versions.get(1).version());
    }

    /** "Previous version: {date}", as HTML. */
    public String getPreviousVersionHtml() {
        List<PublishedVersion> versions = content.versions();
        return versions.size() < 2 ? "" : dated("history.previous", versions.get(1).date());
    }

    /** On an earlier version's page: "Version of {date}, no longer in force since {date}", as HTML. */
    public String getSupersededHtml() {
        List<PublishedVersion> versions = content.versions();
        for (int i = 1; i < versions.size(); i++) {
            if (versions.get(i).version().equals(route.version())) {
                return dated("version.superseded", versions.get(i).date(), versions.get(i - 1).date());
            }
        }
        return "";
    }

    /** On an earlier version's page: "Version of {date}", as HTML, for its footer. */
    public String getVersionHtml() {
        return route.kind() == Route.Kind.VERSION ? dated("history.version", content.version(route.version()).orElseThrow().date()) : "";
    }

    public String getOriginalPath() {
        return request.getContextPath() + content.path(SiteContent.ORIGINAL);
    }

    public Language getOriginal() {
        return content.original();
    }

    /**
     * The bundle key prefix of the error being shown: {@code error.404} for a page not found,
     * {@code error.400} for any other client error, {@code error.500} for the rest.
     */
    public String getErrorKey() {
        int status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code ? code : 500;
        return status == 404 ? "error.404" : status >= 400 && status < 500 ? "error.400" : "error.500";
    }

    /** "Last update on: {date}", the date of the French original, as HTML. */
    public String getUpdatedHtml() {
        return withOriginalDate("updated");
    }

    /** "The French original was updated on {date}…", as HTML. */
    public String getStaleHtml() {
        return withOriginalDate("notice.stale");
    }

    /**
     * The string, a pattern whose {0} is the French original's last update in this language,
     * as HTML with the date in a {@code <time>} element.
     */
    private String withOriginalDate(String key) {
        LocalDate lastmod = content.document(SiteContent.ORIGINAL).lastmod();
        return lastmod == null ? "" : dated(key, lastmod);
    }

    /**
     * The string, a pattern whose {0}, {1}… are dates, in this language, as HTML with each date
     * in a {@code <time>} element; a missing date reads as nothing.
     */
    String dated(String key, LocalDate... dates) {
        Object[] markers = new Object[dates.length];
        for (int i = 0; i < dates.length; i++) {
            markers[i] = String.valueOf((char) ('\uE000' + i));
        }
        String html = Html.escape(content.messages().format(language.tag(), key, markers));
        for (int i = 0; i < dates.length; i++) {
            html = html.replace((String) markers[i], dates[i] == null ? "" : "<time datetime=\"" + dates[i] + "\">"
                    + Html.escape(LocalizedFormats.date(dates[i], language.formatTag())) + "</time>");
        }
        return html;
    }
}
