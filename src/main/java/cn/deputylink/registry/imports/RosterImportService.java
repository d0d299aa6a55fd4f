package cn.deputylink.registry.imports;

import cn.deputylink.department.DepartmentRepository;
import cn.deputylink.department.DepartmentService;
import cn.deputylink.department.DepartmentService.DepartmentRequest;
import cn.deputylink.deputy.CongressLevel;
import cn.deputylink.deputy.Deputy;
import cn.deputylink.deputy.DeputyDtos.DeputyRequest;
import cn.deputylink.deputy.DeputyDtos.GroupRequest;
import cn.deputylink.deputy.DeputyGroupRepository;
import cn.deputylink.deputy.DeputyRepository;
import cn.deputylink.deputy.DeputyService;
import cn.deputylink.registry.RegistryProperties;
import cn.deputylink.registry.account.AccountKind;
import cn.deputylink.registry.account.AccountService;
import cn.deputylink.registry.account.AccountService.AccountResult;
import cn.deputylink.registry.imports.ImportJob.NewAccount;
import cn.deputylink.registry.imports.ImportJob.RowError;
import cn.deputylink.registry.imports.RosterSheet.SheetRow;
import cn.deputylink.registry.links.TwoLinksService;
import cn.deputylink.registry.links.TwoLinksService.HouseholdRequest;
import cn.deputylink.registry.term.CongressTerm;
import cn.deputylink.registry.term.CongressTermRepository;
import cn.deputylink.registry.term.TermMembership.JoinedBy;
import cn.deputylink.registry.term.TermService;
import cn.deputylink.shared.geo.AdministrativeLevel;
import cn.deputylink.shared.identity.IdentitySync;
import cn.deputylink.shared.privacy.PhoneNumbers;
import cn.deputylink.shared.web.ConflictException;
import cn.deputylink.shared.web.FieldProblem;
import cn.deputylink.shared.web.InvalidInputException;
import cn.deputylink.shared.web.NotFoundException;
import cn.deputylink.station.LiaisonStation;
import cn.deputylink.station.StationDtos.CreateStation;
import cn.deputylink.station.StationRepository;
import cn.deputylink.station.StationService;
import cn.deputylink.station.StationTier;
import jakarta.persistence.EntityManager;
import org.hibernate.FlushMode;
import org.hibernate.Session;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntConsumer;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports a roster sheet: every row is checked first (the same bean-validation rules as the API,
 * plus what needs the database: unknown station, duplicate code, naming rule, bad phone), and
 * only a file without a single error is written, in one transaction through the registry
 * services. A rule that only the write can see (e.g. a parent station from an earlier row of the
 * wrong tier) rolls everything back and names its row.
 */
@Service
public class RosterImportService {

    private final Validator validator;
    private final StationService stationService;
    private final StationRepository stations;
    private final DeputyService deputyService;
    private final DeputyRepository deputies;
    private final DeputyGroupRepository groups;
    private final DepartmentService departmentService;
    private final DepartmentRepository departments;
    private final AccountService accounts;
    private final TermService termService;
    private final CongressTermRepository terms;
    private final TwoLinksService links;
    private final IdentitySync identity;
    private final EntityManager entityManager;
    private final TransactionTemplate tx;
    private final RegistryProperties properties;

    public RosterImportService(Validator validator, StationService stationService, StationRepository stations,
                               DeputyService deputyService, DeputyRepository deputies, DeputyGroupRepository groups,
                               DepartmentService departmentService, DepartmentRepository departments,
                               AccountService accounts, TermService termService, CongressTermRepository terms,
                               TwoLinksService links, IdentitySync identity, EntityManager entityManager,
                               PlatformTransactionManager transactionManager, RegistryProperties properties) {
        this.validator = validator;
        this.stationService = stationService;
        this.stations = stations;
        this.deputyService = deputyService;
        this.deputies = deputies;
        this.groups = groups;
        this.departmentService = departmentService;
        this.departments = departments;
        this.accounts = accounts;
        this.termService = termService;
        this.terms = terms;
        this.links = links;
        this.identity = identity;
        this.entityManager = entityManager;
        this.tx = new TransactionTemplate(transactionManager);
        this.properties = properties;
    }

    /** How to read a deputies' roster: as an ordinary import, or as the new term's roster (换届). */
    public record Options(String changeoverTermCode) {
        public static final Options NONE = new Options(null);

