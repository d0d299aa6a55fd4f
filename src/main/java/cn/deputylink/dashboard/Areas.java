package cn.deputylink.dashboard;

import cn.deputylink.shared.geo.AdministrativeLevel;
import cn.deputylink.shared.web.InvalidInputException;
import cn.deputylink.station.LiaisonStation;
import cn.deputylink.station.StationRepository;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The station tree as areas: a county or township station stands for itself and every station below it. */
@Component
public class Areas {

    public record Area(String code, String name, AdministrativeLevel level) {
    }

    /** A snapshot of the tree for one request. */
    public record Tree(Map<String, Area> byCode, Map<String, String> parentOf) {

        /** The station and all below it. */
        public Set<String> within(String code) {
            Set<String> out = new LinkedHashSet<>();
            out.add(code);
            boolean grew = true;
            while (grew) {
                grew = false;
                for (Map.Entry<String, String> e : parentOf.entrySet()) {
                    if (e.getValue() != null && out.contains(e.getValue()) && out.add(e.getKey())) {
                        grew = true;
                    }
                }
            }
            return out;
        }

        /** The township (or, above it, the station itself) a station's figures roll up to. */
        public Area township(String code) {
            String current = code;
            for (int hops = 0; current != null && hops < 10; hops++) {
                Area a = byCode.get(current);
                if (a == null) {
                    return null;
                }
                if (a.level().ordinal() <= AdministrativeLevel.TOWNSHIP.ordinal()) {
                    return a;
                }
                current = parentOf.get(current);
            }
            return byCode.get(code);
        }

        public List<Area> choices() {
            return byCode.values().stream()
                    .filter(a -> a.level() == AdministrativeLevel.COUNTY || a.level() == AdministrativeLevel.TOWNSHIP)
                    .sorted(Comparator.comparing(Area::level).thenComparing(Area::code)).toList();
        }
    }

    private final StationRepository stations;

    public Areas(StationRepository stations) {
        this.stations = stations;
    }

    @Transactional(readOnly = true)
    public Tree tree() {
        Map<String, Area> byCode = new HashMap<>();
        Map<String, String> parentOf = new HashMap<>();
        for (LiaisonStation s : stations.findAll()) {
            byCode.put(s.getCode(), new Area(s.getCode(), s.getName(), s.getAdministrativeLevel()));
            parentOf.put(s.getCode(), s.getParent() == null ? null : s.getParent().getCode());
        }
        return new Tree(byCode, parentOf);
    }

    /** The stations of an area filter, or null for no filter; an unknown or too-low area is bad input. */
    public Set<String> stationsOf(Tree tree, String area) {
        if (area == null) {
            return null;
        }
        Area a = tree.byCode().get(area);
        if (a == null || a.level().ordinal() > AdministrativeLevel.TOWNSHIP.ordinal()) {
            throw new InvalidInputException("area", "地区应为县（市、区）或乡镇（街道）：" + area);
        }
        return tree.within(area);
    }

    static List<String> sorted(Set<String> codes) {
        List<String> out = new ArrayList<>(codes);
        out.sort(null);
        return out;
    }
}
