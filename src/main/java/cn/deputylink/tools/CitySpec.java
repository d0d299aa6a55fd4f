package cn.deputylink.tools;

/**
 * The shape of a generated city. {@link #huanggang()} follows the figures Huanggang reports
 * (seed 003): 12,278 deputies of five levels in 791 groups, 134 homes, 811 stations and 166
 * rooms (代表联系点), plus 60 departments.
 *
 * @param prefix lower-case code prefix of everything generated, e.g. {@code hg} → station
 *               {@code hg-s0001}, deputy {@code HG-D00001}, user {@code hg-d00001}
 */
public record CitySpec(String prefix, String cityName, int counties, int homes, int stations, int rooms, int groups,
                       int deputies, int departments, boolean createUsers) {

    public CitySpec {
        if (!prefix.matches("[a-z][a-z0-9]{1,5}")) {
            throw new IllegalArgumentException("prefix must be 2-6 lower-case letters or digits: " + prefix);
        }
        if (homes < counties + 1 || stations < 1 || groups < 1 || deputies < 1 || departments < 1) {
            throw new IllegalArgumentException("a city needs a home per county plus the city's own, and at least "
                    + "one station, group, deputy and department");
        }
    }

    public static CitySpec huanggang() {
        return new CitySpec("hg", "江北市", 10, 134, 811, 166, 791, 12_278, 60, true);
    }

    /** A small city for tests: same shape, a few hundred deputies. */
    public static CitySpec small(String prefix, int deputies) {
        return new CitySpec(prefix, "江北市", 2, 8, 20, 6, 12, deputies, 6, true);
    }

    public String upperPrefix() {
        return prefix.toUpperCase();
    }
}
