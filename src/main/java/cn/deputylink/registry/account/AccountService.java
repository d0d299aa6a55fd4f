package cn.deputylink.registry.account;

import cn.deputylink.department.DepartmentService;
import cn.deputylink.deputy.Deputy;
import cn.deputylink.deputy.DeputyRepository;
import cn.deputylink.deputy.DeputyService;
import cn.deputylink.registry.RegistryProperties;
import cn.deputylink.shared.history.ChangeHistory;
import cn.deputylink.shared.identity.IdentitySync;
import cn.deputylink.shared.identity.Roles;
import cn.deputylink.shared.web.InvalidInputException;
import cn.deputylink.station.LiaisonStation;
import cn.deputylink.station.StationRepository;
import cn.deputylink.station.StationService;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts of deputies, station staff and department users: creates the Camunda user (random
 * initial password, shown once) or links an existing one, and joins it to its groups through the
 * registry services; deactivation takes every group away and hands the user's open tasks back.
 */
@Service
public class AccountService {

    private static final Pattern USER_ID = Pattern.compile("^[a-z0-9][a-z0-9._-]{1,63}$");

    private final IdentitySync identity;
    private final InitialPasswords passwords;
    private final DeputyService deputies;
    private final DeputyRepository deputyRepository;
    private final StationService stations;
    private final StationRepository stationRepository;
    private final DepartmentService departments;
    private final TaskService taskService;
    private final ChangeHistory history;
    private final RegistryProperties properties;

    public AccountService(IdentitySync identity, InitialPasswords passwords, DeputyService deputies,
                          DeputyRepository deputyRepository, StationService stations,
                          StationRepository stationRepository, DepartmentService departments, TaskService taskService,
                          ChangeHistory history, RegistryProperties properties) {
        this.identity = identity;
        this.passwords = passwords;
        this.deputies = deputies;
        this.deputyRepository = deputyRepository;
        this.stations = stations;
        this.stationRepository = stationRepository;
        this.departments = departments;
        this.taskService = taskService;
        this.history = history;
        this.properties = properties;
    }

    /** The answer of a create-or-link: the initial password only when the user was created now. */
    public record AccountResult(String userId, String name, AccountKind kind, String targetCode, boolean created,
                                String initialPassword) {
    }

    /** Checks an account request; the problems in Chinese, by field. Also used row by row by the import. */
    public List<String> problems(AccountKind kind, String targetCode, String userId, String fullName) {
        return problems(kind, targetCode, userId, fullName,
                userId != null && identity.userExists(userId.strip()));
    }

    /** The same checks when the caller already knows whether the user exists (a whole roster asked at once). */
    public List<String> problems(AccountKind kind, String targetCode, String userId, String fullName,
                                 boolean userExists) {
        List<String> problems = new ArrayList<>();
        if (kind == null) {
            problems.add("账号类别应为“代表”“站点工作人员”或“承办单位工作人员”");
        }
        if (userId == null || !USER_ID.matcher(userId.strip()).matches()) {
            problems.add("登录账号只能由 2 至 64 位小写字母、数字、点、下划线或连字符组成：" + (userId == null ? "" : userId));
        } else if (!userExists && (fullName == null || fullName.isBlank())) {
            problems.add("新建账号须填写姓名");
        }
        if (targetCode == null || targetCode.isBlank()) {
            problems.add("请填写所属代表、站点或单位的编码");
        }
        return problems;
    }

