package org.serge.core.solidarity.report;

/** Where a report's facts come from, and whether the reporter checked it. */
public record ReportSource(String url, boolean verified) {
}
