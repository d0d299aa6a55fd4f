package cn.deputylink.opinion;

import cn.deputylink.operations.notify.CitizenContacts;
import cn.deputylink.shared.privacy.ContactAudit;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The citizen behind an opinion ("YJ-…"), for the shared 短信告知群众 step: the number stays in
 * the case record; anonymous cases and cases without a number get no message.
 */
@Component
public class OpinionCitizenContacts implements CitizenContacts {

    private final OpinionRepository opinions;
    private final ContactAudit audit;

    public OpinionCitizenContacts(OpinionRepository opinions, ContactAudit audit) {
        this.opinions = opinions;
        this.audit = audit;
    }

    @Override
    public boolean handles(String businessKey) {
        return businessKey.startsWith(OpinionProcess.TRACKING_PREFIX + "-");
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<String> phone(String businessKey) {
        Optional<String> phone = opinions.findByTrackingCode(businessKey).map(Opinion::getCitizenPhone)
                .filter(p -> !p.isBlank());
        phone.ifPresent(p -> audit.usedBySystem(businessKey, p, "CitizenContacts.phone", "短信告知群众"));
        return phone;
    }
}
