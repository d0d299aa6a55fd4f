package cn.deputylink.registry.account;

import cn.deputylink.registry.RegistryProperties;
import java.security.SecureRandom;
import org.springframework.stereotype.Component;

/** Random initial passwords (no look-alike characters), shown once and never stored in clear. */
@Component
public class InitialPasswords {

    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final RegistryProperties properties;

    public InitialPasswords(RegistryProperties properties) {
        this.properties = properties;
    }

    public String next() {
        int length = Math.max(10, properties.getAccounts().getPasswordLength());
        StringBuilder sb = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            sb.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }
}
