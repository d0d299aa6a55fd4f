package cn.deputylink.deputy;

import cn.deputylink.deputy.DeputyDtos.DeputyRequest;
import cn.deputylink.deputy.DeputyDtos.GroupRequest;
import cn.deputylink.shared.history.ChangeHistory;
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
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Deputies and deputy groups; a deputy's login joins the Camunda group {@code deputies}. */
@Service
public class DeputyService {

    private final DeputyRepository deputies;
    private final DeputyGroupRepository groups;
    private final StationRepository stations;
    private final IdentitySync identity;
    private final ChangeHistory history;
    private final DeputyPhotoRepository photos;

    public DeputyService(DeputyRepository deputies, DeputyGroupRepository groups, StationRepository stations,
                         IdentitySync identity, ChangeHistory history, DeputyPhotoRepository photos) {
        this.deputies = deputies;
        this.groups = groups;
        this.stations = stations;
        this.identity = identity;
        this.history = history;
        this.photos = photos;
    }

    /** The fields of the change history (the mobile number masked). */
    public static Map<String, String> snapshot(Deputy d) {
        return ChangeHistory.fields("姓名", d.getName(),
                "层级", String.join("、", d.getLevels().stream().sorted().map(CongressLevel::label).toList()),
                "原选区", d.getConstituency(),
                "所进站点", String.join("、", d.getStations().stream().map(s -> s.getCode()).sorted().toList()),
                "代表小组", d.getGroup() == null ? null : d.getGroup().getCode(),
                "专业", d.getSpecialty(), "工作单位", d.getWorkUnit(), "届次", d.getTerm(),
                "手机号码", cn.deputylink.shared.privacy.Masking.phone(d.getMobile()),
                "登录账号", d.getUserId(), "状态", d.isActive() ? "在任" : "已停用");
    }

    public static Map<String, String> snapshot(DeputyGroup g) {
        return ChangeHistory.fields("名称", g.getName(),
                "活动站点", g.getStation() == null ? null : g.getStation().getCode(), "专业领域", g.getSpecialty());
    }

