package cn.deputylink.h5;

import cn.deputylink.review.AppraisalRating;
import cn.deputylink.review.PublicReviewController;
import cn.deputylink.review.ReviewDtos.AppraisalRequest;
import cn.deputylink.review.ReviewDtos.ObjectionRequest;
import cn.deputylink.shared.pages.PageController;
import cn.deputylink.shared.web.ConflictException;
import cn.deputylink.shared.web.InvalidInputException;
import cn.deputylink.shared.web.TooManyRequestsException;
import cn.deputylink.vote.PublicVoteController;
import cn.deputylink.vote.project.ProgressReportRepository;
import cn.deputylink.vote.project.ProjectInspectionRepository;
import cn.deputylink.vote.project.ProjectService;
import cn.deputylink.vote.project.PublicProjectController;
import cn.deputylink.vote.proposal.ProposalService.PublicProposalRequest;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public faces of the other workflows on the phone: a livelihood vote (群众点单 during
 * collection, then candidates, result and reasons), a project (人大验单), the deputies' rating
 * notices with the objection form, and the constituent appraisal. Each reads and writes through
 * the public API's own controller methods, so checks and per-target limits are the API's.
 */
@PageController
public class H5PublicPages {

    private final PublicVoteController votes;
    private final PublicProjectController projects;
    private final ProjectService projectService;
    private final ProgressReportRepository reports;
    private final ProjectInspectionRepository inspections;
    private final PublicReviewController reviews;
    private final Validator validator;

    public H5PublicPages(PublicVoteController votes, PublicProjectController projects, ProjectService projectService,
                         ProgressReportRepository reports, ProjectInspectionRepository inspections,
                         PublicReviewController reviews, Validator validator) {
        this.votes = votes;
        this.projects = projects;
        this.projectService = projectService;
        this.reports = reports;
        this.inspections = inspections;
        this.reviews = reviews;
        this.validator = validator;
    }

    // ---- votes

    @GetMapping("/h5/votes/{key}")
    public String vote(@PathVariable String key, Model model) {
        PublicVoteController.PublicVote vote = votes.vote(key);
        model.addAttribute("vote", vote);
        model.addAttribute("collecting", "COLLECTING".equals(vote.status()));
        return "h5/vote";
    }

    @GetMapping("/h5/votes/{key}/proposals/new")
    public String proposalForm(@PathVariable String key, Model model) {
        model.addAttribute("vote", votes.vote(key));
        model.addAttribute("form", new LinkedHashMap<>(Map.of("submissionKey", UUID.randomUUID().toString())));
        model.addAttribute("errors", Map.of());
        return "h5/proposal-new";
    }

    @PostMapping("/h5/votes/{key}/proposals")
    public String propose(@PathVariable String key, @RequestParam Map<String, String> form, Model model,
                          HttpServletResponse response) {
        FormErrors errors = new FormErrors(f -> "voteKey".equals(f) ? FormErrors.GENERAL : f);
        BigDecimal cost = null;
        String rawCost = form.getOrDefault("estimatedCost", "").strip();
        if (!rawCost.isEmpty()) {
            try {
                cost = new BigDecimal(rawCost);
            } catch (NumberFormatException e) {
                errors.add("estimatedCost", "预计投资请填写数字（万元），如 50 或 12.5");
            }
        }
        PublicProposalRequest request = new PublicProposalRequest(key, form.get("title"), form.get("description"),
                form.get("area"), cost, blankToNull(form.get("proposerName")), blankToNull(form.get("proposerPhone")));
        errors.validate(validator, request);
        if (errors.isEmpty()) {
            String submissionKey = form.getOrDefault("submissionKey", "");
            var done = attempt(errors, () -> votes.propose(request,
                    submissionKey.matches("[A-Za-z0-9-]{8,64}") ? "h5-" + submissionKey : null));
            if (done != null) {
                model.addAttribute("proposal", done);
                return "h5/proposal-done";
            }
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        model.addAttribute("vote", votes.vote(key));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors.asMap());
        return "h5/proposal-new";
    }

