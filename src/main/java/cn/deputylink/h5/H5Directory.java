package cn.deputylink.h5;

import cn.deputylink.deputy.CongressLevel;
import cn.deputylink.deputy.Deputy;
import cn.deputylink.deputy.DeputyPhotoRepository;
import cn.deputylink.deputy.DeputyRepository;
import cn.deputylink.opinion.OpinionTimeline;
import cn.deputylink.review.PerformanceReview;
import cn.deputylink.review.PerformanceReviewRepository;
import cn.deputylink.shared.calendar.WorkingDayCalendar;
import cn.deputylink.shared.web.NotFoundException;
import cn.deputylink.station.LiaisonStation;
import cn.deputylink.station.StationRepository;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the citizens' pages and the printed QR sheets show of deputies and stations: public facts
 * only (no ids, accounts or contact data), looked up by the random QR token or the station code.
 */
@Service
public class H5Directory {

    /** A station line on a card: where to go and when deputies are there. */
    public record StationLine(String code, String name, String tier, String address, String openHours,
                              String receptionDays, LocalDate nextReception) {
    }

    /**
     * A deputy's public card. {@code photoUrl}: null until the registry keeps a deputy photo (the
     * card then shows it); {@code appraisalToken}: set while the deputy's constituent appraisal is open.
     */
    public record DeputyCard(String token, String code, String name, List<String> levels, String photoUrl,
                             String specialty, String groupName, String term, List<StationLine> stations,
                             String appraisalToken) {
    }

    public record StationCard(StationLine station, String tierLabel, String levelLabel, List<DeputyCard> deputies) {
    }

    public record Found(List<DeputyCard> deputies, List<StationLine> stations) {
    }

    private static final int SEARCH_LIMIT = 20;

    private final DeputyRepository deputies;
    private final StationRepository stations;
    private final PerformanceReviewRepository reviews;
    private final WorkingDayCalendar calendar;

    private final DeputyPhotoRepository photos;

    public H5Directory(DeputyRepository deputies, StationRepository stations, PerformanceReviewRepository reviews,
                       WorkingDayCalendar calendar, DeputyPhotoRepository photos) {
        this.photos = photos;
        this.deputies = deputies;
        this.stations = stations;
        this.reviews = reviews;
        this.calendar = calendar;
    }

    @Transactional(readOnly = true)
    public DeputyCard deputy(String token) {
        Deputy d = token == null ? null : deputies.findByPublicToken(token.strip()).filter(Deputy::isActive).orElse(null);
        if (d == null) {
            throw new NotFoundException("未找到该代表，请确认二维码是否有效");
        }
        return card(d, today());
    }

    @Transactional(readOnly = true)
    public StationCard station(String code) {
        LiaisonStation s = code == null ? null
                : stations.findByCode(code.strip()).filter(LiaisonStation::isActive).orElse(null);
        if (s == null) {
            throw new NotFoundException("未找到该站点，请确认二维码或链接是否有效");
        }
        LocalDate today = today();
        List<DeputyCard> list = deputies.findActiveByStation(s.getCode()).stream()
                .map(d -> listed(d)).toList();
        return new StationCard(line(s, today), s.getTier().label(), s.getAdministrativeLevel().label(), list);
    }

    /** Deputies by name, stations by name (township, village, community). */
    @Transactional(readOnly = true)
    public Found search(String q) {
        String query = q == null ? "" : q.strip();
        if (query.isEmpty()) {
            return new Found(List.of(), List.of());
        }
        LocalDate today = today();
        PageRequest page = PageRequest.of(0, SEARCH_LIMIT, Sort.by("name"));
        List<DeputyCard> ds = deputies.search(null, null, null, query, page).stream()
                .filter(Deputy::isActive).filter(d -> d.getName().contains(query))
                .map(this::listed).toList();
        List<StationLine> ss = stations.search(null, null, query, page).stream()
                .filter(LiaisonStation::isActive).map(s -> line(s, today)).toList();
        return new Found(ds, ss);
    }

    private DeputyCard card(Deputy d, LocalDate today) {
        List<StationLine> lines = d.getStations().stream().filter(LiaisonStation::isActive)
                .sorted(Comparator.comparing((LiaisonStation s) -> -s.getAdministrativeLevel().ordinal())
                        .thenComparing(LiaisonStation::getCode))
                .map(s -> line(s, today)).toList();
        String appraisal = reviews.findByDeputy(d.getId()).stream()
                .filter(PerformanceReview::isAppraisalOpen).map(PerformanceReview::getAppraisalToken)
                .findFirst().orElse(null);
        return new DeputyCard(d.getPublicToken(), d.getCode(), d.getName(),
                d.getLevels().stream().sorted().map(CongressLevel::label).toList(), photoUrl(d), d.getSpecialty(),
                d.getGroup() == null ? null : d.getGroup().getName(), d.getTerm(), lines, appraisal);
    }

    /** A deputy in a list (a station's deputies, search results, the QR sheet): no station lines. */
    private DeputyCard listed(Deputy d) {
        return new DeputyCard(d.getPublicToken(), d.getCode(), d.getName(),
                d.getLevels().stream().sorted().map(CongressLevel::label).toList(), photoUrl(d), d.getSpecialty(),
                null, d.getTerm(), List.of(), null);
    }

    /** The public address of the deputy's card photo the office uploaded in the registry, or null. */
    String photoUrl(Deputy d) {
        return photos.existsById(d.getId()) ? "/api/public/deputies/" + d.getPublicToken() + "/photo" : null;
    }

    private StationLine line(LiaisonStation s, LocalDate today) {
        ReceptionDays days = ReceptionDays.parse(s.getReceptionDays());
        return new StationLine(s.getCode(), s.getName(), s.getTier().label(), s.getAddress(), s.getOpenHours(),
                days.label(), days.nextFrom(today));
    }

    private LocalDate today() {
        return calendar.today(OpinionTimeline.now());
    }
}
