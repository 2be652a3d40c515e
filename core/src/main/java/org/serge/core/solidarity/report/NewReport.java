package org.serge.core.solidarity.report;

import java.time.LocalDate;
import java.util.List;
import org.serge.core.solidarity.employer.EmployerRef;
import org.serge.core.solidarity.figure.NewFigure;

/**
 * A struggle report as submitted by a member or received from another node. Vocabulary words are wire strings
 * (checked by {@link ReportService}); {@code body} is Markdown. Null lists mean empty.
 */
public record NewReport(
        String title,
        String summary,
        String body,
        EmployerRef employer,
        List<ReportOrganisation> organisations,
        String sectorScheme,
        String sectorVersion,
        String sectorCode,
        String country,
        String region,
        String locality,
        Integer sites,
        String actionType,
        String authorisation,
        String status,
        String outcome,
        LocalDate startDate,
        LocalDate endDate,
        Integer participants,
        List<String> demandCategories,
        String demandsText,
        List<ReportSource> sources,
        String language,
        List<NewFigure> figures) {

    public NewReport {
        organisations = organisations == null ? List.of() : List.copyOf(organisations);
        demandCategories = demandCategories == null ? List.of() : List.copyOf(demandCategories);
        sources = sources == null ? List.of() : List.copyOf(sources);
        figures = figures == null ? List.of() : List.copyOf(figures);
    }
}
