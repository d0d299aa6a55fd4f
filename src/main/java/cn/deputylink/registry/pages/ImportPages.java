package cn.deputylink.registry.pages;

import cn.deputylink.registry.imports.ImportJob;
import cn.deputylink.registry.imports.ImportJobs;
import cn.deputylink.registry.imports.RosterImportService;
import cn.deputylink.registry.imports.RosterImportService.Options;
import cn.deputylink.registry.imports.RosterKind;
import cn.deputylink.registry.term.CongressTermRepository;
import cn.deputylink.shared.export.XlsxExport;
import cn.deputylink.shared.pages.PageController;
import cn.deputylink.shared.security.CurrentUser;
import cn.deputylink.shared.web.NotFoundException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Excel: templates, exports, imports with their progress and row-by-row refusals. */
@PageController
@RequestMapping("/admin/registry/excel")
public class ImportPages {

    private final ImportJobs jobs;
    private final RosterImportService imports;
    private final CongressTermRepository terms;
    private final CurrentUser currentUser;

    public ImportPages(ImportJobs jobs, RosterImportService imports, CongressTermRepository terms,
                       CurrentUser currentUser) {
        this.jobs = jobs;
        this.imports = imports;
        this.terms = terms;
        this.currentUser = currentUser;
    }

    @GetMapping
    public String index(Model model) {
        model.addAttribute("kinds", RosterKind.values());
        model.addAttribute("terms", terms.findAllByOrderByLevelAscStartsOnDesc());
        return "registry/excel";
    }

    @GetMapping("/{kind}/template")
    public ResponseEntity<byte[]> template(@PathVariable String kind) {
        RosterKind k = kind(kind);
        return XlsxExport.download(k.label() + "导入模板.xlsx", imports.template(k));
    }

    @GetMapping("/{kind}/export")
    public ResponseEntity<byte[]> export(@PathVariable String kind) {
        RosterKind k = kind(kind);
        return XlsxExport.download(k.label() + "名册.xlsx", imports.export(k));
    }

    @PostMapping("/import")
    public String upload(@RequestParam(defaultValue = "") String kind, @RequestParam("file") MultipartFile file,
                         @RequestParam(defaultValue = "") String changeoverTerm, RedirectAttributes redirect)
            throws IOException {
        RosterKind k = RosterKind.fromSlug(kind);
        if (k == null) {
            redirect.addFlashAttribute("uploadError", "请选择要导入的名册类型");
            return "redirect:/admin/registry/excel";
        }
        if (file.isEmpty()) {
            redirect.addFlashAttribute("uploadError", "请选择要导入的 Excel 文件");
            return "redirect:/admin/registry/excel";
        }
        Options options = k == RosterKind.DEPUTIES && !changeoverTerm.isBlank() ? new Options(changeoverTerm) : Options.NONE;
        ImportJob job = jobs.start(currentUser.require(), k, file.getOriginalFilename(), file.getBytes(), options);
        return "redirect:/admin/registry/excel/jobs/" + job.getId();
    }

    @GetMapping("/jobs/{id}")
    public String job(@PathVariable String id, Model model) {
        model.addAttribute("job", jobs.get(id, currentUser.require()));
        return "registry/import-job";
    }

    /** The new accounts' initial passwords, downloadable once. */
    @GetMapping("/jobs/{id}/accounts")
    public ResponseEntity<byte[]> newAccounts(@PathVariable String id) {
        ImportJob job = jobs.get(id, currentUser.require());
        List<ImportJob.NewAccount> accounts = job.takeNewAccounts();
        if (accounts.isEmpty()) {
            throw new NotFoundException("初始密码已下载过，不能再次下载；如有遗失请在账号页面重置密码");
        }
        List<List<?>> rows = new ArrayList<>();
        accounts.forEach(a -> rows.add(List.of(a.userId(), a.name(), a.password())));
        byte[] body = XlsxExport.table("新建账号", List.of("登录账号", "姓名", "初始密码（首次登录后请修改）"), rows);
        return ResponseEntity.ok().cacheControl(CacheControl.noStore())
                .headers(XlsxExport.download("新建账号初始密码.xlsx", body).getHeaders()).body(body);
    }

    private static RosterKind kind(String slug) {
        RosterKind k = RosterKind.fromSlug(slug);
        if (k == null) {
            throw new NotFoundException("没有这种名册：" + slug);
        }
        return k;
    }
}