    @Transactional
    public AccountResult createOrLink(AccountKind kind, String targetCode, String userId, String fullName) {
        List<String> problems = problems(kind, targetCode, userId, fullName);
        if (!problems.isEmpty()) {
            throw new InvalidInputException("userId", problems.get(0));
        }
        String id = userId.strip();
        String code = targetCode.strip();
        boolean created = !identity.userExists(id);
        String password = created ? passwords.next() : null;
        if (created) {
            identity.ensureUser(id, fullName.strip(), password);
        }
        String target = switch (kind) {
            case DEPUTY -> {
                Deputy d = deputies.linkUser(code, id);
                yield "代表 " + d.getCode() + " " + d.getName() + "；用户组 " + Roles.DEPUTIES;
            }
            case STATION_STAFF -> {
                LiaisonStation s = stations.setStaffMember(code, id, true);
                yield "站点 " + s.getCode() + " " + s.getName() + "；用户组 " + s.groupId() + "、" + Roles.LIAISON_STAFF;
            }
            case DEPARTMENT -> {
                var d = departments.setMember(code, id, true);
                yield "承办单位 " + d.getCode() + " " + d.getName() + "；用户组 " + d.groupId();
            }
        };
        history.record(ChangeHistory.ACCOUNT, id, created ? ChangeHistory.CREATED : ChangeHistory.UPDATED,
                (created ? "新建账号（初始密码为随机密码，只显示一次）" : "关联已有账号") + "；" + kind.label() + "：" + target);
        return new AccountResult(id, created ? fullName.strip() : identity.userName(id), kind, code, created, password);
    }

    /** A new random password, shown once. */
    @Transactional
    public String resetPassword(String userId) {
        requireUser(userId);
        String password = passwords.next();
        identity.setPassword(userId, password);
        history.record(ChangeHistory.ACCOUNT, userId, ChangeHistory.UPDATED, "重置密码（随机密码，只显示一次）");
        return password;
    }

    public record Deactivation(String userId, List<String> groupsRemoved, int tasksHandedBack) {
    }

    /**
     * Takes the user out of every group (and off every station's staff list), hands their open
     * tasks back to the tasks' groups, and locks the login with an unknown password. The user, the
     * records they made and the history stay.
     */
    @Transactional
    public Deactivation deactivate(String userId, String reason) {
        requireUser(userId);
        for (LiaisonStation s : stationRepository.findByStaff(userId)) {
            stations.setStaffMember(s.getCode(), userId, false);
        }
        List<String> groups = identity.groupsOf(userId);
        groups.forEach(g -> identity.removeMember(userId, g));
        int tasks = handBackTasks(userId);
        identity.setPassword(userId, passwords.next() + passwords.next());
        history.record(ChangeHistory.ACCOUNT, userId, ChangeHistory.DEACTIVATED,
                "移出用户组：" + (groups.isEmpty() ? "（无）" : String.join("、", groups)) + "；交回待办任务 " + tasks + " 件"
                        + (reason == null || reason.isBlank() ? "" : "；原因：" + reason.strip()));
        return new Deactivation(userId, groups, tasks);
    }

    /**
     * Unclaims every open task assigned to the user. A task that has no candidate group of its own
     * (a deputy's personal task such as 评价办理结果) goes to the configured office group, so no task
     * is left without anyone who can take it.
     */
    @Transactional
    public int handBackTasks(String userId) {
        return identity.asSystem(() -> {
            List<Task> tasks = taskService.createTaskQuery().taskAssignee(userId).list();
            for (Task task : tasks) {
                taskService.setAssignee(task.getId(), null);
                boolean hasGroup = taskService.getIdentityLinksForTask(task.getId()).stream()
                        .anyMatch(AccountService::isCandidateGroup);
                if (!hasGroup) {
                    taskService.addCandidateGroup(task.getId(), properties.getAccounts().getOrphanTaskGroup());
                }
            }
            return tasks.size();
        });
    }

    /** Everything the office sees of an account on its page. */
    public record AccountView(String userId, String name, List<String> groups, String deputyCode,
                              List<String> stationCodes, boolean active) {
    }

    @Transactional(readOnly = true)
    public AccountView view(String userId) {
        requireUser(userId);
        List<String> groups = identity.groupsOf(userId);
        return new AccountView(userId, identity.userName(userId), groups,
                deputyRepository.findByUserId(userId).map(Deputy::getCode).orElse(null),
                stationRepository.findByStaff(userId).stream().map(LiaisonStation::getCode).toList(),
                !groups.isEmpty());
    }

    private void requireUser(String userId) {
        if (userId == null || !identity.userExists(userId)) {
            throw new InvalidInputException("userId", "账号不存在：" + userId);
        }
    }

    static boolean isCandidateGroup(IdentityLink link) {
        return IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null;
    }
}
