package org.serge.core.db;

import io.vertx.core.AsyncResult;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Group commit: while {@code maxStatements} statements are in flight, new items wait, and the next statement takes
 * all of them (up to {@code maxItems}). At low load every item goes alone at once (no added latency); under load the
 * batches grow by themselves, so that the database sees a few statements per millisecond instead of one per item.
 *
 * <p>The statement answers one result per item, in the order of the items (so that one bad item can fail alone).
 * Each item's future completes after its statement did, on the Vert.x context it was submitted from. A statement
 * that fails as a whole fails every item of its batch.
 *
 * @param <I> what an item holds
 * @param <O> an item's result
 */
public final class GroupCommit<I, O> {

    private record Waiter<I, O>(I item, Context context, Promise<O> promise) {

        void complete(AsyncResult<O> result) {
            if (context == null || context == Vertx.currentContext()) {
                promise.handle(result);
            } else {
                context.runOnContext(v -> promise.handle(result));
            }
        }
    }

    private final int maxStatements;
    private final int maxItems;
    private final Function<List<I>, Future<List<AsyncResult<O>>>> statement;
    private final ArrayDeque<Waiter<I, O>> queue = new ArrayDeque<>();
    private int statements;

    public GroupCommit(int maxStatements, int maxItems, Function<List<I>, Future<List<AsyncResult<O>>>> statement) {
        this.maxStatements = maxStatements;
        this.maxItems = maxItems;
        this.statement = statement;
    }

    public Future<O> submit(I item) {
        Waiter<I, O> waiter = new Waiter<>(item, Vertx.currentContext(), Promise.promise());
        List<Waiter<I, O>> batch = null;
        synchronized (this) {
            queue.add(waiter);
            if (statements < maxStatements) {
                statements++;
                batch = take();
            }
        }
        if (batch != null) {
            send(batch);
        }
        return waiter.promise().future();
    }

    private List<Waiter<I, O>> take() {
        List<Waiter<I, O>> batch = new ArrayList<>(Math.min(queue.size(), maxItems));
        while (!queue.isEmpty() && batch.size() < maxItems) {
            batch.add(queue.poll());
        }
        return batch;
    }

    private void send(List<Waiter<I, O>> batch) {
        Future<List<AsyncResult<O>>> done;
        try {
            done = statement.apply(batch.stream().map(Waiter::item).toList());
        } catch (RuntimeException e) {
            done = Future.failedFuture(e);
        }
        done.onComplete(result -> {
            for (int i = 0; i < batch.size(); i++) {
                batch.get(i).complete(result.succeeded() ? result.result().get(i) : Future.failedFuture(result.cause()));
            }
            List<Waiter<I, O>> next;
            synchronized (this) {
                next = queue.isEmpty() ? null : take();
                if (next == null) {
                    statements--;
                }
            }
            if (next != null) {
                send(next);
            }
        });
    }
}
