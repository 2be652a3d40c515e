package org.serge.federation.vocab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuestionTest {

    private final ActivityStreamsCodec codec = new ActivityStreamsCodec();

    @Test
    void mastodonPollInACreate() {
        AsObject question = codec.parse(Fixtures.bytes("mastodon/activity-create_question.json"))
                .activity().orElseThrow().object().asObject().orElseThrow();
        Poll poll = question.poll();
        assertFalse(poll.multipleChoice());
        assertEquals(List.of(new PollOption("Dunno", 0), new PollOption("Everyone knows that!", 1),
                new PollOption("25 char limit is dumb", 0), new PollOption("I can't even fit a funny", 1)), poll.options());
        assertEquals(Instant.parse("2019-05-11T09:03:36Z"), question.endTime());
        assertFalse(poll.closed());
    }

    @Test
    void smithereenPollWithVotersCount() {
        AsObject question = codec.parse(Fixtures.bytes("smithereen/object-question_poll.json")).object().orElseThrow();
        assertEquals(14, question.poll().votersCount());
        assertEquals(List.of(4, 4, 6), question.poll().oneOf().stream().map(PollOption::votes).toList());
    }

    @Test
    void misskeyPollWithNullEndTime() {
        AsObject question = codec.parse(Fixtures.bytes("misskey/object-question_poll.json")).object().orElseThrow();
        assertNull(question.endTime());
        assertEquals(List.of("Working", "Broken af"), question.poll().options().stream().map(PollOption::name).toList());
    }

    @Test
    void multipleChoiceAndClosedForms() {
        Poll closedAt = codec.parse("{\"type\":\"Question\",\"anyOf\":[{\"type\":\"Note\",\"name\":\"a\"},{\"name\":\"b\"},\"c\"],"
                + "\"closed\":\"2026-01-01T00:00:00Z\"}").object().orElseThrow().poll();
        assertTrue(closedAt.multipleChoice());
        assertEquals(2, closedAt.options().size());
        assertNull(closedAt.options().get(0).votes());
        assertTrue(closedAt.closed());
        assertEquals(Instant.parse("2026-01-01T00:00:00Z"), closedAt.closedAt());

        Poll closedFlag = codec.parse("{\"type\":\"Question\",\"oneOf\":[],\"closed\":true}").object().orElseThrow().poll();
        assertTrue(closedFlag.closed());
        assertNull(closedFlag.closedAt());
        assertFalse(codec.parse("{\"type\":\"Question\",\"closed\":false}").object().orElseThrow().poll().closed());
    }

    @Test
    void nonQuestionsHaveNoPoll() {
        assertNull(codec.parse("{\"type\":\"Note\"}").object().orElseThrow().poll());
    }
}
