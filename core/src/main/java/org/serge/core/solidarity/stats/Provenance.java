package org.serge.core.solidarity.stats;

/** Which node (domain) reported how many of a group's reports and figures. */
public record Provenance(String key, String label, String node, int reports, int figures) {
}
