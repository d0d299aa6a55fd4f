package cn.deputylink.registry.pages;

import cn.deputylink.deputy.CongressLevel;
import cn.deputylink.deputy.Deputy;
import cn.deputylink.deputy.DeputyDtos.DeputyRequest;
import cn.deputylink.deputy.DeputyGroupRepository;
import cn.deputylink.deputy.DeputyPhoto;
import cn.deputylink.deputy.DeputyRepository;
import cn.deputylink.deputy.DeputyService;
import cn.deputylink.registry.links.ContactMethod;
import cn.deputylink.registry.links.TwoLinksService;
import cn.deputylink.registry.links.TwoLinksService.ContactRequest;
import cn.deputylink.registry.links.TwoLinksService.HouseholdRequest;
import cn.deputylink.registry.term.CongressTerm;
import cn.deputylink.registry.term.CongressTermRepository;
import cn.deputylink.registry.term.TermMembership.JoinedBy;
import cn.deputylink.registry.term.TermService;
import cn.deputylink.shared.history.ChangeHistory;
import cn.deputylink.shared.identity.IdentitySync;
import cn.deputylink.shared.pages.PageController;
import cn.deputylink.shared.privacy.Masking;
import cn.deputylink.shared.web.InvalidInputException;
import cn.deputylink.shared.web.NotFoundException;
import jakarta.validation.Validator;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 代表: list, search, create, edit, photo, households and contacts, committee links, leaving. */
@PageController
@RequestMapping("/admin/registry/deputies")
public class DeputyPages {

    private final DeputyService service;
    private final DeputyRepository repository;
    private final DeputyGroupRepository groups;
    private final TermService terms;
    private final CongressTermRepository termRepository;
    private final TwoLinksService links;
    private final IdentitySync identity;
    private final ChangeHistory history;
    private final Validator validator;

    public DeputyPages(DeputyService service, DeputyRepository repository, DeputyGroupRepository groups,
                       TermService terms, CongressTermRepository termRepository, TwoLinksService links,
                       IdentitySync identity, ChangeHistory history, Validator validator) {
        this.service = service;
        this.repository = repository;
        this.groups = groups;
        this.terms = terms;
        this.termRepository = termRepository;
        this.links = links;
        this.identity = identity;
        this.history = history;
        this.validator = validator;
    }

    public static class DeputyForm {
        public String code = "";
        public String name = "";
        public List<String> levels = new ArrayList<>();
        public String constituency = "";
        public String stationCodes = "";
        public String groupCode = "";
        public String specialty = "";
        public String workUnit = "";
        public String termCode = "";
        public String term = "";
        public String mobile = "";

        public String getCode() { return code; }
        public void setCode(String v) { code = v; }
        public String getName() { return name; }
        public void setName(String v) { name = v; }
        public List<String> getLevels() { return levels; }
        public void setLevels(List<String> v) { levels = v == null ? new ArrayList<>() : v; }
        public String getConstituency() { return constituency; }
        public void setConstituency(String v) { constituency = v; }
        public String getStationCodes() { return stationCodes; }
        public void setStationCodes(String v) { stationCodes = v; }
        public String getGroupCode() { return groupCode; }
        public void setGroupCode(String v) { groupCode = v; }
        public String getSpecialty() { return specialty; }
        public void setSpecialty(String v) { specialty = v; }
        public String getWorkUnit() { return workUnit; }
        public void setWorkUnit(String v) { workUnit = v; }
        public String getTermCode() { return termCode; }
        public void setTermCode(String v) { termCode = v; }
        public String getTerm() { return term; }
        public void setTerm(String v) { term = v; }
        public String getMobile() { return mobile; }
        public void setMobile(String v) { mobile = v; }

        static DeputyForm of(Deputy d) {
            DeputyForm f = new DeputyForm();
            f.code = d.getCode();
            f.name = d.getName();
            f.levels = new ArrayList<>(d.getLevels().stream().sorted().map(Enum::name).toList());
            f.constituency = d.getConstituency();
            f.stationCodes = String.join("、", d.getStations().stream().map(s -> s.getCode()).sorted().toList());
            f.groupCode = d.getGroup() == null ? "" : d.getGroup().getCode();
            f.specialty = d.getSpecialty() == null ? "" : d.getSpecialty();
            f.workUnit = d.getWorkUnit() == null ? "" : d.getWorkUnit();
            f.term = d.getTerm();
            f.mobile = d.getMobile() == null ? "" : d.getMobile();
            return f;
        }

        DeputyRequest toRequest(String termText, Deputy existing) {
            Set<CongressLevel> set = EnumSet.noneOf(CongressLevel.class);
            levels.forEach(l -> {
                CongressLevel level = Pages.enumOrNull(CongressLevel.class, l);
                if (level != null) {
                    set.add(level);
                }
            });
            return new DeputyRequest(code.strip(), name.strip(), set, constituency.strip(), Pages.list(stationCodes),
                    Pages.blankToNull(groupCode), Pages.blankToNull(specialty), Pages.blankToNull(workUnit),
                    termText == null ? "" : termText.strip(), existing == null ? 0 : existing.getHouseholdsLinked(),
                    existing == null ? null : existing.getUserId());
        }
    }

