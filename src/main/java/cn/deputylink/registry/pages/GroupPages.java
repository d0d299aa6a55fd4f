package cn.deputylink.registry.pages;

import cn.deputylink.deputy.DeputyDtos.GroupRequest;
import cn.deputylink.deputy.DeputyGroup;
import cn.deputylink.deputy.DeputyGroupRepository;
import cn.deputylink.deputy.DeputyService;
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

/** 代表小组: list, search, create, edit, with history. */
@PageController
@RequestMapping("/admin/registry/groups")
public class GroupPages {

    private final DeputyService service;
    private final DeputyGroupRepository repository;
    private final ChangeHistory history;
    private final Validator validator;

    public GroupPages(DeputyService service, DeputyGroupRepository repository, ChangeHistory history,
                      Validator validator) {
        this.service = service;
        this.repository = repository;
        this.history = history;
        this.validator = validator;
    }

    public static class GroupForm {
        public String code = "";
        public String name = "";
        public String stationCode = "";
        public String specialty = "";

        public String getCode() { return code; }
        public void setCode(String v) { code = v; }
        public String getName() { return name; }
        public void setName(String v) { name = v; }
        public String getStationCode() { return stationCode; }
        public void setStationCode(String v) { stationCode = v; }
        public String getSpecialty() { return specialty; }
        public void setSpecialty(String v) { specialty = v; }

        GroupRequest toRequest() {
            return new GroupRequest(code.strip(), name.strip(), Pages.blankToNull(stationCode), Pages.blankToNull(specialty));
        }
    }

    public record Row(String code, String name, String station, String specialty, long members) {
    }

    @GetMapping
    @Transactional(readOnly = true)
    public String list(@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page,
                       Model model) {
        var result = repository.search(Pages.blankToNull(q), PageRequest.of(Math.max(page, 0), 50, Sort.by("code")));
        model.addAttribute("groups", result.map(g -> new Row(g.getCode(), g.getName(),
                g.getStation() == null ? "" : g.getStation().getName(), g.getSpecialty(), repository.countMembers(g))));
        model.addAttribute("q", q == null ? "" : q);
        return "registry/groups";
    }

    @GetMapping("/new")
    public String createForm(Model model) {
        model.addAttribute("form", new GroupForm());
        return form(model, true, null);
    }

    @PostMapping("/new")
    public String create(@ModelAttribute("form") GroupForm form, Model model, RedirectAttributes redirect) {
        DeputyGroup created = FormErrors.save(model, validator, form.toRequest(), "code", service::createGroup);
        if (created == null) {
            return form(model, true, null);
        }
        redirect.addFlashAttribute("notice", "已新建代表小组：" + created.getName());
        return "redirect:/admin/registry/groups/" + created.getCode();
    }

    @GetMapping("/{code}")
    @Transactional(readOnly = true)
    public String edit(@PathVariable String code, Model model) {
        DeputyGroup g = service.getGroup(code);
        GroupForm form = new GroupForm();
        form.code = g.getCode();
        form.name = g.getName();
        form.stationCode = g.getStation() == null ? "" : g.getStation().getCode();
        form.specialty = g.getSpecialty() == null ? "" : g.getSpecialty();
        model.addAttribute("form", form);
        return form(model, false, code);
    }

    @PostMapping("/{code}")
    public String update(@PathVariable String code, @ModelAttribute("form") GroupForm form, Model model,
                         RedirectAttributes redirect) {
        form.code = code;
        if (FormErrors.save(model, validator, form.toRequest(), "code", r -> service.updateGroup(code, r)) == null) {
            return form(model, false, code);
        }
        redirect.addFlashAttribute("notice", "已保存");
        return "redirect:/admin/registry/groups/" + code;
    }

    private String form(Model model, boolean creating, String code) {
        model.addAttribute("creating", creating);
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
        }
        model.addAttribute("changes", code == null ? List.of() : Pages.changes(history.of(ChangeHistory.GROUP, code)));
        return "registry/group-form";
    }
}
