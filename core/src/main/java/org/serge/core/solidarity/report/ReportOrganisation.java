package org.serge.core.solidarity.report;

/** An organisation in a struggle: a union and its local, or (with {@code unorganised}) workers without a union. */
public record ReportOrganisation(String name, String local, boolean unorganised) {
}