        boolean changeover() {
            return changeoverTermCode != null && !changeoverTermCode.isBlank();
        }
    }

    /** What an import did. */
    public record Outcome(List<RowError> errors, int written, String summary, List<NewAccount> newAccounts) {
        public boolean refused() {
            return !errors.isEmpty();
        }
    }

    /** One checked row and how to write it. */
    private interface Write {
        void run(List<NewAccount> newAccounts);
    }

    private static final class RowFailure extends RuntimeException {
        final int row;

        RowFailure(int row, String message) {
            super(message);
            this.row = row;
        }
    }

    /** Checks every row, and writes all of them when none has an error; progress counts written rows. */
    public Outcome run(RosterKind kind, List<SheetRow> rows, Options options, Runnable onWriting, IntConsumer progress) {
        if (rows.isEmpty()) {
            return new Outcome(List.of(new RowError(0, "文件中没有数据行")), 0, null, List.of());
        }
        List<RowError> errors = new ArrayList<>();
        List<Write> writes = new ArrayList<>();
        Runnable finish = check(kind, rows, options, errors, writes);
        if (!errors.isEmpty()) {
            return new Outcome(errors, 0, null, List.of());
        }
        onWriting.run();
        List<NewAccount> newAccounts = new ArrayList<>();
        int flushEvery = Math.max(50, properties.getImports().getFlushEvery());
        try {
            tx.executeWithoutResult(status -> {
                // rows are written in file order and every check against the file itself is done:
                // no query needs the rows not yet flushed, so flushing before each query (Hibernate's
                // AUTO mode) would only re-check the same entities thousands of times
                Session session = entityManager.unwrap(Session.class);
                session.setHibernateFlushMode(FlushMode.COMMIT);
                for (int i = 0; i < writes.size(); i++) {
                    int rowNumber = rows.get(i).number();
                    try {
                        writes.get(i).run(newAccounts);
                    } catch (InvalidInputException e) {
                        throw new RowFailure(rowNumber, e.problems().stream().map(FieldProblem::message)
                                .collect(Collectors.joining("；")));
                    } catch (ConflictException | NotFoundException e) {
                        throw new RowFailure(rowNumber, e.getMessage());
                    }
                    if ((i + 1) % flushEvery == 0) {
                        entityManager.flush();
                        entityManager.clear();
                        progress.accept(i + 1);
                    }
                }
                entityManager.flush();
                session.setHibernateFlushMode(FlushMode.AUTO);
                finish.run();
                progress.accept(writes.size());
            });
        } catch (RowFailure f) {
            return new Outcome(List.of(new RowError(f.row, f.getMessage())), 0, null, List.of());
        }
        String summary = "已导入" + kind.label() + " " + writes.size() + " 行"
                + (newAccounts.isEmpty() ? "" : "，新建账号 " + newAccounts.size() + " 个");
        return new Outcome(List.of(), writes.size(), summary, newAccounts);
    }

    private Runnable check(RosterKind kind, List<SheetRow> rows, Options options, List<RowError> errors,
                           List<Write> writes) {
        return switch (kind) {
            case STATIONS -> checkStations(rows, errors, writes);
            case DEPUTIES -> checkDeputies(rows, options, errors, writes);
            case GROUPS -> checkGroups(rows, errors, writes);
            case DEPARTMENTS -> checkDepartments(rows, errors, writes);
            case ACCOUNTS -> checkAccounts(rows, errors, writes);
            case HOUSEHOLDS -> checkHouseholds(rows, errors, writes);
            case COMMITTEE_LINKS -> checkCommitteeLinks(rows, errors, writes);
        };
    }

    private <T> List<String> violations(T request) {
        return validator.validate(request).stream().sorted((a, b) -> a.getPropertyPath().toString()
                .compareTo(b.getPropertyPath().toString())).map(ConstraintViolation::getMessage).toList();
    }

    private static void report(List<RowError> errors, SheetRow row, List<String> problems) {
        problems.forEach(p -> errors.add(new RowError(row.number(), p)));
    }

    private static String nullIfBlank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    // ---- 家站室

