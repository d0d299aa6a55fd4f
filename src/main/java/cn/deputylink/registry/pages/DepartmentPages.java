package cn.deputylink.registry.pages;

import cn.deputylink.department.Department;
import cn.deputylink.department.DepartmentRepository;
import cn.deputylink.department.DepartmentService;
import cn.deputylink.department.DepartmentService.DepartmentRequest;
import cn.deputylink.shared.geo.AdministrativeLevel;
import cn.deputylink.shared.history.ChangeHistory;
import cn.deputylink.shared.pages.PageController;
import jakarta.validation.Validator;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 承办单位: list, search, create, edit, deactivate, with history. */
@PageController
@RequestMapping("/admin/registry/departments")
public class DepartmentPages {

    private final DepartmentService service;
    private final DepartmentRepository repository;
    private final ChangeHistory history;
    private final Validator validator;

    public DepartmentPages(DepartmentService service, DepartmentRepository repository, ChangeHistory history,
                           Validator validator) {
        this.service = service;
        this.repository = repository;
        this.history = history;
        this.validator = validator;
    }

    public static class DepartmentForm {
        public String code = "";
        public String name = "";
        public String level = "";
        public String members = "";
        public boolean active = true;

        public String getCode() { return code; }
        public void setCode(String v) { code = v; }
        public String getName() { return name; }
        public void setName(String v) { name = v; }
        public String getLevel() { return level; }
        public void setLevel(String v) { level = v; }
        public String getMembers() { return members; }
        public void setMembers(String v) { members = v; }
        public boolean isActive() { return active; }
        public void setActive(boolean v) { active = v; }

        DepartmentRequest toRequest() {
            return new DepartmentRequest(code.strip(), name.strip(), Pages.enumOrNull(AdministrativeLevel.class, level),
                    null, Pages.list(members));
        }
    }

    public record Row(String code, String name, String level, String groupId, boolean active) {
    }

    @GetMapping
    @Transactional(readOnly = true)
    public String list(@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page,
                       Model model) {
        var result = repository.search(null, Pages.blankToNull(q), PageRequest.of(Math.max(page, 0), 50, Sort.by("code")));
        model.addAttribute("departments", result.map(d -> new Row(d.getCode(), d.getName(), d.getLevel().label(),
                d.groupId(), d.isActive())));
        model.addAttribute("q", q == null ? "" : q);
        return "registry/departments";
    }

    @GetMapping("/new")
    public String createForm(Model model) {
        model.addAttribute("form", new DepartmentForm());
        return form(model, true, null);
    }

    @PostMapping("/new")
    public String create(@ModelAttribute("form") DepartmentForm form, Model model, RedirectAttributes redirect) {
        Department created = FormErrors.save(model, validator, form.toRequest(), "code", service::create);
        if (created == null) {
            return form(model, true, null);
        }
        redirect.addFlashAttribute("notice", "已新建承办单位：" + created.getName() + "（用户组 " + created.groupId() + "）");
        return "redirect:/admin/registry/departments/" + created.getCode();
    }

    @GetMapping("/{code}")
    @Transactional(readOnly = true)
    public String edit(@PathVariable String code, Model model) {
        Department d = service.get(code);
        DepartmentForm form = new DepartmentForm();
        form.code = d.getCode();
        form.name = d.getName();
        form.level = d.getLevel().name();
        form.members = String.join("、", service.members(d));
        form.active = d.isActive();
        model.addAttribute("form", form);
        return form(model, false, code);
    }

    @PostMapping("/{code}")
    public String update(@PathVariable String code, @ModelAttribute("form") DepartmentForm form, Model model,
                         RedirectAttributes redirect) {
        form.code = code;
        if (FormErrors.save(model, validator, form.toRequest(), "code", r -> service.update(code, r)) == null) {
            return form(model, false, code);
        }
        redirect.addFlashAttribute("notice", "已保存");
        return "redirect:/admin/registry/departments/" + code;
    }

    @PostMapping("/{code}/deactivate")
    public String deactivate(@PathVariable String code, RedirectAttributes redirect) {
        service.deactivate(code);
        redirect.addFlashAttribute("notice", "承办单位已停用：不再接受新交办，已交办的事项照常办理");
        return "redirect:/admin/registry/departments/" + code;
    }

    private String form(Model model, boolean creating, String code) {
        model.addAttribute("creating", creating);
        model.addAttribute("levels", AdministrativeLevel.values());
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
        }
        model.addAttribute("changes", code == null ? List.of()
                : Pages.changes(history.of(ChangeHistory.DEPARTMENT, code)));
        return "registry/department-form";
    }
}
