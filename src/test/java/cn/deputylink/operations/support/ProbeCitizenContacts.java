package cn.deputylink.operations.support;

import cn.deputylink.operations.notify.CitizenContacts;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/** Citizens of the operations tests' own cases (business keys "OPS-…"), registered by the tests. */
@Component
public class ProbeCitizenContacts implements CitizenContacts {

    private final Map<String, String> phones = new ConcurrentHashMap<>();

    public void register(String businessKey, String phone) {
        phones.put(businessKey, phone);
    }

    @Override
    public boolean handles(String businessKey) {
        return businessKey.startsWith("OPS-");
    }

    @Override
    public Optional<String> phone(String businessKey) {
        return Optional.ofNullable(phones.get(businessKey));
    }
}
