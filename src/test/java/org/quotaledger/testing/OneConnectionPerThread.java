package org.quotaledger.testing;

import io.agroal.api.AgroalPoolInterceptor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.Transaction;
import jakarta.transaction.TransactionManager;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every test runs with this guard on the pool: a transaction begun while the thread's transaction, suspended, holds a
 * connection is refused one of its own. Such code works alone and stops under load, when as many threads as the pool
 * has connections each hold one and wait for another until the pool gives up.
 */
@ApplicationScoped
public class OneConnectionPerThread implements AgroalPoolInterceptor {

    private static final Logger LOG = Logger.getLogger(OneConnectionPerThread.class);

    private record Held(Thread thread, Transaction transaction) {
    }

    @Inject
    TransactionManager transactions;

    private final Map<Object, Held> held = new ConcurrentHashMap<>();

    @Override
    public void onConnectionAcquire(Connection connection) {
        Transaction current = current();
        Object physical = physical(connection);
        if (current == null || physical == null) {
            return;
        }
        // A connection destroyed while closed could not be named on its way out; its transaction has ended.
        held.values().removeIf(h -> !active(h.transaction()));
        Thread thread = Thread.currentThread();
        boolean nested = held.values().stream().anyMatch(h -> h.thread() == thread && h.transaction() != current);
        if (nested) {
            var refused = new IllegalStateException("A transaction begun on " + thread.getName() + " while its suspended"
                    + " transaction holds a pooled connection asked for a second one: end the first before beginning another");
            LOG.error(refused.getMessage(), refused);
            throw refused;
        }
        held.put(physical, new Held(thread, current));
    }

    // Never throws: an exception here would leave the pool counting the connection as taken.
    @Override
    public void onConnectionReturn(Connection connection) {
        Object physical = physical(connection);
        if (physical != null) {
            held.remove(physical);
        }
    }

    @Override
    public void onConnectionDestroy(Connection connection) {
        onConnectionReturn(connection);
    }

    private Transaction current() {
        try {
            return transactions.getTransaction();
        } catch (SystemException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean active(Transaction transaction) {
        try {
            return transaction.getStatus() == Status.STATUS_ACTIVE || transaction.getStatus() == Status.STATUS_MARKED_ROLLBACK;
        } catch (SystemException e) {
            return false;
        }
    }

    /** The pool hands out a new wrapper each time: the driver's connection underneath is the one held (null once closed). */
    private static Object physical(Connection connection) {
        try {
            return connection.unwrap(PGConnection.class);
        } catch (SQLException | RuntimeException e) {
            return null;
        }
    }
}
