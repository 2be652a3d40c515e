package org.serge.core.solidarity;

import io.vertx.core.Future;
import org.serge.core.solidarity.call.SolidarityCall;
import org.serge.core.solidarity.pledge.Pledge;
import org.serge.core.solidarity.report.StruggleReport;

/**
 * What federation must hear about the solidarity objects, called by the client API after each local change is
 * stored (the services themselves never federate). An implementation renders and queues the activities (a
 * report's Article, a call's Question, pledges with their proofs), including the Create or Update of the linked
 * status, and only queues work: it must not fail the change for a remote reason. {@link #NONE} does nothing.
 */
public interface SolidarityFederation {

    /** A member filed a report (its linked Article status was created with it). */
    Future<Void> reportFiled(StruggleReport report);

    /** A member changed their report's status or outcome (the linked status text was edited). */
    Future<Void> reportUpdated(StruggleReport report);

    /** A member opened a call (its linked Question status was created with it). */
    Future<Void> callOpened(SolidarityCall call);

    /** A local call changed state: met (on a pledge), executed or cancelled. */
    Future<Void> callChanged(SolidarityCall call);

    /** A member pledged to a call, or replaced their pledge; {@code call} is the call as it is now. */
    Future<Void> pledged(Pledge pledge, SolidarityCall call);

    /** A member withdrew their pledge (as it was before the withdrawal); {@code call} is the call as it is now. */
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
