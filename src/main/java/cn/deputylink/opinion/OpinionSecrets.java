package cn.deputylink.opinion;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The citizen's secret for one case: a 6-digit 查询码 to type and a 128-bit private-link token.
 * Both are handed out once; the case keeps only their SHA-256 hashes (the 查询码 together with the
 * tracking code, so equal 查询码 of two cases hash apart).
 */
@Component
public class OpinionSecrets {

    /** What the citizen is told once: the 查询码, the token and the link that carries it. */
    public record Issued(String accessCode, String token, String privateLink) {
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private final String publicBaseUrl;

    public OpinionSecrets(@Value("${deputylink.public-base-url:http://localhost:8080}") String publicBaseUrl) {
        this.publicBaseUrl = publicBaseUrl.endsWith("/") ? publicBaseUrl.substring(0, publicBaseUrl.length() - 1)
                : publicBaseUrl;
    }

    /** New secrets for the case; the previous ones, if any, stop working. */
    public Issued issue(Opinion o) {
        String accessCode = String.format("%06d", RANDOM.nextInt(1_000_000));
        byte[] raw = new byte[16];
        RANDOM.nextBytes(raw);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
        o.setAccessSecrets(accessCodeHash(o.getTrackingCode(), accessCode), sha256(token));
        return new Issued(accessCode, token, privateLink(o.getTrackingCode(), token));
    }

    public String privateLink(String trackingCode, String token) {
        return publicBaseUrl + "/h5/o/" + trackingCode + "?k=" + token;
    }

    /** A 查询码 has six digits; anything else offered as a secret is taken for a link token. */
    static boolean isAccessCode(String secret) {
        return secret.matches("\\d{6}");
    }

    /** Whether {@code secret} (a 查询码 or a link token) opens this case. */
    boolean matches(Opinion o, String secret) {
        if (secret == null || secret.isBlank()) {
            return false;
        }
        String s = secret.strip();
        String expected = isAccessCode(s) ? o.getAccessCodeHash() : o.getLinkTokenHash();
        String actual = isAccessCode(s) ? accessCodeHash(o.getTrackingCode(), s) : sha256(s);
        return expected != null && MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                actual.getBytes(StandardCharsets.US_ASCII));
    }

    static String accessCodeHash(String trackingCode, String accessCode) {
        return sha256(trackingCode + ":" + accessCode);
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing", e);
        }
    }
}