    private Runnable checkStations(List<SheetRow> rows, List<RowError> errors, List<Write> writes) {
        Set<String> known = new HashSet<>();
        stations.findAll().forEach(s -> known.add(s.getCode()));
        Map<String, Integer> codesInFile = new HashMap<>();
        Map<String, Integer> namesInFile = new HashMap<>();
        for (SheetRow row : rows) {
            List<String> problems = new ArrayList<>();
            StationTier tier = RosterValues.tier(row.get("类型"));
            AdministrativeLevel level = RosterValues.administrativeLevel(row.get("行政层级"));
            if (tier == null) {
                problems.add("类型应为“代表之家”“代表联络站”或“代表联络室”：" + row.get("类型"));
            }
            if (level == null) {
                problems.add("行政层级应为“市级”“县级”“乡镇（街道）级”或“村（社区）级”：" + row.get("行政层级"));
            }
            CreateStation request = new CreateStation(row.get("站点编码"), row.get("站点名称"), tier, level,
                    nullIfBlank(row.get("上级站点编码")), nullIfBlank(row.get("地址")), nullIfBlank(row.get("开放时间")),
                    RosterValues.list(row.get("工作人员账号")));
            problems.addAll(violations(request).stream().filter(m -> !m.startsWith("请选择")).toList());
            String code = request.code();
            Integer earlier = codesInFile.putIfAbsent(code, row.number());
            if (earlier != null) {
                problems.add("站点编码与第 " + earlier + " 行重复：" + code);
            } else if (known.contains(code)) {
                problems.add("站点编码已存在：" + code);
            }
            Integer sameName = namesInFile.putIfAbsent(request.name(), row.number());
            if (sameName != null) {
                problems.add("站点名称与第 " + sameName + " 行重复");
            }
            if (tier != null && level != null) {
                stationService.nameProblem(request.name(), tier, level, null).ifPresent(problems::add);
            }
            String parent = request.parentCode();
            if (parent != null && !known.contains(parent) && !codesInFile.containsKey(parent)) {
                problems.add("上级站点不存在：" + parent + "（须已登记或在本表中更靠前的行）");
            }
            List<String> unknownStaff = identity.unknownUsers(request.staff());
            if (!unknownStaff.isEmpty()) {
                problems.add("工作人员账号不存在：" + String.join("、", unknownStaff));
            }
            report(errors, row, problems);
            writes.add(accounts -> stationService.create(request));
        }
        return () -> { };
    }

    // ---- 代表（含换届）

