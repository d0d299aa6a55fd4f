package cn.deputylink.registry.imports;

import java.time.Instant;
import java.util.List;

/**
 * One import as the office watches it: checking, writing with progress, then the result. The
 * initial passwords of accounts it created are kept in memory only, for one download.
 */
public class ImportJob {

    public enum Phase {
        CHECKING("正在检查"), WRITING("正在写入"), DONE("导入完成"), REFUSED("未导入"), FAILED("导入失败");

        private final String label;

        Phase(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public record RowError(int row, String message) {
        public String text() {
            return row > 0 ? "第 " + row + " 行：" + message : message;
        }
    }

    public record NewAccount(String userId, String name, String password) {
    }

    private final String id;
    private final String owner;
    private final RosterKind kind;
    private final String fileName;
    private final Instant startedAt;
    private volatile Phase phase = Phase.CHECKING;
    private volatile int total;
    private volatile int done;
    private volatile List<RowError> errors = List.of();
    private volatile List<NewAccount> newAccounts = List.of();
    private volatile String summary;
    private volatile long millis;

    public ImportJob(String id, String owner, RosterKind kind, String fileName, Instant startedAt) {
        this.id = id;
        this.owner = owner;
        this.kind = kind;
        this.fileName = fileName;
        this.startedAt = startedAt;
    }

    public int percent() {
        return total == 0 ? 0 : (int) Math.min(100, done * 100L / total);
    }

    public boolean running() {
        return phase == Phase.CHECKING || phase == Phase.WRITING;
    }

    void writing(int total) {
        this.total = total;
        this.done = 0;
        this.phase = Phase.WRITING;
    }

    void progress(int done) {
        this.done = done;
    }

    void refused(List<RowError> errors) {
        this.errors = List.copyOf(errors);
        this.phase = Phase.REFUSED;
    }

    void failed(List<RowError> errors) {
        this.errors = List.copyOf(errors);
        this.phase = Phase.FAILED;
    }

    void done(String summary, List<NewAccount> accounts, long millis) {
        this.summary = summary;
        this.newAccounts = List.copyOf(accounts);
        this.millis = millis;
        this.phase = Phase.DONE;
    }

    /** The new accounts' passwords, once: a second call answers an empty list. */
    public synchronized List<NewAccount> takeNewAccounts() {
        List<NewAccount> accounts = newAccounts;
        newAccounts = List.of();
        return accounts;
    }

    public boolean hasNewAccounts() {
        return !newAccounts.isEmpty();
    }

    public String getId() {
        return id;
    }

    public String getOwner() {
        return owner;
    }

    public RosterKind getKind() {
        return kind;
    }

    public String getFileName() {
        return fileName;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Phase getPhase() {
        return phase;
    }

    public int getTotal() {
        return total;
    }

    public int getDone() {
        return done;
    }

    public List<RowError> getErrors() {
        return errors;
    }

    public String getSummary() {
        return summary;
    }

    public long getMillis() {
        return millis;
    }
}
