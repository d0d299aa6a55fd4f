package cn.deputylink.vote.congress;

import cn.deputylink.deputy.CongressLevel;
import cn.deputylink.deputy.Deputy;
import cn.deputylink.deputy.DeputyRepository;
import cn.deputylink.shared.identity.IdentitySync;
import cn.deputylink.shared.identity.RoleBootstrap;
import cn.deputylink.shared.web.ConflictException;
import cn.deputylink.shared.web.FieldProblem;
import cn.deputylink.shared.web.InvalidInputException;
import cn.deputylink.shared.web.NotFoundException;
import cn.deputylink.station.LiaisonStation;
import cn.deputylink.station.StationRepository;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Congresses and who sits in them. "All deputies" of a vote is the membership at the moment the
 * candidate list goes out (the vote's roll), so later changes to the registry do not move the
 * quorum or the pass threshold of a running vote.
 */
@Service
public class CongressService {

    private final CongressRepository congresses;
    private final DeputyRepository deputies;
    private final StationRepository stations;
    private final IdentitySync identity;
    private final RoleBootstrap roles;

    public CongressService(CongressRepository congresses, DeputyRepository deputies, StationRepository stations,
                           IdentitySync identity, RoleBootstrap roles) {
        this.congresses = congresses;
        this.deputies = deputies;
        this.stations = stations;
        this.identity = identity;
        this.roles = roles;
    }

    public record CongressRequest(
            @NotBlank(message = "人大编码不能为空")
            @Pattern(regexp = "^[a-z0-9][a-z0-9-]{1,39}$", message = "人大编码只能由 2 至 40 位小写字母、数字或连字符组成")
            String code,
            @NotBlank(message = "人大名称不能为空")
            @Size(max = 100, message = "人大名称最长 100 字")
            String name,
            @NotNull(message = "请选择人大层级")
            CongressLevel level,
            @NotNull(message = "请选择代表名单的确定方式")
            MembershipMode membership,
            @Size(max = 40, message = "区域站点编码最长 40 位")
            String regionStationCode,
            List<@NotBlank(message = "代表编码不能为空") String> memberDeputyCodes,
            Boolean active) {
    }

    @Transactional(readOnly = true)
    public Congress get(String code) {
        return congresses.findByCode(code).orElseThrow(() -> NotFoundException.of("人民代表大会", code));
    }

    @Transactional
    public Congress create(CongressRequest request) {
        if (congresses.existsByCode(request.code())) {
            throw new ConflictException("人大编码已存在：" + request.code());
        }
        Congress congress = new Congress(request.code(), request.name().strip(), request.level(), request.membership());
        apply(congress, request);
        congresses.save(congress);
        syncGroup(congress);
        return congress;
    }

    @Transactional
    public Congress update(String code, CongressRequest request) {
        Congress congress = get(code);
        if (!code.equals(request.code())) {
            throw new InvalidInputException("code", "人大编码不可修改");
        }
        congress.setName(request.name().strip());
        congress.setLevel(request.level());
        congress.setMembership(request.membership());
        apply(congress, request);
        syncGroup(congress);
        return congress;
    }

    private void apply(Congress congress, CongressRequest request) {
        List<FieldProblem> problems = new ArrayList<>();
        LiaisonStation region = null;
        if (request.regionStationCode() != null && !request.regionStationCode().isBlank()) {
            region = stations.findByCode(request.regionStationCode().strip()).orElse(null);
            if (region == null) {
                problems.add(new FieldProblem("regionStationCode", "站点不存在：" + request.regionStationCode()));
            }
        }
        Set<Deputy> members = new LinkedHashSet<>();
        List<String> codes = request.memberDeputyCodes() == null ? List.of() : request.memberDeputyCodes();
        if (request.membership() == MembershipMode.EXPLICIT) {
            if (codes.isEmpty()) {
                problems.add(new FieldProblem("memberDeputyCodes", "按名单确定代表时，请列出全体代表"));
            }
            List<String> unknown = new ArrayList<>();
            for (String c : codes) {
                deputies.findByCode(c.strip()).filter(Deputy::isActive).ifPresentOrElse(members::add,
                        () -> unknown.add(c));
            }
            if (!unknown.isEmpty()) {
                problems.add(new FieldProblem("memberDeputyCodes", "代表不存在或已停用：" + String.join("、", unknown)));
            }
            if (new HashSet<>(codes.stream().map(String::strip).toList()).size() != codes.size()) {
                problems.add(new FieldProblem("memberDeputyCodes", "名单中有重复的代表"));
            }
        } else if (!codes.isEmpty()) {
            problems.add(new FieldProblem("memberDeputyCodes", "按代表层级和区域确定代表时不能另列名单"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        congress.setRegion(region);
        congress.setMembers(members);
        if (request.active() != null) {
            congress.setActive(request.active());
        }
    }

    /** The congress's deputies now, ordered by code: the listed members, or those the registry derives. */
    @Transactional(readOnly = true)
    public List<Deputy> members(Congress congress) {
        List<Deputy> result;
        if (congress.getMembership() == MembershipMode.EXPLICIT) {
            result = congress.getMembers().stream().filter(Deputy::isActive).toList();
        } else {
            List<Deputy> ofLevel = deputies.findActiveByLevel(congress.getLevel());
            if (congress.getRegion() == null) {
                result = ofLevel;
            } else {
                Set<Long> region = subtree(congress.getRegion());
                result = ofLevel.stream()
                        .filter(d -> d.getStations().stream().anyMatch(s -> region.contains(s.getId())))
                        .toList();
            }
        }
        return result.stream().sorted(Comparator.comparing(Deputy::getCode)).toList();
    }

    private Set<Long> subtree(LiaisonStation root) {
        Set<Long> ids = new HashSet<>();
        Deque<LiaisonStation> todo = new ArrayDeque<>(List.of(root));
        while (!todo.isEmpty()) {
            LiaisonStation s = todo.pop();
            if (ids.add(s.getId())) {
                todo.addAll(stations.findByParent(s));
            }
        }
        return ids;
    }

    /** Keeps {@code congress-<code>} equal to the members who have a login. */
    @Transactional
    public void syncGroup(Congress congress) {
        identity.ensureGroup(congress.groupId(), congress.getName(), "WORKFLOW");
        roles.grantWorkGroup(congress.groupId());
        identity.setMembers(congress.groupId(), members(congress).stream().map(Deputy::getUserId)
                .filter(Objects::nonNull).toList());
    }
}
