package org.serge.core.solidarity.vocab;

/**
 * The form of an action (ILO, LAT, CLB). {@link #stopsWork()} says whether workers stop working, so that the
 * action counts towards days not worked; work-to-rule, go-slows and overtime bans are ILO "other action" and do not.
 */
public enum ActionType implements WireNamed {
    STRIKE("Strike", true),
    LOCKOUT("Lockout", true),
    WALKOUT("Walkout", true),
    SICK_OUT("Sick-out", true),
    WORK_TO_RULE("Work-to-rule", false),
    GO_SLOW("Go-slow", false),
    OVERTIME_BAN("Overtime ban", false),
    PICKET("Picket", false),
    OCCUPATION("Occupation", true),
    RALLY("Rally", false),
    BOYCOTT("Boycott", false),
    PETITION("Petition", false),
    HUNGER_STRIKE("Hunger strike", false),
    SYMPATHY_STRIKE("Sympathy strike", true),
    GENERAL_STRIKE("General strike", true),
    ORGANISING_DRIVE("Organising drive", false);

    private final String label;
    private final boolean stopsWork;

    ActionType(String label, boolean stopsWork) {
        this.label = label;
        this.stopsWork = stopsWork;
    }

    /** English label for readable text. */
    public String label() {
        return label;
    }

    public boolean stopsWork() {
        return stopsWork;
    }

    public static ActionType parse(String wire) {
        return Vocabulary.parse(ActionType.class, wire, "action type");
    }
}
