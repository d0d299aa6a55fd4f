package cn.deputylink.vote.project;

import cn.deputylink.shared.process.CaseBinding;
import cn.deputylink.vote.workflow.LivelihoodProjectProcess;
import org.springframework.stereotype.Component;

/** A livelihood-project instance is its project: business key = the project's key. */
@Component
class ProjectCaseBinding extends CaseBinding {

    ProjectCaseBinding(LivelihoodProjectRepository projects) {
        super(LivelihoodProjectProcess.PROCESS_ID, LivelihoodProjectProcess.PROJECT_ID,
                key -> projects.findByBusinessKey(key).map(LivelihoodProject::getId));
    }
}
