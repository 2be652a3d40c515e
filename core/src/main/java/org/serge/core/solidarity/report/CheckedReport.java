package org.serge.core.solidarity.report;

import org.serge.core.solidarity.employer.EmployerRef;

/** A validated report (its employer not yet found or created) and the validated employer reference. */
record CheckedReport(StruggleReport report, EmployerRef employer) {
}
