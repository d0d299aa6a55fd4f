package cn.deputylink.opinion;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A 12345 hotline file being imported in the background: its state and progress, polled by the
 * caller. The rows it created and the problems of a refused file are in their own tables.
 */
@Entity
@Table(name = "hotline_import")
public class HotlineImportJob {

    public enum Status {
        QUEUED("排队中"), CHECKING("检查中"), IMPORTING("导入中"), SUCCEEDED("已导入"), FAILED("未导入");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        public boolean finished() {
            return this == SUCCEEDED || this == FAILED;
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** The id the caller sees: random, so one user cannot guess another's import. */
    @Column(name = "public_id", nullable = false, unique = true, length = 36)
    private String publicId;

    @Column(name = "created_by", nullable = false, length = 64)
    private String createdBy;

    @Column(name = "file_name", length = 200)
    private String fileName;

    @Column(name = "file_size", nullable = false)
    private long fileSize;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Status status;

    @Column(name = "rows_checked", nullable = false)
    private int rowsChecked;

    @Column(name = "rows_imported", nullable = false)
    private int rowsImported;

    @Column(name = "problem_count", nullable = false)
    private int problemCount;

    @Column(length = 500)
    private String message;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Version
    private long version;

    protected HotlineImportJob() {
    }

    public HotlineImportJob(String publicId, String createdBy, String fileName, long fileSize, Instant createdAt) {
        this.publicId = publicId;
        this.createdBy = createdBy;
        this.fileName = fileName == null || fileName.length() <= 200 ? fileName : fileName.substring(0, 200);
        this.fileSize = fileSize;
        this.createdAt = createdAt;
        this.status = Status.QUEUED;
    }

    void start(Status status) {
        this.status = status;
    }

    void progress(int checked, int imported) {
        this.rowsChecked = Math.max(rowsChecked, checked);
        this.rowsImported = imported;
    }

    void succeed(int imported, Instant at) {
        this.status = Status.SUCCEEDED;
        this.rowsImported = imported;
        this.finishedAt = at;
    }

    void fail(int problems, String message, Instant at) {
        this.status = Status.FAILED;
        this.rowsImported = 0;
        this.problemCount = problems;
        this.message = message == null || message.length() <= 500 ? message : message.substring(0, 499) + "…";
        this.finishedAt = at;
    }

    public Long getId() {
        return id;
    }

    public String getPublicId() {
        return publicId;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public String getFileName() {
        return fileName;
    }

    public long getFileSize() {
        return fileSize;
    }

    public Status getStatus() {
        return status;
    }

    public int getRowsChecked() {
        return rowsChecked;
    }

    public int getRowsImported() {
        return rowsImported;
    }

    public int getProblemCount() {
        return problemCount;
    }

    public String getMessage() {
        return message;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }
}
