package cn.deputylink.dashboard;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * One number on the dashboard: what it counts (numerator over denominator, or a plain count), its
 * definition (shown on hover and to screen readers) and the links to the cases behind both parts.
 */
public record Figure(String label, long numerator, Long denominator, String value, String definition,
                     String drillUrl, String denominatorUrl) {

    public static Figure count(String label, long n, String definition, String drillUrl) {
        return new Figure(label, n, null, Long.toString(n), definition, drillUrl, null);
    }

    public static Figure rate(String label, long numerator, long denominator, String definition, String drillUrl,
                              String denominatorUrl) {
        return new Figure(label, numerator, denominator, percent(numerator, denominator), definition, drillUrl,
                denominatorUrl);
    }

    /** A value computed from parts, e.g. an average: n is the count it averages over. */
    public static Figure average(String label, Double value, long n, String unit, String definition,
                                 String drillUrl) {
        return new Figure(label, n, null, value == null ? "—" : value + unit, definition, drillUrl, null);
    }

    public boolean isRate() {
        return denominator != null;
    }

    /** The rate as a number (0–100, one decimal) for charts and Excel; null without a denominator. */
    public BigDecimal percentValue() {
        if (denominator == null || denominator == 0) {
            return null;
        }
        return BigDecimal.valueOf(numerator * 100L).divide(BigDecimal.valueOf(denominator), 1, RoundingMode.HALF_UP);
    }

    /** "3 / 4" for the cell; the text a screen reader and the tooltip give in full. */
    public String parts() {
        return denominator == null ? null : numerator + " / " + denominator;
    }

    public String title() {
        return label + "：" + definition + (denominator == null ? "" : "（" + numerator + " ÷ " + denominator + "）");
    }

    static String percent(long numerator, long denominator) {
        if (denominator == 0) {
            return "—";
        }
        return BigDecimal.valueOf(numerator * 100L).divide(BigDecimal.valueOf(denominator), 1, RoundingMode.HALF_UP)
                .toPlainString() + "%";
    }
}
