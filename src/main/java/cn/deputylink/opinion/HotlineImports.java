package cn.deputylink.opinion;

import cn.deputylink.opinion.OpinionDtos.ImportReport;
import cn.deputylink.opinion.OpinionDtos.ImportRow;
import cn.deputylink.opinion.OpinionDtos.ImportStatus;
import cn.deputylink.shared.web.ConflictException;
import cn.deputylink.shared.web.FieldProblem;
import cn.deputylink.shared.web.InvalidInputException;
import cn.deputylink.shared.web.NotFoundException;
import cn.deputylink.shared.web.PayloadTooLargeException;
import jakarta.annotation.PreDestroy;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 12345 hotline imports in the background: the request stores a job and returns at once; a small
 * pool of its own threads checks the file and imports it (all rows or none, as before), writing
 * progress to the job in short transactions of their own so the caller can poll it.
 *
 * <p>The file stays in memory until its job has run (it is at most
 * {@code deputylink.opinion.hotline-import.max-file-size}). A job interrupted by a restart is
 * marked failed on the next start: its import transaction was rolled back, nothing was imported.
 */
@Service
public class HotlineImports {

    private static final Logger log = LoggerFactory.getLogger(HotlineImports.class);
    /** A refused file reports at most this many problems (the count says how many there were). */
    static final int MAX_PROBLEMS = 500;
    private static final int PROGRESS_EVERY = 100;
    static final Duration SECRETS_KEPT = Duration.ofHours(1);
    private static final EnumSet<HotlineImportJob.Status> UNFINISHED = EnumSet.of(HotlineImportJob.Status.QUEUED,
            HotlineImportJob.Status.CHECKING, HotlineImportJob.Status.IMPORTING);

    private final HotlineImport hotline;
    private final OpinionIntake intake;
    private final HotlineImportJobRepository jobs;
    private final JdbcTemplate jdbc;
    private final OpinionProperties.HotlineImportSettings settings;
    private final TransactionTemplate tx;
    private final TransactionTemplate separateTx;
    private final ThreadPoolExecutor executor;
    /**
     * The 查询码 and private links of a finished import, kept in memory only (the database holds their
     * hashes) until the uploader's first poll after success takes them, at most {@link #SECRETS_KEPT}.
     */
    private final Map<Long, Issued> secrets = new ConcurrentHashMap<>();

    private record Issued(Instant at, Map<Integer, ImportRow> byLine) {
    }

