package org.serge.federation.fetch;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.net.InetAddress;
import java.util.List;

/** Turns a host name into the addresses a request could connect to, off the event loop. */
@FunctionalInterface
public interface HostResolver {

    Future<List<InetAddress>> resolve(String host);

    /** The JVM's resolver (hosts file, system DNS) on a worker thread; IP literals resolve to themselves. */
    static HostResolver system(Vertx vertx) {
        return host -> vertx.executeBlocking(() -> List.of(InetAddress.getAllByName(host)), false);
    }
}
