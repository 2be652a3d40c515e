package org.serge.core.solidarity;

import io.vertx.core.Future;
import org.serge.core.solidarity.call.SolidarityCall;
import org.serge.core.solidarity.pledge.Pledge;
import org.serge.core.solidarity.report.StruggleReport;

/**
 * What the solidarity services' callers hand to federation after a change (the services themselves never
 * federate). The real one lives in the federation module; a node that does not federate uses {@link #NONE}.
 * Never fails the caller's change: implementations log and succeed.
 */
public interface SolidarityFederation {

    /** A member filed a report: Create of its signed Article (and the Group's Announce). */
    Future<Void> reportFiled(StruggleReport report);

    /** A member changed their report's status: Update of its newly signed Article. */
    Future<Void> reportUpdated(StruggleReport report);

    /** A member opened a call: Create of its signed Question (and the Group's Announce). */
    Future<Void> callOpened(SolidarityCall call);

    /** A call changed state (met, executed, expired, cancelled): Update of its newly signed Question. */
    Future<Void> callChanged(SolidarityCall call);

    /** A member pledged to a call (a remote one: the signed pledge goes to the call's author). */
    Future<Void> pledged(Pledge pledge, SolidarityCall call);

    /** A member withdrew their pledge (Delete of the pledge object, to the call's author). */
    Future<Void> pledgeWithdrawn(Pledge pledge, SolidarityCall call);

    /** Federates nothing. */
    SolidarityFederation NONE = new SolidarityFederation() {
        @Override
        public Future<Void> reportFiled(StruggleReport report) {
            return Future.succeededFuture();
        }

        @Override
        public Future<Void> reportUpdated(StruggleReport report) {
            return Future.succeededFuture();
        }

        @Override
        public Future<Void> callOpened(SolidarityCall call) {
            return Future.succeededFuture();
        }

        @Override
        public Future<Void> callChanged(SolidarityCall call) {
            return Future.succeededFuture();
        }

        @Override
        public Future<Void> pledged(Pledge pledge, SolidarityCall call) {
            return Future.succeededFuture();
        }

        @Override
        public Future<Void> pledgeWithdrawn(Pledge pledge, SolidarityCall call) {
            return Future.succeededFuture();
        }
    };
}
