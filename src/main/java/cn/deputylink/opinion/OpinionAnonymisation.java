package cn.deputylink.opinion;

import cn.deputylink.shared.calendar.WorkingDayCalendar;
import cn.deputylink.shared.identity.IdentitySync;
import cn.deputylink.shared.privacy.AnonymisationRun;
import cn.deputylink.shared.privacy.AnonymisationRunRepository;
import cn.deputylink.shared.privacy.PrivacyProperties;
import cn.deputylink.shared.web.ConflictException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.PageRequest;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Removes the personal data of opinions closed longer than the configured retention
 * ({@code deputylink.privacy.anonymisation.retention}): the citizen's name and phone, numbers in
 * the texts, the citizen's rating comments, staff notes, and the case's process variables in the
 * engine's history (the form texts that passed through it). One transaction per batch; a case is
 * marked when done, so a run that stops half-way, or runs twice, changes nothing twice.
 */
@Service
public class OpinionAnonymisation {

    private static final Logger log = LoggerFactory.getLogger(OpinionAnonymisation.class);
    private static final EnumSet<OpinionStatus> CLOSED = EnumSet.of(OpinionStatus.CLOSED, OpinionStatus.MERGED);

    private final OpinionRepository opinions;
    private final OpinionEventRepository events;
    private final OpinionFeedbackRepository feedback;
    private final OpinionAssignmentRepository assignments;
    private final AnonymisationRunRepository runs;
    private final HistoryService historyService;
    private final IdentitySync identity;
    private final PrivacyProperties properties;
    private final ZoneId zone;
    private final TransactionTemplate tx;
    private final AtomicBoolean running = new AtomicBoolean();

    public OpinionAnonymisation(OpinionRepository opinions, OpinionEventRepository events,
                                OpinionFeedbackRepository feedback, OpinionAssignmentRepository assignments,
                                AnonymisationRunRepository runs, HistoryService historyService, IdentitySync identity,
                                PrivacyProperties properties, WorkingDayCalendar calendar,
                                PlatformTransactionManager transactions) {
        this.opinions = opinions;
        this.events = events;
        this.feedback = feedback;
        this.assignments = assignments;
        this.runs = runs;
        this.historyService = historyService;
        this.identity = identity;
        this.properties = properties;
        this.zone = calendar.zone();
        this.tx = new TransactionTemplate(transactions);
    }

    @Scheduled(cron = "${deputylink.privacy.anonymisation.cron:-}", zone = "${deputylink.calendar.zone:Asia/Shanghai}")
    public void scheduled() {
        if (running.get()) {
            return;
        }
        run(AnonymisationRun.Trigger.SCHEDULED, null);
    }

    /** One run now; refused with 409 while another run is under way in this application. */
    public AnonymisationRun run(AnonymisationRun.Trigger trigger, String by) {
        if (!running.compareAndSet(false, true)) {
            throw new ConflictException("匿名化任务正在运行，请稍后再试");
        }
        try {
            return runOnce(trigger, by);
        } finally {
            running.set(false);
        }
    }

    private AnonymisationRun runOnce(AnonymisationRun.Trigger trigger, String by) {
        PrivacyProperties.Anonymisation config = properties.getAnonymisation();
        Instant now = ClockUtil.getCurrentTime().toInstant();
        Instant closedBefore = now.atZone(zone).minus(config.getRetention()).toInstant();
        // the report is written first and after every batch: a run that dies shows how far it got
        AnonymisationRun run = new AnonymisationRun(now, trigger, by, config.getRetention().toString(), closedBefore);
        tx.executeWithoutResult(s -> runs.save(run));
        try {
            for (int batch = 0; batch < config.getMaxBatches(); batch++) {
                int[] counts = tx.execute(s -> anonymiseBatch(closedBefore, config.getBatchSize()));
                if (counts[0] == 0) {
                    break;
                }
                run.addBatch(counts[0], counts[1], counts[2], counts[3]);
                tx.executeWithoutResult(s -> runs.save(run));
            }
            run.finish(AnonymisationRun.Status.COMPLETED, null, ClockUtil.getCurrentTime().toInstant());
        } catch (RuntimeException e) {
            log.warn("anonymisation run {} stopped: {}", run.getId(), e.toString());
            run.finish(AnonymisationRun.Status.FAILED, "运行中断（已完成的批次保留）：" + e.getClass().getSimpleName(),
                    ClockUtil.getCurrentTime().toInstant());
        }
        AnonymisationRun saved = tx.execute(s -> runs.save(run));
        log.info("anonymisation run {}: {} opinions in {} batches, closed before {}", saved.getId(),
                saved.getOpinions(), saved.getBatches(), closedBefore);
        return saved;
    }

    /** Counts: opinions, timeline lines, ratings, assignments changed. */
    private int[] anonymiseBatch(Instant closedBefore, int size) {
        List<Opinion> due = opinions.findDueForAnonymisation(closedBefore, CLOSED, PageRequest.of(0, size));
        Instant at = ClockUtil.getCurrentTime().toInstant();
        int[] counts = new int[4];
        for (Opinion o : due) {
            o.anonymise(at);
            counts[0]++;
            counts[1] += (int) events.findByOpinionOrderByOccurredAtAscIdAsc(o).stream().filter(OpinionEvent::anonymise)
                    .count();
            counts[2] += (int) feedback.findByOpinionOrderByIdAsc(o).stream().filter(OpinionFeedback::anonymise).count();
            counts[3] += (int) assignments.findByOpinionOrderByIdAsc(o).stream().filter(OpinionAssignment::anonymise)
                    .count();
            if (o.getProcessInstanceId() != null) {
                identity.asSystem(() -> {
                    // only an ended instance: a failing engine command would roll the whole batch back, every run
                    if (historyService.createHistoricProcessInstanceQuery().processInstanceId(o.getProcessInstanceId())
                            .finished().count() > 0) {
                        historyService.deleteHistoricVariableInstancesByProcessInstanceId(o.getProcessInstanceId());
                    }
                    return null;
                });
            }
        }
        return counts;
    }
}
