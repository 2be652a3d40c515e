package org.serge.core.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.AsyncResult;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class GroupCommitTest {

    /** A statement that answers when told to, remembering the batches it was given. */
    private static final class HeldStatement {
        final List<List<Integer>> batches = new ArrayList<>();
        final List<Promise<List<AsyncResult<String>>>> pending = new ArrayList<>();

        Future<List<AsyncResult<String>>> run(List<Integer> batch) {
            batches.add(batch);
            Promise<List<AsyncResult<String>>> promise = Promise.promise();
            pending.add(promise);
            return promise.future();
        }

        void answer(int index) {
            List<AsyncResult<String>> results = new ArrayList<>();
            for (int item : batches.get(index)) {
                results.add(item < 0 ? Future.failedFuture("negative") : Future.succeededFuture("ok " + item));
            }
            pending.get(index).complete(results);
        }
    }

    @Test
    void itemsGoAloneAtLowLoadAndTogetherWhileStatementsAreInFlight() {
        HeldStatement statement = new HeldStatement();
        GroupCommit<Integer, String> commits = new GroupCommit<>(1, 3, statement::run);
        Future<String> first = commits.submit(1);
        List<Future<String>> waiting = List.of(commits.submit(2), commits.submit(3), commits.submit(4),
                commits.submit(5));
        assertEquals(List.of(List.of(1)), statement.batches);

        statement.answer(0);
        assertEquals("ok 1", first.result());
        assertEquals(List.of(2, 3, 4), statement.batches.get(1));
        statement.answer(1);
        assertEquals(List.of(5), statement.batches.get(2));
        statement.answer(2);
        assertEquals(List.of("ok 2", "ok 3", "ok 4", "ok 5"), waiting.stream().map(Future::result).toList());
    }

    @Test
    void oneItemFailsAloneAndAFailedStatementFailsItsWholeBatch() {
        HeldStatement statement = new HeldStatement();
        GroupCommit<Integer, String> commits = new GroupCommit<>(1, 10, statement::run);
        Future<String> first = commits.submit(1);
        Future<String> bad = commits.submit(-1);
        Future<String> good = commits.submit(2);
        statement.answer(0);
        statement.answer(1);
        assertEquals("ok 1", first.result());
        assertTrue(bad.failed());
        assertEquals("ok 2", good.result());

        Future<String> lost = commits.submit(3);
        statement.pending.get(2).fail("connection closed");
        assertEquals("connection closed", lost.cause().getMessage());
        Future<String> after = commits.submit(4);
        statement.answer(3);
        assertEquals("ok 4", after.result());
    }

    @Test
    void aStatementThatThrowsFailsItsItemsAndTheNextGoesOn() {
        GroupCommit<Integer, String> commits = new GroupCommit<>(1, 10, batch -> {
            if (batch.contains(0)) {
                throw new IllegalStateException("cannot build");
            }
            return Future.succeededFuture(List.of(Future.succeededFuture("fine")));
        });
        assertTrue(commits.submit(0).failed());
        assertEquals("fine", commits.submit(1).result());
    }

    @Test
    void withALingerItemsAtLowLoadWaitForEachOther() throws Exception {
        Vertx vertx = Vertx.vertx();
        try {
            List<List<Integer>> batches = new CopyOnWriteArrayList<>();
            GroupCommit<Integer, String> commits = new GroupCommit<>(1, 10, Duration.ofMillis(200), batch -> {
                batches.add(batch);
                return Future.succeededFuture(batch.stream()
                        .<AsyncResult<String>>map(i -> Future.succeededFuture("ok " + i)).toList());
            });
            CompletableFuture<List<String>> answers = new CompletableFuture<>();
            vertx.runOnContext(v -> {
                List<Future<String>> submitted = List.of(commits.submit(1), commits.submit(2));
                vertx.setTimer(50, id -> Future.all(List.of(submitted.get(0), submitted.get(1), commits.submit(3)))
                        .onSuccess(all -> answers.complete(all.<String>list())));
            });
            assertEquals(List.of("ok 1", "ok 2", "ok 3"), answers.get(10, TimeUnit.SECONDS));
            assertEquals(List.of(List.of(1, 2, 3)), batches);
        } finally {
            vertx.close().await();
        }
    }
}
