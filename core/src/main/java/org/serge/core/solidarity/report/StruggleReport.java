package org.serge.core.solidarity.report;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.serge.core.solidarity.employer.Employer;
import org.serge.core.solidarity.figure.ConditionFigure;
import org.serge.core.solidarity.vocab.ActionType;
import org.serge.core.solidarity.vocab.Authorisation;
import org.serge.core.solidarity.vocab.DemandCategory;
import org.serge.core.solidarity.vocab.Outcome;
import org.serge.core.solidarity.vocab.Sector;
import org.serge.core.solidarity.vocab.StruggleStatus;

/**
 * A struggle report, local or remote ({@code uri} is the Article's id, the origin's for remote reports), linked
 * 1:1 to the status {@code statusId} that carries its readable text. {@code employer}, {@code sector},
 * {@code outcome} and the numbers may be null when not known.
 */
public record StruggleReport(
        long id,
        long statusId,
        long accountId,
        boolean local,
        String uri,
        String title,
        String summary,
        String bodySource,
        String bodyHtml,
        Employer employer,
        List<ReportOrganisation> organisations,
        Sector sector,
        String country,
        String region,
        String locality,
        Integer sites,
        ActionType actionType,
        Authorisation authorisation,
        StruggleStatus status,
        Outcome outcome,
        LocalDate startDate,
        LocalDate endDate,
        Integer participants,
        List<DemandCategory> demandCategories,
        String demandsText,
        List<ReportSource> sources,
        String language,
        List<ConditionFigure> figures,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {

    public StruggleReport {
        organisations = List.copyOf(organisations);
        demandCategories = List.copyOf(demandCategories);
        sources = List.copyOf(sources);
        figures = figures == null ? List.of() : List.copyOf(figures);
    }

    StruggleReport withFigures(List<ConditionFigure> figures) {
        return new StruggleReport(id, statusId, accountId, local, uri, title, summary, bodySource, bodyHtml, employer,
                organisations, sector, country, region, locality, sites, actionType, authorisation, status, outcome,
                startDate, endDate, participants, demandCategories, demandsText, sources, language, figures, createdAt,
                updatedAt);
    }

    StruggleReport withStatus(StruggleStatus status, Outcome outcome, LocalDate endDate, OffsetDateTime at) {
        return new StruggleReport(id, statusId, accountId, local, uri, title, summary, bodySource, bodyHtml, employer,
                organisations, sector, country, region, locality, sites, actionType, authorisation, status, outcome,
                startDate, endDate, participants, demandCategories, demandsText, sources, language, figures, createdAt,
                at);
    }

    StruggleReport withEmployer(Employer employer) {
        return new StruggleReport(id, statusId, accountId, local, uri, title, summary, bodySource, bodyHtml, employer,
                organisations, sector, country, region, locality, sites, actionType, authorisation, status, outcome,
                startDate, endDate, participants, demandCategories, demandsText, sources, language, figures, createdAt,
                updatedAt);
    }
}
