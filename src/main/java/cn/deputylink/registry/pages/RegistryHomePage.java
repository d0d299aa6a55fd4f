package cn.deputylink.registry.pages;

import cn.deputylink.department.DepartmentRepository;
import cn.deputylink.deputy.DeputyGroupRepository;
import cn.deputylink.deputy.DeputyRepository;
import cn.deputylink.registry.links.CoverageService;
import cn.deputylink.registry.links.TwoLinksService;
import cn.deputylink.shared.pages.PageController;
import cn.deputylink.station.StationRepository;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The office's start page of the registry, and the two-links overview. */
@PageController
public class RegistryHomePage {

    private final StationRepository stations;
    private final DeputyRepository deputies;
    private final DeputyGroupRepository groups;
    private final DepartmentRepository departments;
    private final CoverageService coverage;
    private final TwoLinksService links;

    public RegistryHomePage(StationRepository stations, DeputyRepository deputies, DeputyGroupRepository groups,
                            DepartmentRepository departments, CoverageService coverage, TwoLinksService links) {
        this.stations = stations;
        this.deputies = deputies;
        this.groups = groups;
        this.departments = departments;
        this.coverage = coverage;
        this.links = links;
    }

    @GetMapping({"/admin/registry", "/admin/registry/"})
    public String home(Model model) {
        model.addAttribute("stationCount", stations.count());
        model.addAttribute("deputyCount", deputies.count());
        model.addAttribute("groupCount", groups.count());
        model.addAttribute("departmentCount", departments.count());
        return "registry/home";
    }

    @GetMapping("/admin/registry/links")
    public String links(Model model) {
        model.addAttribute("coverage", coverage.coverage(null));
        model.addAttribute("committeeLinks", links.committeeLinks());
        return "registry/links";
    }
}
