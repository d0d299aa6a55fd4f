package cn.deputylink.suggestion;

import cn.deputylink.shared.process.CaseBinding;
import org.springframework.stereotype.Component;

/** A deputy-suggestion instance is its suggestion: business key = JY key. */
@Component
class SuggestionCaseBinding extends CaseBinding {

    SuggestionCaseBinding(SuggestionRepository suggestions) {
        super(SuggestionProcess.PROCESS_ID, SuggestionProcess.SUGGESTION_ID,
                key -> suggestions.findByBusinessKey(key).map(Suggestion::getId));
    }
}
