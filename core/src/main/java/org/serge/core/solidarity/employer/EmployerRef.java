package org.serge.core.solidarity.employer;

import java.util.List;

/**
 * An employer as a report names it, found or created by LEI, else Wikidata id, else legal name (case-insensitive)
 * and country. {@code parent} may name its parent company the same way (or be null).
 */
public record EmployerRef(String legalName, List<String> aliases, String country, String wikidataId, String lei,
                          EmployerRef parent) {

    public EmployerRef {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }

    public static EmployerRef named(String legalName, String country) {
        return new EmployerRef(legalName, List.of(), country, null, null, null);
    }

    public EmployerRef withParent(EmployerRef parent) {
        return new EmployerRef(legalName, aliases, country, wikidataId, lei, parent);
    }

    public EmployerRef withLei(String lei) {
        return new EmployerRef(legalName, aliases, country, wikidataId, lei, parent);
    }

    public EmployerRef withWikidata(String wikidataId) {
        return new EmployerRef(legalName, aliases, country, wikidataId, lei, parent);
    }
}
