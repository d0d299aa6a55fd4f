package cn.deputylink.suggestion;

import cn.deputylink.shared.handover.LinkedCaseProgress;
import cn.deputylink.shared.handover.OpinionHandoverRequest;
import cn.deputylink.shared.handover.SuggestionHandover;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The suggestion side of the opinion → suggestion seam (see {@link SuggestionHandover}). */
@Service
public class SuggestionHandoverService implements SuggestionHandover {

    private final SuggestionService service;
    private final SuggestionRepository suggestions;

    public SuggestionHandoverService(SuggestionService service, SuggestionRepository suggestions) {
        this.service = service;
        this.suggestions = suggestions;
    }

    @Override
    @Transactional
    public String handOver(OpinionHandoverRequest request) {
        return service.handOver(request);
    }

    /** What the citizen's tracking page shows: "转为代表建议" with this status, nothing personal. */
    @Override
    @Transactional(readOnly = true)
    public Optional<LinkedCaseProgress> progress(String suggestionKey) {
        return suggestions.findByBusinessKey(suggestionKey).map(s -> new LinkedCaseProgress(s.getBusinessKey(),
                s.getStatus().name(), s.getStatus().label(), s.isClosed()));
    }
}
