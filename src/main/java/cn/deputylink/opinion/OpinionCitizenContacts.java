package cn.deputylink.opinion;

import cn.deputylink.operations.notify.CitizenContacts;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The citizen behind an opinion ("YJ-…"), for the shared 短信告知群众 step: the number stays in
 * the case record; anonymous cases and cases without a number get no message. Its use is audited
 * where the message is sent ({@code Notifications.toCitizen}).
 */
@Component
public class OpinionCitizenContacts implements CitizenContacts {

    private final OpinionRepository opinions;

    public OpinionCitizenContacts(OpinionRepository opinions) {
        this.opinions = opinions;
    }

    @Override
    public boolean handles(String businessKey) {
        return businessKey.startsWith(OpinionProcess.TRACKING_PREFIX + "-");
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<String> phone(String businessKey) {
        return opinions.findByTrackingCode(businessKey).map(Opinion::getCitizenPhone).filter(p -> !p.isBlank());
    }
}
