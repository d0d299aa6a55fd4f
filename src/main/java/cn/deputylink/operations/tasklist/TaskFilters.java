package cn.deputylink.operations.tasklist;

import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.Resources.FILTER;

import cn.deputylink.shared.identity.IdentitySync;
import cn.deputylink.shared.identity.Roles;
import cn.deputylink.shared.identity.WorkGroupAccess;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.task.TaskQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Tasklist filters every working group sees on the left of Tasklist. They are shared filters
 * (no owner) whose queries use Tasklist's expressions for the logged-in user, so one filter serves
 * every department and station; Camunda's task authorizations then limit each user to the tasks
 * they may see (their own, their groups' candidate tasks, everything for overseers).
 *
 * <p>"即将超期" needs working days, which Tasklist's built-in {@code ${dateTime().plusDays(n)}}
 * cannot count. Its query calls the {@code deadlines} bean instead
 * ({@code ${deadlines.due('task-due-soon')}}): stored filter queries are evaluated by the
 * engine's Spring-aware expression manager at every listing, so the horizon moves with the clock
 * and the holiday calendar without a job rewriting the filter each night.
 *
 * <p>Filters are identified by the {@value #KEY_PROPERTY} property, created or brought up to date
 * on start, and granted (READ) to the role groups and every department and station group — to
 * new groups too, through {@link WorkGroupAccess}.
 */
@Component
@Order(5)
public class TaskFilters implements ApplicationRunner, WorkGroupAccess {

    public static final String KEY_PROPERTY = "deputylinkFilter";
    public static final String MINE = "mine";
    public static final String GROUP = "group";
    public static final String DUE_SOON = "due-soon";
    public static final String OVERDUE = "overdue";

    private static final Logger log = LoggerFactory.getLogger(TaskFilters.class);

    private final FilterService filterService;
    private final TaskService taskService;
    private final IdentityService identityService;
    private final IdentitySync identity;
    private volatile boolean upToDate;

    public TaskFilters(FilterService filterService, TaskService taskService, IdentityService identityService,
                       IdentitySync identity) {
        this.filterService = filterService;
        this.taskService = taskService;
        this.identityService = identityService;
        this.identity = identity;
    }

    /** What each filter is: key, Chinese name, tooltip, position in the list, colour and query. */
    record Definition(String key, String name, String description, int priority, String color,
                      Function<TaskService, TaskQuery> query) {
    }

    static List<Definition> definitions() {
        return List.of(
                new Definition(MINE, "我的待办", "已分配给我、由我办理的任务", 10, "#2f6fb0",
                        ts -> ts.createTaskQuery().taskAssigneeExpression("${currentUser()}")),
                new Definition(GROUP, "本部门/本站待办", "交给我所在部门、联络站或角色的任务（含已被同事认领的）", 20,
                        "#3c8d5a",
                        ts -> ts.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}")
                                .includeAssignedTasks()),
                new Definition(DUE_SOON, "即将超期", "3 个工作日内到期的任务（按节假日安排计算工作日）", 30, "#d08a1e",
                        ts -> ts.createTaskQuery().dueAfterExpression("${now()}")
                                .dueBeforeExpression("${deadlines.due('task-due-soon')}")),
                new Definition(OVERDUE, "已超期", "已过截止时间仍未办结的任务", 40, "#c0392b",
                        ts -> ts.createTaskQuery().dueBeforeExpression("${now()}")));
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        Map<String, String> ids = ensureFilters();
        int groups = 0;
        for (Group group : identity.asSystem(() -> identityService.createGroupQuery().list())) {
            if (isWorkGroup(group.getId())) {
                grant(group.getId(), ids);
                groups++;
            }
        }
        log.info("Tasklist filters {} in place, readable by {} groups", ids.keySet(), groups);
    }

    @Override
    public void grantTo(String groupId) {
        grant(groupId, ensureFilters());
    }

    /**
     * Filter ids by key. The first call in this JVM creates missing filters and rewrites existing
     * ones to the current definitions; later calls only look the ids up, so a rolled-back
     * transaction cannot leave stale ids behind.
     */
    public Map<String, String> ensureFilters() {
        if (!upToDate) {
            synchronized (this) {
                if (!upToDate) {
                    Map<String, String> ids = identity.asSystem(this::createOrUpdate);
                    upToDate = true;
                    return ids;
                }
            }
        }
        return identity.asSystem(() -> {
            Map<String, String> ids = new LinkedHashMap<>();
            existing().forEach((key, filter) -> ids.put(key, filter.getId()));
            if (ids.size() < definitions().size()) {
                return createOrUpdate();
            }
            return ids;
        });
    }

    private Map<String, Filter> existing() {
        Map<String, Filter> existing = new LinkedHashMap<>();
        for (Filter f : filterService.createTaskFilterQuery().list()) {
            Object key = f.getProperties() == null ? null : f.getProperties().get(KEY_PROPERTY);
            if (key != null && f.getOwner() == null) {
                existing.putIfAbsent(key.toString(), f);
            }
        }
        return existing;
    }

    private Map<String, String> createOrUpdate() {
        Map<String, Filter> existing = existing();
        Map<String, String> ids = new LinkedHashMap<>();
        for (Definition d : definitions()) {
            Filter filter = existing.get(d.key());
            if (filter == null) {
                filter = filterService.newTaskFilter(d.name());
            }
            Map<String, Object> properties = new LinkedHashMap<>();
            properties.put(KEY_PROPERTY, d.key());
            properties.put("description", d.description());
            properties.put("priority", d.priority());
            properties.put("color", d.color());
            properties.put("refresh", true);
            properties.put("showUndefinedVariable", false);
            boolean changed = filter.getId() == null || !Objects.equals(filter.getName(), d.name())
                    || !properties.equals(filter.getProperties());
            filter.setName(d.name());
            filter.setOwner(null);
            filter.setProperties(properties);
            filter.setQuery(d.query().apply(taskService));
            // the query is rewritten every start so that a changed definition reaches existing installations
            filterService.saveFilter(filter);
            if (changed) {
                log.info("Tasklist filter {} ({}) saved", d.name(), d.key());
            }
            ids.put(d.key(), filter.getId());
        }
        return ids;
    }

    private void grant(String groupId, Map<String, String> ids) {
        ids.values().forEach(id -> identity.grant(groupId, FILTER, id, READ));
    }

    static boolean isWorkGroup(String groupId) {
        return groupId.startsWith(Roles.DEPARTMENT_PREFIX) || groupId.startsWith(Roles.STATION_PREFIX)
                || Roles.ROLE_GROUPS.stream().anyMatch(r -> r.id().equals(groupId));
    }
}
