package cn.deputylink.shared.privacy;

import java.util.regex.Pattern;

/** Mainland mobile numbers (11 digits starting with 1) and landlines with area code. */
public final class PhoneNumbers {

    private static final Pattern MOBILE = Pattern.compile("^1[3-9]\\d{9}$");
    private static final Pattern LANDLINE = Pattern.compile("^0\\d{2,3}-?\\d{7,8}$");

    private PhoneNumbers() {
    }

    /** Strips spaces, and a leading +86 or 86. */
    public static String normalize(String raw) {
        if (raw == null) {
            return null;
        }
        String s = raw.replaceAll("[\\s()]", "");
        if (s.startsWith("+86")) {
            s = s.substring(3);
        } else if (s.startsWith("86") && s.length() == 13) {
            s = s.substring(2);
        }
        return s;
    }

    public static boolean isValid(String raw) {
        String s = normalize(raw);
        return s != null && (MOBILE.matcher(s).matches() || LANDLINE.matcher(s).matches());
    }
}
