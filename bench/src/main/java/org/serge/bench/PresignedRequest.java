package org.serge.bench;

import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;

/** A POST ready to go: signed ahead of time, so that the load generator only writes bytes. */
record PresignedRequest(String path, MultiMap headers, Buffer body) {
}
