package org.serge.core.db;

/**
 * A PostgreSQL that the node can use: where it is, and what to do when the node is done with it (stop an
 * embedded server this process started; nothing for an external one or one that another process owns).
 */
public interface Database extends AutoCloseable {

    ConnectionSettings settings();

    /** True when this process started an embedded server and stops it on close. */
    boolean ownsServer();

    @Override
    void close();
}
