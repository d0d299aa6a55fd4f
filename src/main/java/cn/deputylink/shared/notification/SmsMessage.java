package cn.deputylink.shared.notification;

import java.util.Map;

/**
 * One text message as Chinese SMS providers take it: a pre-approved sign name and template code
 * with its parameters. {@code text} is the message rendered from the configured template text;
 * {@code keptText} the same with parameters named {@code secret…} (a private link, a 查询码)
 * masked, which is all the outbox stores.
 */
public record SmsMessage(String phone, String templateKey, String templateName, String signName,
                         String templateCode, Map<String, String> params, String text, String keptText) {

    public SmsMessage {
        params = Map.copyOf(params);
    }
}
