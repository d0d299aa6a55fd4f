package cn.deputylink.registry.links;

import cn.deputylink.shared.calendar.WorkingDayCalendar;
import cn.deputylink.shared.geo.AdministrativeLevel;
import cn.deputylink.station.LiaisonStation;
import cn.deputylink.station.StationRepository;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Coverage of the "deputies link households" practice per township (乡镇、街道), for the dashboard:
 * households linked, deputies linking, and how many of the households were contacted in the
 * quarter. A household counts under the township of the station it belongs to (the station itself
 * when it is township-level, else its nearest township-level ancestor).
 */
@Service
public class CoverageService {

    /** Households of stations above township level. */
    public static final String ABOVE_TOWNSHIP = "county";

    private final LinkedHouseholdRepository households;
    private final ContactLogRepository contacts;
    private final StationRepository stations;
    private final WorkingDayCalendar calendar;

    public CoverageService(LinkedHouseholdRepository households, ContactLogRepository contacts,
                           StationRepository stations, WorkingDayCalendar calendar) {
        this.households = households;
        this.contacts = contacts;
        this.stations = stations;
        this.calendar = calendar;
    }

    public record TownshipCoverage(String townshipCode, String townshipName, long households, long deputiesLinking,
                                   long householdsContacted, long contacts, BigDecimal contactedPercent) {
    }

    public record Coverage(LocalDate quarterFrom, LocalDate quarterTo, List<TownshipCoverage> townships,
                           TownshipCoverage total) {
    }

    /** Coverage in the quarter that contains {@code day} (null: today). */
    @Transactional(readOnly = true)
    public Coverage coverage(LocalDate day) {
        LocalDate d = day == null ? calendar.today(ClockUtil.getCurrentTime().toInstant()) : day;
        LocalDate from = d.withMonth((d.getMonthValue() - 1) / 3 * 3 + 1).withDayOfMonth(1);
        LocalDate to = from.plusMonths(3).minusDays(1);

        Map<Long, LiaisonStation> byId = new HashMap<>();
        stations.findAll().forEach(s -> byId.put(s.getId(), s));
        Map<Long, LiaisonStation> townshipOf = new HashMap<>();

        Map<String, long[]> figures = new LinkedHashMap<>();
        Map<String, Set<Long>> deputiesPer = new HashMap<>();
        Map<String, String> names = new HashMap<>();
        Set<Long> allDeputies = new HashSet<>();
        for (Object[] row : households.countByStationAndDeputy()) {
            String key = township((Long) row[0], byId, townshipOf, names);
            figures.computeIfAbsent(key, k -> new long[3])[0] += ((Number) row[2]).longValue();
            deputiesPer.computeIfAbsent(key, k -> new HashSet<>()).add((Long) row[1]);
            allDeputies.add((Long) row[1]);
        }
        for (Object[] row : contacts.countByStation(from, to)) {
            String key = township((Long) row[0], byId, townshipOf, names);
            long[] f = figures.computeIfAbsent(key, k -> new long[3]);
            f[1] += ((Number) row[1]).longValue();
            f[2] += ((Number) row[2]).longValue();
        }
        List<TownshipCoverage> list = new ArrayList<>();
        long[] sum = new long[3];
        figures.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            long[] f = e.getValue();
            list.add(new TownshipCoverage(e.getKey(), names.get(e.getKey()), f[0],
                    deputiesPer.getOrDefault(e.getKey(), Set.of()).size(), f[1], f[2], percent(f[1], f[0])));
            for (int i = 0; i < 3; i++) {
                sum[i] += f[i];
            }
        });
        TownshipCoverage total = new TownshipCoverage(null, "合计", sum[0], allDeputies.size(), sum[1], sum[2],
                percent(sum[1], sum[0]));
        return new Coverage(from, to, list, total);
    }

    private static String township(Long stationId, Map<Long, LiaisonStation> byId, Map<Long, LiaisonStation> cache,
                                   Map<String, String> names) {
        LiaisonStation t = cache.computeIfAbsent(stationId, id -> {
            for (LiaisonStation s = byId.get(id); s != null; s = s.getParent() == null ? null : byId.get(s.getParent().getId())) {
                if (s.getAdministrativeLevel() == AdministrativeLevel.TOWNSHIP) {
                    return s;
                }
                if (s.getAdministrativeLevel().ordinal() < AdministrativeLevel.TOWNSHIP.ordinal()) {
                    return null;
                }
            }
            return null;
        });
        if (t == null) {
            names.put(ABOVE_TOWNSHIP, "县级及以上站点");
            return ABOVE_TOWNSHIP;
        }
        names.put(t.getCode(), t.getName());
        return t.getCode();
    }

    static BigDecimal percent(long part, long whole) {
        if (whole == 0) {
            return BigDecimal.ZERO.setScale(1);
        }
        return BigDecimal.valueOf(part * 100).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }
}