    /** Links the deputy to an existing Camunda user (joins {@code deputies}); the same rules as the form. */
    @Transactional
    public Deputy linkUser(String code, String userId) {
        Deputy deputy = get(code);
        Map<String, String> before = snapshot(deputy);
        List<FieldProblem> problems = new ArrayList<>();
        String user = checkUser(deputy, userId, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        applyUser(deputy, user);
        history.updated(ChangeHistory.DEPUTY, code, before, snapshot(deputy));
        return deputy;
    }

    /**
     * Marks the deputy as no longer serving (left, not re-elected): the record, ledger and reviews stay;
     * the account's groups and tasks are the caller's (AccountService) to hand back.
     */
    @Transactional
    public Deputy deactivate(String code, String reason) {
        Deputy deputy = get(code);
        if (!deputy.isActive()) {
            return deputy;
        }
        Map<String, String> before = snapshot(deputy);
        deputy.setActive(false);
        String diff = ChangeHistory.diff(before, snapshot(deputy));
        history.record(ChangeHistory.DEPUTY, code, ChangeHistory.DEACTIVATED,
                reason == null || reason.isBlank() ? diff : diff + "；原因：" + reason.strip());
        return deputy;
    }

    /** The deputy no longer sits at this level (not re-elected there) but still serves at another. */
    @Transactional
    public Deputy removeLevel(String code, CongressLevel level) {
        Deputy deputy = get(code);
        if (deputy.getLevels().contains(level) && deputy.getLevels().size() > 1) {
            Map<String, String> before = snapshot(deputy);
            Set<CongressLevel> levels = java.util.EnumSet.copyOf(deputy.getLevels());
            levels.remove(level);
            deputy.setLevels(levels);
            history.updated(ChangeHistory.DEPUTY, code, before, snapshot(deputy));
        }
        return deputy;
    }

    /** The deputy's 届次 text after a 换届 or by-election. */
    @Transactional
    public Deputy setTerm(String code, String term) {
        Deputy deputy = get(code);
        Map<String, String> before = snapshot(deputy);
        deputy.setTerm(term);
        history.updated(ChangeHistory.DEPUTY, code, before, snapshot(deputy));
        return deputy;
    }

    @Transactional
    public Deputy reactivate(String code) {
        Deputy deputy = get(code);
        Map<String, String> before = snapshot(deputy);
        deputy.setActive(true);
        history.updated(ChangeHistory.DEPUTY, code, before, snapshot(deputy));
        return deputy;
    }

    @Transactional
    public Deputy setMobile(String code, String mobile) {
        Deputy deputy = get(code);
        Map<String, String> before = snapshot(deputy);
        deputy.setMobile(blankToNull(mobile));
        history.updated(ChangeHistory.DEPUTY, code, before, snapshot(deputy));
        return deputy;
    }

    /** The photo of the public card: JPEG or PNG, at most 2 MB. */
    @Transactional
    public void setPhoto(String code, String contentType, byte[] data) {
        Deputy deputy = get(code);
        if (data == null || data.length == 0) {
            throw new InvalidInputException("photo", "请选择照片文件");
        }
        if (!"image/jpeg".equals(contentType) && !"image/png".equals(contentType)) {
            throw new InvalidInputException("photo", "照片须为 JPG 或 PNG 格式");
        }
        if (data.length > 2 * 1024 * 1024) {
            throw new InvalidInputException("photo", "照片不能超过 2 MB");
        }
        if (!looksLike(contentType, data)) {
            throw new InvalidInputException("photo", "文件内容不是有效的 JPG 或 PNG 图片");
        }
        DeputyPhoto photo = photos.findById(deputy.getId()).orElseGet(() -> new DeputyPhoto(deputy.getId()));
        photo.replace(contentType, data, ClockUtil.getCurrentTime().toInstant());
        photos.save(photo);
        history.record(ChangeHistory.DEPUTY, code, ChangeHistory.UPDATED, "照片：已更新");
    }

    /** The card photo of a deputy, for the public card and the office's pages. */
    @Transactional(readOnly = true)
    public java.util.Optional<DeputyPhoto> photo(Deputy deputy) {
        return photos.findById(deputy.getId());
    }

    private static boolean looksLike(String contentType, byte[] d) {
        if ("image/png".equals(contentType)) {
            return d.length > 8 && (d[0] & 0xff) == 0x89 && d[1] == 'P' && d[2] == 'N' && d[3] == 'G';
        }
        return d.length > 3 && (d[0] & 0xff) == 0xff && (d[1] & 0xff) == 0xd8;
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
        Deputy saved = deputies.save(deputy);
        history.created(ChangeHistory.DEPUTY, saved.getCode(), snapshot(saved));
        return saved;
    }

    @Transactional
    public Deputy update(String code, DeputyRequest request) {
        Deputy deputy = get(code);
        if (!code.equals(request.code())) {
            throw new InvalidInputException("code", "代表编码不可修改");
        }
        Map<String, String> before = snapshot(deputy);
        deputy.setName(request.name().strip());
        deputy.setConstituency(request.constituency().strip());
        deputy.setTerm(request.term().strip());
        apply(deputy, request);
        history.updated(ChangeHistory.DEPUTY, code, before, snapshot(deputy));
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
        String userId = checkUser(deputy, request.userId(), problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        deputy.setLevels(request.levels());
        deputy.setStations(joined);
        deputy.setGroup(group);
        deputy.setSpecialty(blankToNull(request.specialty()));
        deputy.setWorkUnit(blankToNull(request.workUnit()));
        deputy.setHouseholdsLinked(request.householdsLinked() == null ? 0 : request.householdsLinked());
        applyUser(deputy, userId);
    }

    private String checkUser(Deputy deputy, String requested, List<FieldProblem> problems) {
        String userId = requested == null || requested.isBlank() ? null : requested.strip();
        if (userId != null) {
            if (!identity.userExists(userId)) {
                problems.add(new FieldProblem("userId", "登录账号不存在：" + userId + "（请先在管理平台创建用户）"));
            } else {
                deputies.findByUserId(userId).filter(other -> !other.getCode().equals(deputy.getCode()))
                        .ifPresent(other -> problems.add(new FieldProblem("userId",
                                "登录账号已绑定其他代表：" + other.getCode())));
            }
        }
        return userId;
    }

    private void applyUser(Deputy deputy, String userId) {
        String previousUser = deputy.getUserId();
        deputy.setUserId(userId);
        if (previousUser != null && !previousUser.equals(userId)) {
            identity.removeMember(previousUser, Roles.DEPUTIES);
        }
        if (userId != null && deputy.isActive()) {
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
        DeputyGroup saved = groups.save(group);
        history.created(ChangeHistory.GROUP, saved.getCode(), snapshot(saved));
        return saved;
    }

    @Transactional
    public DeputyGroup updateGroup(String code, GroupRequest request) {
        DeputyGroup group = getGroup(code);
        if (!code.equals(request.code())) {
            throw new InvalidInputException("code", "代表小组编码不可修改");
        }
        Map<String, String> before = snapshot(group);
        group.setName(request.name().strip());
        applyGroup(group, request);
        history.updated(ChangeHistory.GROUP, code, before, snapshot(group));
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
