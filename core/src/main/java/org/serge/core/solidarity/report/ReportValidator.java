package org.serge.core.solidarity.report;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.serge.core.error.ServiceException;
import org.serge.core.solidarity.Checks;
import org.serge.core.solidarity.employer.EmployerRef;
import org.serge.core.solidarity.employer.EmployerService;
import org.serge.core.solidarity.figure.ConditionFigure;
import org.serge.core.solidarity.figure.FigureValidator;
import org.serge.core.solidarity.vocab.ActionType;
import org.serge.core.solidarity.vocab.Authorisation;
import org.serge.core.solidarity.vocab.Countries;
import org.serge.core.solidarity.vocab.DemandCategory;
import org.serge.core.solidarity.vocab.Outcome;
import org.serge.core.solidarity.vocab.Sector;
import org.serge.core.solidarity.vocab.StruggleStatus;
import org.serge.core.solidarity.vocab.Vocabulary;

/** The rules for a report's fields; each failure is a {@link ServiceException} 422 that says what is wrong. */
final class ReportValidator {

    static final int MAX_TITLE = 200;
    static final int MAX_SUMMARY = 1000;
    static final int MAX_BODY = 20_000;
    static final int MAX_LIST = 20;
    static final int MAX_PARTICIPANTS = 100_000_000;

    private ReportValidator() {
    }

    static CheckedReport check(NewReport in, long id, long statusId, long accountId, boolean local, String uri,
                               OffsetDateTime now) {
        if (in == null) {
            throw ServiceException.unprocessable("a report is required");
        }
        String title = Checks.text(in.title(), "title", MAX_TITLE, true);
        String summary = Checks.text(in.summary(), "summary", MAX_SUMMARY, false);
        String body = in.body() == null ? "" : in.body();
        if (body.length() > MAX_BODY) {
            throw ServiceException.unprocessable("body is over " + MAX_BODY + " characters");
        }
        EmployerRef employer = EmployerService.validate(in.employer(), 0);
        if (in.organisations().size() > MAX_LIST) {
            throw ServiceException.unprocessable("at most " + MAX_LIST + " organisations");
        }
        List<ReportOrganisation> organisations = new ArrayList<>();
        for (ReportOrganisation o : in.organisations()) {
            if (o == null) {
                throw ServiceException.unprocessable("organisation is missing");
            }
            String name = Checks.text(o.name(), "organisation name", 200, !o.unorganised());
            organisations.add(new ReportOrganisation(name, Checks.text(o.local(), "organisation local", 200, false),
                    o.unorganised()));
        }
        Sector sector = Sector.of(in.sectorScheme(), in.sectorVersion(), in.sectorCode());
        String country = Countries.check(in.country(), "country", true);
        String region = Countries.checkRegion(in.region(), country);
        String locality = Checks.text(in.locality(), "locality", 200, false);
        if (in.sites() != null && (in.sites() < 1 || in.sites() > 1_000_000)) {
            throw ServiceException.unprocessable("number of sites must be at least 1");
        }
        ActionType action = ActionType.parse(in.actionType());
        Authorisation authorisation = Vocabulary.parseOr(Authorisation.class, in.authorisation(), "authorisation",
                Authorisation.UNKNOWN);
        StruggleStatus status = StruggleStatus.parse(in.status());
        Outcome outcome = Vocabulary.parseOr(Outcome.class, in.outcome(), "outcome", null);
        checkDates(in.startDate(), in.endDate());
        if (in.participants() != null && (in.participants() < 0 || in.participants() > MAX_PARTICIPANTS)) {
            throw ServiceException.unprocessable("participants must be between 0 and " + MAX_PARTICIPANTS);
        }
        Set<DemandCategory> demands = new LinkedHashSet<>();
        if (in.demandCategories().size() > MAX_LIST) {
            throw ServiceException.unprocessable("at most " + MAX_LIST + " demand categories");
        }
        in.demandCategories().forEach(word -> demands.add(DemandCategory.parse(word)));
        String demandsText = Checks.text(in.demandsText(), "demands", 2000, false);
        if (in.sources().size() > MAX_LIST) {
            throw ServiceException.unprocessable("at most " + MAX_LIST + " sources");
        }
        List<ReportSource> sources = new ArrayList<>();
        for (ReportSource s : in.sources()) {
            if (s == null) {
                throw ServiceException.unprocessable("source is missing");
            }
            sources.add(new ReportSource(Checks.httpUrl(s.url(), "source url"), s.verified()));
        }
        String language = Checks.language(in.language());
        if (in.figures().size() > FigureValidator.MAX_FIGURES) {
            throw ServiceException.unprocessable("at most " + FigureValidator.MAX_FIGURES + " figures");
        }
        List<ConditionFigure> figures = new ArrayList<>();
        for (int i = 0; i < in.figures().size(); i++) {
            figures.add(FigureValidator.check(in.figures().get(i), id, i));
        }
        StruggleReport report = new StruggleReport(id, statusId, accountId, local, uri, title, summary, body,
                MarkdownRenderer.toHtml(body), null, organisations, sector, country, region, locality, in.sites(), action,
                authorisation, status, outcome, in.startDate(), in.endDate(), in.participants(), List.copyOf(demands),
                demandsText, sources, language, figures, now, now);
        return new CheckedReport(report, employer);
    }

    static void checkDates(LocalDate start, LocalDate end) {
        if (start != null && end != null && end.isBefore(start)) {
            throw ServiceException.unprocessable("end date is before start date");
        }
    }
}
