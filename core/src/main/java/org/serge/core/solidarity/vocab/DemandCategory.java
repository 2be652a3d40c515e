package org.serge.core.solidarity.vocab;

/** What workers demand, from the LAT and China Labour Bulletin categories (see solidarity-domain.md). */
public enum DemandCategory implements WireNamed {
    PAY, WAGE_ARREARS, BENEFITS, HOURS, STAFFING, HEALTH_AND_SAFETY, JOB_SECURITY, CASUALISATION, RECOGNITION, CONTRACT_RENEWAL, REINSTATEMENT, ANTI_UNION_RETALIATION, DISCRIMINATION, SEVERANCE, OTHER;

    public static DemandCategory parse(String wire) {
        return Vocabulary.parse(DemandCategory.class, wire, "demand category");
    }
}
