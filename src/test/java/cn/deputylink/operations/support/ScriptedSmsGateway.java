package cn.deputylink.operations.support;

import cn.deputylink.shared.notification.SmsGateway;
import cn.deputylink.shared.notification.SmsMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.springframework.context.annotation.Primary;
import org.springframework.stereotype.Component;

/**
 * The SMS gateway of the integration tests: accepts every message (and remembers it) unless a
 * test has scripted failures for a number, or routed a number to another gateway (e.g. the real
 * provider adapter against a local stub server), so that a test can break "the operator's SMS
 * API" for its own case only, without replacing beans in the shared Spring context.
 */
@Primary
@Component
public class ScriptedSmsGateway implements SmsGateway {

    private final Map<String, Integer> failuresLeft = new ConcurrentHashMap<>();
    private final Map<String, Supplier<RuntimeException>> failure = new ConcurrentHashMap<>();
    private final Map<String, SmsGateway> routes = new ConcurrentHashMap<>();
    private final List<String> sent = java.util.Collections.synchronizedList(new ArrayList<>());
    private final List<SmsMessage> messages = java.util.Collections.synchronizedList(new ArrayList<>());

    /** The next {@code times} messages to {@code phone} fail with the given exception. */
    public void failNext(String phone, int times, Supplier<RuntimeException> exception) {
        failuresLeft.put(phone, times);
        failure.put(phone, exception);
    }

    /** Messages to {@code phone} go through {@code gateway} from now on. */
    public void route(String phone, SmsGateway gateway) {
        routes.put(phone, gateway);
    }

    /** "phone:text" of each message accepted for {@code phone}. */
    public List<String> sentTo(String phone) {
        synchronized (sent) {
            return sent.stream().filter(s -> s.startsWith(phone + ":")).toList();
        }
    }

    public List<SmsMessage> messagesTo(String phone) {
        synchronized (messages) {
            return messages.stream().filter(m -> m.phone().equals(phone)).toList();
        }
    }

    @Override
    public void send(SmsMessage message) {
        String phone = message.phone();
        Integer left = failuresLeft.get(phone);
        if (left != null && left > 0) {
            failuresLeft.put(phone, left - 1);
            throw failure.get(phone).get();
        }
        SmsGateway route = routes.get(phone);
        if (route != null) {
            route.send(message);
        }
        sent.add(phone + ":" + message.text());
        messages.add(message);
    }
}
