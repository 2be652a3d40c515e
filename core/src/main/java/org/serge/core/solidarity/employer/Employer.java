package org.serge.core.solidarity.employer;

import java.util.List;

/** A legal entity that employs workers, with its parent (null at the top of a group) and global identifiers. */
public record Employer(long id, String legalName, List<String> aliases, Long parentId, String wikidataId, String lei,
                       String country) {

    public Employer {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }
}
