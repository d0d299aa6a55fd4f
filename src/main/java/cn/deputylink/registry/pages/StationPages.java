package cn.deputylink.registry.pages;

import cn.deputylink.shared.geo.AdministrativeLevel;
import cn.deputylink.shared.history.ChangeHistory;
import cn.deputylink.shared.pages.PageController;
import cn.deputylink.station.LiaisonStation;
import cn.deputylink.station.StationDtos.CreateStation;
import cn.deputylink.station.StationDtos.UpdateStation;
import cn.deputylink.station.StationRepository;
import cn.deputylink.station.StationService;
import cn.deputylink.station.StationTier;
import jakarta.validation.Validator;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 家站室: list, search, create, edit, deactivate; the naming rule checked as the user types. */
@PageController
@RequestMapping("/admin/registry/stations")
public class StationPages {

    private final StationService service;
    private final StationRepository repository;
    private final ChangeHistory history;
    private final Validator validator;

    public StationPages(StationService service, StationRepository repository, ChangeHistory history,
                        Validator validator) {
        this.service = service;
        this.repository = repository;
        this.history = history;
        this.validator = validator;
    }

    /** What the form posts: text as typed, converted when written. */
    public static class StationForm {
        public String code = "";
        public String name = "";
        public String tier = "";
        public String administrativeLevel = "";
        public String parentCode = "";
        public String address = "";
        public String openHours = "";
        public String staff = "";
        public boolean active = true;

        public String getCode() { return code; }
        public void setCode(String v) { code = v; }
        public String getName() { return name; }
        public void setName(String v) { name = v; }
        public String getTier() { return tier; }
        public void setTier(String v) { tier = v; }
        public String getAdministrativeLevel() { return administrativeLevel; }
        public void setAdministrativeLevel(String v) { administrativeLevel = v; }
        public String getParentCode() { return parentCode; }
        public void setParentCode(String v) { parentCode = v; }
        public String getAddress() { return address; }
        public void setAddress(String v) { address = v; }
        public String getOpenHours() { return openHours; }
        public void setOpenHours(String v) { openHours = v; }
        public String getStaff() { return staff; }
        public void setStaff(String v) { staff = v; }
        public boolean isActive() { return active; }
        public void setActive(boolean v) { active = v; }

        static StationForm of(LiaisonStation s) {
            StationForm f = new StationForm();
            f.code = s.getCode();
            f.name = s.getName();
            f.tier = s.getTier().name();
            f.administrativeLevel = s.getAdministrativeLevel().name();
            f.parentCode = s.getParent() == null ? "" : s.getParent().getCode();
            f.address = nz(s.getAddress());
            f.openHours = nz(s.getOpenHours());
            f.staff = String.join("、", s.getStaffUserIds().stream().sorted().toList());
            f.active = s.isActive();
            return f;
        }

        CreateStation toCreate() {
            return new CreateStation(code.strip(), name.strip(), Pages.enumOrNull(StationTier.class, tier),
                    Pages.enumOrNull(AdministrativeLevel.class, administrativeLevel), Pages.blankToNull(parentCode),
                    Pages.blankToNull(address), Pages.blankToNull(openHours), Pages.list(staff));
        }

        UpdateStation toUpdate() {
            return new UpdateStation(name.strip(), Pages.blankToNull(parentCode), Pages.blankToNull(address),
                    Pages.blankToNull(openHours), Pages.list(staff), null);
        }
    }

    @GetMapping
    @Transactional(readOnly = true)
    public String list(@RequestParam(required = false) String q, @RequestParam(required = false) String tier,
                       @RequestParam(defaultValue = "0") int page, Model model) {
        StationTier t = Pages.enumOrNull(StationTier.class, tier);
        var result = repository.search(t, null, Pages.blankToNull(q),
                PageRequest.of(Math.max(page, 0), 50, Sort.by("code")));
        model.addAttribute("stations", result);
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("tier", tier == null ? "" : tier);
        model.addAttribute("tiers", StationTier.values());
        return "registry/stations";
    }

    @GetMapping("/new")
    public String createForm(Model model) {
        model.addAttribute("form", new StationForm());
        return form(model, true);
    }

    @PostMapping("/new")
    public String create(@ModelAttribute("form") StationForm form, Model model, RedirectAttributes redirect) {
        LiaisonStation created = FormErrors.save(model, validator, form.toCreate(), "name", service::create);
        if (created == null) {
            return form(model, true);
        }
        redirect.addFlashAttribute("notice", "已新建站点：" + created.getName());
        return "redirect:/admin/registry/stations/" + created.getCode();
    }

    @GetMapping("/{code}")
    @Transactional(readOnly = true)
    public String edit(@PathVariable String code, Model model) {
        LiaisonStation station = service.get(code);
        model.addAttribute("form", StationForm.of(station));
        return form(model, false);
    }

    @PostMapping("/{code}")
    public String update(@PathVariable String code, @ModelAttribute("form") StationForm form, Model model,
                         RedirectAttributes redirect) {
        form.code = code;
        LiaisonStation updated = FormErrors.save(model, validator, form.toUpdate(), "name",
                request -> service.update(code, request));
        if (updated == null) {
            return editForm(code, form, model);
        }
        redirect.addFlashAttribute("notice", "已保存");
        return "redirect:/admin/registry/stations/" + code;
    }

    @PostMapping("/{code}/deactivate")
    public String deactivate(@PathVariable String code, RedirectAttributes redirect) {
        service.deactivate(code);
        redirect.addFlashAttribute("notice", "站点已停用，记录和历史保留");
        return "redirect:/admin/registry/stations/" + code;
    }

    /** The as-you-type check of the name: the same rule the service applies on save. */
    @GetMapping("/name-check")
    @org.springframework.web.bind.annotation.ResponseBody
    public ResponseEntity<Map<String, Object>> nameCheck(@RequestParam(defaultValue = "") String name,
                                                         @RequestParam(defaultValue = "") String tier,
                                                         @RequestParam(defaultValue = "") String level,
                                                         @RequestParam(defaultValue = "") String code) {
        StationTier t = Pages.enumOrNull(StationTier.class, tier);
        AdministrativeLevel l = Pages.enumOrNull(AdministrativeLevel.class, level);
        if (t == null || l == null) {
            return ResponseEntity.ok(Map.of("ok", false, "reason", "请先选择站点类型和行政层级"));
        }
        return ResponseEntity.ok(service.nameProblem(name, t, l, Pages.blankToNull(code))
                .<Map<String, Object>>map(reason -> Map.of("ok", false, "reason", reason))
                .orElse(Map.of("ok", true, "reason", "名称符合规范")));
    }

    private String editForm(String code, StationForm form, Model model) {
        LiaisonStation station = service.get(code);
        form.tier = station.getTier().name();
        form.administrativeLevel = station.getAdministrativeLevel().name();
        form.active = station.isActive();
        return form(model, false);
    }

    private String form(Model model, boolean creating) {
        model.addAttribute("creating", creating);
        model.addAttribute("tiers", StationTier.values());
        model.addAttribute("levels", AdministrativeLevel.values());
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
        }
        StationForm form = (StationForm) model.getAttribute("form");
        model.addAttribute("changes", creating || form == null ? List.of()
                : Pages.changes(history.of(ChangeHistory.STATION, form.code)));
        return "registry/station-form";
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
