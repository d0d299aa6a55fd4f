package cn.deputylink.shared.privacy;

import cn.deputylink.shared.security.CurrentUser;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes the audit record each time a citizen's contact data is shown or used unmasked. Written in
 * its own transaction: the reads that open contact data run read-only, and an opening counts even
 * when the surrounding work fails afterwards.
 */
@Service
public class ContactAudit {

    /** The actor recorded for the system's own use of a number (the SMS to the citizen). */
    public static final String SYSTEM = "system";
    public static final String NAME = "name";
    public static final String PHONE = "phone";

    private final ContactAccessRepository log;
    private final CurrentUser currentUser;

    public ContactAudit(ContactAccessRepository log, CurrentUser currentUser) {
        this.log = log;
        this.currentUser = currentUser;
    }

    /**
     * Records that the caller saw the given name and/or phone of a case; nothing when the case holds
     * neither (an anonymous case shows nothing to protect).
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void opened(String caseRef, String name, String phone, String endpoint, String purpose) {
        record(currentUser.id().orElse(SYSTEM), caseRef, name, phone, endpoint, purpose);
    }

    /** The system itself used the number (an SMS), whoever's request happened to trigger the step. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void usedBySystem(String caseRef, String phone, String endpoint, String purpose) {
        record(SYSTEM, caseRef, null, phone, endpoint, purpose);
    }

    private void record(String user, String caseRef, String name, String phone, String endpoint, String purpose) {
        List<String> fields = new ArrayList<>();
        if (name != null && !name.isBlank()) {
            fields.add(NAME);
        }
        if (phone != null && !phone.isBlank()) {
            fields.add(PHONE);
        }
        if (fields.isEmpty()) {
            return;
        }
        log.save(new ContactAccess(ClockUtil.getCurrentTime().toInstant(), user, caseRef, String.join(",", fields),
                purpose, endpoint));
    }
}