    @GetMapping
    @Transactional(readOnly = true)
    public String list(@RequestParam(required = false) String q, @RequestParam(required = false) String level,
                       @RequestParam(required = false) String group, @RequestParam(defaultValue = "0") int page,
                       Model model) {
        var result = repository.search(Pages.blankToNull(group), null, Pages.enumOrNull(CongressLevel.class, level),
                Pages.blankToNull(q), PageRequest.of(Math.max(page, 0), 50, Sort.by("code")));
        model.addAttribute("deputies", result.map(d -> new Row(d.getCode(), d.getName(),
                String.join("、", d.getLevels().stream().sorted().map(CongressLevel::label).toList()),
                d.getGroup() == null ? "" : d.getGroup().getName(), d.getTerm(), Masking.phone(d.getMobile()),
                d.getUserId(), d.isActive())));
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("level", level == null ? "" : level);
        model.addAttribute("group", group == null ? "" : group);
        model.addAttribute("levels", CongressLevel.values());
        return "registry/deputies";
    }

    public record Row(String code, String name, String levels, String group, String term, String mobile,
                      String userId, boolean active) {
    }

    @GetMapping("/new")
    public String createForm(Model model) {
        model.addAttribute("form", new DeputyForm());
        return form(model, null);
    }

    @PostMapping("/new")
    public String create(@ModelAttribute("form") DeputyForm form, Model model, RedirectAttributes redirect) {
        CongressTerm term = termOf(form);
        DeputyRequest request = form.toRequest(term == null ? form.term : term.label(), null);
        FormErrors errors = FormErrors.validate(validator, request);
        checkMobile(form, errors);
        if (!errors.isEmpty()) {
            model.addAttribute("errors", errors.map());
            return form(model, null);
        }
        Deputy created = FormErrors.attempt(model, "code", () -> {
            Deputy d = service.create(request);
            if (!form.mobile.isBlank()) {
                service.setMobile(d.getCode(), cn.deputylink.shared.privacy.PhoneNumbers.normalize(form.mobile));
            }
            if (term != null) {
                terms.enroll(term, d, term.getStartsOn(), JoinedBy.ELECTION);
            }
            return d;
        });
        if (created == null) {
            return form(model, null);
        }
        redirect.addFlashAttribute("notice", "已登记代表：" + created.getName() + "。可在下方为其创建登录账号。");
        return "redirect:/admin/registry/deputies/" + created.getCode();
    }

    @GetMapping("/{code}")
    @Transactional(readOnly = true)
    public String edit(@PathVariable String code, Model model) {
        Deputy deputy = service.get(code);
        model.addAttribute("form", DeputyForm.of(deputy));
        return form(model, deputy);
    }

    @PostMapping("/{code}")
    public String update(@PathVariable String code, @ModelAttribute("form") DeputyForm form, Model model,
                         RedirectAttributes redirect) {
        form.code = code;
        Deputy existing = service.get(code);
        CongressTerm term = termOf(form);
        DeputyRequest request = form.toRequest(term == null ? form.term : term.label(), existing);
        FormErrors errors = FormErrors.validate(validator, request);
        checkMobile(form, errors);
        if (!errors.isEmpty()) {
            model.addAttribute("errors", errors.map());
            return form(model, existing);
        }
        Deputy updated = FormErrors.attempt(model, "code", () -> {
            Deputy d = service.update(code, request);
            String mobile = form.mobile.isBlank() ? null : cn.deputylink.shared.privacy.PhoneNumbers.normalize(form.mobile);
            if (!java.util.Objects.equals(mobile, d.getMobile())) {
                service.setMobile(code, mobile);
            }
            if (term != null) {
                terms.enroll(term, d, term.covers(LocalDate.now()) ? LocalDate.now() : term.getStartsOn(), JoinedBy.ELECTION);
            }
            return d;
        });
        if (updated == null) {
            return form(model, existing);
        }
        redirect.addFlashAttribute("notice", "已保存");
        return "redirect:/admin/registry/deputies/" + code;
    }

    /** The deputy leaves: seats end, account's groups go, open tasks return to their groups. */
    @PostMapping("/{code}/leave")
    public String leave(@PathVariable String code, @RequestParam(defaultValue = "") String reason,
                        @RequestParam(required = false) String date, RedirectAttributes redirect) {
        LocalDate on = date == null || date.isBlank() ? LocalDate.now() : LocalDate.parse(date);
        terms.leave(code, on, reason);
        redirect.addFlashAttribute("notice", "代表已停用（离任），履职档案与历史记录保留；其待办任务已交回。");
        return "redirect:/admin/registry/deputies/" + code;
    }

    @PostMapping("/{code}/photo")
    public String photo(@PathVariable String code, @RequestParam("photo") MultipartFile photo,
                        RedirectAttributes redirect) throws IOException {
        try {
            service.setPhoto(code, photo.getContentType(), photo.getBytes());
            redirect.addFlashAttribute("notice", "照片已更新，将显示在代表的公开名片上");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("photoError", e.getMessage());
        }
        return "redirect:/admin/registry/deputies/" + code + "#photo";
    }

