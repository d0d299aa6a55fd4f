package cn.deputylink.opinion;

import cn.deputylink.deputy.Deputy;
import cn.deputylink.deputy.DeputyRepository;
import cn.deputylink.ledger.ActivityLedger;
import cn.deputylink.ledger.ActivityType;
import cn.deputylink.opinion.OpinionDtos.Created;
import cn.deputylink.opinion.OpinionDtos.ImportReport;
import cn.deputylink.opinion.OpinionDtos.ImportRow;
import cn.deputylink.opinion.OpinionDtos.PublicOpinionRequest;
import cn.deputylink.opinion.OpinionDtos.StaffOpinionRequest;
import cn.deputylink.shared.calendar.WorkingDayCalendar;
import cn.deputylink.shared.identity.IdentitySync;
import cn.deputylink.shared.ids.BusinessKeys;
import cn.deputylink.shared.idempotency.Idempotency;
import cn.deputylink.shared.privacy.PhoneNumbers;
import cn.deputylink.shared.web.FieldProblem;
import cn.deputylink.shared.web.InvalidInputException;
import cn.deputylink.station.LiaisonStation;
import cn.deputylink.station.StationRepository;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Everything that creates an opinion from outside: the public page, staff at a reception day and
 * the 12345 hotline import; ratings are {@link OpinionTracking}'s. Input is checked in full before
 * anything is written; each request is one transaction with its process start.
 */
@Service
public class OpinionIntake {

    public static final String PUBLIC_SCOPE = "opinion-public";
    public static final String STAFF_SCOPE = "opinion-staff";

    private final OpinionRepository opinions;
    private final OpinionTimeline timeline;
    private final StationRepository stations;
    private final DeputyRepository deputies;
    private final BusinessKeys businessKeys;
    private final Idempotency idempotency;
    private final RuntimeService runtimeService;
    private final IdentitySync identity;
    private final ActivityLedger ledger;
    private final WorkingDayCalendar calendar;
    private final OpinionAccess access;
    private final TransactionTemplate readOnly;
    private final TransactionTemplate writable;
    private final OpinionSecrets secrets;

    public OpinionIntake(OpinionRepository opinions, OpinionTimeline timeline,
                         StationRepository stations, DeputyRepository deputies, BusinessKeys businessKeys,
                         Idempotency idempotency, RuntimeService runtimeService, IdentitySync identity,
                         ActivityLedger ledger, WorkingDayCalendar calendar,
                         OpinionAccess access, PlatformTransactionManager transactionManager,
                         OpinionSecrets secrets) {
        this.opinions = opinions;
        this.timeline = timeline;
        this.stations = stations;
        this.deputies = deputies;
        this.businessKeys = businessKeys;
        this.idempotency = idempotency;
        this.runtimeService = runtimeService;
        this.identity = identity;
        this.ledger = ledger;
        this.calendar = calendar;
        this.access = access;
        this.readOnly = new TransactionTemplate(transactionManager);
        this.readOnly.setReadOnly(true);
        this.writable = new TransactionTemplate(transactionManager);
        this.secrets = secrets;
    }

    /** A new case with the secrets its citizen is told once. */
    record Registered(Opinion opinion, OpinionSecrets.Issued secrets) {
    }

    /** What a new case is made of once the input has been checked. */
    record NewOpinion(LiaisonStation station, OpinionChannel channel, String content, OpinionCategory category,
                      String name, String phone, boolean anonymous, Deputy receivingDeputy, LocalDate receptionDate,
                      String externalRef, Instant receivedAt, String createdBy) {
    }

    // ---- public

    /**
     * A citizen's submission. A retry with the same Idempotency-Key creates nothing and gets the
     * same tracking code with fresh secrets (the first answer never reached the citizen; the old
     * secrets stop working).
     */
    public Created submitPublic(PublicOpinionRequest request, String idempotencyKey) {
        NewOpinion opinion = readOnly.execute(status -> checkPublic(request));
        return createOnce(PUBLIC_SCOPE, idempotencyKey, request, opinion);
    }

    /**
     * The checks of {@link #submitPublic} without creating anything, for forms that report every
     * problem at once (the phone pages).
     *
     * @throws InvalidInputException as {@link #submitPublic} would
     */
    public void checkPublicRequest(PublicOpinionRequest request) {
        readOnly.execute(status -> checkPublic(request));
    }

