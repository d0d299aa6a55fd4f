package cn.deputylink.shared.notification;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code deputylink.sms.*} in config/sms.yml: the provider, the approved sign name and the
 * templates (code at the provider, Chinese name, and the text as approved, with ${param}s).
 */
@ConfigurationProperties(prefix = "deputylink.sms")
public class SmsProperties {

    /** {@code logging} or {@code aliyun}. */
    private String provider = "logging";
    private String signName = "";
    private Map<String, Template> templates = new LinkedHashMap<>();
    private Aliyun aliyun = new Aliyun();

    public static class Template {
        private String code;
        private String name;
        private String text;

        public String getCode() {
            return code;
        }

        public void setCode(String code) {
            this.code = code;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getText() {
            return text;
        }

        public void setText(String text) {
            this.text = text;
        }
    }

    /** Alibaba Cloud SMS; the keys come from the environment, never from a file in the repository. */
    public static class Aliyun {
        private String endpoint = "dysmsapi.aliyuncs.com";
        private String protocol = "https";
        private String regionId = "cn-hangzhou";
        private String accessKeyId;
        private String accessKeySecret;
        private int connectTimeoutMillis = 3000;
        private int readTimeoutMillis = 5000;
        /** Attempts within one call (the SDK's own retry); the job then retries on its cycle. */
        private int maxAttempts = 2;

        public String getEndpoint() {
            return endpoint;
        }

        public void setEndpoint(String endpoint) {
            this.endpoint = endpoint;
        }

        public String getProtocol() {
            return protocol;
        }

        public void setProtocol(String protocol) {
            this.protocol = protocol;
        }

        public String getRegionId() {
            return regionId;
        }

        public void setRegionId(String regionId) {
            this.regionId = regionId;
        }

        public String getAccessKeyId() {
            return accessKeyId;
        }

        public void setAccessKeyId(String accessKeyId) {
            this.accessKeyId = accessKeyId;
        }

        public String getAccessKeySecret() {
            return accessKeySecret;
        }

        public void setAccessKeySecret(String accessKeySecret) {
            this.accessKeySecret = accessKeySecret;
        }

        public int getConnectTimeoutMillis() {
            return connectTimeoutMillis;
        }

        public void setConnectTimeoutMillis(int connectTimeoutMillis) {
            this.connectTimeoutMillis = connectTimeoutMillis;
        }

        public int getReadTimeoutMillis() {
            return readTimeoutMillis;
        }

        public void setReadTimeoutMillis(int readTimeoutMillis) {
            this.readTimeoutMillis = readTimeoutMillis;
        }

        public int getMaxAttempts() {
            return maxAttempts;
        }

        public void setMaxAttempts(int maxAttempts) {
            this.maxAttempts = maxAttempts;
        }
    }

    public String getProvider() {
        return provider;
    }

    public void setProvider(String provider) {
        this.provider = provider;
    }

    public String getSignName() {
        return signName;
    }

    public void setSignName(String signName) {
        this.signName = signName;
    }

    public Map<String, Template> getTemplates() {
        return templates;
    }

    public void setTemplates(Map<String, Template> templates) {
        this.templates = templates;
    }

    public Aliyun getAliyun() {
        return aliyun;
    }

    public void setAliyun(Aliyun aliyun) {
        this.aliyun = aliyun;
    }
}
