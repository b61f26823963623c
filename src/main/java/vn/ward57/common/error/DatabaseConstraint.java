package vn.ward57.common.error;

import java.util.Optional;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;
import org.springframework.dao.DataIntegrityViolationException;

/**
 * Turns a constraint the database enforced into a refusal a person can read. Services check
 * first; this is the backstop for races and for data that still depends on what is deleted.
 */
public final class DatabaseConstraint {

    private static final String FOREIGN_KEY_VIOLATION = "23503";
    private static final String UNIQUE_VIOLATION = "23505";

    private DatabaseConstraint() {
    }

    /** Runs a delete or insert, turning a violated constraint into a readable refusal. */
    public static void check(Runnable write) {
        try {
            write.run();
        } catch (DataIntegrityViolationException e) {
            throw explain(e);
        }
    }

    public static Ward57Exception explain(DataIntegrityViolationException e) {
        Optional<ServerErrorMessage> server = serverMessage(e);
        String state = server.map(ServerErrorMessage::getSQLState).orElse("");
        if (FOREIGN_KEY_VIOLATION.equals(state)) {
            // the table named is the one whose rows still point at the deleted row
            String table = server.map(ServerErrorMessage::getTable).orElse("?");
            return new ConflictException("error.still-referenced", null, "table." + table);
        }
        if (UNIQUE_VIOLATION.equals(state)) {
            return new ConflictException("error.duplicate", "code");
        }
        return new InvalidInputException("error.constraint", null);
    }

    private static Optional<ServerErrorMessage> serverMessage(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof PSQLException psql && psql.getServerErrorMessage() != null) {
                return Optional.of(psql.getServerErrorMessage());
            }
        }
        return Optional.empty();
    }
}
