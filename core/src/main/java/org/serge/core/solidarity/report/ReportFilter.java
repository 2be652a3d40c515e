package org.serge.core.solidarity.report;

/**
 * Which reports to list, newest first, below {@code maxId} when given. Every field may be null (no filter).
 * {@code employerId} matches the employer and its subsidiaries; with {@code wholeGroup} it matches the whole group
 * of its ultimate parent. {@code sectorCode} matches a code and the codes below it (C matches C10) in
 * {@code sectorScheme}/{@code sectorVersion} (ISIC 4 when null). {@code hashtag} is without '#'.
 */
public record ReportFilter(Long employerId, boolean wholeGroup, String sectorScheme, String sectorVersion,
                           String sectorCode, String country, String status, String hashtag, Long maxId, int limit) {

    public static ReportFilter all() {
        return new ReportFilter(null, false, null, null, null, null, null, null, null, 20);
    }

    public ReportFilter employer(long id, boolean wholeGroup) {
        return new ReportFilter(id, wholeGroup, sectorScheme, sectorVersion, sectorCode, country, status, hashtag, maxId,
                limit);
    }

    public ReportFilter sector(String code) {
        return new ReportFilter(employerId, wholeGroup, sectorScheme, sectorVersion, code, country, status, hashtag,
                maxId, limit);
    }

    public ReportFilter country(String code) {
        return new ReportFilter(employerId, wholeGroup, sectorScheme, sectorVersion, sectorCode, code, status, hashtag,
                maxId, limit);
    }

    public ReportFilter status(String wire) {
        return new ReportFilter(employerId, wholeGroup, sectorScheme, sectorVersion, sectorCode, country, wire, hashtag,
                maxId, limit);
    }

    public ReportFilter hashtag(String tag) {
        return new ReportFilter(employerId, wholeGroup, sectorScheme, sectorVersion, sectorCode, country, status, tag,
                maxId, limit);
    }

    public ReportFilter page(Long maxId, int limit) {
        return new ReportFilter(employerId, wholeGroup, sectorScheme, sectorVersion, sectorCode, country, status, hashtag,
                maxId, limit);
    }
}
