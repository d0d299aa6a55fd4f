package cn.deputylink.opinion;

import cn.deputylink.shared.process.CaseBinding;
import org.springframework.stereotype.Component;

/** An opinion-handling instance is its opinion: business key = tracking code. */
@Component
class OpinionCaseBinding extends CaseBinding {

    OpinionCaseBinding(OpinionRepository opinions) {
        super(OpinionProcess.PROCESS_ID, OpinionProcess.OPINION_ID,
                code -> opinions.findByTrackingCode(code).map(Opinion::getId));
    }
}
