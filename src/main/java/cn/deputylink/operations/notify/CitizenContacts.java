package cn.deputylink.operations.notify;

import java.util.Optional;

/**
 * Where a workflow keeps the phone number of the citizen behind a case. Each feature whose cases
 * have a citizen registers one bean (e.g. opinions answer for business keys "YJ-…"); the shared
 * {@code notifyCitizen} step asks them by business key, so the number never becomes a process
 * variable.
 */
public interface CitizenContacts {

    /** Whether this source owns cases with this business key. */
    boolean handles(String businessKey);

    /** The citizen's phone number, empty when the citizen left none. */
    Optional<String> phone(String businessKey);
}