    // ---- projects

    /** An inspection as the public sees it (人大验单): who inspected, when, what they found. */
    public record InspectionLine(String deputyName, String conclusion, String findings, java.time.Instant at) {
    }

    @GetMapping("/h5/projects/{key}")
    @Transactional(readOnly = true)
    public String project(@PathVariable String key, Model model) {
        PublicProjectController.PublicProject p = projects.project(key);
        Long id = projectService.get(key).getId();
        model.addAttribute("project", p);
        model.addAttribute("reports", reports.findByProjectIdOrderByReportNoAsc(id));
        model.addAttribute("inspections", inspections.findByProjectIdOrderByInspectedAtAsc(id).stream()
                .map(i -> new InspectionLine(i.getDeputy().getName(), i.getConclusion().label(), i.getFindings(),
                        i.getInspectedAt())).toList());
        return "h5/project";
    }

    // ---- reviews

    @GetMapping("/h5/reviews")
    public String reviewNotices(@RequestParam(required = false) Integer year, Model model) {
        model.addAttribute("notices", reviews.notices(year, 0, 100));
        model.addAttribute("today", java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")));
        model.addAttribute("errors", Map.of());
        return "h5/reviews";
    }

    @PostMapping("/h5/reviews/{key}/objections")
    public String object(@PathVariable String key, @RequestParam Map<String, String> form, Model model,
                         HttpServletResponse response) {
        ObjectionRequest request = new ObjectionRequest(form.get("reason"), blankToNull(form.get("name")),
                blankToNull(form.get("phone")));
        FormErrors errors = new FormErrors().validate(validator, request);
        if (errors.isEmpty()) {
            var receipt = attempt(errors, () -> reviews.object(key, request));
            if (receipt != null) {
                model.addAttribute("message", receipt.message());
                return "h5/done";
            }
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        model.addAttribute("notices", reviews.notices(null, 0, 100));
        model.addAttribute("today", java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")));
        model.addAttribute("errorKey", key);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors.asMap());
        return "h5/reviews";
    }

    // ---- appraisals

    @GetMapping("/h5/appraisals/{token}")
    public String appraisal(@PathVariable String token, Model model) {
        model.addAttribute("card", reviews.card(token));
        model.addAttribute("token", token);
        model.addAttribute("ratings", AppraisalRating.values());
        model.addAttribute("form", Map.of());
        model.addAttribute("errors", Map.of());
        return "h5/appraisal";
    }

    @PostMapping("/h5/appraisals/{token}")
    public String appraise(@PathVariable String token, @RequestParam Map<String, String> form, Model model,
                           HttpServletRequest http, HttpServletResponse response) {
        FormErrors errors = new FormErrors();
        AppraisalRating rating = null;
        try {
            rating = form.get("rating") == null ? null : AppraisalRating.valueOf(form.get("rating"));
        } catch (IllegalArgumentException e) {
            errors.add("rating", "请选择评议意见：满意、基本满意或不满意");
        }
        AppraisalRequest request = new AppraisalRequest(form.get("phone"), rating, blankToNull(form.get("remark")));
        errors.validate(validator, request);
        if (errors.isEmpty()) {
            var receipt = attempt(errors, () -> reviews.appraise(token, request, http));
            if (receipt != null) {
                model.addAttribute("message", receipt.message());
                return "h5/done";
            }
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        model.addAttribute("card", reviews.card(token));
        model.addAttribute("token", token);
        model.addAttribute("ratings", AppraisalRating.values());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors.asMap());
        return "h5/appraisal";
    }

    /** Runs a public write; a refusal (bad input, wrong phase, too many) becomes the form's message. */
    private static <T> T attempt(FormErrors errors, Supplier<T> write) {
        try {
            return write.get();
        } catch (InvalidInputException e) {
            errors.add(e);
        } catch (ConflictException | TooManyRequestsException e) {
            errors.add(FormErrors.GENERAL, e.getMessage());
        }
        return null;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
