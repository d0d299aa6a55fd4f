package cn.deputylink.registry.pages;

import cn.deputylink.deputy.CongressLevel;
import cn.deputylink.deputy.Deputy;
import cn.deputylink.registry.term.CongressTerm;
import cn.deputylink.registry.term.CongressTermRepository;
import cn.deputylink.registry.term.TermService;
import cn.deputylink.registry.term.TermService.TermRequest;
import cn.deputylink.shared.pages.PageController;
import cn.deputylink.shared.web.InvalidInputException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 届次与换届: terms with their period and seats; by-elections. 换届 itself is an import of the new roster. */
@PageController
@RequestMapping("/admin/registry/terms")
public class TermPages {

    private final TermService terms;
    private final CongressTermRepository repository;
    private final cn.deputylink.deputy.DeputyService deputies;

    public TermPages(TermService terms, CongressTermRepository repository, cn.deputylink.deputy.DeputyService deputies) {
        this.terms = terms;
        this.repository = repository;
        this.deputies = deputies;
    }

    public record Row(CongressTerm term, long seated) {
    }

    @GetMapping
    @Transactional(readOnly = true)
    public String list(Model model) {
        model.addAttribute("terms", repository.findAllByOrderByLevelAscStartsOnDesc().stream()
                .map(t -> new Row(t, terms.seatsIn(t).stream().filter(m -> m.isOpen()).count())).toList());
        model.addAttribute("levels", CongressLevel.values());
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
            model.addAttribute("form", Map.of());
        }
        return "registry/terms";
    }

    @PostMapping
    public String create(@RequestParam Map<String, String> form, Model model, RedirectAttributes redirect) {
        FormErrors errors = new FormErrors();
        LocalDate starts = date(form.get("startsOn"), "startsOn", errors);
        LocalDate ends = date(form.get("endsOn"), "endsOn", errors);
        CongressTerm created = null;
        if (errors.isEmpty()) {
            created = FormErrors.attempt(model, "code", () -> terms.create(new TermRequest(form.get("code"),
                    Pages.enumOrNull(CongressLevel.class, form.get("level")), form.get("name"), starts, ends)));
        } else {
            model.addAttribute("errors", errors.map());
        }
        if (created == null) {
            model.addAttribute("form", form);
            return list(model);
        }
        redirect.addFlashAttribute("notice", "已登记" + created.getLevel().label() + created.label());
        return "redirect:/admin/registry/terms/" + created.getCode();
    }

    @GetMapping("/{code}")
    @Transactional(readOnly = true)
    public String view(@PathVariable String code, Model model) {
        CongressTerm term = terms.get(code);
        model.addAttribute("term", term);
        model.addAttribute("seats", terms.seatsIn(term));
        return "registry/term";
    }

    /** 补选: an existing deputy on file joins the term on the date of the by-election. */
    @PostMapping("/{code}/by-election")
    public String byElection(@PathVariable String code, @RequestParam(defaultValue = "") String deputyCode,
                             @RequestParam(defaultValue = "") String date, RedirectAttributes redirect) {
        try {
            CongressTerm term = terms.get(code);
            LocalDate on = LocalDate.parse(date);
            Deputy deputy = deputies.get(deputyCode.strip());
            terms.enroll(term, deputy, on, cn.deputylink.registry.term.TermMembership.JoinedBy.BY_ELECTION);
            redirect.addFlashAttribute("notice", deputy.getName() + " 已补选进入" + term.label());
        } catch (DateTimeParseException e) {
            redirect.addFlashAttribute("byElectionError", "补选日期格式应为 年-月-日");
        } catch (InvalidInputException | cn.deputylink.shared.web.NotFoundException e) {
            redirect.addFlashAttribute("byElectionError", e.getMessage());
        }
        return "redirect:/admin/registry/terms/" + code;
    }

    private static LocalDate date(String text, String field, FormErrors errors) {
        if (text == null || text.isBlank()) {
            errors.add(field, "请填写日期");
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            errors.add(field, "日期格式应为 年-月-日，如 2026-10-01");
            return null;
        }
    }
}
