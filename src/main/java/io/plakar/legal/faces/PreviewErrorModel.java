package io.plakar.legal.faces;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import io.plakar.legal.content.ContentException;
import io.plakar.legal.http.ActiveRequest;

/** What the live preview's 503 page lists: every problem that keeps {@code i18n/} from loading. */
@Named("previewError")
@RequestScoped
public class PreviewErrorModel {

    @Inject
    private ActiveRequest active;

    /** Each problem as the check prints it: file, line, message. */
    public List<String> getProblems() {
        ContentException failure = active.failure();
        return failure == null ? List.of() : failure.problems().stream().map(ContentException::describe).toList();
    }
}
