package cn.deputylink.station;

import cn.deputylink.deputy.DeputyRepository;
import cn.deputylink.shared.geo.AdministrativeLevel;
import cn.deputylink.shared.history.ChangeHistory;
import cn.deputylink.shared.identity.IdentitySync;
import cn.deputylink.shared.identity.RoleBootstrap;
import cn.deputylink.shared.identity.Roles;
import cn.deputylink.shared.web.ConflictException;
import cn.deputylink.shared.web.FieldProblem;
import cn.deputylink.shared.web.InvalidInputException;
import cn.deputylink.shared.web.NotFoundException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The registry of "家、站、室": naming and hierarchy rules, and the station's Camunda group with
 * its staff. Each write is one transaction with its identity changes.
 */
@Service
public class StationService {

    private final StationRepository stations;
    private final DeputyRepository deputies;
    private final StationNamingPolicy naming;
    private final IdentitySync identity;
    private final RoleBootstrap roles;
    private final ChangeHistory history;

    public StationService(StationRepository stations, DeputyRepository deputies, StationNamingPolicy naming,
                          IdentitySync identity, RoleBootstrap roles, ChangeHistory history) {
        this.stations = stations;
        this.deputies = deputies;
        this.naming = naming;
        this.identity = identity;
        this.roles = roles;
        this.history = history;
    }

    /**
     * Why a proposed name would be refused (naming rule, or already taken by another station), or
     * empty when it is acceptable: the same check create and update make, for the page's as-you-type hint.
     */
    @Transactional(readOnly = true)
    public Optional<String> nameProblem(String name, StationTier tier, AdministrativeLevel level, String ownCode) {
        String n = name == null ? "" : name.strip();
        if (n.isEmpty()) {
            return Optional.of("站点名称不能为空");
        }
        Optional<String> reason = naming.check(n, tier, level, deputies.findAllNames());
        if (reason.isPresent()) {
            return reason;
        }
        return stations.findByName(n).filter(other -> !other.getCode().equals(ownCode))
                .map(other -> "站点名称已存在：" + n + "（编码 " + other.getCode() + "）");
    }

    /** The fields of the change history. */
    public static Map<String, String> snapshot(LiaisonStation s) {
        return ChangeHistory.fields("名称", s.getName(), "类型", s.getTier().label(),
                "行政层级", s.getAdministrativeLevel().label(),
                "上级站点", s.getParent() == null ? null : s.getParent().getCode(),
                "地址", s.getAddress(), "开放时间", s.getOpenHours(),
                "工作人员", String.join("、", s.getStaffUserIds().stream().sorted().toList()),
                "状态", s.isActive() ? "启用" : "停用");
    }

    /** Stops a station: it keeps its record and history; its staff group stays for open cases. */
    @Transactional
    public LiaisonStation deactivate(String code) {
        LiaisonStation station = get(code);
        if (!station.isActive()) {
            return station;
        }
        long activeChildren = stations.findByParent(station).stream().filter(LiaisonStation::isActive).count();
        if (activeChildren > 0) {
            throw new ConflictException("该站点下还有 " + activeChildren + " 个启用的下级站点，请先停用或调整下级站点");
        }
        Map<String, String> before = snapshot(station);
        station.setActive(false);
        history.record(ChangeHistory.STATION, code, ChangeHistory.DEACTIVATED, ChangeHistory.diff(before, snapshot(station)));
        return station;
    }

    /** Adds or removes one staff member, keeping the station's group in step. */
    @Transactional
    public LiaisonStation setStaffMember(String code, String userId, boolean member) {
        LiaisonStation station = get(code);
        Map<String, String> before = snapshot(station);
        Set<String> staff = new LinkedHashSet<>(station.getStaffUserIds());
        if (member) {
            List<FieldProblem> problems = new ArrayList<>();
            staff.addAll(staff(List.of(userId), problems));
            if (!problems.isEmpty()) {
                throw new InvalidInputException(problems);
            }
        } else {
            staff.remove(userId);
        }
        station.setStaffUserIds(staff);
        syncGroup(station);
        history.updated(ChangeHistory.STATION, code, before, snapshot(station));
        return station;
    }

    @Transactional(readOnly = true)
    public LiaisonStation get(String code) {
        return stations.findByCode(code).orElseThrow(() -> NotFoundException.of("站点", code));
    }

