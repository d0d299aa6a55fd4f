package cn.deputylink.shared.notification;

import cn.deputylink.shared.privacy.Masking;
import com.aliyun.dysmsapi20170525.Client;
import com.aliyun.dysmsapi20170525.models.SendSmsRequest;
import com.aliyun.dysmsapi20170525.models.SendSmsResponse;
import com.aliyun.dysmsapi20170525.models.SendSmsResponseBody;
import com.aliyun.teaopenapi.models.Config;
import com.aliyun.teautil.models.RuntimeOptions;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Alibaba Cloud SMS (短信服务, API version 2017-05-25) through its official SDK: sign name,
 * template code and the template's parameters as JSON. Anything but {@code Code = OK} throws
 * {@link SmsDeliveryException}; the step's job then retries and ends as an incident, as for every
 * other external system. The phone number is never logged in full.
 */
public class AliyunSmsGateway implements SmsGateway {

    private static final Logger log = LoggerFactory.getLogger(AliyunSmsGateway.class);

    private final Client client;
    private final SmsProperties.Aliyun settings;
    private final ObjectMapper json = new ObjectMapper();

    public AliyunSmsGateway(SmsProperties.Aliyun settings) {
        this.settings = settings;
        if (blank(settings.getAccessKeyId()) || blank(settings.getAccessKeySecret())) {
            throw new IllegalStateException("deputylink.sms.provider=aliyun needs ALIBABA_CLOUD_ACCESS_KEY_ID and "
                    + "ALIBABA_CLOUD_ACCESS_KEY_SECRET in the environment");
        }
        try {
            this.client = new Client(new Config().setAccessKeyId(settings.getAccessKeyId())
                    .setAccessKeySecret(settings.getAccessKeySecret()).setEndpoint(settings.getEndpoint())
                    .setProtocol(settings.getProtocol()).setRegionId(settings.getRegionId())
                    .setConnectTimeout(settings.getConnectTimeoutMillis())
                    .setReadTimeout(settings.getReadTimeoutMillis()));
        } catch (Exception e) {
            throw new IllegalStateException("cannot set up the Alibaba Cloud SMS client", e);
        }
    }

    @Override
    public void send(SmsMessage message) {
        SendSmsRequest request = new SendSmsRequest().setPhoneNumbers(message.phone())
                .setSignName(message.signName()).setTemplateCode(message.templateCode())
                .setTemplateParam(params(message));
        RuntimeOptions runtime = new RuntimeOptions();
        runtime.autoretry = settings.getMaxAttempts() > 1;
        runtime.maxAttempts = settings.getMaxAttempts();
        runtime.connectTimeout = settings.getConnectTimeoutMillis();
        runtime.readTimeout = settings.getReadTimeoutMillis();
        SendSmsResponse response;
        try {
            response = client.sendSmsWithOptions(request, runtime);
        } catch (Exception e) {
            throw new SmsDeliveryException("阿里云短信接口调用失败：" + String.valueOf(e.getMessage()).replaceAll("\\d{7,}", "***"), e);
        }
        SendSmsResponseBody body = response == null ? null : response.getBody();
        if (body == null || !"OK".equalsIgnoreCase(body.getCode())) {
            String code = body == null ? "无应答" : body.getCode();
            String why = body == null ? "" : body.getMessage();
            throw new SmsDeliveryException("阿里云短信拒绝发送（" + code + "：" + why + "），模板 " + message.templateCode());
        }
        log.info("SMS {} to {} accepted by Alibaba Cloud (BizId {})", message.templateCode(),
                Masking.phone(message.phone()), body.getBizId());
    }

    private String params(SmsMessage message) {
        try {
            return json.writeValueAsString(new TreeMap<>(message.params()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
