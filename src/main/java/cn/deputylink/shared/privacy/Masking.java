package cn.deputylink.shared.privacy;

/**
 * How personal data appears in lists, exports and logs: {@code 张**}, {@code 138****5678}.
 * The full values stay in the domain tables and are shown only where a case needs them.
 */
public final class Masking {

    private Masking() {
    }

    public static String name(String name) {
        if (name == null || name.isBlank()) {
            return name;
        }
        String trimmed = name.trim();
        int first = trimmed.codePointAt(0);
        int rest = trimmed.codePointCount(0, trimmed.length()) - 1;
        return new String(Character.toChars(first)) + "*".repeat(Math.max(rest, 1));
    }

    public static String phone(String phone) {
        if (phone == null || phone.isBlank()) {
            return phone;
        }
        String digits = phone.replaceAll("\\s", "");
        if (digits.length() >= 11) {
            return digits.substring(0, 3) + "****" + digits.substring(digits.length() - 4);
        }
        if (digits.length() > 4) {
            return "*".repeat(digits.length() - 4) + digits.substring(digits.length() - 4);
        }
        return "****";
    }

    /**
     * Free text (an opinion, a reply, a note) with every phone, ID card and bank card number in it
     * masked, however it is written: {@code 138-0011-2233}, {@code １３９…}, {@code +86 139…},
     * {@code (0871)6512 3456}, {@code 11010119900307123X}. Names in free text cannot be told apart
     * from other words and stay; the name fields are masked with {@link #name(String)}.
     */
    public static String freeText(String text) {
        return FreeTextMasking.mask(text);
    }

    /** The last four digits, which a citizen types to prove a case is theirs. */
    public static String lastFour(String phone) {
        if (phone == null) {
            return null;
        }
        String digits = phone.replaceAll("\\D", "");
        return digits.length() < 4 ? null : digits.substring(digits.length() - 4);
    }
}