    @Transactional
    public LiaisonStation create(StationDtos.CreateStation request) {
        if (stations.existsByCode(request.code())) {
            throw new ConflictException("站点编码已存在：" + request.code());
        }
        String name = request.name().strip();
        List<FieldProblem> problems = new ArrayList<>();
        naming.check(name, request.tier(), request.administrativeLevel(), deputies.findAllNames())
                .ifPresent(reason -> problems.add(new FieldProblem("name", reason)));
        if (stations.existsByName(name)) {
            throw new ConflictException("站点名称已存在：" + name);
        }
        LiaisonStation parent = resolveParent(request.parentCode(), problems);
        if (parent != null || isBlank(request.parentCode())) {
            checkHierarchy(request.tier(), request.administrativeLevel(), parent, problems);
        }
        Set<String> staff = staff(request.staff(), problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        LiaisonStation station = new LiaisonStation(request.code(), name, request.tier(), request.administrativeLevel());
        station.setParent(parent);
        station.setAddress(request.address());
        station.setOpenHours(request.openHours());
        station.setStaffUserIds(staff);
        stations.save(station);
        syncGroup(station);
        history.created(ChangeHistory.STATION, station.getCode(), snapshot(station));
        return station;
    }

    @Transactional
    public LiaisonStation update(String code, StationDtos.UpdateStation request) {
        LiaisonStation station = get(code);
        String name = request.name().strip();
        List<FieldProblem> problems = new ArrayList<>();
        if (!name.equals(station.getName())) {
            naming.check(name, station.getTier(), station.getAdministrativeLevel(), deputies.findAllNames())
                    .ifPresent(reason -> problems.add(new FieldProblem("name", reason)));
            if (stations.existsByName(name)) {
                throw new ConflictException("站点名称已存在：" + name);
            }
        }
        LiaisonStation parent = resolveParent(request.parentCode(), problems);
        if (parent != null || isBlank(request.parentCode())) {
            checkHierarchy(station.getTier(), station.getAdministrativeLevel(), parent, problems);
        }
        if (parent != null && createsCycle(station, parent)) {
            problems.add(new FieldProblem("parentCode", "上级站点不能是本站点或其下级站点"));
        }
        Set<String> staff = request.staff() == null ? station.getStaffUserIds() : staff(request.staff(), problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Map<String, String> before = snapshot(station);
        station.setName(name);
        station.setParent(parent);
        station.setAddress(request.address());
        station.setOpenHours(request.openHours());
        station.setStaffUserIds(new LinkedHashSet<>(staff));
        if (request.active() != null) {
            station.setActive(request.active());
        }
        syncGroup(station);
        history.updated(ChangeHistory.STATION, code, before, snapshot(station));
        return station;
    }

    private void syncGroup(LiaisonStation station) {
        identity.ensureGroup(station.groupId(), station.getName(), "WORKFLOW");
        roles.grantWorkGroup(station.groupId());
        identity.setMembers(station.groupId(), station.getStaffUserIds());
        station.getStaffUserIds().forEach(u -> identity.ensureMember(u, Roles.LIAISON_STAFF));
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    private LiaisonStation resolveParent(String parentCode, List<FieldProblem> problems) {
        if (isBlank(parentCode)) {
            return null;
        }
        LiaisonStation parent = stations.findByCode(parentCode).orElse(null);
        if (parent == null) {
            problems.add(new FieldProblem("parentCode", "上级站点不存在：" + parentCode));
        }
        return parent;
    }

    /** 室 hangs under a 站 or 家; 站 under a 家; 家 under a 家 of a higher level, or at the top. */
    static void checkHierarchy(StationTier tier, AdministrativeLevel level, LiaisonStation parent,
                               List<FieldProblem> problems) {
        switch (tier) {
            case ROOM -> {
                if (parent == null || parent.getTier() == StationTier.ROOM) {
                    problems.add(new FieldProblem("parentCode", "代表联络室的上级必须是代表联络站或代表之家"));
                    return;
                }
            }
            case STATION -> {
                if (parent == null || parent.getTier() != StationTier.HOME) {
                    problems.add(new FieldProblem("parentCode", "代表联络站的上级必须是代表之家"));
                    return;
                }
            }
            case HOME -> {
                if (parent == null) {
                    return;
                }
                if (parent.getTier() != StationTier.HOME) {
                    problems.add(new FieldProblem("parentCode", "代表之家的上级只能是更高层级的代表之家"));
                    return;
                }
                if (parent.getAdministrativeLevel().ordinal() >= level.ordinal()) {
                    problems.add(new FieldProblem("parentCode", "上级代表之家的行政层级应高于本站点"));
                }
                return;
            }
            default -> throw new IllegalStateException("unknown tier " + tier);
        }
        if (parent.getAdministrativeLevel().ordinal() > level.ordinal()) {
            problems.add(new FieldProblem("parentCode", "上级站点的行政层级不能低于本站点"));
        }
    }

    private static boolean createsCycle(LiaisonStation station, LiaisonStation newParent) {
        for (LiaisonStation p = newParent; p != null; p = p.getParent()) {
            if (p.getId().equals(station.getId())) {
                return true;
            }
        }
        return false;
    }

    private Set<String> staff(List<String> userIds, List<FieldProblem> problems) {
        Set<String> staff = new LinkedHashSet<>();
        if (userIds == null) {
            return staff;
        }
        userIds.forEach(u -> staff.add(u.strip()));
        List<String> unknown = identity.unknownUsers(staff);
        if (!unknown.isEmpty()) {
            problems.add(new FieldProblem("staff", "工作人员账号不存在：" + String.join("、", unknown)));
        }
        return staff;
    }
}
