package org.serge.core.solidarity.employer;

import io.vertx.core.Future;
import io.vertx.sqlclient.SqlClient;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.serge.core.error.ServiceException;
import org.serge.core.id.Snowflake;
import org.serge.core.solidarity.vocab.Countries;

/**
 * Employers and their groups. An employer is found by LEI, else Wikidata id, else legal name (case-insensitive)
 * and country, and created when none matches; known employers are only completed, never overwritten. A parent
 * that would make a cycle is refused (422), so the chain from any employer ends at one ultimate parent.
 */
public final class EmployerService {

    static final int MAX_NAME = 300;
    static final int MAX_ALIASES = 20;
    static final int MAX_PARENT_DEPTH = 5;

    private final EmployerRepository employers;

    public EmployerService(EmployerRepository employers) {
        this.employers = employers;
    }

    public Future<Employer> findOrCreate(EmployerRef ref) {
        try {
            EmployerRef checked = validate(ref, 0);
            return employers.pool().withTransaction(tx -> findOrCreateValid(tx, checked));
        } catch (ServiceException e) {
            return Future.failedFuture(e);
        }
    }

    /** Inside the caller's transaction; {@code ref} must have been through {@link #validate}. */
    public Future<Employer> findOrCreateValid(SqlClient tx, EmployerRef ref) {
        Future<Employer> parent = ref.parent() == null ? Future.succeededFuture(null)
                : findOrCreateValid(tx, ref.parent());
        return parent.compose(p -> find(tx, ref).compose(found -> {
            Long parentId = p == null ? null : p.id();
            if (found.isEmpty()) {
                return employers.insert(tx, new Employer(Snowflake.next(), ref.legalName(), ref.aliases(), parentId,
                        ref.wikidataId(), ref.lei(), ref.country()));
            }
            Employer existing = found.get();
            Future<Void> cycleCheck = parentId == null || existing.parentId() != null ? Future.succeededFuture()
                    : refuseCycle(tx, existing.id(), parentId);
            return cycleCheck.compose(v -> employers.complete(tx, existing.id(), ref.aliases(), parentId,
                    ref.wikidataId(), ref.lei()));
        }));
    }

    /** Sets or clears (null) an employer's parent; a parent that is the employer or below it is a 422. */
    public Future<Employer> setParent(long employerId, Long parentId) {
        return employers.pool().withTransaction(tx -> employers.findById(tx, employerId)
                .compose(found -> found.isEmpty() ? Future.failedFuture(ServiceException.notFound("no such employer"))
                        : parentId == null ? Future.succeededFuture()
                        : employers.findById(tx, parentId).compose(p -> p.isEmpty()
                                ? Future.failedFuture(ServiceException.unprocessable("no such parent employer"))
                                : refuseCycle(tx, employerId, parentId)))
                .compose(v -> employers.setParent(tx, employerId, parentId))
                .compose(v -> employers.findById(tx, employerId)).map(Optional::orElseThrow));
    }

    /** The top of the employer's group (itself when it has no parent). */
    public Future<Employer> ultimateParent(long employerId) {
        return employers.chainUp(employers.pool(), employerId).compose(chain -> chain.isEmpty()
                ? Future.failedFuture(ServiceException.notFound("no such employer"))
                : employers.findById(chain.get(chain.size() - 1)).map(Optional::orElseThrow));
    }

    public Future<Employer> get(long employerId) {
        return employers.findById(employerId).compose(found -> found.map(Future::succeededFuture)
                .orElseGet(() -> Future.failedFuture(ServiceException.notFound("no such employer"))));
    }

    /** Employers whose name or an alias starts with the prefix; at most 40. */
    public Future<List<Employer>> search(String prefix, int limit) {
        if (prefix == null || prefix.isBlank()) {
            return Future.failedFuture(ServiceException.unprocessable("a search needs a name prefix"));
        }
        return employers.searchByPrefix(prefix.trim(), Math.max(1, Math.min(limit, 40)));
    }

    /** A normalised copy of the reference, or a 422 that says what is wrong. Nothing is looked up. */
    public static EmployerRef validate(EmployerRef ref, int depth) {
        if (ref == null) {
            return null;
        }
        if (depth > MAX_PARENT_DEPTH) {
            throw ServiceException.unprocessable("employer parent chain is too deep");
        }
        String name = ref.legalName() == null ? "" : ref.legalName().strip();
        if (name.isEmpty() || name.length() > MAX_NAME) {
            throw ServiceException.unprocessable("employer legal name is required (at most " + MAX_NAME + " characters)");
        }
        if (ref.aliases().size() > MAX_ALIASES) {
            throw ServiceException.unprocessable("an employer has at most " + MAX_ALIASES + " aliases");
        }
        List<String> aliases = new ArrayList<>();
        for (String alias : ref.aliases()) {
            if (alias == null || alias.isBlank() || alias.length() > MAX_NAME) {
                throw ServiceException.unprocessable("employer aliases must be non-empty names");
            }
            aliases.add(alias.strip());
        }
        String country = Countries.check(ref.country(), "employer country", false);
        String qid = ref.wikidataId() == null || ref.wikidataId().isBlank() ? null : ref.wikidataId().trim();
        if (qid != null && !qid.matches("Q[1-9][0-9]{0,11}")) {
            throw ServiceException.unprocessable("Wikidata id must look like Q123");
        }
        String lei = ref.lei() == null || ref.lei().isBlank() ? null : Lei.normalise(ref.lei());
        if (lei != null && !Lei.valid(lei)) {
            throw ServiceException.unprocessable("LEI must be 20 characters with valid ISO 17442 check digits");
        }
        return new EmployerRef(name, aliases, country, qid, lei, validate(ref.parent(), depth + 1));
    }

    private Future<Optional<Employer>> find(SqlClient tx, EmployerRef ref) {
        Future<Optional<Employer>> byLei = ref.lei() == null ? Future.succeededFuture(Optional.empty())
                : employers.findByLei(tx, ref.lei());
        return byLei.compose(found -> found.isPresent() || ref.wikidataId() == null ? Future.succeededFuture(found)
                        : employers.findByWikidata(tx, ref.wikidataId()))
                .compose(found -> found.isPresent() ? Future.succeededFuture(found)
                        : employers.findByName(tx, ref.legalName(), ref.country(), ref.lei(),
                                ref.wikidataId()));
    }

    private Future<Void> refuseCycle(SqlClient tx, long employerId, long parentId) {
        return employers.chainUp(tx, parentId).compose(chain -> chain.contains(employerId)
                ? Future.failedFuture(ServiceException.unprocessable("that parent would make the employer its own parent"))
                : Future.succeededFuture());
    }
}
