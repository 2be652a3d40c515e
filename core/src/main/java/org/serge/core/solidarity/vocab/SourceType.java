package org.serge.core.solidarity.vocab;

/** Where a condition figure comes from. */
public enum SourceType implements WireNamed {
    PAYSLIPS, MEMBER_SURVEY, AGREEMENT, EMPLOYER, OFFICIAL;

    public static SourceType parse(String wire) {
        return Vocabulary.parse(SourceType.class, wire, "source type");
    }
}
