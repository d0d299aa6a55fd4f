package cn.deputylink.h5;

import cn.deputylink.opinion.OpinionCategory;
import cn.deputylink.opinion.OpinionDtos.PublicOpinionRequest;
import cn.deputylink.opinion.OpinionDtos.TrackingView;
import cn.deputylink.opinion.OpinionTracking;
import cn.deputylink.opinion.Rating;
import cn.deputylink.opinion.photo.PhotoEncoder;
import cn.deputylink.shared.pages.PageController;
import cn.deputylink.shared.web.ConflictException;
import cn.deputylink.shared.web.ForbiddenException;
import cn.deputylink.shared.web.InvalidInputException;
import cn.deputylink.shared.web.NotFoundException;
import cn.deputylink.shared.web.TooManyRequestsException;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 码上找代表: the pages a citizen reaches by scanning a deputy's or a station's code, the
 * 给代表留言 form on both, the result page with the tracking code, 查询码 and private link, and
 * tracking and rating behind that secret ({@link OpinionTracking}). Everything works as plain
 * forms; JavaScript only counts characters and previews photos.
 */
@PageController
public class H5OpinionPages {

    static final String CONSENT_TEXT = "我同意平台为办理本意见使用我填写的姓名和电话：仅承办人员可见，不公开，"
            + "办结并保存期满后删除。";

    private final H5Directory directory;
    private final H5Submission submission;
    private final OpinionTracking tracking;
    private final PhotoEncoder photos;
    private final Validator validator;

    public H5OpinionPages(H5Directory directory, H5Submission submission, OpinionTracking tracking,
                          PhotoEncoder photos, Validator validator) {
        this.directory = directory;
        this.submission = submission;
        this.tracking = tracking;
        this.photos = photos;
        this.validator = validator;
    }

    @ModelAttribute
    void common(Model model) {
        model.addAttribute("categories", OpinionCategory.values());
        model.addAttribute("consentText", CONSENT_TEXT);
        model.addAttribute("maxPhotos", photos.properties().getMaxCount());
        model.addAttribute("maxPhotoMb", photos.properties().getMaxSize().toMegabytes());
    }

    @GetMapping({"/h5", "/h5/"})
    public String home(@RequestParam(required = false) String q, Model model) {
        model.addAttribute("q", q);
        if (q != null && !q.isBlank()) {
            model.addAttribute("found", directory.search(q.length() > 40 ? q.substring(0, 40) : q));
        }
        return "h5/home";
    }

    @GetMapping("/h5/deputies/{token}")
    public String deputy(@PathVariable String token, Model model) {
        model.addAttribute("deputy", directory.deputy(token));
        model.addAttribute("form", freshForm());
        model.addAttribute("errors", java.util.Map.of());
        return "h5/deputy";
    }

    @PostMapping("/h5/deputies/{token}/opinions")
    public String toDeputy(@PathVariable String token, @ModelAttribute("form") OpinionForm form, Model model,
                           RedirectAttributes redirect, HttpServletResponse response) {
        H5Directory.DeputyCard deputy = directory.deputy(token);
        model.addAttribute("deputy", deputy);
        return submit(form, null, token, "h5/deputy", model, redirect, response);
    }

    @GetMapping("/h5/stations/{code}")
    public String station(@PathVariable String code, Model model) {
        model.addAttribute("card", directory.station(code));
        model.addAttribute("form", freshForm());
        model.addAttribute("errors", java.util.Map.of());
        return "h5/station";
    }

    @PostMapping("/h5/stations/{code}/opinions")
    public String toStation(@PathVariable String code, @ModelAttribute("form") OpinionForm form, Model model,
                            RedirectAttributes redirect, HttpServletResponse response) {
        H5Directory.StationCard card = directory.station(code);
        model.addAttribute("card", card);
        return submit(form, card.station().code(), null, "h5/station", model, redirect, response);
    }