    private Created createOnce(String scope, String idempotencyKey, Object request, NewOpinion opinion) {
        OpinionSecrets.Issued[] issued = new OpinionSecrets.Issued[1];
        String code = idempotency.run(scope, idempotencyKey, request, () -> {
            Registered r = create(opinion);
            issued[0] = r.secrets();
            return r.opinion().getTrackingCode();
        });
        OpinionSecrets.Issued given = issued[0] != null ? issued[0]
                : writable.execute(status -> secrets.issue(opinions.findByTrackingCode(code).orElseThrow()));
        return new Created(code, given.accessCode(), given.privateLink());
    }

    private NewOpinion checkPublic(PublicOpinionRequest request) {
        List<FieldProblem> problems = new ArrayList<>();
        LiaisonStation station = null;
        Deputy deputy = null;
        boolean hasStation = notBlank(request.stationCode());
        boolean hasToken = notBlank(request.deputyToken());
        if (!hasStation && !hasToken) {
            problems.add(new FieldProblem("stationCode", "请指定站点（stationCode）或代表二维码（deputyToken）"));
        }
        if (hasToken) {
            deputy = deputies.findByPublicToken(request.deputyToken().strip()).filter(Deputy::isActive).orElse(null);
            if (deputy == null) {
                problems.add(new FieldProblem("deputyToken", "代表二维码无效或已失效"));
            }
        }
        if (hasStation) {
            station = activeStation(request.stationCode(), "stationCode", problems);
            if (station != null && deputy != null && !joined(deputy, station)) {
                problems.add(new FieldProblem("stationCode", "该代表未加入此站点"));
            }
        } else if (deputy != null) {
            station = mostLocalStation(deputy);
            if (station == null) {
                problems.add(new FieldProblem("deputyToken", "该代表尚未加入任何站点，请直接向站点反映"));
            }
        }
        boolean anonymous = Boolean.TRUE.equals(request.anonymous());
        String phone = phone(request.phone(), "phone", problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new NewOpinion(station, deputy != null ? OpinionChannel.DEPUTY_QR : OpinionChannel.PUBLIC_WEB,
                request.content().strip(), request.category(), anonymous ? null : blankToNull(request.name()), phone,
                anonymous, deputy, null, null, OpinionTimeline.now(), null);
    }

    // ---- staff

    public Created submitByStaff(StaffOpinionRequest request, String idempotencyKey, String userId) {
        List<FieldProblem> problems = new ArrayList<>();
        LiaisonStation station = activeStation(request.stationCode(), "stationCode", problems);
        if (station != null) {
            access.requireStation(station.getCode());
        }
        OpinionChannel channel = request.channel() == null ? OpinionChannel.RECEPTION_DAY : request.channel();
        if (channel != OpinionChannel.RECEPTION_DAY && channel != OpinionChannel.DEPUTY_VISIT) {
            problems.add(new FieldProblem("channel", "工作人员登记只能选择 RECEPTION_DAY（接待选民日）或 DEPUTY_VISIT（代表走访）"));
        }
        Deputy deputy = null;
        if (notBlank(request.receivingDeputyCode())) {
            deputy = deputies.findByCode(request.receivingDeputyCode().strip()).filter(Deputy::isActive).orElse(null);
            if (deputy == null) {
                problems.add(new FieldProblem("receivingDeputyCode", "代表不存在或已不在任：" + request.receivingDeputyCode()));
            }
        } else if (channel == OpinionChannel.DEPUTY_VISIT) {
            problems.add(new FieldProblem("receivingDeputyCode", "代表走访收集的意见请填写代表编号"));
        }
        LocalDate today = calendar.today(OpinionTimeline.now());
        LocalDate receptionDate = request.receptionDate() == null ? today : request.receptionDate();
        if (receptionDate.isAfter(today)) {
            problems.add(new FieldProblem("receptionDate", "接待日期不能晚于今天"));
        }
        boolean anonymous = Boolean.TRUE.equals(request.anonymous());
        String phone = phone(request.phone(), "phone", problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        NewOpinion opinion = new NewOpinion(station, channel, request.content().strip(), request.category(),
                anonymous ? null : blankToNull(request.name()), phone, anonymous, deputy, receptionDate, null,
                OpinionTimeline.now(), userId);
        return createOnce(STAFF_SCOPE, idempotencyKey, request, opinion);
    }

    /** 12345 hotline rows, checked beforehand by {@link HotlineImport}: all are created, or none. */
    @Transactional
    public ImportReport importRows(List<HotlineImport.Row> rows, String userId, IntConsumer progress) {
        List<ImportRow> report = new ArrayList<>();
        for (HotlineImport.Row row : rows) {
            NewOpinion opinion = new NewOpinion(row.station(), OpinionChannel.HOTLINE_12345, row.content(),
                    row.category(), row.name(), row.phone(), row.name() == null, null, null, row.ticket(),
                    row.receivedAt(), userId);
            Registered r = create(opinion);
            report.add(new ImportRow(row.line(), row.ticket(), r.opinion().getTrackingCode(),
                    r.secrets().accessCode(), r.secrets().privateLink()));
            progress.accept(report.size());
        }
        return new ImportReport(report.size(), report);
    }

    @Transactional
    Registered create(NewOpinion n) {
        String code = freshTrackingCode();
        Opinion o = new Opinion(code, n.station(), n.channel(), n.content(), n.receivedAt());
        OpinionSecrets.Issued issued = secrets.issue(o);
        o.setCategory(n.category());
        o.setCitizenName(n.name());
        o.setCitizenPhone(n.phone());
        o.setAnonymous(n.anonymous());
        o.setReceivingDeputy(n.receivingDeputy());
        o.setReceptionDate(n.receptionDate());
        o.setExternalRef(n.externalRef());
        o.setCreatedBy(n.createdBy());
        opinions.saveAndFlush(o);
        String via = n.receivingDeputy() != null && n.channel() != OpinionChannel.HOTLINE_12345
                ? "，由" + n.receivingDeputy().getName() + "代表收集" : "";
        timeline.add(o, OpinionEventType.RECEIVED, n.createdBy(),
                "已收到您的意见（" + n.channel().label() + via + "），交" + n.station().getName() + "梳理研判", null);
        if (n.receivingDeputy() != null && (n.channel() == OpinionChannel.RECEPTION_DAY
                || n.channel() == OpinionChannel.DEPUTY_VISIT)) {
            ledger.recordFromWorkflow(n.receivingDeputy().getCode(), ActivityType.OPINION_HANDLED, n.receptionDate(),
                    n.station(), n.channel().label() + "收集群众意见 " + code, "opinion-received:" + code);
        }
        Map<String, Object> variables = new HashMap<>();
        variables.put(OpinionProcess.OPINION_ID.name(), o.getId());
        variables.put(OpinionProcess.STATION_CODE.name(), n.station().getCode());
        variables.put(OpinionProcess.STATION_LEVEL.name(), n.station().getAdministrativeLevel().name());
        variables.put(OpinionProcess.CATEGORY.name(), n.category() == null ? null : n.category().name());
        variables.put(OpinionProcess.URGENT.name(), false);
        // started as the system: the caller has been checked above, and a citizen is no engine user
        ProcessInstance instance = identity.asSystem(() ->
                runtimeService.startProcessInstanceByKey(OpinionProcess.PROCESS_ID, code, variables));
        o.setProcessInstanceId(instance.getId());
        return new Registered(o, issued);
    }

    /** A random tracking code not taken yet; the unique index backs the check. */
    private String freshTrackingCode() {
        for (int attempt = 0; attempt < 5; attempt++) {
            String code = businessKeys.random(OpinionProcess.TRACKING_PREFIX);
            if (opinions.findByTrackingCode(code).isEmpty()) {
                return code;
            }
        }
        throw new IllegalStateException("no free tracking code after 5 attempts");
    }

    // ---- checks

    LiaisonStation activeStation(String code, String field, List<FieldProblem> problems) {
        if (!notBlank(code)) {
            problems.add(new FieldProblem(field, "请选择站点"));
            return null;
        }
        LiaisonStation station = stations.findByCode(code.strip()).filter(LiaisonStation::isActive).orElse(null);
        if (station == null) {
            problems.add(new FieldProblem(field, "站点不存在或已停用：" + code));
        }
        return station;
    }

    static String phone(String raw, String field, List<FieldProblem> problems) {
        if (!notBlank(raw)) {
            return null;
        }
        if (!PhoneNumbers.isValid(raw)) {
            problems.add(new FieldProblem(field, "电话号码格式不正确（手机号 11 位，或带区号的固定电话）"));
            return null;
        }
        return PhoneNumbers.normalize(raw);
    }

    private static boolean joined(Deputy deputy, LiaisonStation station) {
        return deputy.getStations().stream().anyMatch(s -> s.getId().equals(station.getId()));
    }

    /** The deputy's most local active station (village before township before county …). */
    private static LiaisonStation mostLocalStation(Deputy deputy) {
        return deputy.getStations().stream().filter(LiaisonStation::isActive)
                .max(Comparator.comparing((LiaisonStation s) -> s.getAdministrativeLevel().ordinal())
                        .thenComparing(LiaisonStation::getCode, Comparator.reverseOrder()))
                .orElse(null);
    }

    static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }

    static String blankToNull(String s) {
        return notBlank(s) ? s.strip() : null;
    }

}
