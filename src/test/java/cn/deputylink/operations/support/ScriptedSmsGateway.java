package cn.deputylink.operations.support;

import cn.deputylink.shared.notification.SmsGateway;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.springframework.context.annotation.Primary;
import org.springframework.stereotype.Component;

/**
 * The SMS gateway of the integration tests: accepts every message (and remembers it) unless a
 * test has scripted failures for a number, so that a test can break "the operator's SMS API" for
 * its own case only, without replacing beans in the shared Spring context.
 */
@Primary
@Component
public class ScriptedSmsGateway implements SmsGateway {

    private final Map<String, Integer> failuresLeft = new ConcurrentHashMap<>();
    private final Map<String, Supplier<RuntimeException>> failure = new ConcurrentHashMap<>();
    private final List<String> sent = java.util.Collections.synchronizedList(new ArrayList<>());

    /** The next {@code times} messages to {@code phone} fail with the given exception. */
    public void failNext(String phone, int times, Supplier<RuntimeException> exception) {
        failuresLeft.put(phone, times);
        failure.put(phone, exception);
    }

    public List<String> sentTo(String phone) {
        synchronized (sent) {
            return sent.stream().filter(s -> s.startsWith(phone + ":")).toList();
        }
    }

    @Override
    public void send(String phone, String text) {
        Integer left = failuresLeft.get(phone);
        if (left != null && left > 0) {
            failuresLeft.put(phone, left - 1);
            throw failure.get(phone).get();
        }
        sent.add(phone + ":" + text);
    }
}
