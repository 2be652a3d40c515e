package org.serge.core.db;

import io.vertx.core.AsyncResult;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Group commit: while {@code maxStatements} statements are in flight, new items wait, and the next statement takes
 * all of them (up to {@code maxItems}). At low load every item goes alone at once (no added latency); under load the
 * batches grow by themselves, so that the database sees a few statements per millisecond instead of one per item.
 *
 * <p>With a linger, an item that could go at once waits that long for others first: for writes nobody waits on
 * (bookkeeping after the work is done), where one statement per item costs the database more than the wait costs
 * anyone. The linger needs a Vert.x context; items submitted outside one go at once.
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
    private final long lingerMillis;
    private final Function<List<I>, Future<List<AsyncResult<O>>>> statement;
    private final ArrayDeque<Waiter<I, O>> queue = new ArrayDeque<>();
    private int statements;
    private boolean lingering;

    public GroupCommit(int maxStatements, int maxItems, Function<List<I>, Future<List<AsyncResult<O>>>> statement) {
        this(maxStatements, maxItems, Duration.ZERO, statement);
    }

    public GroupCommit(int maxStatements, int maxItems, Duration linger,
                       Function<List<I>, Future<List<AsyncResult<O>>>> statement) {
        this.maxStatements = maxStatements;
        this.maxItems = maxItems;
        this.lingerMillis = linger.toMillis();
        this.statement = statement;
    }

    public Future<O> submit(I item) {
        Waiter<I, O> waiter = new Waiter<>(item, Vertx.currentContext(), Promise.promise());
        synchronized (this) {
            queue.add(waiter);
        }
        startIfRoom(waiter.context(), false);
        return waiter.promise().future();
    }

    /** Sends the waiting items when a statement may start, or starts the linger before that. */
    private void startIfRoom(Context context, boolean lingered) {
        List<Waiter<I, O>> batch = null;
        boolean linger = false;
        synchronized (this) {
            if (queue.isEmpty() || statements + (lingering ? 1 : 0) >= maxStatements) {
                return;
            }
            if (lingered || lingerMillis == 0 || context == null || queue.size() >= maxItems) {
                statements++;
                batch = take();
            } else {
                lingering = true;
                linger = true;
            }
        }
        if (batch != null) {
            send(batch);
        } else if (linger) {
            context.owner().setTimer(lingerMillis, id -> {
                synchronized (this) {
                    lingering = false;
                }
                startIfRoom(context, true);
            });
        }
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
            synchronized (this) {
                statements--;
            }
            startIfRoom(batch.get(0).context(), false);
        });
    }
}
