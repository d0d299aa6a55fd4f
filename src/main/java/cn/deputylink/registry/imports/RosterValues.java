package cn.deputylink.registry.imports;

import cn.deputylink.deputy.CongressLevel;
import cn.deputylink.shared.geo.AdministrativeLevel;
import cn.deputylink.station.StationTier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The Chinese words of the roster sheets and what they stand for. */
final class RosterValues {

    private static final Map<String, CongressLevel> LEVEL_WORDS = Map.of("全国", CongressLevel.NATIONAL,
            "省", CongressLevel.PROVINCIAL, "市", CongressLevel.CITY, "县", CongressLevel.COUNTY,
            "乡镇", CongressLevel.TOWNSHIP, "乡", CongressLevel.TOWNSHIP, "镇", CongressLevel.TOWNSHIP);

    private static final Map<String, AdministrativeLevel> ADMIN_WORDS = Map.of("省级", AdministrativeLevel.PROVINCE,
            "市级", AdministrativeLevel.CITY, "县级", AdministrativeLevel.COUNTY, "乡镇级", AdministrativeLevel.TOWNSHIP,
            "乡镇（街道）级", AdministrativeLevel.TOWNSHIP, "街道级", AdministrativeLevel.TOWNSHIP,
            "村级", AdministrativeLevel.VILLAGE, "村（社区）级", AdministrativeLevel.VILLAGE, "社区级", AdministrativeLevel.VILLAGE);

    private RosterValues() {
    }

    /** Items separated by 、，, ; or spaces. */
    static List<String> list(String cell) {
        if (cell == null || cell.isBlank()) {
            return List.of();
        }
        return Arrays.stream(cell.split("[、，,；;\\s]+")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** The levels, or null when one of the words is not a level. */
    static Set<CongressLevel> levels(String cell) {
        Set<CongressLevel> levels = EnumSet.noneOf(CongressLevel.class);
        for (String word : list(cell)) {
            CongressLevel level = level(word);
            if (level == null) {
                return null;
            }
            levels.add(level);
        }
        return levels;
    }

    static CongressLevel level(String word) {
        for (CongressLevel l : CongressLevel.values()) {
            if (l.label().equals(word) || l.name().equalsIgnoreCase(word)) {
                return l;
            }
        }
        String shortWord = word.replace("人大代表", "").replace("级", "");
        if (shortWord.startsWith("县")) {
            return CongressLevel.COUNTY;
        }
        return LEVEL_WORDS.get(shortWord);
    }

    static String levelLabels(Set<CongressLevel> levels) {
        List<String> labels = new ArrayList<>();
        levels.stream().sorted().forEach(l -> labels.add(l.label()));
        return String.join("、", labels);
    }

    static StationTier tier(String word) {
        for (StationTier t : StationTier.values()) {
            if (t.label().equals(word) || t.nameSuffix().equals(word) || t.name().equalsIgnoreCase(word)) {
                return t;
            }
        }
        return null;
    }

    static AdministrativeLevel administrativeLevel(String word) {
        for (AdministrativeLevel l : AdministrativeLevel.values()) {
            if (l.label().equals(word) || l.name().equalsIgnoreCase(word)) {
                return l;
            }
        }
        return ADMIN_WORDS.get(word);
    }
}
