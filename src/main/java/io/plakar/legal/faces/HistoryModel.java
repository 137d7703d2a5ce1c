package io.plakar.legal.faces;

import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

import io.plakar.legal.check.DiffToken;
import io.plakar.legal.check.SectionChange;
import io.plakar.legal.content.FactSubstitution;
import io.plakar.legal.content.SiteContent;
import io.plakar.legal.history.History;
import io.plakar.legal.http.ActiveRequest;
import io.plakar.legal.i18n.Language;

/**
 * What the history page shows, in the page's language: each published version of the French
 * original, newest first, with its date, a link to it, and what changed from the version before,
 * section by section and word by word, the French quoted as written.
 */
@Named("history")
@RequestScoped
public class HistoryModel {

    /** A version in the list. */
    public record Version(String id, String headingHtml, boolean current, String href, String changesHtml, boolean first,
            List<Change> changes) {

        // Bean getters: Jakarta EL 5 (EE 10) does not see record accessors.

        public String getId() {
            return id;
        }

        public String getHeadingHtml() {
            return headingHtml;
        }

        public boolean isCurrent() {
            return current;
        }

        public String getHref() {
            return href;
        }

        public String getChangesHtml() {
            return changesHtml;
        }

        public boolean isFirst() {
            return first;
        }

        public List<Change> getChanges() {
            return changes;
        }
    }

    /**
     * A section that changed: how (changed, added, removed, in the page's language), its heading
     * as the French writes it (or the page's name for the text before the first heading), and its
     * diff, in runs of text.
     */
    public record Change(String state, String heading, boolean headingInFrench, List<Run> diff) {

        public String getState() {
            return state;
        }

        public String getHeading() {
            return heading;
        }

        public boolean isHeadingInFrench() {
            return headingInFrench;
        }

        public List<Run> getDiff() {
            return diff;
        }
    }

    /** A run of a diff: kept, deleted or inserted text, its facts written in. */
    public record Run(String text, boolean deleted, boolean inserted) {

        public String getText() {
            return text;
        }

        public boolean isDeleted() {
            return deleted;
        }

        public boolean isInserted() {
            return inserted;
        }
    }

    @Inject
    private ActiveRequest active;

    @Inject
    private HttpServletRequest request;

    @Inject
    private PageModel page;

    private List<Version> versions;

    @PostConstruct
    void init() {
        SiteContent content = active.snapshot().content();
        Language language = active.language();
        versions = active.snapshot().history().entries().stream().map(entry -> {
            String id = entry.version().version();
            String href = request.getContextPath() + (entry.current() ? content.path(language.tag()) : content.versionPath(language.tag(), id));
            String changesHtml = entry.previous() == null ? "" : page.dated("history.changes", entry.previous().date());
            List<Change> changes = entry.changes().stream().map(change -> new Change(page.text("history.state." + change.state()),
                    change.heading().isEmpty() ? page.text("history.preamble") : change.heading(), !change.heading().isEmpty(),
                    runs(change, content))).toList();
            return new Version(id, page.dated("history.version", entry.version().date()), entry.current(), href, changesHtml,
                    entry.previous() == null, changes);
        }).toList();
    }

    public List<Version> getVersions() {
        return versions;
    }

    private static List<Run> runs(SectionChange change, SiteContent content) {
        return change.diff().stream().map(token -> new Run(facts(token, content), token.isDeleted(), token.isInserted())).toList();
    }

    /** The run's text with the facts it names in full written in, as the French page writes them. */
    private static String facts(DiffToken token, SiteContent content) {
        return content.facts() == null ? token.text()
                : FactSubstitution.applyPlain(token.text(), content.facts(), SiteContent.ORIGINAL);
    }
}