    public HotlineImports(HotlineImport hotline, OpinionIntake intake, HotlineImportJobRepository jobs, JdbcTemplate jdbc,
                          OpinionProperties properties, PlatformTransactionManager transactions) {
        this.hotline = hotline;
        this.intake = intake;
        this.jobs = jobs;
        this.jdbc = jdbc;
        this.settings = properties.getHotlineImport();
        this.tx = new TransactionTemplate(transactions);
        this.separateTx = new TransactionTemplate(transactions);
        this.separateTx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        AtomicInteger threadNumber = new AtomicInteger();
        this.executor = new ThreadPoolExecutor(settings.getThreads(), settings.getThreads(), 1, TimeUnit.MINUTES,
                new ArrayBlockingQueue<>(settings.getQueue()), r -> {
                    Thread t = new Thread(r, "hotline-import-" + threadNumber.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                });
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }

    /** Jobs a previous run of the application left unfinished: their import was rolled back. */
    @EventListener(ApplicationReadyEvent.class)
    public void failInterrupted() {
        separateTx.executeWithoutResult(s -> jobs.findByStatusIn(UNFINISHED).forEach(j ->
                j.fail(0, "服务重启，导入中断，未导入任何一行，请重新上传", now())));
    }

    /** Queues a file; the caller polls {@link #status}. */
    public HotlineImportJob submit(byte[] content, String fileName, String userId, OpinionAccess.Scope scope) {
        if (content.length > settings.getMaxFileSize().toBytes()) {
            throw tooLarge();
        }
        HotlineImportJob job = tx.execute(s -> jobs.save(new HotlineImportJob(UUID.randomUUID().toString(), userId,
                fileName, content.length, now())));
        long id = job.getId();
        try {
            executor.execute(() -> run(id, content, userId, scope));
        } catch (RejectedExecutionException e) {
            fail(id, List.of(new FieldProblem("file", "导入任务较多，请稍后重新上传")));
            throw new ConflictException("正在处理的导入任务较多，请稍后重新上传");
        }
        return job;
    }

    public PayloadTooLargeException tooLarge() {
        return new PayloadTooLargeException("file", "文件过大：一次最多上传 "
                + settings.getMaxFileSize().toMegabytes() + " MB（" + settings.getMaxRows() + " 行），请分成几个文件导入");
    }

    private void run(long id, byte[] content, String userId, OpinionAccess.Scope scope) {
        try {
            update(id, j -> j.start(HotlineImportJob.Status.CHECKING));
            List<HotlineImport.Row> rows = hotline.read(new ByteArrayInputStream(content), scope, settings.getMaxRows(),
                    checked -> update(id, j -> j.progress(checked, 0)));
            update(id, j -> j.start(HotlineImportJob.Status.IMPORTING));
            ImportReport report = tx.execute(s -> {
                ImportReport r = intake.importRows(rows, userId, imported -> {
                    if (imported % PROGRESS_EVERY == 0) {
                        update(id, j -> j.progress(rows.size(), imported));
                    }
                });
                jdbc.batchUpdate("INSERT INTO hotline_import_row (import_id, line_no, external_ref, tracking_code) "
                        + "VALUES (?, ?, ?, ?)", r.rows(), 500, (ps, row) -> {
                            ps.setLong(1, id);
                            ps.setInt(2, row.row());
                            ps.setString(3, row.externalRef());
                            ps.setString(4, row.trackingCode());
                        });
                return r;
            });
            // handed out before the job shows as done, so the first poll that sees SUCCEEDED gets them
            secrets.put(id, new Issued(now(), report.rows().stream()
                    .collect(Collectors.toMap(ImportRow::row, row -> row))));
            update(id, j -> j.succeed(report.imported(), now()));
        } catch (InvalidInputException e) {
            fail(id, e.problems());
        } catch (RuntimeException e) {
            log.warn("hotline import {} failed", id, e);
            fail(id, List.of(new FieldProblem("file", "导入失败，未导入任何一行（" + e.getClass().getSimpleName()
                    + "），请稍后重试或联系管理员")));
        }
    }

    private void update(long id, Consumer<HotlineImportJob> change) {
        separateTx.executeWithoutResult(s -> jobs.findById(id).ifPresent(change));
    }

    private void fail(long id, List<FieldProblem> problems) {
        separateTx.executeWithoutResult(s -> jobs.findById(id).ifPresent(job -> {
            List<FieldProblem> kept = problems.stream().limit(MAX_PROBLEMS).toList();
            jdbc.batchUpdate("INSERT INTO hotline_import_problem (import_id, field, message) VALUES (?, ?, ?)", kept,
                    500, (ps, p) -> {
                        ps.setLong(1, id);
                        ps.setString(2, cut(p.field(), 100));
                        ps.setString(3, cut(p.message(), 500));
                    });
            String message = problems.size() == 1 ? problems.get(0).message()
                    : "文件有 " + problems.size() + " 处问题，未导入任何一行"
                    + (problems.size() > MAX_PROBLEMS ? "（仅列出前 " + MAX_PROBLEMS + " 处）" : "");
            job.fail(problems.size(), message, now());
        }));
    }

    /**
     * The job as its creator (or the office, supervisors, administrators) sees it; anyone else gets 404.
     * The creator's first poll after success also gets each case's 查询码 and private link, once.
     */
    public ImportStatus status(String publicId, String userId, OpinionAccess.Scope scope) {
        Instant now = now();
        secrets.values().removeIf(issued -> issued.at().plus(SECRETS_KEPT).isBefore(now));
        return tx.execute(s -> {
            HotlineImportJob job = jobs.findByPublicId(publicId)
                    .filter(j -> scope.all() || j.getCreatedBy().equals(userId))
                    .orElseThrow(() -> new NotFoundException("导入任务不存在：" + publicId));
            long id = job.getId();
            boolean succeeded = job.getStatus() == HotlineImportJob.Status.SUCCEEDED;
            Issued issued = succeeded && job.getCreatedBy().equals(userId) ? secrets.remove(id) : null;
            List<ImportRow> rows = !succeeded ? List.of()
                    : jdbc.query("SELECT line_no, external_ref, tracking_code FROM hotline_import_row WHERE import_id = ? "
                            + "ORDER BY line_no", (rs, i) -> {
                                ImportRow shown = issued == null ? null : issued.byLine().get(rs.getInt(1));
                                return new ImportRow(rs.getInt(1), rs.getString(2), rs.getString(3),
                                        shown == null ? null : shown.accessCode(),
                                        shown == null ? null : shown.privateLink());
                            }, id);
            List<FieldProblem> problems = job.getStatus() != HotlineImportJob.Status.FAILED ? List.of()
                    : jdbc.query("SELECT field, message FROM hotline_import_problem WHERE import_id = ? ORDER BY id",
                            (rs, i) -> new FieldProblem(rs.getString(1), rs.getString(2)), id);
            String message = succeeded && issued == null
                    ? "查询码和专属链接只在导入完成后显示一次；如群众遗失，可在案卷中重新生成" : job.getMessage();
            return new ImportStatus(job.getPublicId(), job.getStatus().name(), job.getStatus().label(),
                    job.getStatus().finished(), job.getFileName(), job.getFileSize(), job.getRowsChecked(),
                    job.getRowsImported(), succeeded ? job.getRowsImported() : 0, rows, job.getProblemCount(),
                    problems, message, job.getCreatedAt(), job.getFinishedAt());
        });
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    private static Instant now() {
        return ClockUtil.getCurrentTime().toInstant();
    }
}
