package cn.deputylink.shared.notification;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/** Builds {@link SmsMessage}s from the configured templates; an unknown key is a configuration error. */
@Component
public class SmsTemplates {

    /** 通用通知: the template behind free-text steps (its one parameter is {@code content}). */
    public static final String NOTICE = "notice";
    private static final Pattern PARAM = Pattern.compile("\\$\\{([A-Za-z0-9_]+)}");

    private final SmsProperties properties;

    public SmsTemplates(SmsProperties properties) {
        this.properties = properties;
    }

    public SmsMessage message(String phone, String templateKey, Map<String, String> params) {
        SmsProperties.Template t = properties.getTemplates().get(templateKey);
        if (t == null || t.getCode() == null || t.getText() == null) {
            throw new IllegalStateException("短信模板未配置：deputylink.sms.templates." + templateKey);
        }
        return new SmsMessage(phone, templateKey, t.getName(), properties.getSignName(), t.getCode(), params,
                render(templateKey, t.getText(), params, false), render(templateKey, t.getText(), params, true));
    }

    private static String render(String key, String pattern, Map<String, String> params, boolean maskSecrets) {
        Matcher m = PARAM.matcher(pattern);
        StringBuilder text = new StringBuilder();
        while (m.find()) {
            String value = params.get(m.group(1));
            if (value == null) {
                throw new IllegalStateException("短信模板 " + key + " 缺少参数 " + m.group(1));
            }
            m.appendReplacement(text, Matcher.quoteReplacement(
                    maskSecrets && m.group(1).startsWith("secret") ? "******" : value));
        }
        m.appendTail(text);
        return text.toString();
    }
}
