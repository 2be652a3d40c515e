/**
 * The solidarity network's domain core: struggle reports with condition figures, employers and their groups,
 * solidarity calls, pledges with their tally and condition, and statistics (issue 6; the vocabularies come from
 * {@code ../shared/reference/solidarity-domain.md}).
 *
 * <ul>
 *   <li>{@code vocab}: the controlled vocabularies as enums with lower-case hyphenated wire names, parsed strictly
 *       (anything else is a 422 naming the field and listing the words); countries (ISO 3166-1 alpha-2 plus XK),
 *       currencies (ISO 4217) and sectors (scheme, version, code: a section letter A-U and optional digits).</li>
 *   <li>{@code employer}: legal entities, found by LEI, else Wikidata id, else name and country; known employers are
 *       completed, never overwritten; a parent that would make a cycle is a 422.</li>
 *   <li>{@code report}, {@code figure}: a report is its own rows plus a public {@code Article} status carrying its
 *       readable text, written in one transaction; status changes append to {@code report_status_history} and
 *       rewrite the status text (an edit).</li>
 *   <li>{@code call}, {@code pledge}: a call is its own row plus a public {@code Question} status whose poll options
 *       are the asks; the poll's counts mirror the tally. The tally is always recomputed from the live pledges under
 *       the call's row lock, and "met" is set in the same transaction as the pledge that satisfies the condition.
 *       A call without a condition is never met: it stays open until executed, cancelled or expired.</li>
 *   <li>{@code stats}: aggregates over every report the node holds, local and remote, with provenance, and CSV.</li>
 * </ul>
 *
 * <p>Services take vocabulary words as wire strings (as they arrive from JSON or ActivityPub) and return records
 * holding enums. They never call the {@code Federator}: the caller federates what they return (Create, Update,
 * the call's state changes, pledges).
 */
package org.serge.core.solidarity;
