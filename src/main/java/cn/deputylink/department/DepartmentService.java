package cn.deputylink.department;

import cn.deputylink.shared.geo.AdministrativeLevel;
import cn.deputylink.shared.history.ChangeHistory;
import cn.deputylink.shared.identity.IdentitySync;
import cn.deputylink.shared.identity.RoleBootstrap;
import cn.deputylink.shared.web.ConflictException;
import cn.deputylink.shared.web.InvalidInputException;
import cn.deputylink.shared.web.NotFoundException;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Departments and their Camunda groups {@code dept-<code>}. */
@Service
public class DepartmentService {

    private final DepartmentRepository departments;
    private final IdentitySync identity;
    private final RoleBootstrap roles;
    private final ChangeHistory history;

    public DepartmentService(DepartmentRepository departments, IdentitySync identity, RoleBootstrap roles,
                             ChangeHistory history) {
        this.departments = departments;
        this.identity = identity;
        this.roles = roles;
        this.history = history;
    }

    /** The fields of the change history. */
    public Map<String, String> snapshot(Department d) {
        return ChangeHistory.fields("名称", d.getName(), "层级", d.getLevel().label(),
                "状态", d.isActive() ? "启用" : "停用", "工作人员", String.join("、", members(d)));
    }

    /** Stops a department: no new assignments (requireActive), its record, group and open cases stay. */
    @Transactional
    public Department deactivate(String code) {
        Department department = get(code);
        if (department.isActive()) {
            Map<String, String> before = snapshot(department);
            department.setActive(false);
            history.record(ChangeHistory.DEPARTMENT, code, ChangeHistory.DEACTIVATED,
                    ChangeHistory.diff(before, snapshot(department)));
        }
        return department;
    }

    /** Adds or removes one member of the department's group. */
    @Transactional
    public Department setMember(String code, String userId, boolean member) {
        Department department = get(code);
        Map<String, String> before = snapshot(department);
        List<String> members = new ArrayList<>(members(department));
        members.remove(userId);
        if (member) {
            members.add(userId);
        }
        checkMembers(members);
        sync(department, members);
        history.updated(ChangeHistory.DEPARTMENT, code, before, snapshot(department));
        return department;
    }

    public record DepartmentRequest(
            @NotBlank(message = "单位编码不能为空")
            @Pattern(regexp = "^[a-z0-9]{2,40}$", message = "单位编码只能由 2 至 40 位小写字母或数字组成")
            String code,
            @NotBlank(message = "单位名称不能为空")
            @Size(max = 100, message = "单位名称最长 100 字")
            String name,
            @NotNull(message = "请选择单位层级")
            AdministrativeLevel level,
            Boolean active,
            List<@NotBlank(message = "账号不能为空") String> members) {
    }

    @Transactional(readOnly = true)
    public Department get(String code) {
        return departments.findByCode(code).orElseThrow(() -> NotFoundException.of("承办单位", code));
    }

    /** An active department by code, for workflows that assign to it; unknown → a field error. */
    @Transactional(readOnly = true)
    public Department requireActive(String field, String code) {
        Department d = departments.findByCode(code == null ? "" : code.strip()).orElse(null);
        if (d == null || !d.isActive()) {
            throw new InvalidInputException(field, "承办单位不存在或已停用：" + code);
        }
        return d;
    }

    @Transactional
    public Department create(DepartmentRequest request) {
        if (departments.existsByCode(request.code())) {
            throw new ConflictException("单位编码已存在：" + request.code());
        }
        checkMembers(request.members());
        Department department = departments.save(new Department(request.code(), request.name().strip(), request.level()));
        sync(department, request.members());
        history.created(ChangeHistory.DEPARTMENT, department.getCode(), snapshot(department));
        return department;
    }

    @Transactional
    public Department update(String code, DepartmentRequest request) {
        Department department = get(code);
        if (!code.equals(request.code())) {
            throw new InvalidInputException("code", "单位编码不可修改");
        }
        checkMembers(request.members());
        Map<String, String> before = snapshot(department);
        department.setName(request.name().strip());
        department.setLevel(request.level());
        if (request.active() != null) {
            department.setActive(request.active());
        }
        sync(department, request.members());
        history.updated(ChangeHistory.DEPARTMENT, code, before, snapshot(department));
        return department;
    }

    private void checkMembers(List<String> members) {
        if (members != null) {
            List<String> unknown = identity.unknownUsers(members);
            if (!unknown.isEmpty()) {
                throw new InvalidInputException("members", "账号不存在：" + String.join("、", unknown));
            }
        }
    }

    private void sync(Department department, List<String> members) {
        identity.ensureGroup(department.groupId(), department.getName(), "WORKFLOW");
        roles.grantWorkGroup(department.groupId());
        if (members != null) {
            identity.setMembers(department.groupId(), members);
        }
    }

    public List<String> members(Department department) {
        return identity.members(department.groupId());
    }
}
