package cn.deputylink.registry.imports;

import cn.deputylink.registry.RegistryProperties;
import cn.deputylink.registry.imports.ImportJob.RowError;
import cn.deputylink.registry.imports.RosterImportService.Options;
import cn.deputylink.registry.imports.RosterImportService.Outcome;
import cn.deputylink.registry.imports.RosterSheet.SheetRow;
import cn.deputylink.shared.web.NotFoundException;
import java.io.ByteArrayInputStream;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.stereotype.Component;

/**
 * Runs imports in the background so that a big roster shows its progress: the page asks for the
 * job's state while it checks and writes. Jobs live in memory for an hour, visible only to the
 * user who started them.
 */
@Component
public class ImportJobs {

    private static final Logger log = LoggerFactory.getLogger(ImportJobs.class);
    private static final Duration KEEP = Duration.ofHours(1);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final RosterImportService imports;
    private final RegistryProperties properties;
    private final Map<String, ImportJob> jobs = new ConcurrentHashMap<>();
    /** One import at a time: each is one big transaction, and two would only wait for each other's locks. */
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "roster-import");
        t.setDaemon(true);
        return t;
    });

    public ImportJobs(RosterImportService imports, RegistryProperties properties) {
        this.imports = imports;
        this.properties = properties;
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }

    /** Starts the import of an uploaded file as the calling user; answers at once with the job. */
    public ImportJob start(String user, RosterKind kind, String fileName, byte[] content, Options options) {
        evictOld();
        byte[] id = new byte[12];
        RANDOM.nextBytes(id);
        ImportJob job = new ImportJob(HexFormat.of().formatHex(id), user, kind, fileName, Instant.now());
        jobs.put(job.getId(), job);
        executor.execute(new DelegatingSecurityContextRunnable(() -> run(job, content, options)));
        return job;
    }

    /** Runs an import in the calling thread (the benchmark, tests of the rules). */
    public ImportJob runNow(String user, RosterKind kind, String fileName, byte[] content, Options options) {
        ImportJob job = new ImportJob("now", user, kind, fileName, Instant.now());
        run(job, content, options);
        return job;
    }

    public ImportJob get(String id, String user) {
        ImportJob job = jobs.get(id);
        if (job == null || !job.getOwner().equals(user)) {
            throw new NotFoundException("导入任务不存在或已过期");
        }
        return job;
    }

    private void run(ImportJob job, byte[] content, Options options) {
        long start = System.nanoTime();
        try {
            List<SheetRow> rows = RosterSheet.read(new ByteArrayInputStream(content), job.getKind(),
                    properties.getImports().getMaxRows());
            Outcome outcome = imports.run(job.getKind(), rows, options, () -> job.writing(rows.size()), job::progress);
            if (outcome.refused()) {
                job.refused(outcome.errors());
            } else {
                job.done(outcome.summary(), outcome.newAccounts(), (System.nanoTime() - start) / 1_000_000);
            }
        } catch (RosterSheet.UnreadableFile e) {
            job.refused(List.of(new RowError(0, e.getMessage())));
        } catch (RuntimeException e) {
            log.error("import {} of {} failed", job.getId(), job.getKind(), e);
            job.failed(List.of(new RowError(0, "导入失败，未写入任何数据，请稍后再试或联系管理员")));
        }
    }

    private void evictOld() {
        Instant cutoff = Instant.now().minus(KEEP);
        jobs.values().removeIf(j -> !j.running() && j.getStartedAt().isBefore(cutoff));
    }
}
