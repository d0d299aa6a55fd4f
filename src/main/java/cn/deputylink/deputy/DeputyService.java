package cn.deputylink.deputy;

import cn.deputylink.deputy.DeputyDtos.DeputyRequest;
import cn.deputylink.deputy.DeputyDtos.GroupRequest;
import cn.deputylink.shared.identity.IdentitySync;
import cn.deputylink.shared.identity.Roles;
import cn.deputylink.shared.web.ConflictException;
import cn.deputylink.shared.web.FieldProblem;
import cn.deputylink.shared.web.InvalidInputException;
import cn.deputylink.shared.web.NotFoundException;
import cn.deputylink.station.LiaisonStation;
import cn.deputylink.station.StationRepository;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Deputies and deputy groups; a deputy's login joins the Camunda group {@code deputies}. */
@Service
public class DeputyService {

    private final DeputyRepository deputies;
    private final DeputyGroupRepository groups;
    private final StationRepository stations;
    private final IdentitySync identity;

    public DeputyService(DeputyRepository deputies, DeputyGroupRepository groups, StationRepository stations,
                         IdentitySync identity) {
        this.deputies = deputies;
        this.groups = groups;
        this.stations = stations;
        this.identity = identity;
    }

    @Transactional(readOnly = true)
    public Deputy get(String code) {
        return deputies.findByCode(code).orElseThrow(() -> NotFoundException.of("代表", code));
    }

    @Transactional
    public Deputy create(DeputyRequest request) {
        if (deputies.existsByCode(request.code())) {
            throw new ConflictException("代表编码已存在：" + request.code());
        }
        Deputy deputy = new Deputy(request.code(), request.name().strip(), request.constituency().strip(),
                request.term().strip());
        apply(deputy, request);
        return deputies.save(deputy);
    }

    @Transactional
    public Deputy update(String code, DeputyRequest request) {
        Deputy deputy = get(code);
        if (!code.equals(request.code())) {
            throw new InvalidInputException("code", "代表编码不可修改");
        }
        deputy.setName(request.name().strip());
        deputy.setConstituency(request.constituency().strip());
        deputy.setTerm(request.term().strip());
        apply(deputy, request);
        return deputy;
    }

    private void apply(Deputy deputy, DeputyRequest request) {
        List<FieldProblem> problems = new ArrayList<>();
        Set<LiaisonStation> joined = new LinkedHashSet<>();
        if (request.stationCodes() != null) {
            for (String stationCode : request.stationCodes()) {
                stations.findByCode(stationCode.strip()).ifPresentOrElse(joined::add,
                        () -> problems.add(new FieldProblem("stationCodes", "站点不存在：" + stationCode)));
            }
        }
        DeputyGroup group = null;
        if (request.groupCode() != null && !request.groupCode().isBlank()) {
            group = groups.findByCode(request.groupCode().strip()).orElse(null);
            if (group == null) {
                problems.add(new FieldProblem("groupCode", "代表小组不存在：" + request.groupCode()));
            }
        }
        String userId = request.userId() == null || request.userId().isBlank() ? null : request.userId().strip();
        if (userId != null) {
            if (!identity.userExists(userId)) {
                problems.add(new FieldProblem("userId", "登录账号不存在：" + userId + "（请先在管理平台创建用户）"));
            } else {
                deputies.findByUserId(userId).filter(other -> !other.getCode().equals(deputy.getCode()))
                        .ifPresent(other -> problems.add(new FieldProblem("userId",
                                "登录账号已绑定其他代表：" + other.getCode())));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        String previousUser = deputy.getUserId();
        deputy.setLevels(request.levels());
        deputy.setStations(joined);
        deputy.setGroup(group);
        deputy.setSpecialty(blankToNull(request.specialty()));
        deputy.setWorkUnit(blankToNull(request.workUnit()));
        deputy.setHouseholdsLinked(request.householdsLinked() == null ? 0 : request.householdsLinked());
        deputy.setUserId(userId);
        if (previousUser != null && !previousUser.equals(userId)) {
            identity.removeMember(previousUser, Roles.DEPUTIES);
        }
        if (userId != null) {
            identity.ensureMember(userId, Roles.DEPUTIES);
        }
    }

    @Transactional(readOnly = true)
    public DeputyGroup getGroup(String code) {
        return groups.findByCode(code).orElseThrow(() -> NotFoundException.of("代表小组", code));
    }

    @Transactional
    public DeputyGroup createGroup(GroupRequest request) {
        if (groups.existsByCode(request.code())) {
            throw new ConflictException("代表小组编码已存在：" + request.code());
        }
        DeputyGroup group = new DeputyGroup(request.code(), request.name().strip());
        applyGroup(group, request);
        return groups.save(group);
    }

    @Transactional
    public DeputyGroup updateGroup(String code, GroupRequest request) {
        DeputyGroup group = getGroup(code);
        if (!code.equals(request.code())) {
            throw new InvalidInputException("code", "代表小组编码不可修改");
        }
        group.setName(request.name().strip());
        applyGroup(group, request);
        return group;
    }

    private void applyGroup(DeputyGroup group, GroupRequest request) {
        LiaisonStation station = null;
        if (request.stationCode() != null && !request.stationCode().isBlank()) {
            station = stations.findByCode(request.stationCode().strip()).orElseThrow(() ->
                    new InvalidInputException("stationCode", "站点不存在：" + request.stationCode()));
        }
        group.setStation(station);
        group.setSpecialty(blankToNull(request.specialty()));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
