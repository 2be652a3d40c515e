package org.serge.federation.inbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.serge.core.account.Account;
import org.serge.core.id.Snowflake;
import org.serge.core.status.Poll;
import org.serge.core.status.Status;
import org.serge.core.status.StatusDraft;
import org.serge.core.status.Visibility;

/** Mastodon's votes (a Note named after the option, replying to the Question) on this node's plain polls. */
class PollVoteInboxTest extends HandlerTestBase {

    private static Status poll(Account author, boolean multiple, OffsetDateTime expiresAt) {
        long id = Snowflake.next();
        Status status = new Status(id, bed.uris.status(author.username(), id),
                bed.uris.statusUrl(author.username(), id), author.id(), true, "Question", Visibility.PUBLIC, null,
                null, null, null, "<p>When?</p>", "When?", "", false, "en", OffsetDateTime.now(ZoneOffset.UTC), null);
        Poll poll = new Poll(multiple, List.of("Monday", "Friday", "Sunday"), List.of(0, 0, 0), 0, expiresAt);
        return InboxTestBed.await(bed.statuses.insert(new StatusDraft(status, List.of(), List.of(), poll, null)));
    }

    /** As Mastodon's ActivityPub::VoteSerializer: no content, to the poll's author only. */
    private static JsonObject vote(RemoteUser voter, String suffix, Status question, String option) {
        JsonObject note = new JsonObject().put("id", voter.uri() + "#votes/" + suffix).put("type", "Note")
                .put("name", option).put("attributedTo", voter.uri()).put("inReplyTo", question.uri())
                .put("to", bed.actorUri("alice"));
        return new JsonObject().put("@context", "https://www.w3.org/ns/activitystreams")
                .put("id", voter.uri() + "#votes/" + suffix + "/activity").put("type", "Create")
                .put("actor", voter.uri()).put("to", new JsonArray().add(bed.actorUri("alice"))).put("object", note);
    }

    private static Poll counts(Status question) {
        return InboxTestBed.await(bed.statuses.poll(question.id())).orElseThrow();
    }

    private static long replies(Status question) {
        return bed.count("SELECT count(*) FROM statuses WHERE in_reply_to_uri = $1", question.uri());
    }

    private static long votes(Status question) {
        return bed.count("SELECT count(*) FROM poll_votes WHERE status_id = $1", question.id());
    }

    @Test
    void aVoteIsCountedAndNotStoredAsAReply() {
        Account alice = bed.local("alice");
        Status question = poll(alice, false, OffsetDateTime.now(ZoneOffset.UTC).plusDays(1));
        RemoteUser rita = bed.remote("https://mastodon.example/users/rita");
        RemoteUser sam = bed.remote("https://other.example/users/sam");
        bed.handle(rita, vote(rita, "1", question, "Friday"));
        bed.handle(sam, vote(sam, "2", question, "Friday"));

        assertEquals(List.of(0, 2, 0), counts(question).votes());
        assertEquals(2, counts(question).votersCount());
        assertEquals(0, replies(question), "a vote is never a reply");
        assertEquals(1, bed.count("SELECT count(*) FROM poll_votes WHERE status_id = $1 AND account_id = $2"
                + " AND choice = 1 AND uri = $3", question.id(), rita.account().id(), rita.uri() + "#votes/1"));

        // the same vote delivered again changes nothing
        bed.handle(rita, vote(rita, "1", question, "Friday"));
        assertEquals(List.of(0, 2, 0), counts(question).votes());
    }

    @Test
    void refusedVotesChangeNothing() {
        Account alice = bed.local("alice");
        Status question = poll(alice, false, OffsetDateTime.now(ZoneOffset.UTC).plusDays(1));
        Status ended = poll(alice, false, OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(1));
        RemoteUser tom = bed.remote("https://mastodon.example/users/tom");
        bed.handle(tom, vote(tom, "a", question, "Monday"));
        bed.handle(tom, vote(tom, "b", question, "Sunday")); // a second vote on a single-choice poll
        bed.handle(tom, vote(tom, "c", question, "Saturday")); // no such option
        bed.handle(tom, vote(tom, "d", ended, "Monday")); // after the end

        assertEquals(List.of(1, 0, 0), counts(question).votes());
        assertEquals(1, votes(question));
        assertEquals(0, votes(ended));
        assertEquals(List.of(0, 0, 0), counts(ended).votes());
        assertEquals(0, replies(question) + replies(ended), "refused votes are not replies either");
    }

    @Test
    void aMultipleChoiceVoteIsOneNotePerOption() {
        Account alice = bed.local("alice");
        Status question = poll(alice, true, OffsetDateTime.now(ZoneOffset.UTC).plusDays(1));
        RemoteUser una = bed.remote("https://mastodon.example/users/una");
        bed.handle(una, vote(una, "x", question, "Monday"));
        bed.handle(una, vote(una, "y", question, "Sunday"));
        bed.handle(una, vote(una, "z", question, "Sunday")); // the same option twice

        assertEquals(List.of(1, 0, 1), counts(question).votes());
        assertEquals(1, counts(question).votersCount(), "one voter");
        assertEquals(2, votes(question));
    }

    @Test
    void repliesWithContentAndNamedNotesToOtherStatusesStayStatuses() {
        Account alice = bed.local("alice");
        Status question = poll(alice, false, OffsetDateTime.now(ZoneOffset.UTC).plusDays(1));
        Status plain = bed.localStatus(alice, Visibility.PUBLIC);
        RemoteUser vic = bed.remote("https://mastodon.example/users/vic");
        JsonObject reply = note(vic, "r", "<p>Friday suits me</p>").put("name", "Friday")
                .put("inReplyTo", question.uri());
        bed.handle(vic, activity(vic, "Create", "r", reply));
        JsonObject named = vote(vic, "n", plain, "Friday");
        bed.handle(vic, named);

        assertTrue(bed.status(reply.getString("id")).isPresent(), "a reply with content stays a reply");
        assertTrue(bed.status(named.getJsonObject("object").getString("id")).isPresent(),
                "a named Note to a status without a poll is a status");
        assertEquals(0, votes(question));
        assertEquals(List.of(0, 0, 0), counts(question).votes());
    }
}