    private Runnable checkDeputies(List<SheetRow> rows, Options options, List<RowError> errors, List<Write> writes) {
        Set<String> stationCodes = new HashSet<>();
        stations.findAll().forEach(s -> stationCodes.add(s.getCode()));
        Set<String> groupCodes = new HashSet<>();
        groups.findAll().forEach(g -> groupCodes.add(g.getCode()));
        Map<String, CongressTerm> termsByCode = new HashMap<>();
        terms.findAll().forEach(t -> termsByCode.put(t.getCode(), t));
        CongressTerm target = null;
        if (options.changeover()) {
            target = termsByCode.get(options.changeoverTermCode().strip());
            if (target == null) {
                errors.add(new RowError(0, "换届的新一届不存在：" + options.changeoverTermCode()));
                return () -> { };
            }
        }
        Map<String, Integer> codesInFile = new HashMap<>();
        Map<String, Integer> usersInFile = new HashMap<>();
        Set<Long> seated = new HashSet<>();
        // the whole roster is checked against what is on file with a few queries, not a few per row
        Map<String, Object[]> onFile = new HashMap<>();
        Map<String, String> deputyOfUser = new HashMap<>();
        for (Object[] d : deputies.findCodesAndUsers()) {
            onFile.put((String) d[0], d);
            if (d[2] != null) {
                deputyOfUser.put((String) d[2], (String) d[0]);
            }
        }
        Set<String> existingUsers = identity.existingUsers(rows.stream().map(r -> r.get("登录账号"))
                .filter(u -> !u.isEmpty()).toList());
        CongressTerm newTerm = target;
        for (SheetRow row : rows) {
            List<String> problems = new ArrayList<>();
            Set<CongressLevel> levels = RosterValues.levels(row.get("层级"));
            if (levels == null) {
                problems.add("层级有误：" + row.get("层级") + "（可填全国、省、市、县、乡镇人大代表，多个用顿号分隔）");
                levels = Set.of();
            } else if (newTerm != null && !levels.contains(newTerm.getLevel())) {
                problems.add("换届名册中的代表层级应包含" + newTerm.getLevel().label());
            }
            String termCell = row.get("届次");
            CongressTerm term = newTerm != null ? newTerm : termsByCode.get(termCell);
            String termText = term != null ? term.label() : termCell;
            String code = row.get("代表编码");
            Object[] existing = onFile.get(code);
            String userId = nullIfBlank(row.get("登录账号"));
            DeputyRequest request = new DeputyRequest(code, row.get("姓名"), levels, row.get("原选区"),
                    RosterValues.list(row.get("所进站点编码")), nullIfBlank(row.get("代表小组编码")),
                    nullIfBlank(row.get("专业")), nullIfBlank(row.get("工作单位")), termText,
                    existing == null ? 0 : ((Number) existing[1]).intValue(), existing == null ? null : (String) existing[2]);
            problems.addAll(violations(request).stream()
                    .filter(m -> !m.equals("请至少选择一个代表层级") || !problems.stream().anyMatch(p -> p.startsWith("层级"))).toList());
            Integer earlier = code.isEmpty() ? null : codesInFile.putIfAbsent(code, row.number());
            if (earlier != null) {
                problems.add("代表编码与第 " + earlier + " 行重复：" + code);
            } else if (existing != null && newTerm == null) {
                problems.add("代表编码已存在：" + code + "（修改已登记代表请在代表页面进行，换届连任请用换届导入）");
            }
            for (String s : request.stationCodes()) {
                if (!stationCodes.contains(s)) {
                    problems.add("所进站点不存在：" + s);
                }
            }
            if (request.groupCode() != null && !groupCodes.contains(request.groupCode())) {
                problems.add("代表小组不存在：" + request.groupCode());
            }
            String mobile = nullIfBlank(row.get("手机号码"));
            if (mobile != null && !PhoneNumbers.isValid(mobile)) {
                problems.add("手机号码格式不正确：应为 11 位手机号");
            }
            if (userId != null) {
                Integer sameUser = usersInFile.putIfAbsent(userId, row.number());
                if (sameUser != null) {
                    problems.add("登录账号与第 " + sameUser + " 行重复：" + userId);
                }
                problems.addAll(accounts.problems(AccountKind.DEPUTY, code.isEmpty() ? "-" : code, userId, request.name(),
                        existingUsers.contains(userId)).stream().filter(p -> !p.startsWith("请填写所属")).toList());
                String other = deputyOfUser.get(userId);
                if (other != null && !other.equals(code)) {
                    problems.add("登录账号已绑定其他代表：" + other);
                }
            }
            report(errors, row, problems);
            String phone = mobile == null ? null : PhoneNumbers.normalize(mobile);
            writes.add(newAccounts -> {
                Deputy d = existing == null ? deputyService.create(request) : deputyService.update(code, request);
                if (phone != null) {
                    d.setMobile(phone);
                }
                if (term != null) {
                    termService.enroll(term, d, term.getStartsOn(), JoinedBy.ELECTION);
                }
                seated.add(d.getId());
                if (userId != null && !userId.equals(d.getUserId())) {
                    // the account's own checks and groups: the same service as the account page
                    AccountResult account = accounts.createOrLink(AccountKind.DEPUTY, code, userId, request.name());
                    if (account.created()) {
                        newAccounts.add(new NewAccount(account.userId(), request.name(), account.initialPassword()));
                    }
                }
            });
        }
        if (newTerm == null) {
            return () -> { };
        }
        return () -> termService.closePreviousTerms(terms.findByCode(newTerm.getCode()).orElseThrow(), seated);
    }

    // ---- 代表小组

    private Runnable checkGroups(List<SheetRow> rows, List<RowError> errors, List<Write> writes) {
        Map<String, Integer> inFile = new HashMap<>();
        for (SheetRow row : rows) {
            GroupRequest request = new GroupRequest(row.get("小组编码"), row.get("小组名称"),
                    nullIfBlank(row.get("活动站点编码")), nullIfBlank(row.get("专业领域")));
            List<String> problems = new ArrayList<>(violations(request));
            Integer earlier = inFile.putIfAbsent(request.code(), row.number());
            if (earlier != null) {
                problems.add("小组编码与第 " + earlier + " 行重复：" + request.code());
            } else if (groups.existsByCode(request.code())) {
                problems.add("代表小组编码已存在：" + request.code());
            }
            if (request.stationCode() != null && !stations.existsByCode(request.stationCode())) {
                problems.add("活动站点不存在：" + request.stationCode());
            }
            report(errors, row, problems);
            writes.add(a -> deputyService.createGroup(request));
        }
        return () -> { };
    }

