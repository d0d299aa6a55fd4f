package cn.deputylink.shared.process;

import java.util.Optional;
import java.util.function.Function;

/**
 * How a process is bound to its case: the business key the system gives the instance at start
 * (the case's tracking code or key, which no API can change) and the case id variable the steps
 * read. {@link CaseBindingCheck} holds every step to it: a case variable that names another case
 * than the business key stops the step before it writes anything.
 *
 * <p>Each feature declares its binding as a small component:
 * <pre>
 * &#64;Component
 * class OpinionCaseBinding extends CaseBinding {
 *     OpinionCaseBinding(OpinionRepository opinions) {
 *         super(OpinionProcess.PROCESS_ID, OpinionProcess.OPINION_ID,
 *               key -&gt; opinions.findByTrackingCode(key).map(Opinion::getId));
 *     }
 * }
 * </pre>
 */
public abstract class CaseBinding {

    private final String processKey;
    private final ProcessVariable<Long> caseVariable;
    private final Function<String, Optional<Long>> caseIdOf;

    protected CaseBinding(String processKey, ProcessVariable<Long> caseVariable,
                          Function<String, Optional<Long>> caseIdOf) {
        this.processKey = processKey;
        this.caseVariable = caseVariable;
        this.caseIdOf = caseIdOf;
    }

    /** The process definition key this binding is for. */
    public String processKey() {
        return processKey;
    }

    /** The variable that carries the case id inside the process. */
    public ProcessVariable<Long> caseVariable() {
        return caseVariable;
    }

    /** The id of the case with this business key, from the domain. */
    public Optional<Long> caseIdOf(String businessKey) {
        return caseIdOf.apply(businessKey);
    }
}