    private String submit(OpinionForm form, String stationCode, String deputyToken, String page, Model model,
                          RedirectAttributes redirect, HttpServletResponse response) {
        FormErrors errors = new FormErrors(H5OpinionPages::fieldOnPage);
        OpinionCategory category = null;
        if (form.getCategory() != null && !form.getCategory().isBlank()) {
            try {
                category = OpinionCategory.valueOf(form.getCategory());
            } catch (IllegalArgumentException e) {
                errors.add("category", "请从列表中选择意见类别");
            }
        }
        PublicOpinionRequest request = new PublicOpinionRequest(stationCode, deputyToken, form.getContent(), category,
                form.isAnonymous() ? null : form.getName(), form.getPhone(), form.isAnonymous());
        errors.validate(validator, request);
        if (errors.isEmpty()) {
            try {
                submission.check(request);
            } catch (InvalidInputException e) {
                errors.add(e);
            }
        }
        boolean personal = notBlank(form.getPhone()) || (!form.isAnonymous() && notBlank(form.getName()));
        if (personal && !form.isConsent()) {
            errors.add("consent", "留下姓名或电话时，请勾选同意个人信息使用说明");
        }
        List<PhotoEncoder.Upload> uploads = uploads(form.getPhotos());
        if (errors.isEmpty()) {
            try {
                H5Submission.Submitted done = submission.submit(request, uploads, submissionKey(form));
                redirect.addFlashAttribute("created", done.created());
                redirect.addFlashAttribute("photoCount", done.photos());
                redirect.addFlashAttribute("smsSent", done.smsSent());
                return "redirect:/h5/result";
            } catch (InvalidInputException e) {
                errors.add(e);
            } catch (TooManyRequestsException e) {
                errors.add(FormErrors.GENERAL, e.getMessage());
            }
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        model.addAttribute("errors", errors.asMap());
        if (form.getSubmissionKey() == null) {
            form.setSubmissionKey(UUID.randomUUID().toString());
        }
        return page;
    }

    /** The result page, once, right after the submission (the secrets travel in the flash, not the URL). */
    @GetMapping("/h5/result")
    public String result(Model model) {
        return model.containsAttribute("created") ? "h5/result" : "redirect:/h5/track";
    }

    // ---- tracking

    @GetMapping("/h5/track")
    public String trackForm(Model model) {
        model.addAttribute("errors", java.util.Map.of());
        return "h5/track";
    }

    @PostMapping("/h5/track")
    public String track(@RequestParam(defaultValue = "") String code, @RequestParam(defaultValue = "") String accessCode,
                        Model model, HttpServletResponse response) {
        FormErrors errors = new FormErrors();
        if (code.isBlank()) {
            errors.add("code", "请填写查询编号");
        }
        if (accessCode.isBlank()) {
            errors.add("accessCode", "请填写 6 位查询码");
        }
        if (errors.isEmpty()) {
            try {
                return opinionPage(tracking.open(code.strip(), accessCode.strip()), accessCode.strip(), model);
            } catch (NotFoundException e) {
                errors.add("code", "查询编号不存在，请核对后重新输入");
            } catch (ForbiddenException e) {
                errors.add("accessCode", "查询码不正确，请核对后重新输入");
            } catch (TooManyRequestsException e) {
                errors.add("accessCode", e.getMessage());
            }
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        model.addAttribute("code", code);
        model.addAttribute("accessCode", accessCode);
        model.addAttribute("errors", errors.asMap());
        return "h5/track";
    }

    /** The private link: {@code /h5/o/{code}?k={token}}. Without k: status and public timeline only. */
    @GetMapping("/h5/o/{code}")
    public String opinion(@PathVariable String code, @RequestParam(name = "k", required = false) String k,
                          Model model) {
        return opinionPage(tracking.open(code, k), k, model);
    }

    @PostMapping("/h5/o/{code}/rating")
    public String rate(@PathVariable String code, @RequestParam(name = "k", required = false) String k,
                       @RequestParam(required = false) String rating, @RequestParam(required = false) String comment,
                       Model model, RedirectAttributes redirect, HttpServletResponse response) {
        Rating parsed = Rating.parse(rating);
        try {
            if (comment != null && comment.length() > 500) {
                throw new InvalidInputException("comment", "评价意见最长 500 字");
            }
            tracking.rate(code, k, parsed, comment);
            redirect.addFlashAttribute("notice", "感谢您的评价！");
        } catch (ConflictException e) {
            redirect.addFlashAttribute("notice", e.getMessage());
        } catch (InvalidInputException e) {
            if (k == null || k.isBlank()) {
                throw new ForbiddenException("评价需要查询码或专属链接");
            }
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("ratingErrors", new FormErrors().add(e).asMap());
            model.addAttribute("comment", comment);
            return opinionPage(tracking.open(code, k), k, model);
        }
        redirect.addAttribute("k", k);
        return "redirect:/h5/o/" + code;
    }

    private String opinionPage(TrackingView view, String secret, Model model) {
        model.addAttribute("view", view);
        model.addAttribute("k", view.verified() ? secret : null);
        model.addAttribute("ratings", Rating.values());
        return "h5/opinion";
    }

    // ---- helpers

    private static OpinionForm freshForm() {
        OpinionForm form = new OpinionForm();
        form.setSubmissionKey(UUID.randomUUID().toString());
        return form;
    }

    private static String submissionKey(OpinionForm form) {
        String key = form.getSubmissionKey();
        return key == null || !key.matches("[A-Za-z0-9-]{8,64}") ? null : "h5-" + key;
    }

    private static List<PhotoEncoder.Upload> uploads(List<MultipartFile> files) {
        List<PhotoEncoder.Upload> list = new ArrayList<>();
        for (MultipartFile f : files) {
            if (f == null || f.isEmpty()) {
                continue;
            }
            try {
                list.add(new PhotoEncoder.Upload(f.getOriginalFilename(), f.getBytes()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return list;
    }

    /** API fields that are not on the form land in the general message. */
    static String fieldOnPage(String field) {
        return switch (field) {
            case "stationCode", "deputyToken", "Idempotency-Key", "anonymous" -> FormErrors.GENERAL;
            default -> field;
        };
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }
}