    // ---- 承办单位

    private Runnable checkDepartments(List<SheetRow> rows, List<RowError> errors, List<Write> writes) {
        Map<String, Integer> inFile = new HashMap<>();
        for (SheetRow row : rows) {
            List<String> problems = new ArrayList<>();
            AdministrativeLevel level = RosterValues.administrativeLevel(row.get("层级"));
            if (level == null) {
                problems.add("层级应为“省级”“市级”“县级”或“乡镇（街道）级”：" + row.get("层级"));
            }
            DepartmentRequest request = new DepartmentRequest(row.get("单位编码"), row.get("单位名称"), level, true,
                    RosterValues.list(row.get("工作人员账号")));
            problems.addAll(violations(request).stream().filter(m -> level != null || !m.startsWith("请选择")).toList());
            Integer earlier = inFile.putIfAbsent(request.code(), row.number());
            if (earlier != null) {
                problems.add("单位编码与第 " + earlier + " 行重复：" + request.code());
            } else if (departments.existsByCode(request.code())) {
                problems.add("单位编码已存在：" + request.code());
            }
            List<String> unknown = identity.unknownUsers(request.members());
            if (!unknown.isEmpty()) {
                problems.add("工作人员账号不存在：" + String.join("、", unknown));
            }
            report(errors, row, problems);
            writes.add(a -> departmentService.create(request));
        }
        return () -> { };
    }

    // ---- 账号

    private Runnable checkAccounts(List<SheetRow> rows, List<RowError> errors, List<Write> writes) {
        Map<String, Integer> inFile = new HashMap<>();
        for (SheetRow row : rows) {
            AccountKind kind = AccountKind.parse(row.get("类别"));
            String userId = row.get("登录账号");
            String name = row.get("姓名");
            String target = row.get("所属编码");
            List<String> problems = new ArrayList<>(accounts.problems(kind, target, userId, name));
            Integer earlier = inFile.putIfAbsent(userId, row.number());
            if (earlier != null) {
                problems.add("登录账号与第 " + earlier + " 行重复：" + userId);
            }
            if (kind != null && !target.isEmpty()) {
                boolean exists = switch (kind) {
                    case DEPUTY -> deputies.existsByCode(target);
                    case STATION_STAFF -> stations.existsByCode(target);
                    case DEPARTMENT -> departments.existsByCode(target);
                };
                if (!exists) {
                    problems.add(kind.label() + "的所属编码不存在：" + target);
                }
            }
            report(errors, row, problems);
            writes.add(newAccounts -> {
                AccountResult result = accounts.createOrLink(kind, target, userId, name);
                if (result.created()) {
                    newAccounts.add(new NewAccount(result.userId(), name, result.initialPassword()));
                }
            });
        }
        return () -> { };
    }

    // ---- 联系户

    private Runnable checkHouseholds(List<SheetRow> rows, List<RowError> errors, List<Write> writes) {
        for (SheetRow row : rows) {
            HouseholdRequest request = new HouseholdRequest(row.get("代表编码"), row.get("户主姓名"), row.get("户主电话"),
                    row.get("所属站点编码"), nullIfBlank(row.get("地址")));
            List<String> problems = new ArrayList<>(links.householdProblems(request).stream()
                    .map(FieldProblem::message).toList());
            if (deputies.findByCode(request.deputyCode()).filter(Deputy::isActive).isEmpty()) {
                problems.add("代表不存在或已停用：" + request.deputyCode());
            }
            if (!stations.existsByCode(request.stationCode())) {
                problems.add("所属站点不存在：" + request.stationCode());
            }
            report(errors, row, problems);
            writes.add(a -> links.addHousehold(request));
        }
        return () -> { };
    }

    // ---- 常委会组成人员联系代表

