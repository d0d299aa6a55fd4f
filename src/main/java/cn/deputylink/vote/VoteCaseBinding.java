package cn.deputylink.vote;

import cn.deputylink.shared.process.CaseBinding;
import cn.deputylink.vote.workflow.LivelihoodVoteProcess;
import org.springframework.stereotype.Component;

/** A livelihood-vote instance is its vote: business key = PJ key. */
@Component
class VoteCaseBinding extends CaseBinding {

    VoteCaseBinding(LivelihoodVoteRepository votes) {
        super(LivelihoodVoteProcess.PROCESS_ID, LivelihoodVoteProcess.VOTE_ID,
                key -> votes.findByBusinessKey(key).map(LivelihoodVote::getId));
    }
}
