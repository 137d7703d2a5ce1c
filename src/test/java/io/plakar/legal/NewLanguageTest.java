package io.plakar.legal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import io.plakar.legal.check.LanguageStatus;
import io.plakar.legal.check.Report;
import io.plakar.legal.check.TranslationCheck;
import io.plakar.legal.content.I18nSource;
import io.plakar.legal.content.SiteContent;
import io.plakar.legal.content.SiteContentLoader;
import io.plakar.legal.i18n.LanguageNegotiator;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The translators' promise ("add two files, nothing else"), kept without a server: a copy of the
 * real i18n/ with a new language made the way i18n/README.md says (a copy of an existing
 * language's bundle and document, with its own name and slug) passes the check, and the site's
 * content lists it, gives it its page and negotiates it. PreviewIT does the same on a running
 * server (served, switcher, cookie, sitemap, status page).
 */
class NewLanguageTest {

    @TempDir
    Path temp;

    @Test
    void aLanguageAddedFromTwoFilesPassesTheCheckAndIsServedListedAndNegotiated() throws IOException {
        Path i18n = I18nCopy.into(temp);
        Files.writeString(i18n.resolve("messages/pt-br.properties"), Files.readString(i18n.resolve("messages/en.properties"), StandardCharsets.UTF_8)
                .replaceAll("(?m)^language\\.name *=.*$", "language.name = Português (Brasil)")
                .replaceAll("(?m)^language\\.format-locale *=.*$", "language.format-locale = pt-BR"), StandardCharsets.UTF_8);
        Files.writeString(i18n.resolve("content/legal-notice.pt-br.md"), Files.readString(i18n.resolve("content/legal-notice.en.md"),
                StandardCharsets.UTF_8).replaceAll("(?m)^slug: .*$", "slug: \"nota-juridica\"").replaceAll("(?m)^title: .*$",
                "title: \"Aviso legal\""), StandardCharsets.UTF_8);

        Report report = TranslationCheck.run(I18nSource.directory(i18n));
        assertFalse(report.hasErrors(), report.format());
        assertTrue(report.languages().stream().map(LanguageStatus::tag).anyMatch("pt-br"::equals), report.format());

        SiteContent content = SiteContentLoader.load(I18nSource.directory(i18n));
        assertTrue(content.tags().contains("pt-br"), content.tags().toString());
        assertEquals("Português (Brasil)", content.language("pt-br").orElseThrow().name());
        assertEquals("/pt-br/nota-juridica", content.path("pt-br"));
        assertEquals("Aviso legal", content.document("pt-br").title());
        LanguageNegotiator negotiator = new LanguageNegotiator(content.tags(), SiteContent.ORIGINAL);
        assertEquals("pt-br", negotiator.negotiate(null, "pt-BR, pt;q=0.8, en;q=0.5"));
    }
}