    private Runnable checkCommitteeLinks(List<SheetRow> rows, List<RowError> errors, List<Write> writes) {
        Map<String, Integer> inFile = new HashMap<>();
        for (SheetRow row : rows) {
            String member = row.get("组成人员代表编码");
            String deputy = row.get("联系代表编码");
            List<String> problems = new ArrayList<>();
            if (deputies.findByCode(member).filter(Deputy::isActive).isEmpty()) {
                problems.add("常委会组成人员（代表编码）不存在或已停用：" + member);
            }
            if (deputies.findByCode(deputy).filter(Deputy::isActive).isEmpty()) {
                problems.add("联系代表不存在或已停用：" + deputy);
            }
            if (member.equals(deputy)) {
                problems.add("不能联系本人");
            }
            Integer earlier = inFile.putIfAbsent(member + "→" + deputy, row.number());
            if (earlier != null) {
                problems.add("与第 " + earlier + " 行重复");
            }
            report(errors, row, problems);
            writes.add(a -> links.linkDeputy(member, deputy));
        }
        return () -> { };
    }

    // ---- 导出与模板

    /** The kind's template: headers, example rows and a sheet of notes. */
    public byte[] template(RosterKind kind) {
        return RosterSheet.write(kind, kind.examples(), kind.notes());
    }

    /** Everything on file of the kind, in the import's columns; personal data masked. */
    public byte[] export(RosterKind kind) {
        List<List<String>> rows = tx.execute(status -> exportRows(kind));
        return RosterSheet.write(kind, rows, null);
    }

    private List<List<String>> exportRows(RosterKind kind) {
        List<List<String>> rows = new ArrayList<>();
        switch (kind) {
            case STATIONS -> stations.findAll(org.springframework.data.domain.Sort.by("code")).forEach(s -> rows.add(List.of(
                    s.getCode(), s.getName(), s.getTier().label(), s.getAdministrativeLevel().label(),
                    s.getParent() == null ? "" : s.getParent().getCode(), str(s.getAddress()), str(s.getOpenHours()),
                    String.join("、", s.getStaffUserIds().stream().sorted().toList()))));
            case DEPUTIES -> deputies.findAll(org.springframework.data.domain.Sort.by("code")).forEach(d -> rows.add(List.of(
                    d.getCode(), d.getName(), RosterValues.levelLabels(d.getLevels()), d.getConstituency(),
                    String.join("、", d.getStations().stream().map(LiaisonStation::getCode).sorted().toList()),
                    d.getGroup() == null ? "" : d.getGroup().getCode(), str(d.getSpecialty()), str(d.getWorkUnit()),
                    d.getTerm(), str(cn.deputylink.shared.privacy.Masking.phone(d.getMobile())), str(d.getUserId()))));
            case GROUPS -> groups.findAll(org.springframework.data.domain.Sort.by("code")).forEach(g -> rows.add(List.of(
                    g.getCode(), g.getName(), g.getStation() == null ? "" : g.getStation().getCode(), str(g.getSpecialty()))));
            case DEPARTMENTS -> departments.findAll(org.springframework.data.domain.Sort.by("code")).forEach(d -> rows.add(List.of(
                    d.getCode(), d.getName(), d.getLevel().label(), String.join("、", departmentService.members(d)))));
            case ACCOUNTS -> {
                deputies.findAll(org.springframework.data.domain.Sort.by("code")).stream().filter(d -> d.getUserId() != null)
                        .forEach(d -> rows.add(List.of(d.getUserId(), d.getName(), AccountKind.DEPUTY.label(), d.getCode())));
                stations.findAll(org.springframework.data.domain.Sort.by("code")).forEach(s -> s.getStaffUserIds().stream()
                        .sorted().forEach(u -> rows.add(List.of(u, str(identity.userName(u)), AccountKind.STATION_STAFF.label(),
                                s.getCode()))));
                departments.findAll(org.springframework.data.domain.Sort.by("code")).forEach(d -> departmentService.members(d)
                        .forEach(u -> rows.add(List.of(u, str(identity.userName(u)), AccountKind.DEPARTMENT.label(), d.getCode()))));
            }
            case HOUSEHOLDS -> deputies.findAll(org.springframework.data.domain.Sort.by("code")).forEach(d ->
                    links.householdsOf(d.getCode()).forEach(h -> rows.add(List.of(h.deputyCode(), h.headName(),
                            h.headPhone(), h.stationCode(), str(h.address())))));
            case COMMITTEE_LINKS -> links.committeeLinks().forEach(l -> rows.add(List.of(l.memberCode(), l.deputyCode())));
        }
        return rows;
    }

    private static String str(String s) {
        return s == null ? "" : s;
    }
}
