package cn.deputylink.h5;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The addresses printed in QR codes and sent by SMS: {@code deputylink.public-base-url} (the
 * address citizens reach the platform at, e.g. {@code https://rd.example.gov.cn}) followed by the
 * fixed page paths, so printed codes keep working.
 */
@Component
public class PublicLinks {

    private static final Logger log = LoggerFactory.getLogger(PublicLinks.class);

    private final String base;

    public PublicLinks(@Value("${deputylink.public-base-url:http://localhost:8080}") String base) {
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    public String base() {
        return base;
    }

    public String deputy(String publicToken) {
        return base + "/h5/deputies/" + publicToken;
    }

    public String station(String stationCode) {
        return base + "/h5/stations/" + stationCode;
    }

    public String absolute(String path) {
        return path.startsWith("http") ? path : base + path;
    }

    @EventListener(ApplicationReadyEvent.class)
    void announce() {
        String line = "  群众手机页面（二维码、短信中的地址） deputylink.public-base-url = " + base + "/h5/";
        System.out.println(line);
        log.info("public base URL for QR codes and SMS links: {}", base);
    }
}
