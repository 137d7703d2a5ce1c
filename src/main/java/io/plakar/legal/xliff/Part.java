package io.plakar.legal.xliff;

import java.util.List;

import io.plakar.legal.content.I18nLayout;

/**
 * One {@code <file>} of the XLIFF: the units of a French file, named by its path
 * ({@code original}).
 */
record Part(String original, List<Unit> units) {

    static final String MESSAGES = "i18n/" + I18nLayout.bundle(I18nLayout.ORIGINAL);
    static final String DOCUMENT = "i18n/" + I18nLayout.document(I18nLayout.ORIGINAL);

    Unit unit(String id) {
        return units.stream().filter(unit -> unit.id().equals(id)).findFirst().orElse(null);
    }
}
