package cn.deputylink.review;

import cn.deputylink.ledger.ActivityLedger;
import cn.deputylink.shared.web.InvalidInputException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * Base of the listeners that take a completed form into the case file. Invalid input refuses
 * the completion with the Chinese reason, which Tasklist shows next to the form.
 */
abstract class FormTaskListener implements TaskListener {

    @Override
    public final void notify(DelegateTask task) {
        try {
            complete(task);
        } catch (InvalidInputException e) {
            throw new BadUserRequestException(e.getMessage());
        }
    }

    protected abstract void complete(DelegateTask task);

    /** Who completes the task: the engine's authenticated user, else the assignee. */
    protected static String actor(DelegateTask task) {
        Authentication auth = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        if (auth != null && auth.getUserId() != null) {
            return auth.getUserId();
        }
        return task.getAssignee() != null ? task.getAssignee() : ActivityLedger.SYSTEM;
    }
}