    @GetMapping("/{code}/photo")
    @ResponseBody
    @Transactional(readOnly = true)
    public ResponseEntity<byte[]> photoImage(@PathVariable String code) {
        DeputyPhoto photo = service.photo(service.get(code)).orElseThrow(() -> new NotFoundException("尚未上传照片"));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(photo.getContentType()))
                .cacheControl(CacheControl.noStore()).body(photo.getData());
    }

    @PostMapping("/{code}/households")
    public String addHousehold(@PathVariable String code, @RequestParam(defaultValue = "") String headName,
                               @RequestParam(defaultValue = "") String headPhone,
                               @RequestParam(defaultValue = "") String stationCode,
                               @RequestParam(defaultValue = "") String address, RedirectAttributes redirect) {
        try {
            links.addHousehold(new HouseholdRequest(code, headName, headPhone, stationCode, address));
            redirect.addFlashAttribute("notice", "已添加联系户");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("householdErrors", FormErrors.of(e).map());
            redirect.addFlashAttribute("household", Map.of("headName", headName, "headPhone", headPhone,
                    "stationCode", stationCode, "address", address));
        }
        return "redirect:/admin/registry/deputies/" + code + "#households";
    }

    @PostMapping("/{code}/households/{id}/remove")
    public String removeHousehold(@PathVariable String code, @PathVariable long id, RedirectAttributes redirect) {
        links.removeHousehold(id);
        redirect.addFlashAttribute("notice", "已不再联系该户");
        return "redirect:/admin/registry/deputies/" + code + "#households";
    }

    @PostMapping("/{code}/households/{id}/contacts")
    public String logContact(@PathVariable String code, @PathVariable long id,
                             @RequestParam(defaultValue = "") String method, @RequestParam(defaultValue = "") String date,
                             @RequestParam(defaultValue = "") String note, RedirectAttributes redirect) {
        try {
            LocalDate day = date.isBlank() ? null : LocalDate.parse(date);
            links.logContact(id, new ContactRequest(ContactMethod.parse(method), day, note));
            redirect.addFlashAttribute("notice", "已登记联系记录，并记入代表履职档案（走访联系户）");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("contactErrors", Map.of(id, String.join("；", FormErrors.of(e).map().values())));
        } catch (java.time.format.DateTimeParseException e) {
            redirect.addFlashAttribute("contactErrors", Map.of(id, "联系日期格式应为 年-月-日"));
        }
        return "redirect:/admin/registry/deputies/" + code + "#households";
    }

    @PostMapping("/{code}/committee-links")
    public String linkDeputy(@PathVariable String code, @RequestParam(defaultValue = "") String deputyCode,
                             RedirectAttributes redirect) {
        try {
            links.linkDeputy(code, deputyCode);
            redirect.addFlashAttribute("notice", "已建立联系");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("linkError", e.getMessage());
        } catch (cn.deputylink.shared.web.ConflictException e) {
            redirect.addFlashAttribute("linkError", e.getMessage());
        }
        return "redirect:/admin/registry/deputies/" + code + "#committee";
    }

    @PostMapping("/{code}/committee-links/{id}/remove")
    public String unlinkDeputy(@PathVariable String code, @PathVariable long id, RedirectAttributes redirect) {
        links.unlinkDeputy(id);
        redirect.addFlashAttribute("notice", "已解除联系");
        return "redirect:/admin/registry/deputies/" + code + "#committee";
    }

    private CongressTerm termOf(DeputyForm form) {
        return form.termCode == null || form.termCode.isBlank() ? null
                : termRepository.findByCode(form.termCode.strip()).orElse(null);
    }

    private static void checkMobile(DeputyForm form, FormErrors errors) {
        if (!form.mobile.isBlank() && !cn.deputylink.shared.privacy.PhoneNumbers.isValid(form.mobile)) {
            errors.add("mobile", "手机号码格式不正确：应为 11 位手机号");
        }
    }

    private String form(Model model, Deputy deputy) {
        model.addAttribute("creating", deputy == null);
        model.addAttribute("levels", CongressLevel.values());
        model.addAttribute("groups", groups.findAll(Sort.by("code")));
        model.addAttribute("terms", termRepository.findAllByOrderByLevelAscStartsOnDesc());
        model.addAttribute("methods", ContactMethod.values());
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
        }
        if (deputy != null) {
            model.addAttribute("deputy", deputy);
            model.addAttribute("hasPhoto", service.photo(deputy).isPresent());
            model.addAttribute("seats", terms.seatsOf(deputy));
            model.addAttribute("households", links.householdsOf(deputy.getCode()));
            model.addAttribute("linked", links.committeeLinks().stream()
                    .filter(l -> l.memberCode().equals(deputy.getCode()) || l.deputyCode().equals(deputy.getCode())).toList());
            model.addAttribute("accountGroups", deputy.getUserId() == null ? List.of() : identity.groupsOf(deputy.getUserId()));
            model.addAttribute("changes", Pages.changes(history.of(ChangeHistory.DEPUTY, deputy.getCode())));
        }
        return "registry/deputy-form";
    }
}
